#include "ai/typed_config.h"

#include <stdexcept>
#include <string>
#include <vector>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include "schema/type_registry.h"
#include "schema/yaml_to_message.h"

namespace meshdesk::ai {

google::protobuf::Any packed(const google::protobuf::Message& message) {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&coded);
  }
  google::protobuf::Any any;
  any.set_type_url(schema::typeUrlOf(message.GetDescriptor()));
  any.set_value(std::move(bytes));
  return any;
}

google::protobuf::Any packedFromYaml(std::string_view fullName, const YAML::Node& fields) {
  const auto& registry = schema::TypeRegistry::instance();
  const auto* type = registry.findMessage(fullName);
  std::string name(fullName);
  if (type == nullptr) throw std::logic_error("unknown message type " + name);
  auto message = registry.newMessage(type);
  std::vector<schema::SchemaError> errors;
  if (!schema::yamlToMessage(fields, *message, errors)) {
    // Appended piece by piece: GCC 12 warns (-Wrestrict, a false positive) on a + chain here.
    std::string text = "cannot build ";
    text += name;
    text += ':';
    for (const auto& e : errors) {
      text += ' ';
      text += e.toString();
    }
    throw std::logic_error(text);
  }
  return packed(*message);
}

}  // namespace meshdesk::ai
