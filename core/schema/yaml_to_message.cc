#include "schema/yaml_to_message.h"

#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>

#include <cfloat>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include "schema/field_names.h"
#include "schema/type_registry.h"
#include "schema/well_known_text.h"
#include "schema/well_known_types.h"
#include "schema/yaml_writer.h"

namespace meshdesk::schema {

namespace gp = google::protobuf;
using Field = gp::FieldDescriptor;

namespace {

std::string child(const std::string& path, std::string_view name) {
  return path.empty() ? std::string(name) : path + "." + std::string(name);
}

std::string indexed(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

bool isQuoted(const YAML::Node& node) {
  return node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str";
}

std::string describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      return "nothing (null)";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a mapping";
    case YAML::NodeType::Scalar:
      break;
  }
  std::string s = node.Scalar();
  if (s.size() > 40) s = s.substr(0, 37) + "...";
  return "\"" + s + "\"";
}

std::string expectedOf(const Field* f) {
  switch (f->type()) {
    case Field::TYPE_BOOL:
      return "true or false";
    case Field::TYPE_STRING:
      return "a string";
    case Field::TYPE_BYTES:
      return "base64 bytes";
    case Field::TYPE_ENUM:
      return "a value of " + f->enum_type()->full_name();
    case Field::TYPE_MESSAGE:
    case Field::TYPE_GROUP:
      return "a mapping (" + f->message_type()->full_name() + ")";
    case Field::TYPE_FLOAT:
    case Field::TYPE_DOUBLE:
      return "a number";
    default:
      return std::string("an integer (") + f->type_name() + ")";
  }
}

bool isBoolWord(std::string_view s, bool& value) {
  if (s == "true" || s == "True" || s == "TRUE") {
    value = true;
    return true;
  }
  if (s == "false" || s == "False" || s == "FALSE") {
    value = false;
    return true;
  }
  return false;
}

// Fields that take YAML null as a value rather than as "unset".
bool takesNull(const Field* f) {
  if (f->cpp_type() == Field::CPPTYPE_MESSAGE)
    return f->message_type()->full_name() == "google.protobuf.Value";
  return f->cpp_type() == Field::CPPTYPE_ENUM &&
         f->enum_type()->full_name() == "google.protobuf.NullValue";
}

const Field* findField(const gp::Descriptor* type, const std::string& name) {
  if (const Field* f = type->FindFieldByName(name)) return f;
  for (int i = 0; i < type->field_count(); ++i)
    if (type->field(i)->json_name() == name) return type->field(i);
  return nullptr;
}

std::string serialize(const gp::Message& message) {
  std::string bytes;
  gp::io::StringOutputStream stream(&bytes);
  gp::io::CodedOutputStream coded(&stream);
  coded.SetSerializationDeterministic(true);
  message.SerializeToCodedStream(&coded);
  coded.Trim();
  return bytes;
}

class Reader {
 public:
  explicit Reader(std::vector<SchemaError>& errors) : errors_(errors) {}

  void message(const YAML::Node& node, gp::Message& msg, const std::string& path) {
    const gp::Descriptor* type = msg.GetDescriptor();
    switch (wellKnownOf(type)) {
      case WellKnown::kAny:
        return any(node, msg, path);
      case WellKnown::kDuration:
      case WellKnown::kTimestamp:
        return time(node, msg, path, wellKnownOf(type) == WellKnown::kDuration);
      case WellKnown::kWrapper:
        return scalar(node, msg, type->FindFieldByName("value"), path, false);
      case WellKnown::kStruct:
        return structFields(node, msg, path);
      case WellKnown::kValue:
        return value(node, msg, path);
      case WellKnown::kListValue:
        return listValue(node, msg, path);
      case WellKnown::kFieldMask:
        return fieldMask(node, msg, path);
      case WellKnown::kNone:
        return fields(node, msg, path, "");
    }
  }

 private:
  void error(const YAML::Node& at, const std::string& path, std::string message) {
    SchemaError e{path, 0, 0, std::move(message)};
    YAML::Mark mark = at.Mark();
    if (!mark.is_null()) {
      e.line = mark.line + 1;
      e.column = mark.column + 1;
    }
    errors_.push_back(std::move(e));
  }

