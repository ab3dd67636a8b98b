#include "xds/method_table.h"

#include <map>

#include "snapshot/type_url.h"

namespace meshdesk::xds {

namespace {
struct Service {
  const char* name;
  std::string_view typeUrl;
  const char* sotw;
  const char* delta;
  const char* fetch;
};

const std::map<std::string, XdsMethod, std::less<>>& table() {
  namespace t = snapshot::type_url;
  static const auto* methods = [] {
    const Service services[] = {
        {"envoy.service.discovery.v3.AggregatedDiscoveryService", "",
         "StreamAggregatedResources", "DeltaAggregatedResources", nullptr},
        {"envoy.service.listener.v3.ListenerDiscoveryService", t::kListener, "StreamListeners",
         "DeltaListeners", "FetchListeners"},
        {"envoy.service.route.v3.RouteDiscoveryService", t::kRouteConfiguration, "StreamRoutes",
         "DeltaRoutes", "FetchRoutes"},
        {"envoy.service.route.v3.ScopedRoutesDiscoveryService", t::kScopedRouteConfiguration,
         "StreamScopedRoutes", "DeltaScopedRoutes", "FetchScopedRoutes"},
        {"envoy.service.route.v3.VirtualHostDiscoveryService", t::kVirtualHost, nullptr,
         "DeltaVirtualHosts", nullptr},
        {"envoy.service.cluster.v3.ClusterDiscoveryService", t::kCluster, "StreamClusters",
         "DeltaClusters", "FetchClusters"},
        {"envoy.service.endpoint.v3.EndpointDiscoveryService", t::kClusterLoadAssignment,
         "StreamEndpoints", "DeltaEndpoints", "FetchEndpoints"},
        {"envoy.service.secret.v3.SecretDiscoveryService", t::kSecret, "StreamSecrets",
         "DeltaSecrets", "FetchSecrets"},
        {"envoy.service.runtime.v3.RuntimeDiscoveryService", t::kRuntime, "StreamRuntime",
         "DeltaRuntime", "FetchRuntime"},
        {"envoy.service.extension.v3.ExtensionConfigDiscoveryService", t::kExtensionConfig,
         "StreamExtensionConfigs", "DeltaExtensionConfigs", "FetchExtensionConfigs"},
    };
    auto* m = new std::map<std::string, XdsMethod, std::less<>>;
    for (const auto& s : services) {
      auto add = [&](const char* method, XdsMethod::Variant v) {
        if (method)
          (*m)["/" + std::string(s.name) + "/" + method] = {v, std::string(s.typeUrl)};
      };
      add(s.sotw, XdsMethod::Variant::Sotw);
      add(s.delta, XdsMethod::Variant::Delta);
      add(s.fetch, XdsMethod::Variant::Fetch);
    }
    return m;
  }();
  return *methods;
}
}  // namespace

std::optional<XdsMethod> findXdsMethod(std::string_view name) {
  auto it = table().find(name);
  if (it == table().end()) return std::nullopt;
  return it->second;
}

}  // namespace meshdesk::xds
