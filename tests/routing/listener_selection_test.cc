// From request to route configuration: the listener (by name, by port, or each HTTP listener
// in turn), its filter chain (destination port, SNI, transport), the connection manager's route
// source (RDS or inline), and proxyless gRPC clients on api_listeners.
#include <gtest/gtest.h>

#include "routing/route_evaluator.h"
#include "routing_test_support.h"

namespace meshdesk::routing {
namespace {

using testing::caveatHas;
using testing::loadWorkspace;
using testing::parseWorkspace;
using testing::traceHas;

class EdgeListeners : public ::testing::Test {
 protected:
  RouteEvaluator evaluator{loadWorkspace("edge.yaml")};
};

TEST_F(EdgeListeners, SniSelectsTheTlsChain) {
  RouteDecision d = evaluator.evaluate(
      {.listener = "edge-https", .host = "api.example.com", .path = "/healthz"});
  ASSERT_TRUE(d.matched) << describe(d);
  EXPECT_EQ(d.listener, "edge-https");
  EXPECT_EQ(d.filterChain, "public-tls");
  EXPECT_EQ(d.routeConfiguration, "edge");
  EXPECT_EQ(d.routeName, "health");
  EXPECT_TRUE(traceHas(d, "server name 'api.example.com' (SNI taken to be the host) -> public-tls"))
      << describe(d);
  EXPECT_TRUE(traceHas(d, "route configuration 'edge' (rds)"));
}

TEST_F(EdgeListeners, WildcardServerNameSelectsTheChain) {
  RouteDecision d = evaluator.evaluate({.listener = "edge-https", .host = "rome.shop.example.com"});
  EXPECT_EQ(d.filterChain, "public-tls") << describe(d);
  EXPECT_EQ(d.virtualHost, "shops");
}

TEST_F(EdgeListeners, NonHttpChainHasNoRoutes) {
  RouteDecision d = evaluator.evaluate({.listener = "edge-https", .host = "db.internal.example.com"});
  EXPECT_FALSE(d.matched);
  EXPECT_EQ(d.filterChain, "internal-passthrough");
  EXPECT_TRUE(traceHas(d, "runs envoy.filters.network.tcp_proxy, not an HTTP connection manager"))
      << describe(d);
}

TEST_F(EdgeListeners, NoChainAndNoDefaultChainClosesTheConnection) {
  RouteDecision d = evaluator.evaluate({.listener = "edge-https", .host = "unknown.example.org"});
  EXPECT_FALSE(d.matched);
  EXPECT_TRUE(d.filterChain.empty());
  EXPECT_TRUE(traceHas(d, "no filter chain matches and there is no default_filter_chain"))
      << describe(d);
}

TEST_F(EdgeListeners, WithoutAListenerTheHostPortPicksIt) {
  RouteDecision d = evaluator.evaluate({.host = "api.example.com:8443", .path = "/v1/users"});
  EXPECT_EQ(d.listener, "edge-https") << describe(d);
  EXPECT_TRUE(traceHas(d, "listeners on port 8443: 1")) << describe(d);
  // strip_any_host_port lets "api.example.com:8443" reach the "api" virtual host.
  EXPECT_EQ(d.virtualHost, "api");
}

TEST_F(EdgeListeners, WithoutAListenerOrPortEveryHttpListenerIsTriedInOrder) {
  RouteDecision d = evaluator.evaluate({.host = "api.example.com", .path = "/v1/users"});
  EXPECT_EQ(d.listener, "edge-http") << describe(d);
  EXPECT_TRUE(traceHas(d, "trying every HTTP listener in file order (2)")) << describe(d);
}

TEST_F(EdgeListeners, UnknownListenerIsSaid) {
  RouteDecision d = evaluator.evaluate({.listener = "edge-gopher", .host = "api.example.com"});
  EXPECT_FALSE(d.matched);
  EXPECT_TRUE(traceHas(d, "no listener named 'edge-gopher'"));
}

TEST(ListenerRoutes, MissingRdsConfigurationIsSaid) {
  RouteEvaluator evaluator(parseWorkspace(R"(
listeners:
- name: l
  address: {socket_address: {address: 127.0.0.1, port_value: 80}}
  filter_chains:
  - filters:
    - name: hcm
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
        stat_prefix: l
        rds: {route_config_name: not-yet, config_source: {ads: {}}}
)"));
  RouteDecision d = evaluator.evaluate({.listener = "l", .host = "a.test"});
  EXPECT_FALSE(d.matched);
  EXPECT_EQ(d.routeConfiguration, "not-yet");
  EXPECT_TRUE(traceHas(d, "rds names route configuration 'not-yet', which is not in the workspace"))
      << describe(d);
}

TEST(ListenerRoutes, DefaultFilterChainTakesWhatNoChainMatches) {
  RouteEvaluator evaluator(parseWorkspace(R"(
listeners:
- name: l
  address: {socket_address: {address: 127.0.0.1, port_value: 443}}
  filter_chains:
  - filter_chain_match: {server_names: [a.test]}
    filters:
    - name: hcm
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
        stat_prefix: a
        route_config:
          name: a-routes
          virtual_hosts: [{name: a, domains: ["*"], routes: [{match: {prefix: /}, route: {cluster: a}}]}]
  default_filter_chain:
    filters:
    - name: hcm
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
        stat_prefix: default
        route_config:
          name: default-routes
          virtual_hosts: [{name: d, domains: ["*"], routes: [{match: {prefix: /}, route: {cluster: d}}]}]
)"));
  RouteDecision a = evaluator.evaluate({.listener = "l", .host = "a.test"});
  EXPECT_EQ(a.routeConfiguration, "a-routes") << describe(a);
  EXPECT_TRUE(traceHas(a, "route configuration 'a-routes' (inline route_config)"));
  RouteDecision other = evaluator.evaluate({.listener = "l", .host = "b.test"});
  EXPECT_EQ(other.filterChain, "default_filter_chain") << describe(other);
  EXPECT_EQ(other.clusters.at(0).name, "d");
}

TEST(ListenerRoutes, DestinationPortNarrowsTheChains) {
  RouteEvaluator evaluator(parseWorkspace(R"(
listeners:
- name: l
  address: {socket_address: {address: 127.0.0.1, port_value: 8080}}
  filter_chains:
  - name: other-port
    filter_chain_match: {destination_port: 9090}
    filters:
    - name: hcm
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
        stat_prefix: o
        route_config: {virtual_hosts: [{name: o, domains: ["*"], routes: [{match: {prefix: /}, route: {cluster: o}}]}]}
  - name: this-port
    filter_chain_match: {destination_port: 8080}
    filters:
    - name: hcm
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
        stat_prefix: t
        route_config: {virtual_hosts: [{name: t, domains: ["*"], routes: [{match: {prefix: /}, route: {cluster: t}}]}]}
)"));
  RouteDecision d = evaluator.evaluate({.listener = "l", .host = "x.test"});
  EXPECT_EQ(d.filterChain, "this-port") << describe(d);
  EXPECT_TRUE(traceHas(d, "destination port 8080 (the listener's) -> this-port"));
}

class GrpcLab : public ::testing::Test {
 protected:
  RouteEvaluator evaluator{loadWorkspace("grpc-lab.yaml")};
};

TEST_F(GrpcLab, ApiListenerIsFoundByTheTargetName) {
  // xds:///echo.lab: no listener given, the authority names it.
  RouteDecision d = evaluator.evaluate({.host = "echo.lab", .path = "/echo.Echo/Say"});
  ASSERT_TRUE(d.matched) << describe(d);
  EXPECT_EQ(d.listener, "echo.lab");
  EXPECT_EQ(d.filterChain, "api_listener");
  EXPECT_EQ(d.routeConfiguration, "echo-routes");
  EXPECT_EQ(d.virtualHost, "echo");
  EXPECT_EQ(d.routeName, "echo");
  EXPECT_EQ(d.clusters.at(0).name, "echo-v1");
  EXPECT_TRUE(traceHas(d, "api_listener 'echo.lab' is the gRPC target of that name"));
  // A gRPC call is a POST with the gRPC content-type, which the grpc: {} route needs.
  EXPECT_TRUE(traceHas(d, "gRPC client: a call is a POST (not GET)")) << describe(d);
  EXPECT_TRUE(traceHas(d, "grpc: content-type is application/grpc")) << describe(d);
}

TEST_F(GrpcLab, AuthorityDefaultsToTheListenerName) {
  RouteDecision d = evaluator.evaluate({.listener = "echo.lab", .path = "/grpc.health.v1.Health/Check"});
  EXPECT_EQ(d.routeName, "health") << describe(d);
  EXPECT_TRUE(traceHas(d, "the authority is the target's name 'echo.lab'"));
}

TEST_F(GrpcLab, GrpcClientsIgnoreRoutesWithQueryParameters) {
  RouteDecision d = evaluator.evaluate({.listener = "echo.lab", .path = "/echo.Echo/Say?debug=1"});
  EXPECT_NE(d.routeName, "debug-by-query") << describe(d);
  EXPECT_TRUE(traceHas(d, "route #1 'debug-by-query' does not match: has query_parameters, and a "
                          "proxyless gRPC client ignores such routes"))
      << describe(d);
}

TEST_F(GrpcLab, MetadataHeaderSelectsWeightedClusters) {
  RouteDecision d = evaluator.evaluate(
      {.listener = "echo.lab", .path = "/echo.Echo/Say", .headers = {{"x-lab-track", "canary"}}});
  EXPECT_EQ(d.routeName, "canary") << describe(d);
  ASSERT_EQ(d.clusters.size(), 2u);
  EXPECT_EQ(d.clusters[0].name, "echo-v2");
  EXPECT_EQ(d.clusters[0].weight, 3u);
  EXPECT_EQ(d.totalWeight, 4u);
}

TEST_F(GrpcLab, NonForwardingActionFailsTheCall) {
  RouteDecision d = evaluator.evaluate({.listener = "echo.lab", .path = "/other.Service/Call"});
  EXPECT_EQ(d.routeName, "teapot") << describe(d);
  EXPECT_EQ(d.action, RouteActionKind::kDirectResponse);
  EXPECT_TRUE(caveatHas(d, "gRPC clients fail calls on a route whose action is direct_response"));
}

TEST_F(GrpcLab, TargetWithPortAndInlineRoutes) {
  RouteDecision d = evaluator.evaluate({.host = "orders.lab:50051", .path = "/shop.Orders/Get"});
  EXPECT_EQ(d.listener, "orders.lab:50051") << describe(d);
  EXPECT_EQ(d.routeConfiguration, "orders-inline");
  EXPECT_EQ(d.virtualHost, "orders");
  EXPECT_TRUE(traceHas(d, "exact domain 'orders.lab:50051'"));
}

}  // namespace
}  // namespace meshdesk::routing