  void fields(const YAML::Node& node, gp::Message& msg, const std::string& path,
              std::string_view skipKey) {
    const gp::Descriptor* type = msg.GetDescriptor();
    if (node.IsNull()) return;
    if (!node.IsMap()) {
      error(node, path, "expected a mapping (" + type->full_name() + "), found " + describe(node));
      return;
    }
    std::map<const Field*, YAML::Node> seen;
    std::map<const gp::OneofDescriptor*, std::pair<const Field*, YAML::Node>> oneofs;
    for (const auto& entry : node) {
      const YAML::Node& key = entry.first;
      const YAML::Node& val = entry.second;
      if (!key.IsScalar()) {
        error(key, path, "expected a field name, found " + describe(key));
        continue;
      }
      const std::string& name = key.Scalar();
      if (!skipKey.empty() && name == skipKey) continue;
      const Field* f = findField(type, name);
      if (f == nullptr) {
        unknownField(key, path, type, name);
        continue;
      }
      std::string fieldPath = child(path, f->name());
      if (auto it = seen.find(f); it != seen.end()) {
        error(key, fieldPath,
              "'" + f->name() + "' is given twice (first at line " +
                  std::to_string(it->second.Mark().line + 1) + ")");
        continue;
      }
      seen.emplace(f, key);
      if (val.IsNull() && !takesNull(f)) continue;
      if (const gp::OneofDescriptor* oneof = f->real_containing_oneof()) {
        auto [it, inserted] = oneofs.try_emplace(oneof, f, key);
        if (!inserted) {
          error(key, fieldPath,
                "'" + it->second.first->name() + "' (line " +
                    std::to_string(it->second.second.Mark().line + 1) + ") and '" + f->name() +
                    "' are both members of oneof '" + oneof->name() + "'; set only one");
          continue;
        }
      }
      field(val, msg, f, fieldPath);
    }
  }

  void unknownField(const YAML::Node& key, const std::string& path, const gp::Descriptor* type,
                    const std::string& name) {
    if (name == "@type") {
      error(key, path,
            "\"@type\" belongs in a google.protobuf.Any field; this is " + type->full_name());
      return;
    }
    std::vector<std::string> names;
    for (int i = 0; i < type->field_count(); ++i) names.push_back(type->field(i)->name());
    std::string message = "unknown field '" + name + "' in " + type->full_name();
    std::string guess = closestName(name, names);
    if (guess.empty()) guess = closestName(snakeCase(name), names);
    if (!guess.empty()) message += "; did you mean '" + guess + "'?";
    error(key, child(path, name), message);
  }

  void field(const YAML::Node& node, gp::Message& msg, const Field* f, const std::string& path) {
    if (f->is_map()) return mapField(node, msg, f, path);
    if (f->is_repeated()) return repeatedField(node, msg, f, path);
    if (f->cpp_type() == Field::CPPTYPE_MESSAGE)
      return message(node, *msg.GetReflection()->MutableMessage(&msg, f), path);
    scalar(node, msg, f, path, false);
  }

  void repeatedField(const YAML::Node& node, gp::Message& msg, const Field* f,
                     const std::string& path) {
    if (!node.IsSequence()) {
      error(node, path, "expected a list of " + expectedOf(f) + ", found " + describe(node));
      return;
    }
    std::size_t i = 0;
    for (const auto& item : node) {
      std::string itemPath = indexed(path, i++);
      if (item.IsNull() && !takesNull(f)) {
        error(item, itemPath, "a list item cannot be empty (null)");
        continue;
      }
      if (f->cpp_type() == Field::CPPTYPE_MESSAGE) {
        message(item, *msg.GetReflection()->AddMessage(&msg, f), itemPath);
      } else {
        scalar(item, msg, f, itemPath, true);
      }
    }
  }

