#include "schema/message_to_yaml.h"

#include <algorithm>

#include "schema/field_names.h"
#include "schema/type_registry.h"
#include "schema/well_known_text.h"
#include "schema/well_known_types.h"
#include "schema/yaml_writer.h"

namespace meshdesk::schema {

namespace gp = google::protobuf;
using Field = gp::FieldDescriptor;

namespace {

YAML::Node stringNode(std::string text) {
  YAML::Node node(std::move(text));
  node.SetTag("!");
  return node;
}

YAML::Node plainNode(std::string text) { return YAML::Node(std::move(text)); }

YAML::Node emptyMap() { return YAML::Node(YAML::NodeType::Map); }

YAML::Node messageNode(const gp::Message& message);

YAML::Node scalarNode(const gp::Message& msg, const Field* f, int index) {
  const gp::Reflection* r = msg.GetReflection();
  bool repeated = index >= 0;
  switch (f->cpp_type()) {
    case Field::CPPTYPE_INT32:
      return plainNode(std::to_string(repeated ? r->GetRepeatedInt32(msg, f, index)
                                               : r->GetInt32(msg, f)));
    case Field::CPPTYPE_INT64:
      return plainNode(std::to_string(repeated ? r->GetRepeatedInt64(msg, f, index)
                                               : r->GetInt64(msg, f)));
    case Field::CPPTYPE_UINT32:
      return plainNode(std::to_string(repeated ? r->GetRepeatedUInt32(msg, f, index)
                                               : r->GetUInt32(msg, f)));
    case Field::CPPTYPE_UINT64:
      return plainNode(std::to_string(repeated ? r->GetRepeatedUInt64(msg, f, index)
                                               : r->GetUInt64(msg, f)));
    case Field::CPPTYPE_DOUBLE:
      return plainNode(text::formatDouble(repeated ? r->GetRepeatedDouble(msg, f, index)
                                                   : r->GetDouble(msg, f)));
    case Field::CPPTYPE_FLOAT:
      return plainNode(text::formatFloat(repeated ? r->GetRepeatedFloat(msg, f, index)
                                                  : r->GetFloat(msg, f)));
    case Field::CPPTYPE_BOOL:
      return plainNode((repeated ? r->GetRepeatedBool(msg, f, index) : r->GetBool(msg, f))
                           ? "true"
                           : "false");
    case Field::CPPTYPE_ENUM: {
      int number = repeated ? r->GetRepeatedEnumValue(msg, f, index) : r->GetEnumValue(msg, f);
      if (f->enum_type()->full_name() == "google.protobuf.NullValue") return YAML::Node();
      const gp::EnumValueDescriptor* value = f->enum_type()->FindValueByNumber(number);
      return plainNode(value != nullptr ? value->name() : std::to_string(number));
    }
    case Field::CPPTYPE_STRING: {
      std::string s = repeated ? r->GetRepeatedString(msg, f, index) : r->GetString(msg, f);
      return stringNode(f->type() == Field::TYPE_BYTES ? text::encodeBase64(s) : std::move(s));
    }
    case Field::CPPTYPE_MESSAGE:
      return messageNode(repeated ? r->GetRepeatedMessage(msg, f, index) : r->GetMessage(msg, f));
  }
  return YAML::Node();
}

// Map entries in key order: google::protobuf::Map iterates in hash order, which would make the
// output depend on the process.
YAML::Node mapNode(const gp::Message& msg, const Field* f) {
  const gp::Reflection* r = msg.GetReflection();
  const Field* keyField = f->message_type()->map_key();
  const Field* valueField = f->message_type()->map_value();
  std::vector<const gp::Message*> entries;
  for (int i = 0; i < r->FieldSize(msg, f); ++i) entries.push_back(&r->GetRepeatedMessage(msg, f, i));
  auto keyLess = [&](const gp::Message* a, const gp::Message* b) {
    const gp::Reflection* ra = a->GetReflection();
    switch (keyField->cpp_type()) {
      case Field::CPPTYPE_INT32: return ra->GetInt32(*a, keyField) < ra->GetInt32(*b, keyField);
      case Field::CPPTYPE_INT64: return ra->GetInt64(*a, keyField) < ra->GetInt64(*b, keyField);
      case Field::CPPTYPE_UINT32: return ra->GetUInt32(*a, keyField) < ra->GetUInt32(*b, keyField);
      case Field::CPPTYPE_UINT64: return ra->GetUInt64(*a, keyField) < ra->GetUInt64(*b, keyField);
      case Field::CPPTYPE_BOOL: return ra->GetBool(*a, keyField) < ra->GetBool(*b, keyField);
      default: return ra->GetString(*a, keyField) < ra->GetString(*b, keyField);
    }
  };
  std::stable_sort(entries.begin(), entries.end(), keyLess);
  YAML::Node out = emptyMap();
  for (const gp::Message* entry : entries) {
    out.force_insert(scalarNode(*entry, keyField, -1), scalarNode(*entry, valueField, -1));
  }
  return out;
}

YAML::Node fieldNode(const gp::Message& msg, const Field* f) {
  if (f->is_map()) return mapNode(msg, f);
  if (!f->is_repeated()) return scalarNode(msg, f, -1);
  YAML::Node list(YAML::NodeType::Sequence);
  for (int i = 0; i < msg.GetReflection()->FieldSize(msg, f); ++i)
    list.push_back(scalarNode(msg, f, i));
  return list;
}

YAML::Node fieldsNode(const gp::Message& msg) {
  std::vector<const Field*> fields;
  msg.GetReflection()->ListFields(msg, &fields);
  // ListFields sorts by number; the docs (and the .proto) read in declaration order.
  std::sort(fields.begin(), fields.end(),
            [](const Field* a, const Field* b) { return a->index() < b->index(); });
  YAML::Node out = emptyMap();
  for (const Field* f : fields) out.force_insert(plainNode(f->name()), fieldNode(msg, f));
  return out;
}

YAML::Node anyNode(const gp::Message& any) {
  const gp::Descriptor* anyType = any.GetDescriptor();
  const gp::Reflection* r = any.GetReflection();
  std::string url = r->GetString(any, anyType->FindFieldByName("type_url"));
  std::string bytes = r->GetString(any, anyType->FindFieldByName("value"));
  YAML::Node out = emptyMap();
  out.force_insert(plainNode("@type"), stringNode(url));
  const auto& registry = TypeRegistry::instance();
  const gp::Descriptor* type = registry.findByTypeUrl(url);
  std::unique_ptr<gp::Message> payload = type ? registry.newMessage(type) : nullptr;
  if (payload == nullptr || !payload->ParseFromString(bytes)) {
    // Not readable here: keep the bytes, so that nothing is lost on a round trip.
    out.force_insert(plainNode("value"), stringNode(text::encodeBase64(bytes)));
    return out;
  }
  YAML::Node body = messageNode(*payload);
  if (wellKnownOf(type) != WellKnown::kNone) {
    out.force_insert(plainNode("value"), body);
  } else {
    for (const auto& entry : body) out.force_insert(entry.first, entry.second);
  }
  return out;
}

YAML::Node valueNode(const gp::Message& value) {
  const gp::Reflection* r = value.GetReflection();
  const gp::Descriptor* type = value.GetDescriptor();
  const gp::OneofDescriptor* kind = type->FindOneofByName("kind");
  const Field* set = r->GetOneofFieldDescriptor(value, kind);
  if (set == nullptr || set->name() == "null_value") return YAML::Node();
  if (set->name() == "number_value") return plainNode(text::formatDouble(r->GetDouble(value, set)));
  if (set->name() == "bool_value") return plainNode(r->GetBool(value, set) ? "true" : "false");
  if (set->name() == "string_value") return stringNode(r->GetString(value, set));
  return messageNode(r->GetMessage(value, set));
}

YAML::Node messageNode(const gp::Message& msg) {
  const gp::Descriptor* type = msg.GetDescriptor();
  const gp::Reflection* r = msg.GetReflection();
  switch (wellKnownOf(type)) {
    case WellKnown::kAny:
      return anyNode(msg);
    case WellKnown::kDuration:
    case WellKnown::kTimestamp: {
      auto seconds = r->GetInt64(msg, type->FindFieldByName("seconds"));
      auto nanos = r->GetInt32(msg, type->FindFieldByName("nanos"));
      return stringNode(wellKnownOf(type) == WellKnown::kDuration
                            ? text::formatDuration(seconds, nanos)
                            : text::formatTimestamp(seconds, nanos));
    }
    case WellKnown::kWrapper:
      return scalarNode(msg, type->FindFieldByName("value"), -1);
    case WellKnown::kStruct:
      return mapNode(msg, type->FindFieldByName("fields"));
    case WellKnown::kValue:
      return valueNode(msg);
    case WellKnown::kListValue:
      return fieldNode(msg, type->FindFieldByName("values"));
    case WellKnown::kFieldMask: {
      const Field* paths = type->FindFieldByName("paths");
      std::string joined;
      for (int i = 0; i < r->FieldSize(msg, paths); ++i) {
        if (i > 0) joined += ",";
        joined += lowerCamelCase(r->GetRepeatedString(msg, paths, i));
      }
      return stringNode(joined);
    }
    case WellKnown::kNone:
      break;
  }
  return fieldsNode(msg);
}

}  // namespace

YAML::Node messageToYaml(const gp::Message& message) { return messageNode(message); }

std::string messageToYamlText(const gp::Message& message) {
  return emitYaml(messageToYaml(message));
}

}  // namespace meshdesk::schema
