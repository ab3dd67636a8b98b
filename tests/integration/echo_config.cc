#include "echo_config.h"

#include "envoy/extensions/filters/http/router/v3/router.pb.h"
#include "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.pb.h"

namespace meshdesk::integration {

namespace {
void useAds(envoy::config::core::v3::ConfigSource& source) {
  source.mutable_ads();
  source.set_resource_api_version(envoy::config::core::v3::ApiVersion::V3);
}
}  // namespace

envoy::config::listener::v3::Listener echoListener() {
  using envoy::extensions::filters::network::http_connection_manager::v3::HttpConnectionManager;
  HttpConnectionManager hcm;
  hcm.set_stat_prefix("echo");
  auto* rds = hcm.mutable_rds();
  rds->set_route_config_name(kEchoRoutes);
  useAds(*rds->mutable_config_source());
  // gRPC requires the router, and requires it last.
  auto* router = hcm.add_http_filters();
  router->set_name("envoy.filters.http.router");
  router->mutable_typed_config()->PackFrom(envoy::extensions::filters::http::router::v3::Router());

  envoy::config::listener::v3::Listener listener;
  listener.set_name(kEchoListener);
  listener.mutable_api_listener()->mutable_api_listener()->PackFrom(hcm);
  return listener;
}

envoy::config::route::v3::RouteConfiguration echoRoutes() {
  envoy::config::route::v3::RouteConfiguration routes;
  routes.set_name(kEchoRoutes);
  auto* host = routes.add_virtual_hosts();
  host->set_name("echo");
  host->add_domains(std::string("*"));  // a const char* here trips GCC 12's -Wrestrict
  auto* route = host->add_routes();
  route->mutable_match()->set_prefix("/");
  route->mutable_route()->set_cluster(kEchoCluster);
  return routes;
}

envoy::config::cluster::v3::Cluster echoCluster() {
  envoy::config::cluster::v3::Cluster cluster;
  cluster.set_name(kEchoCluster);
  cluster.set_type(envoy::config::cluster::v3::Cluster::EDS);
  useAds(*cluster.mutable_eds_cluster_config()->mutable_eds_config());
  cluster.set_lb_policy(envoy::config::cluster::v3::Cluster::ROUND_ROBIN);
  return cluster;
}

envoy::config::endpoint::v3::ClusterLoadAssignment echoEndpoints(int port) {
  envoy::config::endpoint::v3::ClusterLoadAssignment assignment;
  assignment.set_cluster_name(kEchoCluster);
  auto* locality = assignment.add_endpoints();
  locality->mutable_locality()->set_region("lab");
  locality->mutable_locality()->set_zone("lab-a");
  // gRPC ignores a locality without a weight.
  locality->mutable_load_balancing_weight()->set_value(1);
  auto* address = locality->add_lb_endpoints()
                      ->mutable_endpoint()
                      ->mutable_address()
                      ->mutable_socket_address();
  address->set_address("127.0.0.1");
  address->set_port_value(static_cast<std::uint32_t>(port));
  return assignment;
}

snapshot::SnapshotPtr echoSnapshot(const std::string& version, int endpointPort,
                                   const envoy::config::cluster::v3::Cluster& cluster) {
  using snapshot::Resource;
  return std::make_shared<const snapshot::Snapshot>(
      version, std::vector<snapshot::ResourcePtr>{
                   Resource::fromMessage(echoListener(), kEchoListener),
                   Resource::fromMessage(echoRoutes(), kEchoRoutes),
                   Resource::fromMessage(cluster, kEchoCluster),
                   Resource::fromMessage(echoEndpoints(endpointPort), kEchoCluster),
               });
}

}  // namespace meshdesk::integration
