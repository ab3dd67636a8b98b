#pragma once
// The serialized google.protobuf.FileDescriptorSet of the whole Envoy v3 + xds API and our own
// protos, embedded at build time (proto/CMakeLists.txt).

#include <string_view>

namespace meshdesk::proto {

std::string_view envoyApiDescriptorSet();

}  // namespace meshdesk::proto
