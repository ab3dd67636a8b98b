#include "validate/constraint_plan.h"

#include <map>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

#include <google/protobuf/unknown_field_set.h>

#include "envoy/annotations/deprecation.pb.h"

namespace meshdesk::validate {

namespace gp = google::protobuf;

namespace {

const gp::UnknownField* unknownOption(const gp::Message& options, int number) {
  const gp::UnknownFieldSet& unknown = options.GetReflection()->GetUnknownFields(options);
  for (int i = unknown.field_count() - 1; i >= 0; --i)  // the last occurrence wins
    if (unknown.field(i).number() == number) return &unknown.field(i);
  return nullptr;
}

template <typename Options, typename Extension>
bool boolOption(const Options& options, const Extension& extension, int number) {
  if (options.HasExtension(extension)) return options.GetExtension(extension);
  const gp::UnknownField* field = unknownOption(options, number);
  return field != nullptr && field->type() == gp::UnknownField::TYPE_VARINT && field->varint() != 0;
}

Watched watchedOf(const gp::Descriptor* type) {
  static const std::map<std::string, Watched, std::less<>> names{
      {"envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager",
       Watched::kHttpConnectionManager},
      {"envoy.config.route.v3.RouteConfiguration", Watched::kRouteConfiguration},
      {"envoy.extensions.transport_sockets.tls.v3.SdsSecretConfig", Watched::kSdsSecretConfig},
      {"envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy", Watched::kTcpProxy},
      {"envoy.extensions.clusters.aggregate.v3.ClusterConfig", Watched::kAggregateCluster},
      {"envoy.config.route.v3.ScopedRouteConfiguration", Watched::kScopedRouteConfiguration},
  };
  auto it = names.find(type->full_name());
  return it == names.end() ? Watched::kNone : it->second;
}

std::unique_ptr<MessagePlan> makePlan(const gp::Descriptor* type) {
  auto plan = std::make_unique<MessagePlan>();
  plan->type = type;
  plan->wellKnown = schema::wellKnownOf(type);
  plan->watched = watchedOf(type);
  plan->typedStruct = type->full_name() == "xds.type.v3.TypedStruct" ||
                      type->full_name() == "udpa.type.v1.TypedStruct";
  plan->regexMatcher = type->full_name() == "envoy.type.matcher.v3.RegexMatcher" ||
                       type->full_name() == "xds.type.matcher.v3.RegexMatcher";
  plan->disabled = boolOption(type->options(), ::validate::disabled, ::validate::kDisabledFieldNumber);
  plan->fieldFlags.assign(static_cast<std::size_t>(type->field_count()), 0);
  for (int i = 0; i < type->field_count(); ++i) {
    const gp::FieldDescriptor* field = type->field(i);
    if (field->cpp_type() == gp::FieldDescriptor::CPPTYPE_MESSAGE) plan->hasMessageFields = true;
    const gp::FieldOptions& options = field->options();
    std::uint8_t& flags = plan->fieldFlags[static_cast<std::size_t>(i)];
    if (options.deprecated()) flags |= MessagePlan::kDeprecated;
    if (boolOption(options, envoy::annotations::disallowed_by_default,
                   envoy::annotations::kDisallowedByDefaultFieldNumber))
      flags |= MessagePlan::kDisallowed;
    auto rules = std::make_unique<::validate::FieldRules>();
    if (!readRulesOption(options, *rules)) continue;
    if (rules->has_message() && rules->message().skip()) flags |= MessagePlan::kSkip;
    plan->ruled.push_back({field, rules.get()});
    plan->storage.push_back(std::move(rules));
  }
  for (int i = 0; i < type->real_oneof_decl_count(); ++i) {
    const gp::OneofDescriptor* oneof = type->oneof_decl(i);
    if (boolOption(oneof->options(), ::validate::required, ::validate::kRequiredFieldNumber))
      plan->requiredOneofs.push_back(oneof);
  }
  return plan;
}

}  // namespace

bool readRulesOption(const gp::FieldOptions& options, ::validate::FieldRules& out) {
  if (options.HasExtension(::validate::rules)) {
    out = options.GetExtension(::validate::rules);
    return true;
  }
  const gp::UnknownField* field = unknownOption(options, ::validate::kRulesFieldNumber);
  if (field == nullptr || field->type() != gp::UnknownField::TYPE_LENGTH_DELIMITED) return false;
  return out.ParseFromString(field->length_delimited());
}

const MessagePlan& planFor(const gp::Descriptor* type) {
  static std::shared_mutex mutex;
  static auto* plans = new std::unordered_map<const gp::Descriptor*, std::unique_ptr<MessagePlan>>();
  {
    std::shared_lock lock(mutex);
    if (auto it = plans->find(type); it != plans->end()) return *it->second;
  }
  auto plan = makePlan(type);  // outside the lock: reading options may be slow
  std::unique_lock lock(mutex);
  auto [it, inserted] = plans->try_emplace(type, std::move(plan));
  return *it->second;
}

std::shared_ptr<const RE2> compiledPattern(const std::string& pattern) {
  constexpr std::size_t kMaxCached = 50000;
  static std::mutex mutex;
  static auto* patterns = new std::unordered_map<std::string, std::shared_ptr<const RE2>>();
  {
    std::lock_guard lock(mutex);
    if (auto it = patterns->find(pattern); it != patterns->end()) return it->second;
  }
  RE2::Options options;  // RE2::Quiet, as Envoy compiles safe_regex
  options.set_log_errors(false);
  auto compiled = std::make_shared<const RE2>(pattern, options);  // outside the lock: may be slow
  std::lock_guard lock(mutex);
  if (patterns->size() >= kMaxCached) patterns->clear();
  patterns->emplace(pattern, compiled);
  return compiled;
}

}  // namespace meshdesk::validate