  void mapField(const YAML::Node& node, gp::Message& msg, const Field* f,
                const std::string& path) {
    const Field* keyField = f->message_type()->map_key();
    const Field* valueField = f->message_type()->map_value();
    if (!node.IsMap()) {
      error(node, path, "expected a mapping of " + expectedOf(valueField) + ", found " +
                            describe(node));
      return;
    }
    std::map<std::string, int> seen;
    for (const auto& entry : node) {
      const YAML::Node& key = entry.first;
      const YAML::Node& val = entry.second;
      if (!key.IsScalar()) {
        error(key, path, "expected a map key (" + expectedOf(keyField) + "), found " +
                             describe(key));
        continue;
      }
      std::string entryPath = path + (keyField->type() == Field::TYPE_STRING
                                           ? "[\"" + key.Scalar() + "\"]"
                                           : "[" + key.Scalar() + "]");
      auto [it, inserted] = seen.emplace(key.Scalar(), key.Mark().line + 1);
      if (!inserted) {
        error(key, entryPath,
              "key given twice (first at line " + std::to_string(it->second) + ")");
        continue;
      }
      if (val.IsNull() && !takesNull(valueField)) {
        error(key, entryPath, "a map value cannot be empty (null)");
        continue;
      }
      gp::Message* mapEntry = msg.GetReflection()->AddMessage(&msg, f);
      scalar(key, *mapEntry, keyField, entryPath, false);
      if (valueField->cpp_type() == Field::CPPTYPE_MESSAGE) {
        message(val, *mapEntry->GetReflection()->MutableMessage(mapEntry, valueField), entryPath);
      } else {
        scalar(val, *mapEntry, valueField, entryPath, false);
      }
    }
  }

  // One scalar into a singular field (`add` false) or appended to a repeated one.
  void scalar(const YAML::Node& node, gp::Message& msg, const Field* f, const std::string& path,
              bool add) {
    const gp::Reflection* r = msg.GetReflection();
    if (f->cpp_type() == Field::CPPTYPE_ENUM) return enumValue(node, msg, f, path, add);
    if (!node.IsScalar()) {
      error(node, path, "expected " + expectedOf(f) + ", found " + describe(node));
      return;
    }
    const std::string& s = node.Scalar();
    auto fail = [&](const std::string& problem) {
      error(node, path, problem + ", found " + describe(node));
    };
    std::int64_t i64;
    std::uint64_t u64;
    double d;
    switch (f->cpp_type()) {
      case Field::CPPTYPE_INT32:
        if (auto e = text::parseSigned(s, INT32_MIN, INT32_MAX, i64); !e.empty()) return fail(e);
        add ? r->AddInt32(&msg, f, static_cast<std::int32_t>(i64))
            : r->SetInt32(&msg, f, static_cast<std::int32_t>(i64));
        return;
      case Field::CPPTYPE_INT64:
        if (auto e = text::parseSigned(s, INT64_MIN, INT64_MAX, i64); !e.empty()) return fail(e);
        add ? r->AddInt64(&msg, f, i64) : r->SetInt64(&msg, f, i64);
        return;
      case Field::CPPTYPE_UINT32:
        if (auto e = text::parseUnsigned(s, UINT32_MAX, u64); !e.empty()) return fail(e);
        add ? r->AddUInt32(&msg, f, static_cast<std::uint32_t>(u64))
            : r->SetUInt32(&msg, f, static_cast<std::uint32_t>(u64));
        return;
      case Field::CPPTYPE_UINT64:
        if (auto e = text::parseUnsigned(s, UINT64_MAX, u64); !e.empty()) return fail(e);
        add ? r->AddUInt64(&msg, f, u64) : r->SetUInt64(&msg, f, u64);
        return;
      case Field::CPPTYPE_DOUBLE:
        if (auto e = text::parseDouble(s, d); !e.empty()) return fail(e);
        add ? r->AddDouble(&msg, f, d) : r->SetDouble(&msg, f, d);
        return;
      case Field::CPPTYPE_FLOAT:
        if (auto e = text::parseDouble(s, d); !e.empty()) return fail(e);
        if (std::isfinite(d) && std::fabs(d) > FLT_MAX) return fail("out of range for a float");
        add ? r->AddFloat(&msg, f, static_cast<float>(d))
            : r->SetFloat(&msg, f, static_cast<float>(d));
        return;
      case Field::CPPTYPE_BOOL: {
        bool b;
        if (isQuoted(node) || !isBoolWord(s, b))
          return fail(isQuoted(node) ? "expected true or false without quotes"
                                     : "expected true or false");
        add ? r->AddBool(&msg, f, b) : r->SetBool(&msg, f, b);
        return;
      }
      case Field::CPPTYPE_STRING: {
        std::string bytes = s;
        if (f->type() == Field::TYPE_BYTES) {
          if (auto e = text::decodeBase64(s, bytes); !e.empty()) return fail(e);
        }
        add ? r->AddString(&msg, f, std::move(bytes)) : r->SetString(&msg, f, std::move(bytes));
        return;
      }
      default:
        return fail("cannot hold " + expectedOf(f));
    }
  }

