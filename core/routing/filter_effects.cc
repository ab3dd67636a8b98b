#include "routing/filter_effects.h"

#include <re2/re2.h>

#include <charconv>
#include <cstdlib>

#include "envoy/extensions/filters/http/json_to_metadata/v3/json_to_metadata.pb.h"
#include "routing/request_matchers.h"
#include "schema/type_registry.h"

namespace meshdesk::routing {

namespace {

namespace gp = google::protobuf;
using Hcm = envoy::extensions::filters::network::http_connection_manager::v3::HttpConnectionManager;
using JsonToMetadata = envoy::extensions::filters::http::json_to_metadata::v3::JsonToMetadata;

constexpr const char* kJsonToMetadataType =
    "envoy.extensions.filters.http.json_to_metadata.v3.JsonToMetadata";
constexpr const char* kHeaderToMetadataType =
    "envoy.extensions.filters.http.header_to_metadata.v3.Config";
constexpr const char* kLuaType = "envoy.extensions.filters.http.lua.v3.Lua";
constexpr const char* kExtProcType = "envoy.extensions.filters.http.ext_proc.v3.ExternalProcessor";
constexpr const char* kExtAuthzType = "envoy.extensions.filters.http.ext_authz.v3.ExtAuthz";

// Reading filters that are not compiled to C++ (DynamicMessage) by field name.
const gp::FieldDescriptor* fieldOf(const gp::Message& m, const char* name) {
  return m.GetDescriptor()->FindFieldByName(name);
}
std::string stringField(const gp::Message& m, const char* name) {
  const auto* f = fieldOf(m, name);
  return f && f->type() == gp::FieldDescriptor::TYPE_STRING ? m.GetReflection()->GetString(m, f)
                                                            : std::string();
}
bool boolField(const gp::Message& m, const char* name) {
  const auto* f = fieldOf(m, name);
  return f && f->type() == gp::FieldDescriptor::TYPE_BOOL && m.GetReflection()->GetBool(m, f);
}
std::string enumName(const gp::Message& m, const char* name) {
  const auto* f = fieldOf(m, name);
  if (!f || f->type() != gp::FieldDescriptor::TYPE_ENUM) return {};
  return m.GetReflection()->GetEnum(m, f)->name();
}
const gp::Message* messageField(const gp::Message& m, const char* name) {
  const auto* f = fieldOf(m, name);
  if (!f || f->type() != gp::FieldDescriptor::TYPE_MESSAGE || !m.GetReflection()->HasField(m, f))
    return nullptr;
  return &m.GetReflection()->GetMessage(m, f);
}

std::unique_ptr<gp::Message> unpack(const gp::Any& any, std::string& error) {
  const auto& registry = schema::TypeRegistry::instance();
  const gp::Descriptor* type = registry.findByTypeUrl(any.type_url());
  if (!type) {
    error = "unknown type " + any.type_url();
    return nullptr;
  }
  auto message = registry.newMessage(type);
  if (!message->ParseFromString(any.value())) {
    error = "could not decode " + type->full_name();
    return nullptr;
  }
  return message;
}

std::string typeName(const gp::Any& any) {
  std::string url = any.type_url();
  return url.substr(url.rfind('/') + 1);
}

gp::Value stringValue(std::string text) {
  gp::Value v;
  v.set_string_value(std::move(text));
  return v;
}

std::optional<double> parseNumber(std::string text) {
  while (!text.empty() && text.front() == ' ') text.erase(0, 1);
  while (!text.empty() && text.back() == ' ') text.pop_back();
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  double d = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return std::nullopt;
  return d;
}

std::string where(const MetadataRule& rule) { return "'" + rule.ns + "." + rule.key + "'"; }

// Writes metadata into the view as the filters do, and counts what it wrote: json_to_metadata
// clears the route cache only when it wrote something.
struct MetadataWriter {
  RequestView& view;
  std::vector<std::string>& trace;
  int written = 0;

