#pragma once
// The gRPC methods of the xDS discovery services, by full method name.

#include <optional>
#include <string>
#include <string_view>

namespace meshdesk::xds {

struct XdsMethod {
  enum class Variant { Sotw, Delta, Fetch };
  Variant variant;
  // Empty for the aggregated service, where each request names its type.
  std::string typeUrl;
};

// "/envoy.service.discovery.v3.AggregatedDiscoveryService/StreamAggregatedResources", ...
std::optional<XdsMethod> findXdsMethod(std::string_view fullMethodName);

}  // namespace meshdesk::xds
