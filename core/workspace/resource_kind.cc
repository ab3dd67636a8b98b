#include "workspace/resource_kind.h"

namespace meshdesk::workspace {

const std::vector<KindInfo>& allKinds() {
  static const std::vector<KindInfo> kinds{
      {Kind::kListener, "listeners", "listener", "envoy.config.listener.v3.Listener", "name"},
      {Kind::kRoute, "routes", "route configuration", "envoy.config.route.v3.RouteConfiguration",
       "name"},
      {Kind::kScopedRoute, "scoped_routes", "scoped route configuration",
       "envoy.config.route.v3.ScopedRouteConfiguration", "name"},
      {Kind::kCluster, "clusters", "cluster", "envoy.config.cluster.v3.Cluster", "name"},
      {Kind::kEndpoint, "endpoints", "cluster load assignment",
       "envoy.config.endpoint.v3.ClusterLoadAssignment", "cluster_name"},
      {Kind::kSecret, "secrets", "secret", "envoy.extensions.transport_sockets.tls.v3.Secret",
       "name"},
      {Kind::kRuntime, "runtimes", "runtime layer", "envoy.service.runtime.v3.Runtime", "name"},
      {Kind::kExtensionConfig, "extension_configs", "extension config",
       "envoy.config.core.v3.TypedExtensionConfig", "name"},
  };
  return kinds;
}

const KindInfo& kindInfo(Kind kind) { return allKinds()[static_cast<std::size_t>(kind)]; }

std::optional<Kind> kindFromKey(std::string_view key) {
  for (const auto& info : allKinds())
    if (info.key == key) return info.kind;
  return std::nullopt;
}

}  // namespace meshdesk::workspace
