#pragma once
// Packing configuration messages into google.protobuf.Any, as Envoy's typed_config fields hold
// them.
//
// Most of what the compiler emits is built with the generated classes. A few extensions (upstream
// HTTP protocol options, upstream codec, header mutation, retry priority) are not compiled to C++
// (proto/CMakeLists.txt compiles only a closure); those are written as YAML and read through the
// schema converter into a message of the embedded descriptor pool, which is just as checked.

#include <string_view>

#include <google/protobuf/any.pb.h>
#include <google/protobuf/message.h>
#include <yaml-cpp/yaml.h>

namespace meshdesk::ai {

// Deterministic bytes, so that equal configuration packs to equal Any (and equal versions).
google::protobuf::Any packed(const google::protobuf::Message& message);

// `fields` (a YAML mapping) read as a message of type `fullName` and packed. Throws
// std::logic_error if the type is unknown or a field does not convert: the compiler wrote
// something wrong, not the user.
google::protobuf::Any packedFromYaml(std::string_view fullName, const YAML::Node& fields);

}  // namespace meshdesk::ai