  void enumValue(const YAML::Node& node, gp::Message& msg, const Field* f,
                 const std::string& path, bool add) {
    const gp::Reflection* r = msg.GetReflection();
    const gp::EnumDescriptor* type = f->enum_type();
    auto set = [&](int number) {
      add ? r->AddEnumValue(&msg, f, number) : r->SetEnumValue(&msg, f, number);
    };
    if (type->full_name() == "google.protobuf.NullValue" && node.IsNull()) return set(0);
    if (!node.IsScalar()) {
      error(node, path, "expected " + expectedOf(f) + ", found " + describe(node));
      return;
    }
    const std::string& s = node.Scalar();
    if (const gp::EnumValueDescriptor* v = type->FindValueByName(s)) return set(v->number());
    std::int64_t number;
    if (text::parseSigned(s, INT32_MIN, INT32_MAX, number).empty()) {
      // Proto3 enums are open: an unknown number is kept, as Envoy would keep it.
      if (type->FindValueByNumber(static_cast<int>(number)) != nullptr ||
          type->file()->syntax() == gp::FileDescriptor::SYNTAX_PROTO3)
        return set(static_cast<int>(number));
    }
    std::vector<std::string> names;
    for (int i = 0; i < type->value_count(); ++i) names.push_back(type->value(i)->name());
    std::string message = "unknown value " + describe(node) + " of enum " + type->full_name();
    if (std::string guess = closestName(s, names); !guess.empty()) {
      message += "; did you mean '" + guess + "'?";
    } else if (names.size() <= 12) {
      message += "; one of:";
      for (const auto& n : names) message += " " + n;
    }
    error(node, path, message);
  }

  void any(const YAML::Node& node, gp::Message& msg, const std::string& path) {
    if (!node.IsMap()) {
      error(node, path, "expected a mapping with \"@type\" (google.protobuf.Any), found " +
                            describe(node));
      return;
    }
    YAML::Node typeNode;
    YAML::Node valueNode;
    for (const auto& entry : node) {
      if (entry.first.IsScalar() && entry.first.Scalar() == "@type") typeNode = entry.second;
      if (entry.first.IsScalar() && entry.first.Scalar() == "value") valueNode = entry.second;
    }
    if (!typeNode.IsDefined() || typeNode.IsNull()) {
      error(node, path,
            "google.protobuf.Any needs \"@type\" naming the message, such as "
            "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router");
      return;
    }
    if (!typeNode.IsScalar()) {
      error(typeNode, child(path, "@type"), "expected a type URL, found " + describe(typeNode));
      return;
    }
    const std::string& url = typeNode.Scalar();
    const auto& registry = TypeRegistry::instance();
    if (url.find('/') == std::string::npos) {
      error(typeNode, child(path, "@type"),
            "a type URL is written type.googleapis.com/" + url + ", with the prefix");
      return;
    }
    const gp::Descriptor* type = registry.findByTypeUrl(url);
    if (type == nullptr) {
      std::string name = url.substr(url.rfind('/') + 1);
      std::string message = "unknown type '" + name + "': not a message of the Envoy v3 API";
      if (std::string guess = registry.closestTypeName(name); !guess.empty())
        message += "; did you mean '" + guess + "'?";
      else if (name.find(".v2") != std::string::npos)
        message += " (v2 types are gone; use the v3 type)";
      error(typeNode, child(path, "@type"), message);
      return;
    }
    std::unique_ptr<gp::Message> payload = registry.newMessage(type);
    if (wellKnownOf(type) != WellKnown::kNone) {
      // JSON mapping: a well-known payload that is not a mapping sits under "value".
      for (const auto& entry : node) {
        std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "";
        if (key != "@type" && key != "value")
          error(entry.first, child(path, key),
                "an Any holding " + type->full_name() + " has only \"@type\" and \"value\"");
      }
      if (valueNode.IsDefined() && !valueNode.IsNull()) message(valueNode, *payload, path);
    } else {
      fields(node, *payload, path, "@type");
    }
    const gp::Descriptor* anyType = msg.GetDescriptor();
    const gp::Reflection* r = msg.GetReflection();
    r->SetString(&msg, anyType->FindFieldByName("type_url"), url);
    r->SetString(&msg, anyType->FindFieldByName("value"), serialize(*payload));
  }

