// Validating a large workspace: 2,000 clusters (with endpoints and TLS), 10,000 routes, listeners
// with connection managers. The tests assert what is found; the times are printed as figures
// (docs/validation.md), not asserted: a loaded CI machine is no stopwatch.
#include <chrono>
#include <iostream>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "envoy/extensions/filters/http/router/v3/router.pb.h"
#include "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.pb.h"
#include "envoy/extensions/transport_sockets/tls/v3/tls.pb.h"
#include "validate_test_support.h"

namespace meshdesk::validate {
namespace {

using namespace envoy::config;
using envoy::extensions::filters::network::http_connection_manager::v3::HttpConnectionManager;

constexpr int kClusters = 2000;
constexpr int kRouteConfigs = 10;
constexpr int kHostsPerConfig = 10;
constexpr int kRoutesPerHost = 100;  // 10 x 10 x 100 = 10,000 routes

workspace::Item item(workspace::Kind kind, const google::protobuf::Message& message) {
  auto copy = std::unique_ptr<google::protobuf::Message>(message.New());
  copy->CopyFrom(message);
  return workspace::Item(kind, std::move(copy));
}

workspace::Workspace largeWorkspace() {
  workspace::Workspace ws;
  for (int c = 0; c < kClusters; ++c) {
    std::string name = "svc-" + std::to_string(c);
    cluster::v3::Cluster cluster;
    cluster.set_name(name);
    cluster.set_type(cluster::v3::Cluster::EDS);
    cluster.mutable_eds_cluster_config()->mutable_eds_config()->mutable_ads();
    cluster.mutable_connect_timeout()->set_seconds(1);
    cluster.set_lb_policy(cluster::v3::Cluster::LEAST_REQUEST);
    auto* hc = cluster.add_health_checks();
    hc->mutable_timeout()->set_seconds(1);
    hc->mutable_interval()->set_seconds(5);
    hc->mutable_unhealthy_threshold()->set_value(3);
    hc->mutable_healthy_threshold()->set_value(2);
    hc->mutable_http_health_check()->set_path("/healthz");
    envoy::extensions::transport_sockets::tls::v3::UpstreamTlsContext tls;
    tls.set_sni(name + ".lab");
    auto* sds = tls.mutable_common_tls_context()->add_tls_certificate_sds_secret_configs();
    sds->set_name("client-cert");
    sds->mutable_sds_config()->mutable_ads();
    cluster.mutable_transport_socket()->set_name("envoy.transport_sockets.tls");
    cluster.mutable_transport_socket()->mutable_typed_config()->PackFrom(tls);
    EXPECT_EQ(ws.put(item(workspace::Kind::kCluster, cluster)), "");

    endpoint::v3::ClusterLoadAssignment cla;
    cla.set_cluster_name(name);
    auto* locality = cla.add_endpoints();
    for (int e = 0; e < 3; ++e) {
      auto* socket = locality->add_lb_endpoints()->mutable_endpoint()->mutable_address()->mutable_socket_address();
      socket->set_address("10.0." + std::to_string(c % 250) + "." + std::to_string(e + 1));
      socket->set_port_value(8080);
    }
    EXPECT_EQ(ws.put(item(workspace::Kind::kEndpoint, cla)), "");
  }
  int routeNumber = 0;
  for (int r = 0; r < kRouteConfigs; ++r) {
    route::v3::RouteConfiguration config;
    config.set_name("routes-" + std::to_string(r));
    for (int h = 0; h < kHostsPerConfig; ++h) {
      auto* host = config.add_virtual_hosts();
      host->set_name("host-" + std::to_string(h));
      std::string domain = "host-" + std::to_string(r);
      domain += "-" + std::to_string(h) + ".lab";
      host->add_domains(domain);
      for (int i = 0; i < kRoutesPerHost; ++i, ++routeNumber) {
        auto* route = host->add_routes();
        route->set_name("route-" + std::to_string(routeNumber));
        route->mutable_match()->set_prefix("/api/v" + std::to_string(i) + "/");
        auto* header = route->mutable_match()->add_headers();
        header->set_name("x-tenant");
        header->mutable_string_match()->set_exact(std::to_string(i) + "t");
        auto* action = route->mutable_route();
        action->set_cluster("svc-" + std::to_string(routeNumber % kClusters));
        action->mutable_timeout()->set_seconds(2);
        action->mutable_retry_policy()->set_retry_on("5xx");
        action->mutable_retry_policy()->mutable_num_retries()->set_value(2);
      }
    }
    EXPECT_EQ(ws.put(item(workspace::Kind::kRoute, config)), "");

    listener::v3::Listener listener;
    listener.set_name("listener-" + std::to_string(r));
    auto* socket = listener.mutable_address()->mutable_socket_address();
    socket->set_address("0.0.0.0");
    socket->set_port_value(10000 + r);
    HttpConnectionManager hcm;
    hcm.set_stat_prefix("edge");
    hcm.mutable_rds()->set_route_config_name(config.name());
    hcm.mutable_rds()->mutable_config_source()->mutable_ads();
    auto* router = hcm.add_http_filters();
    router->set_name("envoy.filters.http.router");
    router->mutable_typed_config()->PackFrom(envoy::extensions::filters::http::router::v3::Router());
    auto* filter = listener.add_filter_chains()->add_filters();
    filter->set_name("envoy.filters.network.http_connection_manager");
    filter->mutable_typed_config()->PackFrom(hcm);
    EXPECT_EQ(ws.put(item(workspace::Kind::kListener, listener)), "");
  }
  workspace::Item secret(workspace::Kind::kSecret);
  auto& message = secret.mutableMessage();
  message.GetReflection()->SetString(&message, message.GetDescriptor()->FindFieldByName("name"),
                                     "client-cert");
  EXPECT_EQ(ws.put(std::move(secret)), "");
  return ws;
}

int routesIn(const workspace::Workspace& ws) {
  int n = 0;
  for (const auto& item : ws.items(workspace::Kind::kRoute))
    for (const auto& host : item.as<route::v3::RouteConfiguration>().virtual_hosts()) n += host.routes_size();
  return n;
}

TEST(ValidationSpeed, TwoThousandClustersAndTenThousandRoutes) {
  workspace::Workspace ws = largeWorkspace();
  ASSERT_EQ(routesIn(ws), 10000);

  auto time = [&ws](std::vector<Finding>& findings) {
    auto start = std::chrono::steady_clock::now();
    findings = validate(ws);
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  };
  std::vector<Finding> findings;
  double first = time(findings);  // plans for each message type are made here
  double second = time(findings);
  std::cout << "[ validate ] " << ws.itemCount() << " items (" << kClusters << " clusters, "
            << routesIn(ws) << " routes): first run " << first << " ms, second run " << second
            << " ms" << std::endl;
  EXPECT_TRUE(findings.empty()) << testing::listAll(findings);
}

}  // namespace
}  // namespace meshdesk::validate

