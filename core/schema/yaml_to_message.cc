#include "schema/yaml_to_message.h"

#include <algorithm>

#include <cfloat>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <utility>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/stubs/common.h>

#include "schema/field_names.h"
#include "schema/type_registry.h"
#include "schema/well_known_text.h"
#include "schema/well_known_types.h"
#include "schema/field_path.h"
#include "schema/yaml_node_access.h"
#include "schema/yaml_writer.h"

namespace meshdesk::schema {

namespace gp = google::protobuf;
using Field = gp::FieldDescriptor;
using namespace access;

namespace {

template <class N>
std::string describe(const N& node) {
  switch (typeOf(node)) {
    case Type::kNull:
      return "nothing (null)";
    case Type::kSequence:
      return "a list";
    case Type::kMap:
      return "a mapping";
    case Type::kScalar:
      break;
  }
  std::string s(scalarOf(node));
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

const Field* findField(const gp::Descriptor* type, std::string_view name) {
  if (const Field* f = type->FindFieldByName(std::string(name))) return f;
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

// Protobuf refuses to parse a message nested deeper than this (CodedInputStream's default
// recursion limit), and so does Envoy: a resource deeper than that is written but never read.
constexpr int kMaxMessageDepth = 100;

// Protobuf's string fields hold UTF-8; bytes that are not are refused when the message is parsed.
bool isUtf8(std::string_view s) { return gp::internal::IsStructurallyValidUTF8(s.data(), static_cast<int>(s.size())); }

template <class N>
class Reader {
 public:
  explicit Reader(std::vector<SchemaError>& errors) : errors_(errors) {}

  void message(const N& node, gp::Message& msg, const FieldPath& path) {
    Level level(*this);
    if (!level.within(node, path)) return;
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
  static bool isNull(const N& node) { return typeOf(node) == Type::kNull; }
  static bool isScalar(const N& node) { return typeOf(node) == Type::kScalar; }
  static bool isMap(const N& node) { return typeOf(node) == Type::kMap; }
  static bool isSequence(const N& node) { return typeOf(node) == Type::kSequence; }

  void error(const N& at, const FieldPath& path, std::string message) {
    const Place place = placeOf(at);
    errors_.push_back({path.str(), place.line, place.column, std::move(message)});
  }

  // One level of message nesting, as protobuf counts it (map entries and the messages inside a
  // Struct count too); an Any's payload is parsed on its own and starts again from zero.
  class Level {
   public:
    explicit Level(Reader& reader) : reader_(reader) { ++reader_.depth_; }
    ~Level() { --reader_.depth_; }
    Level(const Level&) = delete;
    Level& operator=(const Level&) = delete;
    bool within(const N& node, const FieldPath& path) {
      if (reader_.depth_ <= kMaxMessageDepth) return true;
      reader_.error(node, path,
                    "nested more than " + std::to_string(kMaxMessageDepth) +
                        " messages deep: protobuf, and so Envoy, refuses to read that");
      return false;
    }

   private:
    Reader& reader_;
  };

  // Fields (and oneofs) set so far in the messages being read, innermost last: each fields()
  // call uses the part above where it started, and gives it back when it ends.
  struct Seen {
    const void* what;  // a FieldDescriptor or a OneofDescriptor
    const Field* field;
    int line;
  };

  const Seen* findSeen(std::size_t from, const void* what) const {
    for (std::size_t i = from; i < seen_.size(); ++i)
      if (seen_[i].what == what) return &seen_[i];
    return nullptr;
  }

  void fields(const N& node, gp::Message& msg, const FieldPath& path, std::string_view skipKey) {
    const gp::Descriptor* type = msg.GetDescriptor();
    if (isNull(node)) return;
    if (!isMap(node)) {
      error(node, path, "expected a mapping (" + type->full_name() + "), found " + describe(node));
      return;
    }
    const std::size_t base = seen_.size();
    forEachEntry(node, [&](const N& key, const N& val) {
      if (!isScalar(key)) {
        error(key, path, "expected a field name, found " + describe(key));
        return;
      }
      const std::string_view name = scalarOf(key);
      if (!skipKey.empty() && name == skipKey) return;
      const Field* f = findField(type, name);
      if (f == nullptr) {
        unknownField(key, path, type, name);
        return;
      }
      const FieldPath fieldPath = path.field(f->name());
      if (const Seen* first = findSeen(base, f)) {
        error(key, fieldPath,
              "'" + f->name() + "' is given twice (first at line " +
                  std::to_string(first->line) + ")");
        return;
      }
      seen_.push_back({f, f, placeOf(key).line});
      if (isNull(val) && !takesNull(f)) return;
      if (const gp::OneofDescriptor* oneof = f->real_containing_oneof()) {
        if (const Seen* other = findSeen(base, oneof)) {
          error(key, fieldPath,
                "'" + other->field->name() + "' (line " + std::to_string(other->line) +
                    ") and '" + f->name() + "' are both members of oneof '" + oneof->name() +
                    "'; set only one");
          return;
        }
        seen_.push_back({oneof, f, placeOf(key).line});
      }
      field(val, msg, f, fieldPath);
    });
    seen_.resize(base);
  }

  void unknownField(const N& key, const FieldPath& path, const gp::Descriptor* type,
                    std::string_view name) {
    if (name == "@type") {
      error(key, path,
            "\"@type\" belongs in a google.protobuf.Any field; this is " + type->full_name());
      return;
    }
    std::vector<std::string> names;
    for (int i = 0; i < type->field_count(); ++i) names.push_back(type->field(i)->name());
    std::string message = "unknown field '" + std::string(name) + "' in " + type->full_name();
    std::string guess = closestName(name, names);
    if (guess.empty()) guess = closestName(snakeCase(name), names);
    if (!guess.empty()) message += "; did you mean '" + guess + "'?";
    error(key, path.field(name), message);
  }

  void field(const N& node, gp::Message& msg, const Field* f, const FieldPath& path) {
    if (f->is_map()) return mapField(node, msg, f, path);
    if (f->is_repeated()) return repeatedField(node, msg, f, path);
    if (f->cpp_type() == Field::CPPTYPE_MESSAGE)
      return message(node, *msg.GetReflection()->MutableMessage(&msg, f), path);
    scalar(node, msg, f, path, false);
  }

  void repeatedField(const N& node, gp::Message& msg, const Field* f, const FieldPath& path) {
    if (!isSequence(node)) {
      error(node, path, "expected a list of " + expectedOf(f) + ", found " + describe(node));
      return;
    }
    std::size_t i = 0;
    forEachItem(node, [&](const N& item) {
      const FieldPath itemPath = path.index(i++);
      if (isNull(item) && !takesNull(f)) {
        error(item, itemPath, "a list item cannot be empty (null)");
        return;
      }
      if (f->cpp_type() == Field::CPPTYPE_MESSAGE) {
        message(item, *msg.GetReflection()->AddMessage(&msg, f), itemPath);
      } else {
        scalar(item, msg, f, itemPath, true);
      }
    });
  }

  void mapField(const N& node, gp::Message& msg, const Field* f, const FieldPath& path) {
    const Field* keyField = f->message_type()->map_key();
    const Field* valueField = f->message_type()->map_value();
    if (!isMap(node)) {
      error(node, path, "expected a mapping of " + expectedOf(valueField) + ", found " +
                            describe(node));
      return;
    }
    std::map<std::string_view, int> seen;
    forEachEntry(node, [&](const N& key, const N& val) {
      if (!isScalar(key)) {
        error(key, path, "expected a map key (" + expectedOf(keyField) + "), found " +
                             describe(key));
        return;
      }
      const FieldPath entryPath = path.key(scalarOf(key), keyField->type() == Field::TYPE_STRING);
      auto [it, inserted] = seen.emplace(scalarOf(key), placeOf(key).line);
      if (!inserted) {
        error(key, entryPath,
              "key given twice (first at line " + std::to_string(it->second) + ")");
        return;
      }
      if (isNull(val) && !takesNull(valueField)) {
        error(key, entryPath, "a map value cannot be empty (null)");
        return;
      }
      Level level(*this);
      if (!level.within(key, entryPath)) return;
      gp::Message* mapEntry = msg.GetReflection()->AddMessage(&msg, f);
      scalar(key, *mapEntry, keyField, entryPath, false);
      if (valueField->cpp_type() == Field::CPPTYPE_MESSAGE) {
        message(val, *mapEntry->GetReflection()->MutableMessage(mapEntry, valueField), entryPath);
      } else {
        scalar(val, *mapEntry, valueField, entryPath, false);
      }
    });
  }

  // One scalar into a singular field (`add` false) or appended to a repeated one.
  void scalar(const N& node, gp::Message& msg, const Field* f, const FieldPath& path, bool add) {
    const gp::Reflection* r = msg.GetReflection();
    if (f->cpp_type() == Field::CPPTYPE_ENUM) return enumValue(node, msg, f, path, add);
    if (!isScalar(node)) {
      error(node, path, "expected " + expectedOf(f) + ", found " + describe(node));
      return;
    }
    const std::string_view s = scalarOf(node);
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
        if (quotedOf(node) || !isBoolWord(s, b))
          return fail(quotedOf(node) ? "expected true or false without quotes"
                                     : "expected true or false");
        add ? r->AddBool(&msg, f, b) : r->SetBool(&msg, f, b);
        return;
      }
      case Field::CPPTYPE_STRING: {
        std::string bytes(s);
        if (f->type() == Field::TYPE_BYTES) {
          if (auto e = text::decodeBase64(s, bytes); !e.empty()) return fail(e);
        } else if (!isUtf8(s)) {
          // Not "found ...": the bytes themselves would garble the terminal or JSON they go to.
          error(node, path, "expected UTF-8 text (a protobuf string); it has bytes that are not UTF-8");
          return;
        }
        add ? r->AddString(&msg, f, std::move(bytes)) : r->SetString(&msg, f, std::move(bytes));
        return;
      }
      default:
        return fail("cannot hold " + expectedOf(f));
    }
  }

  void enumValue(const N& node, gp::Message& msg, const Field* f, const FieldPath& path, bool add) {
    const gp::Reflection* r = msg.GetReflection();
    const gp::EnumDescriptor* type = f->enum_type();
    auto set = [&](int number) {
      add ? r->AddEnumValue(&msg, f, number) : r->SetEnumValue(&msg, f, number);
    };
    if (isNull(node) && type->full_name() == "google.protobuf.NullValue") return set(0);
    if (!isScalar(node)) {
      error(node, path, "expected " + expectedOf(f) + ", found " + describe(node));
      return;
    }
    const std::string_view s = scalarOf(node);
    if (const gp::EnumValueDescriptor* v = type->FindValueByName(std::string(s)))
      return set(v->number());
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

  void any(const N& node, gp::Message& msg, const FieldPath& path) {
    if (!isMap(node)) {
      error(node, path, "expected a mapping with \"@type\" (google.protobuf.Any), found " +
                            describe(node));
      return;
    }
    std::optional<N> typeNode;
    std::optional<N> valueNode;
    forEachEntry(node, [&](const N& key, const N& val) {
      if (isScalar(key) && scalarOf(key) == "@type") typeNode = val;
      if (isScalar(key) && scalarOf(key) == "value") valueNode = val;
    });
    if (!typeNode || isNull(*typeNode)) {
      error(node, path,
            "google.protobuf.Any needs \"@type\" naming the message, such as "
            "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router");
      return;
    }
    const FieldPath typePath = path.field("@type");
    if (!isScalar(*typeNode)) {
      error(*typeNode, typePath, "expected a type URL, found " + describe(*typeNode));
      return;
    }
    const std::string url(scalarOf(*typeNode));
    if (!isUtf8(url)) {
      error(*typeNode, typePath, "a type URL must be UTF-8 text; this one has bytes that are not");
      return;
    }
    const auto& registry = TypeRegistry::instance();
    if (url.find('/') == std::string::npos) {
      error(*typeNode, typePath,
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
      error(*typeNode, typePath, message);
      return;
    }
    std::unique_ptr<gp::Message> payload = registry.newMessage(type);
    const int outerDepth = std::exchange(depth_, 0);
    struct RestoreDepth {
      int& depth;
      int outer;
      ~RestoreDepth() { depth = outer; }
    } restore{depth_, outerDepth};
    if (wellKnownOf(type) != WellKnown::kNone) {
      // JSON mapping: a well-known payload that is not a mapping sits under "value".
      forEachEntry(node, [&](const N& key, const N&) {
        const std::string_view name = isScalar(key) ? scalarOf(key) : std::string_view();
        if (name != "@type" && name != "value")
          error(key, path.field(name),
                "an Any holding " + type->full_name() + " has only \"@type\" and \"value\"");
      });
      if (valueNode && !isNull(*valueNode)) message(*valueNode, *payload, path);
    } else {
      fields(node, *payload, path, "@type");
    }
    const gp::Descriptor* anyType = msg.GetDescriptor();
    const gp::Reflection* r = msg.GetReflection();
    r->SetString(&msg, anyType->FindFieldByName("type_url"), url);
    r->SetString(&msg, anyType->FindFieldByName("value"), serialize(*payload));
  }

  void time(const N& node, gp::Message& msg, const FieldPath& path, bool duration) {
    const char* what = duration ? "a duration such as \"5s\" or \"0.250s\""
                                : "an RFC 3339 timestamp such as \"2024-05-01T12:00:00Z\"";
    if (!isScalar(node)) {
      error(node, path, std::string("expected ") + what + ", found " + describe(node));
      return;
    }
    std::int64_t seconds = 0;
    std::int32_t nanos = 0;
    std::string problem = duration ? text::parseDuration(scalarOf(node), seconds, nanos)
                                   : text::parseTimestamp(scalarOf(node), seconds, nanos);
    if (!problem.empty()) {
      error(node, path, problem + "; found " + describe(node));
      return;
    }
    const gp::Descriptor* type = msg.GetDescriptor();
    msg.GetReflection()->SetInt64(&msg, type->FindFieldByName("seconds"), seconds);
    msg.GetReflection()->SetInt32(&msg, type->FindFieldByName("nanos"), nanos);
  }

  void structFields(const N& node, gp::Message& msg, const FieldPath& path) {
    if (!isMap(node)) {
      error(node, path, "expected a mapping (google.protobuf.Struct), found " + describe(node));
      return;
    }
    mapField(node, msg, msg.GetDescriptor()->FindFieldByName("fields"), path);
  }

  // Free-form YAML into google.protobuf.Value: plain scalars are typed the way a YAML reader
  // types them (true -> bool, 8080 -> number), quoted scalars are strings.
  void value(const N& node, gp::Message& msg, const FieldPath& path) {
    const gp::Descriptor* type = msg.GetDescriptor();
    const gp::Reflection* r = msg.GetReflection();
    switch (typeOf(node)) {
      case Type::kNull:
        r->SetEnumValue(&msg, type->FindFieldByName("null_value"), 0);
        return;
      case Type::kMap: {
        Level level(*this);
        if (!level.within(node, path)) return;
        return structFields(node, *r->MutableMessage(&msg, type->FindFieldByName("struct_value")),
                            path);
      }
      case Type::kSequence: {
        Level level(*this);
        if (!level.within(node, path)) return;
        return listValue(node, *r->MutableMessage(&msg, type->FindFieldByName("list_value")),
                         path);
      }
      case Type::kScalar:
        break;
    }
    const std::string_view s = scalarOf(node);
    bool b;
    double d;
    if (!quotedOf(node) && isBoolWord(s, b)) {
      r->SetBool(&msg, type->FindFieldByName("bool_value"), b);
    } else if (!quotedOf(node) && plainScalarIsNonString(s) &&
               text::parseDouble(s, d).empty() && std::isfinite(d)) {
      r->SetDouble(&msg, type->FindFieldByName("number_value"), d);
    } else if (!isUtf8(s)) {
      error(node, path, "expected UTF-8 text (a protobuf string); it has bytes that are not UTF-8");
    } else {
      r->SetString(&msg, type->FindFieldByName("string_value"), std::string(s));
    }
  }

  void listValue(const N& node, gp::Message& msg, const FieldPath& path) {
    if (!isSequence(node)) {
      error(node, path, "expected a list (google.protobuf.ListValue), found " + describe(node));
      return;
    }
    const Field* values = msg.GetDescriptor()->FindFieldByName("values");
    std::size_t i = 0;
    forEachItem(node, [&](const N& item) {
      const FieldPath itemPath = path.index(i++);
      Level level(*this);
      if (!level.within(item, itemPath)) return;
      value(item, *msg.GetReflection()->AddMessage(&msg, values), itemPath);
    });
  }

  // "a.b,cD" (the JSON form, lowerCamelCase) or a list of paths; stored in snake_case.
  void fieldMask(const N& node, gp::Message& msg, const FieldPath& path) {
    std::vector<std::string> paths;
    auto addPaths = [&](std::string_view text) {
      std::size_t start = 0;
      while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        std::string one(
            text.substr(start, comma == std::string_view::npos ? comma : comma - start));
        if (!one.empty()) paths.push_back(one.find('_') == std::string::npos ? snakeCase(one) : one);
        if (comma == std::string_view::npos) break;
        start = comma + 1;
      }
    };
    if (isScalar(node)) {
      addPaths(scalarOf(node));
    } else if (isSequence(node)) {
      forEachItem(node, [&](const N& item) {
        if (!isScalar(item)) {
          error(item, path, "expected a field path, found " + describe(item));
          return;
        }
        addPaths(scalarOf(item));
      });
    } else {
      error(node, path, "expected field paths such as \"a.b,c\", found " + describe(node));
      return;
    }
    const Field* pathsField = msg.GetDescriptor()->FindFieldByName("paths");
    for (auto& p : paths) msg.GetReflection()->AddString(&msg, pathsField, std::move(p));
  }

  std::vector<SchemaError>& errors_;
  std::vector<Seen> seen_;
  int depth_ = 0;  // messages entered in the current protobuf parse unit (see Level)
};

}  // namespace

bool yamlToMessage(const YAML::Node& node, gp::Message& out, std::vector<SchemaError>& errors,
                   std::string_view pathPrefix) {
  std::size_t before = errors.size();
  Reader<YAML::Node>(errors).message(node, out, FieldPath(pathPrefix));
  return errors.size() == before;
}

bool yamlToMessage(const YamlTree::Node& node, gp::Message& out, std::vector<SchemaError>& errors,
                   std::string_view pathPrefix) {
  std::size_t before = errors.size();
  Reader<YamlTree::Node>(errors).message(node, out, FieldPath(pathPrefix));
  return errors.size() == before;
}

}  // namespace meshdesk::schema
