#include "validate/constraint_walk.h"

#include <set>

#include "envoy/annotations/deprecation.pb.h"
#include "schema/message_to_yaml.h"
#include "schema/type_registry.h"
#include "schema/yaml_to_message.h"
#include "validate/value_rules.h"

namespace meshdesk::validate {

namespace gp = google::protobuf;
namespace pgv = ::validate;
using Field = gp::FieldDescriptor;

namespace {

// A map entry's key as the path writes it.
void pushKey(FieldPath& path, const gp::Message& entry) {
  const Field* key = entry.GetDescriptor()->map_key();
  const gp::Reflection* r = entry.GetReflection();
  switch (key->cpp_type()) {
    case Field::CPPTYPE_STRING: return path.key(r->GetString(entry, key), true);
    case Field::CPPTYPE_INT32: return path.key(std::to_string(r->GetInt32(entry, key)), false);
    case Field::CPPTYPE_INT64: return path.key(std::to_string(r->GetInt64(entry, key)), false);
    case Field::CPPTYPE_UINT32: return path.key(std::to_string(r->GetUInt32(entry, key)), false);
    case Field::CPPTYPE_UINT64: return path.key(std::to_string(r->GetUInt64(entry, key)), false);
    case Field::CPPTYPE_BOOL: return path.key(r->GetBool(entry, key) ? "true" : "false", false);
    default: return path.key("?", false);
  }
}

// Text that is equal exactly when two elements of a repeated field are equal.
std::string elementText(const gp::Message& m, const Field* f, int i) {
  const gp::Reflection* r = m.GetReflection();
  switch (f->cpp_type()) {
    case Field::CPPTYPE_INT32: return std::to_string(r->GetRepeatedInt32(m, f, i));
    case Field::CPPTYPE_INT64: return std::to_string(r->GetRepeatedInt64(m, f, i));
    case Field::CPPTYPE_UINT32: return std::to_string(r->GetRepeatedUInt32(m, f, i));
    case Field::CPPTYPE_UINT64: return std::to_string(r->GetRepeatedUInt64(m, f, i));
    case Field::CPPTYPE_DOUBLE: {
      double d = r->GetRepeatedDouble(m, f, i);
      return std::string(reinterpret_cast<const char*>(&d), sizeof d);
    }
    case Field::CPPTYPE_FLOAT: {
      float v = r->GetRepeatedFloat(m, f, i);
      return std::string(reinterpret_cast<const char*>(&v), sizeof v);
    }
    case Field::CPPTYPE_BOOL: return r->GetRepeatedBool(m, f, i) ? "1" : "0";
    case Field::CPPTYPE_ENUM: return std::to_string(r->GetRepeatedEnumValue(m, f, i));
    case Field::CPPTYPE_STRING: return r->GetRepeatedString(m, f, i);
    case Field::CPPTYPE_MESSAGE: {
      std::string bytes;
      gp::io::StringOutputStream stream(&bytes);
      gp::io::CodedOutputStream coded(&stream);
      coded.SetSerializationDeterministic(true);
      r->GetRepeatedMessage(m, f, i).SerializeToCodedStream(&coded);
      coded.Trim();
      return bytes;
    }
  }
  return {};
}

std::string count(std::uint64_t n, const char* unit) {
  return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
}

bool required(const pgv::FieldRules& r) {
  return (r.has_message() && r.message().required()) || (r.has_duration() && r.duration().required()) ||
         (r.has_timestamp() && r.timestamp().required()) || (r.has_any() && r.any().required());
}

}  // namespace

void ConstraintWalk::walk(const workspace::Item& item) { walk(item.kind(), item.name(), item.message()); }

void ConstraintWalk::walk(workspace::Kind kind, const std::string& name, const gp::Message& message) {
  kind_ = kind;
  resource_ = name;
  path_.truncate(0);
  this->message(message);
}

void ConstraintWalk::report(Severity severity, std::string rule, std::string message) {
  reportAt(path_.str(), severity, std::move(rule), std::move(message));
}

void ConstraintWalk::reportAt(std::string path, Severity severity, std::string rule,
                              std::string message) {
  Finding f;
  f.severity = severity;
  f.rule = std::move(rule);
  f.kind = kind_;
  f.resource = resource_;
  f.path = std::move(path);
  f.message = std::move(message);
  findings_.push_back(std::move(f));
}

void ConstraintWalk::message(const gp::Message& m) {
  const MessagePlan& plan = planFor(m.GetDescriptor());
  if (plan.watched != Watched::kNone)
    sightings_.byType[static_cast<std::size_t>(plan.watched)].push_back(
        {kind_, resource_, path_.str(), &m});
  if (plan.wellKnown == schema::WellKnown::kAny) return any(m);
  if (plan.typedStruct) return typedStruct(m);
  if (plan.wellKnown != schema::WellKnown::kNone) return;  // no rules inside Duration, Struct, ...

  if (!plan.disabled) {
    const gp::Reflection* r = m.GetReflection();
    for (const gp::OneofDescriptor* oneof : plan.requiredOneofs) {
      if (r->HasOneof(m, oneof)) continue;
      std::string members;
      for (int i = 0; i < oneof->field_count(); ++i)
        members += (i == 0 ? "" : i + 1 == oneof->field_count() ? " or " : ", ") +
                   oneof->field(i)->name();
      report(Severity::kError, "oneof.required",
             "needs one of " + members + " (oneof '" + oneof->name() + "' is required)");
    }
    for (const FieldPlan& field : plan.ruled) fieldRules(m, field);
  }
  if (plan.regexMatcher) regex(m);
  if (plan.hasMessageFields || !plan.fieldFlags.empty()) children(m, plan);
}

void ConstraintWalk::any(const gp::Message& any) {
  const gp::Descriptor* anyType = any.GetDescriptor();
  const gp::Reflection* r = any.GetReflection();
  std::string typeUrl = r->GetString(any, anyType->field(0));
  if (typeUrl.empty()) return;  // an empty Any: "required" rules of the field say if that is wrong
  const auto& registry = schema::TypeRegistry::instance();
  const gp::Descriptor* type = registry.findByTypeUrl(typeUrl);
  if (type == nullptr) {
    // The reader names the unknown type; a workspace built in code gets it said here.
    report(Severity::kError, "any.type",
           "unknown type " + showText(typeUrl) + ": not a message of the Envoy v3 API");
    return;
  }
  std::unique_ptr<gp::Message> payload = registry.newMessage(type);
  if (!payload->ParseFromString(r->GetString(any, anyType->field(1)))) {
    report(Severity::kError, "any.payload", "the payload does not parse as " + type->full_name());
    return;
  }
  this->payload(std::move(payload));  // its fields continue the Any's path, as YAML writes them
}

void ConstraintWalk::payload(std::unique_ptr<gp::Message> payload) {
  std::size_t seen = sightings_.count();
  message(*payload);
  if (sightings_.count() != seen) sightings_.payloads.push_back(std::move(payload));
}

void ConstraintWalk::typedStruct(const gp::Message& m) {
  const gp::Descriptor* d = m.GetDescriptor();
  const gp::Reflection* r = m.GetReflection();
  const Field* urlField = d->FindFieldByName("type_url");
  const Field* valueField = d->FindFieldByName("value");
  if (urlField == nullptr || valueField == nullptr) return;
  std::string url = r->GetString(m, urlField);
  const auto& registry = schema::TypeRegistry::instance();
  const gp::Descriptor* type = registry.findByTypeUrl(url);
  if (type == nullptr) {
    reportAt(joinPath(path_.str(), "type_url"), Severity::kError, "any.type",
             "unknown type " + showText(url) + ": not a message of the Envoy v3 API");
    return;
  }
  // Envoy converts the Struct to the named type (unknown fields and wrong types are errors,
  // as in the workspace reader), then validates it.
  std::unique_ptr<gp::Message> payload = registry.newMessage(type);
  std::vector<schema::SchemaError> errors;
  if (r->HasField(m, valueField))
    schema::yamlToMessage(schema::messageToYaml(r->GetMessage(m, valueField)), *payload, errors);
  FieldPath::Guard back(path_);
  path_.field("value");
  for (auto& e : errors)
    reportAt(joinPath(path_.str(), e.path), Severity::kError, "schema",
             std::move(e.message) + " (in a TypedStruct of " + type->full_name() + ")");
  this->payload(std::move(payload));
}

void ConstraintWalk::regex(const gp::Message& matcher) {
  // Envoy's default error threshold for the RE2 program size (runtime key
  // re2.max_program_size.error_level); the deprecated google_re2.max_program_size replaces it.
  constexpr int kDefaultMaxProgramSize = 100;
  const gp::Descriptor* d = matcher.GetDescriptor();
  const gp::Reflection* r = matcher.GetReflection();
  const Field* regexField = d->FindFieldByName("regex");
  if (regexField == nullptr) return;
  std::string pattern = r->GetString(matcher, regexField);
  if (pattern.empty()) return;  // the min_len rule says it
  int limit = kDefaultMaxProgramSize;
  bool limitFromConfig = false;
  if (const Field* google = d->FindFieldByName("google_re2"); google && r->HasField(matcher, google)) {
    const gp::Message& engine = r->GetMessage(matcher, google);
    const Field* max = engine.GetDescriptor()->FindFieldByName("max_program_size");
    if (max != nullptr && engine.GetReflection()->HasField(engine, max)) {
      const gp::Message& wrapper = engine.GetReflection()->GetMessage(engine, max);
      limit = static_cast<int>(
          wrapper.GetReflection()->GetUInt32(wrapper, wrapper.GetDescriptor()->field(0)));
      limitFromConfig = true;
    }
  }
  FieldPath::Guard back(path_);
  path_.field("regex");
  std::shared_ptr<const RE2> compiled = compiledPattern(pattern);
  const RE2& re = *compiled;
  if (!re.ok()) {
    report(Severity::kError, "regex.invalid",
           "RE2 cannot compile " + showText(pattern) + ": " + re.error() + "; Envoy rejects it");
  } else if (re.ProgramSize() > limit) {
    report(Severity::kError, "regex.program_size",
           "the RE2 program of " + showText(pattern) + " has size " +
               std::to_string(re.ProgramSize()) + ", more than " + std::to_string(limit) +
               (limitFromConfig ? " (google_re2.max_program_size)"
                                : " (Envoy's default; runtime key re2.max_program_size.error_level)") +
               "; Envoy rejects it. Simplify the expression or raise the limit");
  }
}

void ConstraintWalk::fieldRules(const gp::Message& m, const FieldPlan& plan) {
  const Field* f = plan.field;
  const pgv::FieldRules& rules = *plan.rules;
  FieldPath::Guard back(path_);
  path_.field(f->name());
  if (f->is_map()) return mapRules(m, plan);
  if (f->is_repeated()) return repeatedRules(m, plan);

  const gp::Reflection* r = m.GetReflection();
  bool present = !f->has_presence() || r->HasField(m, f);
  if (!present) {
    // A member of a oneof is checked only when it is the one set (PGV switches on the case);
    // whether one must be set is the oneof's (validate.required).
    if (required(rules) && f->real_containing_oneof() == nullptr)
      report(Severity::kError, "message.required", "is required");
    return;
  }
  std::vector<Violation> violations;
  checkValue(rules, m, f, -1, violations);
  for (auto& v : violations) report(Severity::kError, std::move(v.rule), std::move(v.message));
}

void ConstraintWalk::repeatedRules(const gp::Message& m, const FieldPlan& plan) {
  const Field* f = plan.field;
  if (!plan.rules->has_repeated()) return;
  const pgv::RepeatedRules& rules = plan.rules->repeated();
  int size = m.GetReflection()->FieldSize(m, f);
  if (rules.ignore_empty() && size == 0) return;
  auto n = static_cast<std::uint64_t>(size);
  if (rules.has_min_items() && n < rules.min_items())
    report(Severity::kError, "repeated.min_items",
           rules.min_items() == 1 ? std::string("needs at least one item")
                                  : "needs at least " + count(rules.min_items(), "item") +
                                        " (has " + std::to_string(n) + ")");
  if (rules.has_max_items() && n > rules.max_items())
    report(Severity::kError, "repeated.max_items",
           "takes at most " + count(rules.max_items(), "item") + " (has " + std::to_string(n) + ")");
  if (rules.unique()) {
    std::set<std::string> seen;
    for (int i = 0; i < size; ++i) {
      if (seen.insert(elementText(m, f, i)).second) continue;
      FieldPath::Guard back(path_);
      path_.index(i);
      report(Severity::kError, "repeated.unique", "repeats an earlier item; items must be unique");
    }
  }
  if (!rules.has_items()) return;
  std::vector<Violation> violations;
  for (int i = 0; i < size; ++i) {
    checkValue(rules.items(), m, f, i, violations);
    if (violations.empty()) continue;
    FieldPath::Guard back(path_);
    path_.index(i);
    for (auto& v : violations) report(Severity::kError, std::move(v.rule), std::move(v.message));
    violations.clear();
  }
}

void ConstraintWalk::mapRules(const gp::Message& m, const FieldPlan& plan) {
  const Field* f = plan.field;
  if (!plan.rules->has_map()) return;
  const pgv::MapRules& rules = plan.rules->map();
  const gp::Reflection* r = m.GetReflection();
  int size = r->FieldSize(m, f);
  if (rules.ignore_empty() && size == 0) return;
  auto n = static_cast<std::uint64_t>(size);
  if (rules.has_min_pairs() && n < rules.min_pairs())
    report(Severity::kError, "map.min_pairs",
           rules.min_pairs() == 1 ? std::string("needs at least one entry")
                                  : "needs at least " + count(rules.min_pairs(), "entry") +
                                        " (has " + std::to_string(n) + ")");
  if (rules.has_max_pairs() && n > rules.max_pairs())
    report(Severity::kError, "map.max_pairs",
           "takes at most " + count(rules.max_pairs(), "entry") + " (has " + std::to_string(n) + ")");
  if (!rules.has_keys() && !rules.has_values()) return;
  const Field* keyField = f->message_type()->map_key();
  const Field* valueField = f->message_type()->map_value();
  std::vector<Violation> violations;
  for (int i = 0; i < size; ++i) {
    const gp::Message& entry = r->GetRepeatedMessage(m, f, i);
    if (rules.has_keys()) checkValue(rules.keys(), entry, keyField, -1, violations);
    if (rules.has_values()) checkValue(rules.values(), entry, valueField, -1, violations);
    if (violations.empty()) continue;
    FieldPath::Guard back(path_);
    pushKey(path_, entry);
    for (auto& v : violations) report(Severity::kError, std::move(v.rule), std::move(v.message));
    violations.clear();
  }
}

void ConstraintWalk::deprecation(const gp::Message& m, const Field* f, std::uint8_t flags) {
  if (flags & MessagePlan::kDisallowed) {
    report(Severity::kError, "disallowed",
           "is deprecated and disallowed by default: Envoy rejects it unless the runtime key "
           "envoy.deprecated_features:" + f->full_name() + " is set");
  } else if (flags & MessagePlan::kDeprecated) {
    std::string since = f->options().GetExtension(envoy::annotations::deprecated_at_minor_version);
    report(Severity::kWarning, "deprecated",
           "is deprecated" + (since.empty() ? std::string() : " (since API " + since + ")") +
               "; Envoy accepts it but will drop it");
  }
}

void ConstraintWalk::children(const gp::Message& m, const MessagePlan& plan) {
  const gp::Reflection* r = m.GetReflection();
  std::vector<const Field*> fields;
  r->ListFields(m, &fields);
  for (const Field* f : fields) {
    std::uint8_t flags = plan.fieldFlags[static_cast<std::size_t>(f->index())];
    bool isMessage = f->cpp_type() == Field::CPPTYPE_MESSAGE;
    bool isEnum = f->cpp_type() == Field::CPPTYPE_ENUM;
    if (!isMessage && !isEnum && flags == 0) continue;
    FieldPath::Guard back(path_);
    path_.field(f->name());
    if (flags & (MessagePlan::kDeprecated | MessagePlan::kDisallowed)) deprecation(m, f, flags);
    if (isEnum && !f->is_repeated()) {
      const gp::EnumValueDescriptor* value = r->GetEnum(m, f);
      if (value->options().GetExtension(envoy::annotations::disallowed_by_default_enum))
        report(Severity::kError, "disallowed",
               value->name() + " is deprecated and disallowed by default: Envoy rejects it");
      else if (value->options().deprecated())
        report(Severity::kWarning, "deprecated",
               value->name() + " is a deprecated value of " + value->type()->full_name());
    }
    if (!isMessage || (flags & MessagePlan::kSkip)) continue;
    if (f->is_map()) {
      const Field* valueField = f->message_type()->map_value();
      if (valueField->cpp_type() != Field::CPPTYPE_MESSAGE) continue;
      int size = r->FieldSize(m, f);
      for (int i = 0; i < size; ++i) {
        const gp::Message& entry = r->GetRepeatedMessage(m, f, i);
        FieldPath::Guard entryBack(path_);
        pushKey(path_, entry);
        message(entry.GetReflection()->GetMessage(entry, valueField));
      }
    } else if (f->is_repeated()) {
      int size = r->FieldSize(m, f);
      for (int i = 0; i < size; ++i) {
        FieldPath::Guard itemBack(path_);
        path_.index(i);
        message(r->GetRepeatedMessage(m, f, i));
      }
    } else {
      message(r->GetMessage(m, f));
    }
  }
}

}  // namespace meshdesk::validate
