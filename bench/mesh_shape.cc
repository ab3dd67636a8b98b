#include "mesh_shape.h"

#include <cstdio>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "envoy/extensions/filters/http/router/v3/router.pb.h"
#include "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.pb.h"
#include "snapshot/resource.h"

namespace meshdesk::bench {

namespace {
using envoy::config::cluster::v3::Cluster;
using envoy::config::core::v3::ApiVersion;
using envoy::config::endpoint::v3::ClusterLoadAssignment;
using envoy::config::listener::v3::Listener;
using envoy::config::route::v3::RouteConfiguration;
using envoy::extensions::filters::network::http_connection_manager::v3::HttpConnectionManager;

std::string numbered(const char* prefix, int index) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s-%03d", prefix, index);
  return buf;
}
}  // namespace

const char* changeKindName(ChangeKind kind) {
  return kind == ChangeKind::Cluster ? "cluster" : "endpoints";
}

bool parseChangeKind(const std::string& text, ChangeKind* out) {
  if (text == "cluster") {
    *out = ChangeKind::Cluster;
  } else if (text == "endpoints") {
    *out = ChangeKind::Endpoints;
  } else {
    return false;
  }
  return true;
}

std::string MeshShape::clusterName(int index) { return numbered("cluster", index); }

MeshShape::MeshShape(MeshShapeOptions options)
    : options_(options),
      clusterGeneration_(options.clusters, 0),
      endpointGeneration_(options.clusters, 0) {
  for (int i = 0; i < options_.clusters; ++i) {
    clusters_.push_back(buildCluster(i, 0));
    endpoints_.push_back(buildEndpoints(i, 0));
  }
  listener_ = buildListener();
  routes_ = buildRoutes();
}

snapshot::SnapshotPtr MeshShape::snapshot() {
  version_ = std::to_string(++versionCounter_);
  std::vector<snapshot::ResourcePtr> all;
  all.reserve(clusters_.size() + endpoints_.size() + 2);
  all.insert(all.end(), clusters_.begin(), clusters_.end());
  all.insert(all.end(), endpoints_.begin(), endpoints_.end());
  all.push_back(listener_);
  all.push_back(routes_);
  return std::make_shared<const snapshot::Snapshot>(version_, std::move(all));
}

snapshot::SnapshotPtr MeshShape::change(ChangeKind kind) {
  const int index = nextChange_;
  nextChange_ = (nextChange_ + 1) % options_.clusters;
  if (kind == ChangeKind::Cluster) {
    clusters_[index] = buildCluster(index, ++clusterGeneration_[index]);
    lastChanged_ = clusters_[index]->name();
  } else {
    endpoints_[index] = buildEndpoints(index, ++endpointGeneration_[index]);
    lastChanged_ = endpoints_[index]->name();
  }
  return snapshot();
}

snapshot::ResourcePtr MeshShape::buildCluster(int index, int generation) {
  Cluster cluster;
  cluster.set_name(clusterName(index));
  cluster.set_type(Cluster::EDS);
  auto* eds = cluster.mutable_eds_cluster_config();
  eds->set_service_name(clusterName(index));
  eds->mutable_eds_config()->mutable_ads();
  eds->mutable_eds_config()->set_resource_api_version(ApiVersion::V3);
  // A change moves the timeout by a millisecond: different bytes, same size class.
  cluster.mutable_connect_timeout()->set_seconds(1);
  cluster.mutable_connect_timeout()->set_nanos(generation * 1'000'000);
  cluster.set_lb_policy(Cluster::ROUND_ROBIN);
  ++built_;
  return snapshot::Resource::fromMessage(cluster, cluster.name());
}

snapshot::ResourcePtr MeshShape::buildEndpoints(int index, int generation) {
  ClusterLoadAssignment cla;
  cla.set_cluster_name(clusterName(index));
  auto* locality = cla.add_endpoints();
  locality->mutable_locality()->set_region("bench");
  locality->mutable_locality()->set_zone("zone-a");
  for (int e = 0; e < options_.endpointsPerCluster; ++e) {
    auto* socket = locality->add_lb_endpoints()
                       ->mutable_endpoint()
                       ->mutable_address()
                       ->mutable_socket_address();
    char address[32];
    std::snprintf(address, sizeof address, "10.%d.%d.%d", index / 250, index % 250, e + 1);
    socket->set_address(address);
    // A change moves the first endpoint to another port.
    socket->set_port_value(8080 + (e == 0 ? generation : 0));
  }
  ++built_;
  return snapshot::Resource::fromMessage(cla, cla.cluster_name());
}

snapshot::ResourcePtr MeshShape::buildListener() {
  HttpConnectionManager hcm;
  hcm.set_stat_prefix("ingress_http");
  auto* rds = hcm.mutable_rds();
  rds->set_route_config_name(kRouteConfigName);
  rds->mutable_config_source()->mutable_ads();
  rds->mutable_config_source()->set_resource_api_version(ApiVersion::V3);
  auto* router = hcm.add_http_filters();
  router->set_name("envoy.filters.http.router");
  router->mutable_typed_config()->PackFrom(envoy::extensions::filters::http::router::v3::Router());

  Listener listener;
  listener.set_name(kListenerName);
  auto* socket = listener.mutable_address()->mutable_socket_address();
  socket->set_address("0.0.0.0");
  socket->set_port_value(10000);
  auto* filter = listener.add_filter_chains()->add_filters();
  filter->set_name("envoy.filters.network.http_connection_manager");
  filter->mutable_typed_config()->PackFrom(hcm);
  ++built_;
  return snapshot::Resource::fromMessage(listener, listener.name());
}

snapshot::ResourcePtr MeshShape::buildRoutes() {
  RouteConfiguration routes;
  routes.set_name(kRouteConfigName);
  for (int i = 0; i < options_.virtualHosts; ++i) {
    auto* host = routes.add_virtual_hosts();
    host->set_name(numbered("vhost", i));
    host->add_domains(numbered("svc", i) + ".bench.internal");
    auto* route = host->add_routes();
    route->mutable_match()->set_prefix("/");
    route->mutable_route()->set_cluster(clusterName(i % options_.clusters));
  }
  ++built_;
  return snapshot::Resource::fromMessage(routes, routes.name());
}

}  // namespace meshdesk::bench