  void write(const MetadataRule& rule, gp::Value value, const std::string& because) {
    auto& fields = *view.metadata[rule.ns].mutable_fields();
    if (rule.preserveExisting && fields.count(rule.key)) {
      trace.push_back("  keeps metadata " + where(rule) + " (preserve_existing_metadata_value)");
      return;
    }
    trace.push_back("  sets metadata " + where(rule) + " = " + valueText(value) + " (" + because +
                    ")");
    fields[rule.key] = std::move(value);
    ++written;
  }
};

MetadataRule jsonRule(const JsonToMetadata::Rule& proto) {
  MetadataRule rule;
  for (const auto& s : proto.selectors()) rule.bodyPath.push_back(s.key());
  const auto& kv = proto.has_on_present() ? proto.on_present()
                   : proto.has_on_missing() ? proto.on_missing()
                                            : proto.on_error();
  rule.ns = kv.metadata_namespace().empty() ? "envoy.filters.http.json_to_metadata"
                                            : kv.metadata_namespace();
  rule.key = kv.key();
  rule.preserveExisting = kv.preserve_existing_metadata_value();
  if (proto.has_on_present()) {
    if (proto.on_present().has_value()) rule.constant = proto.on_present().value();
    rule.valueType = JsonToMetadata::ValueType_Name(proto.on_present().type());
  }
  if (proto.has_on_missing() && proto.on_missing().has_value())
    rule.onMissing = proto.on_missing().value();
  if (proto.has_on_error() && proto.on_error().has_value()) rule.onError = proto.on_error().value();
  return rule;
}

void readJsonToMetadata(const gp::Message& message, FilterStep& step) {
  const auto& config = dynamic_cast<const JsonToMetadata&>(message);
  const auto& rules = config.request_rules();
  step.allowContentTypes.assign(rules.allow_content_types().begin(),
                                rules.allow_content_types().end());
  step.allowEmptyContentType = rules.allow_empty_content_type();
  if (rules.has_allow_content_types_regex()) {
    std::string error;
    step.allowContentTypesRegex = StringMatch::regex(rules.allow_content_types_regex(), error);
  }
  for (const auto& r : rules.rules()) step.rules.push_back(jsonRule(r));
}

void readHeaderToMetadata(const gp::Message& config, FilterStep& step,
                          std::vector<std::string>& notes) {
  const auto* rulesField = fieldOf(config, "request_rules");
  if (!rulesField) return;
  const auto* reflection = config.GetReflection();
  for (int i = 0; i < reflection->FieldSize(config, rulesField); ++i) {
    const gp::Message& proto = reflection->GetRepeatedMessage(config, rulesField, i);
    MetadataRule rule;
    rule.header = lowerAscii(stringField(proto, "header"));
    if (rule.header.empty()) {
      notes.push_back("header_to_metadata '" + step.filterName + "': a cookie rule ('" +
                      stringField(proto, "cookie") + "') is not evaluated");
      continue;
    }
    rule.removeHeader = boolField(proto, "remove");
    const gp::Message* present = messageField(proto, "on_header_present");
    const gp::Message* missing = messageField(proto, "on_header_missing");
    const gp::Message* kv = present ? present : missing;
    if (!kv) continue;
    rule.ns = stringField(*kv, "metadata_namespace");
    if (rule.ns.empty()) rule.ns = "envoy.filters.http.header_to_metadata";
    rule.key = stringField(*kv, "key");
    if (present) {
      rule.valueType = enumName(*present, "type");
      if (std::string v = stringField(*present, "value"); !v.empty()) rule.constant = stringValue(v);
      if (const gp::Message* rw = messageField(*present, "regex_value_rewrite")) {
        const gp::Message* pattern = messageField(*rw, "pattern");
        rule.rewritePattern = pattern ? stringField(*pattern, "regex") : "";
        rule.rewriteSubstitution = stringField(*rw, "substitution");
        auto re = std::make_shared<re2::RE2>(rule.rewritePattern, re2::RE2::Quiet);
        if (re->ok()) rule.rewrite = std::move(re);
      }
      if (enumName(*present, "encode") == "BASE64")
        notes.push_back("header_to_metadata '" + step.filterName + "': BASE64 decoding of header '" +
                        rule.header + "' is not evaluated (the raw value is used)");
    }
    if (missing) {
      if (std::string v = stringField(*missing, "value"); !v.empty()) rule.onMissing = stringValue(v);
    }
    step.rules.push_back(std::move(rule));
  }
}

std::string luaCode(const gp::Message& lua) {
  // The script may be inline_code, default_source_code or per-route source_codes; looking at
  // the whole configuration's text finds the call wherever it is written.
  return lua.DebugString();
}

}  // namespace

bool FilterEffects::writesMetadata() const {
  for (const auto& s : steps_)
    if (s.kind == FilterStep::Kind::kJsonToMetadata || s.kind == FilterStep::Kind::kHeaderToMetadata)
      return true;
  return false;
}

FilterEffects FilterEffects::analyze(const Hcm& hcm, const workspace::Workspace& workspace) {
  FilterEffects effects;
  for (const auto& filter : hcm.http_filters()) {
    const std::string& name = filter.name();
    if (filter.disabled()) {
      effects.notes_.push_back("HTTP filter '" + name + "' is disabled (it runs only where a "
                               "route enables it; not evaluated)");
      continue;
    }
    const gp::Any* typed = nullptr;
    if (filter.has_typed_config()) {
      typed = &filter.typed_config();
    } else if (filter.has_config_discovery()) {
      // ECDS: the workspace's extension_configs holds the configuration under the filter's name.
      if (const auto* item = workspace.find(workspace::Kind::kExtensionConfig, name)) {
        const auto* ext = item->message().GetDescriptor()->FindFieldByName("typed_config");
        typed = dynamic_cast<const gp::Any*>(
            &item->message().GetReflection()->GetMessage(item->message(), ext));
      } else if (filter.config_discovery().has_default_config()) {
        typed = &filter.config_discovery().default_config();
        effects.notes_.push_back("HTTP filter '" + name + "': no extension config of that name "
                                 "in the workspace; its default_config is used");
      } else {
        effects.notes_.push_back("HTTP filter '" + name + "': discovered by ECDS, and the "
                                 "workspace has no extension config of that name");
        continue;
      }
    }
    if (!typed) continue;
    std::string type = typeName(*typed);
    if (type != kJsonToMetadataType && type != kHeaderToMetadataType && type != kLuaType &&
        type != kExtProcType && type != kExtAuthzType) {
      if (type.find(".wasm.") != std::string::npos || type.find(".golang.") != std::string::npos ||
          type.find("dynamic_modules") != std::string::npos)
        effects.notes_.push_back("HTTP filter '" + name + "' (" + type + ") runs code Meshdesk "
                                 "cannot see; it could clear the route cache or change headers");
      continue;
    }
    std::string error;
    std::unique_ptr<gp::Message> config = unpack(*typed, error);
    if (!config) {
      effects.notes_.push_back("HTTP filter '" + name + "': " + error);
      continue;
    }
    FilterStep step;
    step.filterName = name;
    if (type == kJsonToMetadataType) {
      step.kind = FilterStep::Kind::kJsonToMetadata;
      readJsonToMetadata(*config, step);
    } else if (type == kHeaderToMetadataType) {
      step.kind = FilterStep::Kind::kHeaderToMetadata;
      readHeaderToMetadata(*config, step, effects.notes_);
    } else if (type == kLuaType) {
      if (luaCode(*config).find("clearRouteCache") == std::string::npos) continue;
      step.kind = FilterStep::Kind::kClearsRouteCache;
      step.clearing = "its Lua code calls clearRouteCache() (taken to run on every request)";
    } else if (type == kExtProcType) {
      std::string action = enumName(*config, "route_cache_action");
      if (action == "RETAIN" || boolField(*config, "disable_clear_route_cache")) continue;
      step.kind = FilterStep::Kind::kMayClearRouteCache;
      step.clearing = action == "CLEAR"
                          ? "ext_proc with route_cache_action CLEAR clears it when the "
                            "processor's response changes the request"
                          : "ext_proc clears it if the processor's response sets "
                            "clear_route_cache";
    } else if (type == kExtAuthzType) {
      if (!boolField(*config, "clear_route_cache")) continue;
      step.kind = FilterStep::Kind::kMayClearRouteCache;
      step.clearing = "ext_authz with clear_route_cache clears it when the authorization "
                      "server adds or changes headers";
    }
    effects.steps_.push_back(std::move(step));
  }
  return effects;
}

namespace {

void applyJson(const FilterStep& step, const TestRequest& request, RequestView& view,
               MetadataWriter& out) {
  std::vector<std::string>& trace = out.trace;
  std::optional<std::string> header = view.firstHeader("content-type");
  bool assumed = !header && !request.bodyModel.empty();
  std::string contentType = header ? *header : (assumed ? "application/json" : "");
  bool allowed;
  if (contentType.empty()) {
    allowed = step.allowEmptyContentType;
  } else if (step.allowContentTypes.empty() && !step.allowContentTypesRegex) {
    allowed = contentType == "application/json";
  } else {
    allowed = false;
    for (const auto& t : step.allowContentTypes) allowed = allowed || t == contentType;
    if (step.allowContentTypesRegex) allowed = allowed || step.allowContentTypesRegex->matches(contentType);
  }
  std::string ct = contentType.empty() ? "no content-type" : "content-type '" + contentType + "'" +
                                                                 (assumed ? " (assumed: a JSON body)" : "");
  if (!allowed) {
    trace.push_back("json_to_metadata '" + step.filterName + "': " + ct +
                    " is not one it reads; it writes nothing");
    return;
  }
  trace.push_back("json_to_metadata '" + step.filterName + "' reads the body (" + ct + ")" +
                  (request.bodyModel.empty() ? ", which has no \"model\"" : ""));
  for (const auto& rule : step.rules) {
    bool isModel = rule.bodyPath.size() == 1 && rule.bodyPath.front() == "model";
    if (!isModel || request.bodyModel.empty()) {
      if (!isModel)
        trace.push_back("  selector '" + [&] {
          std::string p;
          for (const auto& k : rule.bodyPath) p += (p.empty() ? "" : ".") + k;
          return p;
        }() + "' is not the body's \"model\" (the test body has only \"model\"): taken as missing");
      if (rule.onMissing) out.write(rule, *rule.onMissing, "on_missing");
      continue;
    }
    if (rule.constant) {
      out.write(rule, *rule.constant, "on_present value");
    } else if (rule.valueType == "NUMBER") {
      if (auto d = parseNumber(request.bodyModel)) {
        gp::Value v;
        v.set_number_value(*d);
        out.write(rule, v, "body \"model\" as NUMBER");
      } else {
        trace.push_back("  \"model\" '" + request.bodyModel + "' is not a number (type NUMBER)");
        if (rule.onMissing) out.write(rule, *rule.onMissing, "on_missing");
      }
    } else {
      out.write(rule, stringValue(request.bodyModel), "body \"model\"");
    }
  }
}

void applyHeaders(const FilterStep& step, RequestView& view, MetadataWriter& out) {
  std::vector<std::string>& trace = out.trace;
  trace.push_back("header_to_metadata '" + step.filterName + "'");
  for (const auto& rule : step.rules) {
    std::optional<std::string> value = view.header(rule.header);
    if (!value) {
      if (rule.onMissing) out.write(rule, *rule.onMissing, "header '" + rule.header + "' missing");
      continue;
    }
    std::string text = rule.constant ? rule.constant->string_value() : *value;
    if (!rule.constant && rule.rewrite) re2::RE2::GlobalReplace(&text, *rule.rewrite, rule.rewriteSubstitution);
    if (rule.removeHeader) {
      std::erase_if(view.headers, [&](const auto& h) { return h.first == rule.header; });
      trace.push_back("  removes header '" + rule.header + "'");
    }
    if (text.empty()) continue;  // Envoy writes nothing for an empty value
    if (rule.valueType == "NUMBER") {
      auto d = parseNumber(text);
      if (!d) {
        trace.push_back("  header '" + rule.header + "' value '" + text + "' is not a number");
        continue;
      }
      gp::Value v;
      v.set_number_value(*d);
      out.write(rule, v, "header '" + rule.header + "'");
    } else {
      out.write(rule, stringValue(text), "header '" + rule.header + "'");
    }
  }
}

}  // namespace

int FilterEffects::apply(const FilterStep& step, const TestRequest& request, RequestView& view,
                         std::vector<std::string>& trace) {
  MetadataWriter out{view, trace};
  if (step.kind == FilterStep::Kind::kJsonToMetadata) applyJson(step, request, view, out);
  if (step.kind == FilterStep::Kind::kHeaderToMetadata) applyHeaders(step, view, out);
  return out.written;
}

}  // namespace meshdesk::routing
