#include "workspace_shape.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "envoy/extensions/filters/http/router/v3/router.pb.h"
#include "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.pb.h"
#include "schema/message_to_yaml.h"
#include "schema/yaml_writer.h"

namespace meshdesk::bench {

namespace {

using envoy::config::cluster::v3::Cluster;
using envoy::config::core::v3::ConfigSource;
using envoy::config::endpoint::v3::ClusterLoadAssignment;
using envoy::config::listener::v3::Listener;
using envoy::config::route::v3::Route;
using envoy::config::route::v3::RouteConfiguration;
using HttpConnectionManager =
    envoy::extensions::filters::network::http_connection_manager::v3::HttpConnectionManager;

std::string numbered(const char* prefix, int n, int width = 4) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s-%0*d", prefix, width, n);
  return buffer;
}

ConfigSource ads() {
  ConfigSource source;
  source.mutable_ads();
  source.set_resource_api_version(envoy::config::core::v3::V3);
  return source;
}

Cluster cluster(int n) {
  Cluster c;
  c.set_name(numbered("svc", n));
  c.set_type(Cluster::EDS);
  *c.mutable_eds_cluster_config()->mutable_eds_config() = ads();
  c.mutable_connect_timeout()->set_nanos(250'000'000);
  if (n % 3 == 0) c.set_lb_policy(Cluster::LEAST_REQUEST);
  if (n % 4 == 0) {
    auto* check = c.add_health_checks();
    check->mutable_timeout()->set_seconds(1);
    check->mutable_interval()->set_seconds(5);
    check->mutable_unhealthy_threshold()->set_value(3);
    check->mutable_healthy_threshold()->set_value(2);
    check->mutable_http_health_check()->set_path("/healthz");
  }
  if (n % 5 == 0) {
    auto* thresholds = c.mutable_circuit_breakers()->add_thresholds();
    thresholds->mutable_max_connections()->set_value(1024);
    thresholds->mutable_max_pending_requests()->set_value(256);
    auto* outlier = c.mutable_outlier_detection();
    outlier->mutable_consecutive_5xx()->set_value(5);
    outlier->mutable_base_ejection_time()->set_seconds(30);
  }
  return c;
}

ClusterLoadAssignment endpoints(int n, int count) {
  ClusterLoadAssignment assignment;
  assignment.set_cluster_name(numbered("svc", n));
  for (int zone = 0; zone < 2; ++zone) {
    auto* locality = assignment.add_endpoints();
    locality->mutable_locality()->set_region("eu-west-1");
    locality->mutable_locality()->set_zone(zone == 0 ? "eu-west-1a" : "eu-west-1b");
    locality->mutable_load_balancing_weight()->set_value(1);
    for (int e = zone; e < count; e += 2) {
      auto* address = locality->add_lb_endpoints()->mutable_endpoint()->mutable_address();
      char ip[32];
      std::snprintf(ip, sizeof ip, "10.%d.%d.%d", n / 250, n % 250, 10 + e);
      address->mutable_socket_address()->set_address(ip);
      address->mutable_socket_address()->set_port_value(8080);
    }
  }
  return assignment;
}

// The i-th route of a virtual host with `count` routes, sending to one of `clusters`.
void route(Route& r, int i, int count, const std::vector<std::string>& clusters,
           const std::string& service) {
  auto* match = r.mutable_match();
  auto* action = r.mutable_route();
  const std::string& target = clusters[i % clusters.size()];
  if (i == count - 1) {
    match->set_prefix("/");  // the catch-all, last
    action->set_cluster(clusters.front());
    return;
  }
  switch (i % 20) {
    case 0: case 1: case 2:
      match->set_path("/" + service + "/v1/status/" + std::to_string(i));
      break;
    case 3: case 4:
      match->mutable_safe_regex()->set_regex("^/" + service + "/v" + std::to_string(i % 3 + 1) +
                                             "/items/[0-9]+(/details)?$");
      break;
    case 5: case 6: {
      match->set_prefix("/" + service + "/api/" + std::to_string(i) + "/");
      auto* header = match->add_headers();
      header->set_name("x-tenant");
      header->mutable_string_match()->set_exact("tenant-" + std::to_string(i % 7));
      break;
    }
    default:
      match->set_prefix("/" + service + "/api/" + std::to_string(i) + "/");
  }
  if (i % 20 == 19 && clusters.size() > 1) {
    auto* weighted = action->mutable_weighted_clusters();
    auto* a = weighted->add_clusters();
    a->set_name(clusters[0]);
    a->mutable_weight()->set_value(90);
    auto* b = weighted->add_clusters();
    b->set_name(clusters[1]);
    b->mutable_weight()->set_value(10);
  } else {
    action->set_cluster(target);
  }
  action->mutable_timeout()->set_seconds(i % 4 == 0 ? 15 : 5);
  if (i % 3 == 0) {
    auto* retry = action->mutable_retry_policy();
    retry->set_retry_on("5xx,reset,connect-failure");
    retry->mutable_num_retries()->set_value(2);
    retry->mutable_per_try_timeout()->set_nanos(500'000'000);
  }
}

HttpConnectionManager manager(const std::string& name) {
  HttpConnectionManager hcm;
  hcm.set_stat_prefix(name);
  auto* rds = hcm.mutable_rds();
  *rds->mutable_config_source() = ads();
  rds->set_route_config_name(name + "-routes");
  auto* router = hcm.add_http_filters();
  router->set_name("envoy.filters.http.router");
  router->mutable_typed_config()->PackFrom(envoy::extensions::filters::http::router::v3::Router());
  hcm.mutable_use_remote_address()->set_value(true);
  return hcm;
}

}  // namespace

