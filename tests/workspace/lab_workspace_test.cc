// The lab workspace that meshdesk and meshdesk-server serve by default.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.pb.h"
#include "test_files.h"
#include "workspace/workspace.h"

namespace meshdesk::workspace {
namespace {

using envoy::config::cluster::v3::Cluster;
using envoy::extensions::filters::network::http_connection_manager::v3::HttpConnectionManager;

LoadResult loadLab() {
  auto result = Workspace::load(testing::labWorkspace());
  for (const auto& e : result.errors) ADD_FAILURE() << e.toString();
  return result;
}

TEST(LabWorkspace, LoadsWithoutErrors) {
  auto result = loadLab();
  EXPECT_TRUE(result.ok());
  EXPECT_GE(result.workspace.itemCount(), 12u);
}

TEST(LabWorkspace, IsWrittenInTheCanonicalForm) {
  // So that saving the lab unchanged changes nothing.
  auto result = loadLab();
  EXPECT_EQ(result.workspace.toYaml(), testing::readFile(testing::labWorkspace()));
}

// What gRPC's xDS client (1.51) needs to dial xds:///echo.lab.
TEST(LabWorkspace, EchoServiceIsWhatGrpcXdsClientsExpect) {
  auto result = loadLab();
  const Workspace& ws = result.workspace;
  const auto* listener = ws.find(Kind::kListener, "echo.lab");
  ASSERT_NE(listener, nullptr);
  const auto& l = listener->as<envoy::config::listener::v3::Listener>();
  EXPECT_FALSE(l.has_address());
  HttpConnectionManager hcm;
  ASSERT_TRUE(l.api_listener().api_listener().UnpackTo(&hcm));
  EXPECT_EQ(hcm.rds().route_config_name(), "echo-routes");
  EXPECT_TRUE(hcm.rds().config_source().has_ads());
  EXPECT_EQ(hcm.rds().config_source().resource_api_version(), envoy::config::core::v3::V3);
  ASSERT_GE(hcm.http_filters_size(), 1);
  const auto& last = hcm.http_filters(hcm.http_filters_size() - 1);
  EXPECT_EQ(last.name(), "envoy.filters.http.router");
  EXPECT_EQ(last.typed_config().type_url(),
            "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router");

  const auto& routes = ws.find(Kind::kRoute, "echo-routes")->as<envoy::config::route::v3::RouteConfiguration>();
  ASSERT_EQ(routes.virtual_hosts_size(), 1);
  EXPECT_THAT(routes.virtual_hosts(0).domains(), ::testing::ElementsAre("*"));
  EXPECT_EQ(routes.virtual_hosts(0).routes(0).match().prefix(), "/");
  EXPECT_EQ(routes.virtual_hosts(0).routes(0).route().cluster(), "echo");

  const auto& cluster = ws.find(Kind::kCluster, "echo")->as<Cluster>();
  EXPECT_EQ(cluster.type(), Cluster::EDS);
  EXPECT_TRUE(cluster.eds_cluster_config().eds_config().has_ads());
  EXPECT_EQ(cluster.lb_policy(), Cluster::ROUND_ROBIN);

  const auto& cla = ws.find(Kind::kEndpoint, "echo")->as<envoy::config::endpoint::v3::ClusterLoadAssignment>();
  ASSERT_EQ(cla.endpoints_size(), 1);
  const auto& locality = cla.endpoints(0);
  EXPECT_FALSE(locality.locality().region().empty());
  EXPECT_FALSE(locality.locality().zone().empty());
  EXPECT_EQ(locality.load_balancing_weight().value(), 1u);
  ASSERT_EQ(locality.lb_endpoints_size(), 1);
  const auto& address = locality.lb_endpoints(0).endpoint().address().socket_address();
  EXPECT_EQ(address.address(), "127.0.0.1");
  EXPECT_EQ(address.port_value(), 50051u);
}

TEST(LabWorkspace, EdgeProxyForEnvoy) {
  auto result = loadLab();
  const Workspace& ws = result.workspace;
  const auto& edge = ws.find(Kind::kListener, "edge")->as<envoy::config::listener::v3::Listener>();
  EXPECT_EQ(edge.address().socket_address().address(), "127.0.0.1");
  EXPECT_EQ(edge.address().socket_address().port_value(), 10000u);
  HttpConnectionManager hcm;
  ASSERT_TRUE(edge.filter_chains(0).filters(0).typed_config().UnpackTo(&hcm));
  EXPECT_EQ(hcm.rds().route_config_name(), "edge-routes");

  const auto& routes = ws.find(Kind::kRoute, "edge-routes")->as<envoy::config::route::v3::RouteConfiguration>();
  EXPECT_GE(routes.virtual_hosts_size(), 2);
  bool regex = false, header = false, weighted = false, retry = false;
  for (const auto& vh : routes.virtual_hosts()) {
    for (const auto& r : vh.routes()) {
      regex |= r.match().has_safe_regex();
      header |= r.match().headers_size() > 0;
      weighted |= r.route().has_weighted_clusters();
      retry |= r.route().has_retry_policy();
      if (r.route().has_weighted_clusters()) {
        for (const auto& c : r.route().weighted_clusters().clusters())
          EXPECT_NE(ws.find(Kind::kCluster, c.name()), nullptr) << c.name();
      } else {
        EXPECT_NE(ws.find(Kind::kCluster, r.route().cluster()), nullptr) << r.route().cluster();
      }
    }
  }
  EXPECT_TRUE(regex && header && weighted && retry);
  for (const char* name : {"api", "web"}) {
    const auto& c = ws.find(Kind::kCluster, name)->as<Cluster>();
    EXPECT_GE(c.health_checks_size(), 1) << name;
    EXPECT_TRUE(c.has_circuit_breakers()) << name;
    EXPECT_NE(ws.find(Kind::kEndpoint, name), nullptr) << name;
  }
  EXPECT_EQ(ws.items(Kind::kSecret).size(), 1u);
  EXPECT_EQ(ws.items(Kind::kRuntime).size(), 1u);
  ASSERT_NE(ws.findNodeGroup("canary"), nullptr);
  EXPECT_EQ(ws.findNodeGroup("canary")->match.id, "canary-*");
}

}  // namespace
}  // namespace meshdesk::workspace
