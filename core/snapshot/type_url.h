#pragma once
// The xDS resource types Meshdesk serves, by type URL, and their order on an aggregated stream.

#include <string>
#include <string_view>
#include <vector>

namespace meshdesk::snapshot {

namespace type_url {
inline constexpr std::string_view kListener = "type.googleapis.com/envoy.config.listener.v3.Listener";
inline constexpr std::string_view kRouteConfiguration =
    "type.googleapis.com/envoy.config.route.v3.RouteConfiguration";
inline constexpr std::string_view kScopedRouteConfiguration =
    "type.googleapis.com/envoy.config.route.v3.ScopedRouteConfiguration";
inline constexpr std::string_view kVirtualHost =
    "type.googleapis.com/envoy.config.route.v3.VirtualHost";
inline constexpr std::string_view kCluster = "type.googleapis.com/envoy.config.cluster.v3.Cluster";
inline constexpr std::string_view kClusterLoadAssignment =
    "type.googleapis.com/envoy.config.endpoint.v3.ClusterLoadAssignment";
inline constexpr std::string_view kSecret =
    "type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret";
inline constexpr std::string_view kRuntime = "type.googleapis.com/envoy.service.runtime.v3.Runtime";
inline constexpr std::string_view kExtensionConfig =
    "type.googleapis.com/envoy.config.core.v3.TypedExtensionConfig";
inline constexpr std::string_view kModelRoute = "type.googleapis.com/meshdesk.ai.v1.ModelRoute";
inline constexpr std::string_view kPrefix = "type.googleapis.com/";
}  // namespace type_url

// Short names used in the UI, logs and metrics ("LDS", "CDS", ...); the message name for custom
// types.
std::string shortTypeName(std::string_view typeUrl);

// True for types whose SotW responses carry the full set (LDS, CDS, and custom types), so that a
// resource missing from a response is deleted. RDS, EDS, SDS, ... carry requested names only.
bool isFullStateType(std::string_view typeUrl);

// Rank on an aggregated stream for make-before-break: clusters, then endpoints, then listeners,
// then routes, then the rest (secrets and runtimes, which nothing waits on, after). Lower first.
int aggregatedOrder(std::string_view typeUrl);

// The Envoy types in aggregated order, for tables and charts.
const std::vector<std::string>& knownTypeUrls();

}  // namespace meshdesk::snapshot