workspace::Workspace buildWorkspace(const WorkspaceShapeOptions& options) {
  using workspace::Item;
  using workspace::Kind;
  workspace::Workspace ws;
  const int hosts = options.routeConfigurations * options.virtualHostsPerConfiguration;
  const int clustersPerHost = std::max(1, options.clusters / std::max(1, hosts));
  int routesLeft = options.routes;
  int host = 0;
  for (int c = 0; c < options.routeConfigurations; ++c) {
    std::string name = numbered("gateway", c, 2);
    Listener listener;
    listener.set_name(name);
    auto* socket = listener.mutable_address()->mutable_socket_address();
    socket->set_address("0.0.0.0");
    socket->set_port_value(10000 + c);
    auto* filter = listener.add_filter_chains()->add_filters();
    filter->set_name("envoy.filters.network.http_connection_manager");
    filter->mutable_typed_config()->PackFrom(manager(name));
    ws.put(Item(Kind::kListener, std::make_unique<Listener>(std::move(listener))));

    RouteConfiguration routes;
    routes.set_name(name + "-routes");
    for (int v = 0; v < options.virtualHostsPerConfiguration; ++v, ++host) {
      std::string service = numbered("service", host);
      auto* vhost = routes.add_virtual_hosts();
      vhost->set_name(service);
      vhost->add_domains(service + ".example.com");
      vhost->add_domains(service + ".example.com:*");
      std::vector<std::string> clusters;
      for (int k = 0; k < clustersPerHost; ++k)
        clusters.push_back(numbered("svc", (host * clustersPerHost + k) % options.clusters));
      int count = routesLeft / (hosts - host);  // spreads the remainder over the last hosts
      routesLeft -= count;
      for (int i = 0; i < count; ++i) route(*vhost->add_routes(), i, count, clusters, service);
    }
    ws.put(Item(Kind::kRoute, std::make_unique<RouteConfiguration>(std::move(routes))));
  }
  for (int n = 0; n < options.clusters; ++n)
    ws.put(Item(Kind::kCluster, std::make_unique<Cluster>(cluster(n))));
  for (int n = 0; n < options.clusters; ++n)
    ws.put(Item(Kind::kEndpoint,
                std::make_unique<ClusterLoadAssignment>(endpoints(n, options.endpointsPerCluster))));
  workspace::NodeGroup canary;
  canary.name = "canary";
  canary.match.id = "canary-*";
  ws.setNodeGroups({canary});
  return ws;
}

std::string bootstrapYaml(const workspace::Workspace& ws) {
  using workspace::Kind;
  std::map<std::string, const workspace::Item*> routesByName, endpointsByName;
  for (const auto& item : ws.items(Kind::kRoute)) routesByName[item.name()] = &item;
  for (const auto& item : ws.items(Kind::kEndpoint)) endpointsByName[item.name()] = &item;
  YAML::Node listeners(YAML::NodeType::Sequence);
  for (const auto& item : ws.items(Kind::kListener)) {
    Listener listener = item.as<Listener>();
    for (auto& chain : *listener.mutable_filter_chains()) {
      for (auto& filter : *chain.mutable_filters()) {
        HttpConnectionManager hcm;
        if (!filter.typed_config().UnpackTo(&hcm) || !hcm.has_rds()) continue;
        auto routes = routesByName.find(hcm.rds().route_config_name());
        if (routes == routesByName.end()) continue;
        *hcm.mutable_route_config() = routes->second->as<RouteConfiguration>();
        filter.mutable_typed_config()->PackFrom(hcm);
      }
    }
    listeners.push_back(schema::messageToYaml(listener));
  }
  YAML::Node clusters(YAML::NodeType::Sequence);
  for (const auto& item : ws.items(Kind::kCluster)) {
    Cluster cluster = item.as<Cluster>();
    if (auto endpoints = endpointsByName.find(cluster.name()); endpoints != endpointsByName.end()) {
      cluster.set_type(Cluster::STATIC);
      cluster.clear_eds_cluster_config();
      *cluster.mutable_load_assignment() = endpoints->second->as<ClusterLoadAssignment>();
    }
    clusters.push_back(schema::messageToYaml(cluster));
  }
  YAML::Node resources(YAML::NodeType::Map);
  resources.force_insert(YAML::Node("listeners"), listeners);
  resources.force_insert(YAML::Node("clusters"), clusters);
  YAML::Node root(YAML::NodeType::Map);
  root.force_insert(YAML::Node("static_resources"), resources);
  return schema::emitYaml(root);
}

}  // namespace meshdesk::bench