namespace meshdesk::validate {
namespace {

// The shadowing check compares each route with the earlier ones of its virtual host; with
// 10,000 unconditional routes in one host that must not become quadratic.
TEST(ValidationSpeed, TenThousandRoutesInOneVirtualHost) {
  envoy::config::route::v3::RouteConfiguration config;
  config.set_name("flat");
  auto* host = config.add_virtual_hosts();
  host->set_name("all");
  host->add_domains("*");
  for (int i = 0; i < 10000; ++i) {
    auto* route = host->add_routes();
    route->mutable_match()->set_prefix("/svc-" + std::to_string(i) + "/");
    route->mutable_route()->set_cluster("svc");
  }
  envoy::config::cluster::v3::Cluster cluster;
  cluster.set_name("svc");
  cluster.mutable_connect_timeout()->set_seconds(1);
  workspace::Workspace ws;
  ASSERT_EQ(ws.put(item(workspace::Kind::kRoute, config)), "");
  ASSERT_EQ(ws.put(item(workspace::Kind::kCluster, cluster)), "");

  auto start = std::chrono::steady_clock::now();
  auto findings = validate(ws);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::cout << "[ validate ] 10000 routes in one virtual host: " << ms << " ms" << std::endl;
  EXPECT_TRUE(findings.empty()) << testing::listAll(findings);

  // One catch-all at the top shadows all the others: 10,000 warnings, still fast.
  host->mutable_routes(0)->mutable_match()->set_prefix("/");
  ASSERT_EQ(ws.put(item(workspace::Kind::kRoute, config)), "");
  start = std::chrono::steady_clock::now();
  findings = validate(ws);
  ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::cout << "[ validate ] ... with a catch-all first (9999 warnings): " << ms << " ms" << std::endl;
  EXPECT_EQ(testing::withRule(findings, "route.shadowed").size(), 9999u);

  // Every route a different safe_regex: each is compiled with RE2 once, then cached.
  for (int i = 0; i < 10000; ++i)
    host->mutable_routes(i)->mutable_match()->mutable_safe_regex()->set_regex(
        "^/svc-" + std::to_string(i) + "/[a-z]+/[0-9]{1,6}$");
  ASSERT_EQ(ws.put(item(workspace::Kind::kRoute, config)), "");
  for (const char* run : {"first", "second"}) {
    start = std::chrono::steady_clock::now();
    findings = validate(ws);
    ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::cout << "[ validate ] ... 10000 distinct regex routes, " << run << " run: " << ms << " ms"
              << std::endl;
    EXPECT_TRUE(findings.empty()) << testing::listAll(findings);
  }
}

}  // namespace
}  // namespace meshdesk::validate
