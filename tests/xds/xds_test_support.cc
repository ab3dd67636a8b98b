#include "xds_test_support.h"

#include "envoy/extensions/filters/http/router/v3/router.pb.h"
#include "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.pb.h"

namespace meshdesk::testing {

envoy::config::cluster::v3::Cluster edsCluster(const std::string& name, int connectTimeoutMs) {
  envoy::config::cluster::v3::Cluster c;
  c.set_name(name);
  c.set_type(envoy::config::cluster::v3::Cluster::EDS);
  c.mutable_eds_cluster_config()->mutable_eds_config()->mutable_ads();
  c.mutable_eds_cluster_config()->mutable_eds_config()->set_resource_api_version(
      envoy::config::core::v3::V3);
  c.mutable_connect_timeout()->set_nanos(connectTimeoutMs * 1000000);
  return c;
}

envoy::config::endpoint::v3::ClusterLoadAssignment endpoints(const std::string& cluster, int port) {
  envoy::config::endpoint::v3::ClusterLoadAssignment cla;
  cla.set_cluster_name(cluster);
  auto* locality = cla.add_endpoints();
  locality->mutable_locality()->set_region("lab");
  locality->mutable_load_balancing_weight()->set_value(1);
  auto* address =
      locality->add_lb_endpoints()->mutable_endpoint()->mutable_address()->mutable_socket_address();
  address->set_address("127.0.0.1");
  address->set_port_value(port);
  return cla;
}

envoy::config::listener::v3::Listener apiListener(const std::string& name,
                                                  const std::string& routeConfig) {
  using envoy::extensions::filters::network::http_connection_manager::v3::HttpConnectionManager;
  HttpConnectionManager hcm;
  hcm.set_stat_prefix(name);
  hcm.mutable_rds()->set_route_config_name(routeConfig);
  hcm.mutable_rds()->mutable_config_source()->mutable_ads();
  hcm.mutable_rds()->mutable_config_source()->set_resource_api_version(
      envoy::config::core::v3::V3);
  auto* router = hcm.add_http_filters();
  router->set_name("envoy.filters.http.router");
  router->mutable_typed_config()->PackFrom(envoy::extensions::filters::http::router::v3::Router());
  envoy::config::listener::v3::Listener l;
  l.set_name(name);
  l.mutable_api_listener()->mutable_api_listener()->PackFrom(hcm);
  return l;
}

envoy::config::route::v3::RouteConfiguration routes(const std::string& name,
                                                    const std::string& cluster) {
  envoy::config::route::v3::RouteConfiguration rc;
  rc.set_name(name);
  auto* vh = rc.add_virtual_hosts();
  vh->set_name("all");
  vh->add_domains("*");
  auto* route = vh->add_routes();
  route->mutable_match()->set_prefix("/");
  route->mutable_route()->set_cluster(cluster);
  return rc;
}

std::map<std::string, discovery::Resource> wrappedByName(const discovery::DiscoveryResponse& response) {
  std::map<std::string, discovery::Resource> out;
  for (const auto& any : response.resources()) {
    if (any.type_url() != "type.googleapis.com/envoy.service.discovery.v3.Resource") continue;
    discovery::Resource resource;
    EXPECT_TRUE(any.UnpackTo(&resource));
    out[resource.name()] = resource;
  }
  return out;
}

std::vector<std::string> names(const discovery::DiscoveryResponse& response) {
  std::vector<std::string> out;
  for (const auto& any : response.resources()) {
    if (any.type_url() == snapshot::type_url::kCluster) {
      envoy::config::cluster::v3::Cluster c;
      any.UnpackTo(&c);
      out.push_back(c.name());
    } else if (any.type_url() == snapshot::type_url::kClusterLoadAssignment) {
      envoy::config::endpoint::v3::ClusterLoadAssignment c;
      any.UnpackTo(&c);
      out.push_back(c.cluster_name());
    } else if (any.type_url() == snapshot::type_url::kListener) {
      envoy::config::listener::v3::Listener l;
      any.UnpackTo(&l);
      out.push_back(l.name());
    } else if (any.type_url() == snapshot::type_url::kRouteConfiguration) {
      envoy::config::route::v3::RouteConfiguration r;
      any.UnpackTo(&r);
      out.push_back(r.name());
    } else {
      out.push_back("?" + any.type_url());
    }
  }
  return out;
}

std::vector<std::string> names(const discovery::DeltaDiscoveryResponse& response) {
  std::vector<std::string> out;
  for (const auto& r : response.resources()) out.push_back(r.name());
  return out;
}

discovery::DiscoveryRequest sotwRequest(std::string_view typeUrl,
                                        std::vector<std::string> resourceNames,
                                        const std::string& nodeId) {
  discovery::DiscoveryRequest r;
  r.set_type_url(std::string(typeUrl));
  for (auto& n : resourceNames) r.add_resource_names(std::move(n));
  if (!nodeId.empty()) {
    r.mutable_node()->set_id(nodeId);
    r.mutable_node()->set_cluster("test");
  }
  return r;
}

discovery::DeltaDiscoveryRequest deltaRequest(std::string_view typeUrl,
                                              std::vector<std::string> subscribe,
                                              const std::string& nodeId) {
  discovery::DeltaDiscoveryRequest r;
  r.set_type_url(std::string(typeUrl));
  for (auto& n : subscribe) r.add_resource_names_subscribe(std::move(n));
  if (!nodeId.empty()) {
    r.mutable_node()->set_id(nodeId);
    r.mutable_node()->set_cluster("test");
  }
  return r;
}

discovery::DiscoveryRequest answer(const discovery::DiscoveryResponse& response,
                                   std::vector<std::string> resourceNames,
                                   const std::string& error, const std::string& keptVersion) {
  discovery::DiscoveryRequest r;
  r.set_type_url(response.type_url());
  r.set_response_nonce(response.nonce());
  for (auto& n : resourceNames) r.add_resource_names(std::move(n));
  if (error.empty()) {
    r.set_version_info(response.version_info());
  } else {
    r.set_version_info(keptVersion);
    r.mutable_error_detail()->set_code(3);
    r.mutable_error_detail()->set_message(error);
  }
  return r;
}

void XdsServerTest::SetUp() {
  xds::ServerOptions options;
  options.address = "127.0.0.1:0";
  options.debounce = std::chrono::milliseconds(5);
  server_ = std::make_unique<xds::XdsServer>(store_, fleet_, options);
  std::string error;
  ASSERT_TRUE(server_->start(&error)) << error;
  channel_ = grpc::CreateChannel(server_->address(), grpc::InsecureChannelCredentials());
}

void XdsServerTest::TearDown() {
  if (server_) server_->stop();
}

void XdsServerTest::publish(const std::string& version,
                            std::vector<snapshot::ResourcePtr> resources,
                            const std::string& group) {
  store_.set(group, std::make_shared<snapshot::Snapshot>(version, std::move(resources)));
}

std::unique_ptr<SotwStream> XdsServerTest::openAds() {
  auto stub = discovery::AggregatedDiscoveryService::NewStub(channel_);
  return std::make_unique<SotwStream>(
      [&](grpc::ClientContext* c) { return stub->StreamAggregatedResources(c); });
}

std::unique_ptr<DeltaStream> XdsServerTest::openDeltaAds() {
  auto stub = discovery::AggregatedDiscoveryService::NewStub(channel_);
  return std::make_unique<DeltaStream>(
      [&](grpc::ClientContext* c) { return stub->DeltaAggregatedResources(c); });
}

bool XdsServerTest::waitForProxy(const std::function<bool(const fleet::ProxyState&)>& predicate,
                                 std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    auto proxies = fleet_.proxies();
    if (proxies.size() == 1 && predicate(proxies.front())) return true;
    std::this_thread::sleep_for(10ms);
  }
  return false;
}

}  // namespace meshdesk::testing