  void time(const YAML::Node& node, gp::Message& msg, const std::string& path, bool duration) {
    const char* what = duration ? "a duration such as \"5s\" or \"0.250s\""
                                : "an RFC 3339 timestamp such as \"2024-05-01T12:00:00Z\"";
    if (!node.IsScalar()) {
      error(node, path, std::string("expected ") + what + ", found " + describe(node));
      return;
    }
    std::int64_t seconds = 0;
    std::int32_t nanos = 0;
    std::string problem = duration ? text::parseDuration(node.Scalar(), seconds, nanos)
                                   : text::parseTimestamp(node.Scalar(), seconds, nanos);
    if (!problem.empty()) {
      error(node, path, problem + "; found " + describe(node));
      return;
    }
    const gp::Descriptor* type = msg.GetDescriptor();
    msg.GetReflection()->SetInt64(&msg, type->FindFieldByName("seconds"), seconds);
    msg.GetReflection()->SetInt32(&msg, type->FindFieldByName("nanos"), nanos);
  }

  void structFields(const YAML::Node& node, gp::Message& msg, const std::string& path) {
    if (!node.IsMap()) {
      error(node, path, "expected a mapping (google.protobuf.Struct), found " + describe(node));
      return;
    }
    mapField(node, msg, msg.GetDescriptor()->FindFieldByName("fields"), path);
  }

  // Free-form YAML into google.protobuf.Value: plain scalars are typed the way a YAML reader
  // types them (true -> bool, 8080 -> number), quoted scalars are strings.
  void value(const YAML::Node& node, gp::Message& msg, const std::string& path) {
    const gp::Descriptor* type = msg.GetDescriptor();
    const gp::Reflection* r = msg.GetReflection();
    switch (node.Type()) {
      case YAML::NodeType::Null:
      case YAML::NodeType::Undefined:
        r->SetEnumValue(&msg, type->FindFieldByName("null_value"), 0);
        return;
      case YAML::NodeType::Map:
        return structFields(node, *r->MutableMessage(&msg, type->FindFieldByName("struct_value")),
                            path);
      case YAML::NodeType::Sequence:
        return listValue(node, *r->MutableMessage(&msg, type->FindFieldByName("list_value")),
                         path);
      case YAML::NodeType::Scalar:
        break;
    }
    const std::string& s = node.Scalar();
    bool b;
    double d;
    if (!isQuoted(node) && isBoolWord(s, b)) {
      r->SetBool(&msg, type->FindFieldByName("bool_value"), b);
    } else if (!isQuoted(node) && plainScalarIsNonString(s) && text::parseDouble(s, d).empty() &&
               std::isfinite(d)) {
      r->SetDouble(&msg, type->FindFieldByName("number_value"), d);
    } else {
      r->SetString(&msg, type->FindFieldByName("string_value"), s);
    }
  }

  void listValue(const YAML::Node& node, gp::Message& msg, const std::string& path) {
    if (!node.IsSequence()) {
      error(node, path, "expected a list (google.protobuf.ListValue), found " + describe(node));
      return;
    }
    const Field* values = msg.GetDescriptor()->FindFieldByName("values");
    std::size_t i = 0;
    for (const auto& item : node)
      value(item, *msg.GetReflection()->AddMessage(&msg, values), indexed(path, i++));
  }

  // "a.b,cD" (the JSON form, lowerCamelCase) or a list of paths; stored in snake_case.
  void fieldMask(const YAML::Node& node, gp::Message& msg, const std::string& path) {
    std::vector<std::string> paths;
    auto addPaths = [&](const std::string& text) {
      std::size_t start = 0;
      while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        std::string one = text.substr(start, comma == std::string::npos ? comma : comma - start);
        if (!one.empty()) paths.push_back(one.find('_') == std::string::npos ? snakeCase(one) : one);
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
    };
    if (node.IsScalar()) {
      addPaths(node.Scalar());
    } else if (node.IsSequence()) {
      for (const auto& item : node) {
        if (!item.IsScalar()) {
          error(item, path, "expected a field path, found " + describe(item));
          continue;
        }
        addPaths(item.Scalar());
      }
    } else {
      error(node, path, "expected field paths such as \"a.b,c\", found " + describe(node));
      return;
    }
    const Field* pathsField = msg.GetDescriptor()->FindFieldByName("paths");
    for (auto& p : paths) msg.GetReflection()->AddString(&msg, pathsField, std::move(p));
  }

