#pragma once
// The xDS configuration a gRPC client needs to reach the `echo` service: listener `echo.lab`
// (an API listener whose HttpConnectionManager takes routes over ADS), route configuration
// `echo-routes`, EDS cluster `echo` and its endpoints, built as Envoy messages the way gRPC's
// xDS client validates them.

#include <string>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "snapshot/snapshot.h"

namespace meshdesk::integration {

inline constexpr const char* kEchoListener = "echo.lab";
inline constexpr const char* kEchoRoutes = "echo-routes";
inline constexpr const char* kEchoCluster = "echo";

envoy::config::listener::v3::Listener echoListener();
envoy::config::route::v3::RouteConfiguration echoRoutes();
// An EDS cluster over ADS with round robin; change what a test needs on the returned message.
envoy::config::cluster::v3::Cluster echoCluster();
// One locality, weight 1, one endpoint at 127.0.0.1:port.
envoy::config::endpoint::v3::ClusterLoadAssignment echoEndpoints(int port);

// All four, as a snapshot labelled `version`.
snapshot::SnapshotPtr echoSnapshot(const std::string& version, int endpointPort,
                                   const envoy::config::cluster::v3::Cluster& cluster =
                                       echoCluster());

}  // namespace meshdesk::integration
