#include "lab/proxy_behaviour.h"

#include <fnmatch.h>

#include <google/protobuf/any.pb.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include <cstdio>
#include <memory>

#include "schema/type_registry.h"
#include "snapshot/type_url.h"
#include "workspace/resource_kind.h"

namespace meshdesk::lab {

namespace pb = google::protobuf;

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    auto at = s.find(sep, start);
    out.emplace_back(s.substr(start, at == std::string_view::npos ? s.npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

std::string fieldText(const pb::Message& m, const pb::FieldDescriptor* f, int index) {
  const pb::Reflection* r = m.GetReflection();
  const bool rep = f->is_repeated();
  char buf[64];
  switch (f->cpp_type()) {
    case pb::FieldDescriptor::CPPTYPE_STRING:
      return rep ? r->GetRepeatedString(m, f, index) : r->GetString(m, f);
    case pb::FieldDescriptor::CPPTYPE_ENUM:
      return (rep ? r->GetRepeatedEnum(m, f, index) : r->GetEnum(m, f))->name();
    case pb::FieldDescriptor::CPPTYPE_BOOL:
      return (rep ? r->GetRepeatedBool(m, f, index) : r->GetBool(m, f)) ? "true" : "false";
    case pb::FieldDescriptor::CPPTYPE_INT32:
      return std::to_string(rep ? r->GetRepeatedInt32(m, f, index) : r->GetInt32(m, f));
    case pb::FieldDescriptor::CPPTYPE_INT64:
      return std::to_string(rep ? r->GetRepeatedInt64(m, f, index) : r->GetInt64(m, f));
    case pb::FieldDescriptor::CPPTYPE_UINT32:
      return std::to_string(rep ? r->GetRepeatedUInt32(m, f, index) : r->GetUInt32(m, f));
    case pb::FieldDescriptor::CPPTYPE_UINT64:
      return std::to_string(rep ? r->GetRepeatedUInt64(m, f, index) : r->GetUInt64(m, f));
    case pb::FieldDescriptor::CPPTYPE_DOUBLE:
      std::snprintf(buf, sizeof buf, "%g", rep ? r->GetRepeatedDouble(m, f, index) : r->GetDouble(m, f));
      return buf;
    case pb::FieldDescriptor::CPPTYPE_FLOAT:
      std::snprintf(buf, sizeof buf, "%g", rep ? r->GetRepeatedFloat(m, f, index) : r->GetFloat(m, f));
      return buf;
    case pb::FieldDescriptor::CPPTYPE_MESSAGE:
      return {};
  }
  return {};
}

const pb::FieldDescriptor* findField(const pb::Descriptor* type, const std::string& name) {
  if (const auto* f = type->FindFieldByName(name)) return f;
  return type->FindFieldByCamelcaseName(name);
}

// Whether the field at `path[at...]` of `m` is set (and, with `value`, has that text anywhere).
bool matchesPath(const pb::Message& m, const std::vector<std::string>& path, std::size_t at,
                 const std::optional<std::string>& value) {
  const pb::FieldDescriptor* f = findField(m.GetDescriptor(), path[at]);
  if (!f) return false;
  const pb::Reflection* r = m.GetReflection();
  const bool last = at + 1 == path.size();
  const int count = f->is_repeated() ? r->FieldSize(m, f) : 1;
  if (!f->is_repeated() && f->has_presence() && !r->HasField(m, f)) return false;
  for (int i = 0; i < count; ++i) {
    if (f->cpp_type() == pb::FieldDescriptor::CPPTYPE_MESSAGE) {
      const pb::Message& child =
          f->is_repeated() ? r->GetRepeatedMessage(m, f, i) : r->GetMessage(m, f);
      if (last) {
        if (!value) return true;
        continue;  // a message has no text to compare
      }
      if (matchesPath(child, path, at + 1, value)) return true;
    } else if (last) {
      std::string text = fieldText(m, f, i);
      if (!value) {
        if (f->is_repeated() || !text.empty()) return true;
        // proto3 scalars without presence: "set" means not the default.
        if (f->cpp_type() != pb::FieldDescriptor::CPPTYPE_STRING && text != "0" &&
            text != "false" && (f->cpp_type() != pb::FieldDescriptor::CPPTYPE_ENUM ||
                                f->enum_type()->value(0)->name() != text))
          return true;
      } else if (text == *value) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

std::optional<std::string> typeUrlOfKind(std::string_view text) {
  text = trim(text);
  if (text.find('/') != std::string_view::npos) return std::string(text);
  for (const auto& info : workspace::allKinds())
    if (info.key == text || info.label == text)
      return std::string(snapshot::type_url::kPrefix) + std::string(info.messageType);
  for (const auto& url : snapshot::knownTypeUrls()) {
    std::string shortName = snapshot::shortTypeName(url);
    if (shortName.size() == text.size() &&
        std::equal(shortName.begin(), shortName.end(), text.begin(),
                   [](char a, char b) { return std::toupper(a) == std::toupper(b); }))
      return url;
  }
  return std::nullopt;
}

std::string kindOfTypeUrl(const std::string& typeUrl) {
  for (const auto& info : workspace::allKinds())
    if (typeUrl.size() > info.messageType.size() &&
        typeUrl.compare(typeUrl.size() - info.messageType.size(), info.messageType.size(),
                        info.messageType) == 0 &&
        typeUrl[typeUrl.size() - info.messageType.size() - 1] == '/')
      return std::string(info.key);
  return typeUrl;
}

std::string NackRule::text() const {
  std::string out = kindOfTypeUrl(typeUrl);
  if (!namePattern.empty()) out += "/" + namePattern;
  if (!fieldPath.empty()) {
    out += " " + fieldPath;
    if (fieldValue) out += "=" + *fieldValue;
  }
  return out;
}

std::optional<NackRule> NackRule::parse(std::string_view text, std::string* error) {
  auto fail = [&](std::string why) -> std::optional<NackRule> {
    if (error) *error = std::move(why);
    return std::nullopt;
  };
  text = trim(text);
  if (text.empty()) return fail("empty rule: write e.g. \"clusters/api*\" or \"clusters lb_policy=RING_HASH\"");
  NackRule rule;
  std::string_view head = text, condition;
  if (auto space = text.find_first_of(" \t"); space != std::string_view::npos) {
    head = text.substr(0, space);
    condition = trim(text.substr(space));
  }
  std::string_view kind = head, name;
  // A type URL holds slashes itself; the name pattern follows the kind's last one only for
  // short kinds.
  if (head.find("type.googleapis.com/") == std::string_view::npos) {
    if (auto slash = head.find('/'); slash != std::string_view::npos) {
      kind = head.substr(0, slash);
      name = head.substr(slash + 1);
    }
  }
  auto url = typeUrlOfKind(kind);
  if (!url) return fail("unknown resource kind \"" + std::string(kind) +
                        "\" (use clusters, listeners, routes, endpoints, secrets, runtimes or a type URL)");
  rule.typeUrl = *url;
  rule.namePattern = std::string(name);
  if (!condition.empty()) {
    if (auto eq = condition.find('='); eq != std::string_view::npos) {
      rule.fieldPath = std::string(trim(condition.substr(0, eq)));
      rule.fieldValue = std::string(trim(condition.substr(eq + 1)));
    } else {
      rule.fieldPath = std::string(condition);
    }
    if (rule.fieldPath.empty()) return fail("a condition needs a field path before '='");
    // Check the path against the type now, so a typo is named when the rule is written rather
    // than silently never matching.
    const auto* type = schema::TypeRegistry::instance().findByTypeUrl(rule.typeUrl);
    if (type) {
      const pb::Descriptor* at = type;
      for (const auto& part : split(rule.fieldPath, '.')) {
        const pb::FieldDescriptor* f = at ? findField(at, part) : nullptr;
        if (!f)
          return fail("\"" + part + "\" is not a field of " +
                      (at ? at->full_name() : std::string("a scalar")) + " (in " + rule.fieldPath + ")");
        at = f->message_type();
      }
    }
  }
  return rule;
}

std::optional<std::string> NackRule::rejects(const std::string& name,
                                             const pb::Any& resource) const {
  if (!namePattern.empty() && fnmatch(namePattern.c_str(), name.c_str(), 0) != 0)
    return std::nullopt;
  std::string what = kindOfTypeUrl(typeUrl) + "/" + name;
  if (fieldPath.empty()) return "rejected " + what + " (lab rule \"" + text() + "\")";
  const auto& registry = schema::TypeRegistry::instance();
  const auto* type = registry.findByTypeUrl(resource.type_url());
  if (!type) return std::nullopt;
  std::unique_ptr<pb::Message> message = registry.newMessage(type);
  if (!message->ParseFromString(resource.value())) return std::nullopt;
  if (!matchesPath(*message, split(fieldPath, '.'), 0, fieldValue)) return std::nullopt;
  return "rejected " + what + ": " + fieldPath + (fieldValue ? " is " + *fieldValue : " is set") +
         " (lab rule \"" + text() + "\")";
}

std::string ProxyBehaviour::summary() const {
  std::string out;
  if (nackRules.empty()) {
    out = "ACK";
  } else {
    out = "NACK ";
    for (std::size_t i = 0; i < nackRules.size(); ++i)
      out += (i ? ", " : "") + nackRules[i].text();
  }
  if (answerDelay.count() > 0) out += "; late " + std::to_string(answerDelay.count()) + " ms";
  if (flapUp.count() > 0)
    out += "; flaps " + std::to_string(flapUp.count()) + " ms up / " +
           std::to_string(flapDown.count()) + " ms down";
  return out;
}

std::optional<std::string> rejectionOf(const std::vector<NackRule>& rules,
                                       const std::string& typeUrl,
                                       const std::vector<NamedResource>& resources) {
  for (const auto& rule : rules) {
    if (rule.typeUrl != typeUrl) continue;
    for (const auto& r : resources)
      if (auto why = rule.rejects(r.name, *r.resource)) return why;
  }
  return std::nullopt;
}

}  // namespace meshdesk::lab
