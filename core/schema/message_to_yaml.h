#pragma once
// Protobuf to YAML, written the way Envoy's docs write configuration.
//
// Deterministic on purpose: the workspace file is saved from this, and the same content must
// give the same bytes (clean diffs, and a version hash that only moves when content does).
// Field names in snake_case, fields in the order the .proto declares them, proto3 defaults left
// out (a message field or wrapper that is set is kept, even when empty), map entries sorted by
// key, google.protobuf.Any as a mapping with "@type" first and then the payload's fields,
// Duration as "5s" / "0.250s", enums by name.

#include <string>

#include <google/protobuf/message.h>
#include <yaml-cpp/yaml.h>

namespace meshdesk::schema {

// String scalars are tagged "!" so that emitYaml() quotes those that would read back as
// something else ("8080", "true"); yaml-cpp's own emitter ignores that tag.
YAML::Node messageToYaml(const google::protobuf::Message& message);

// emitYaml(messageToYaml(message)).
std::string messageToYamlText(const google::protobuf::Message& message);

}  // namespace meshdesk::schema