  std::vector<SchemaError>& errors_;
};

}  // namespace

bool yamlToMessage(const YAML::Node& node, gp::Message& out, std::vector<SchemaError>& errors,
                   std::string_view pathPrefix) {
  std::size_t before = errors.size();
  Reader(errors).message(node, out, std::string(pathPrefix));
  return errors.size() == before;
}

namespace {

// Counts documents without building them.
class DocumentCounter : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
  std::vector<YAML::Mark> starts;
};

// A second document can only follow a "---" or "..." line; without one, there is one document.
bool hasDocumentMarkers(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    if (text.compare(at, 3, "---") == 0 || text.compare(at, 3, "...") == 0) return true;
    at = text.find('\n', at);
    if (at == std::string_view::npos) break;
    ++at;
  }
  return false;
}

// How many values the document holds once its aliases are expanded, counted without expanding
// them: an alias is the same node as its anchor, and such a node is found by its place.
constexpr std::size_t kMaxExpandedValues = 4'000'000;

std::size_t expandedSize(const YAML::Node& node,
                         std::unordered_map<std::uint64_t, std::size_t>& memo, int depth) {
  if (!node.IsMap() && !node.IsSequence()) return 1;
  const YAML::Mark mark = node.Mark();
  const std::uint64_t key = (static_cast<std::uint64_t>(mark.line) << 32) |
                            static_cast<std::uint32_t>(mark.column);
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  std::size_t size = 1;
  if (depth < 512) {
    if (node.IsMap()) {
      for (const auto& entry : node)
        size += expandedSize(entry.first, memo, depth + 1) +
                expandedSize(entry.second, memo, depth + 1);
    } else {
      for (const auto& item : node) size += expandedSize(item, memo, depth + 1);
    }
  }
  size = std::min(size, kMaxExpandedValues + 1);
  memo.emplace(key, size);
  return size;
}
}  // namespace

std::optional<YAML::Node> parseYaml(std::string_view text, std::vector<SchemaError>& errors) {
  try {
    const std::string owned(text);
    // YAML::LoadAll is not used: yaml-cpp 0.7 can return empty documents without end after some
    // malformed input ("[]," is enough). Counting stops at the second document.
    if (hasDocumentMarkers(text)) {
      std::istringstream in(owned);
      YAML::Parser parser(in);
      DocumentCounter counter;
      while (counter.starts.size() < 2 && parser.HandleNextDocument(counter)) {
      }
      if (counter.starts.size() > 1) {
        const YAML::Mark& mark = counter.starts[1];
        errors.push_back({"", mark.is_null() ? 0 : mark.line + 1,
                          mark.is_null() ? 0 : mark.column + 1,
                          "expected one YAML document, found more"});
        return std::nullopt;
      }
    }
    YAML::Node root = YAML::Load(owned);
    std::unordered_map<std::uint64_t, std::size_t> memo;
    if (expandedSize(root, memo, 0) > kMaxExpandedValues) {
      errors.push_back({"", 1, 1,
                        "the document expands to more than " +
                            std::to_string(kMaxExpandedValues) +
                            " values through YAML aliases; write it out or use fewer aliases"});
      return std::nullopt;
    }
    return root;
  } catch (const YAML::Exception& e) {
    errors.push_back({"", e.mark.is_null() ? 0 : e.mark.line + 1,
                      e.mark.is_null() ? 0 : e.mark.column + 1, "YAML syntax: " + e.msg});
    return std::nullopt;
  }
}

bool yamlTextToMessage(std::string_view yaml, gp::Message& out,
                       std::vector<SchemaError>& errors) {
  std::optional<YAML::Node> node = parseYaml(yaml, errors);
  return node && yamlToMessage(*node, out, errors);
}

bool jsonToMessage(std::string_view json, gp::Message& out, std::vector<SchemaError>& errors) {
  return yamlTextToMessage(json, out, errors);
}

}  // namespace meshdesk::schema
