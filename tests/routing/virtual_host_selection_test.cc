// Virtual host selection: exact, longest suffix wildcard, longest prefix wildcard, "*"; hosts
// in any case; ports kept unless the connection manager or route configuration says otherwise.
#include <gtest/gtest.h>

#include "routing/route_evaluator.h"
#include "routing_test_support.h"

namespace meshdesk::routing {
namespace {

using testing::caveatHas;
using testing::loadWorkspace;
using testing::parseWorkspace;
using testing::traceHas;

class EdgeVirtualHosts : public ::testing::Test {
 protected:
  RouteDecision get(const std::string& host, const std::string& path = "/") {
    return evaluator.evaluate({.listener = "edge-http", .host = host, .path = path});
  }
  RouteEvaluator evaluator{loadWorkspace("edge.yaml")};
};

TEST_F(EdgeVirtualHosts, ExactDomainWins) {
  RouteDecision d = get("api.example.com", "/healthz");
  EXPECT_TRUE(d.matched);
  EXPECT_EQ(d.virtualHost, "api");
  EXPECT_TRUE(traceHas(d, "host 'api.example.com' -> virtual host 'api' by exact domain 'api.example.com'")) << describe(d);
}

TEST_F(EdgeVirtualHosts, HostIsComparedInLowerCase) {
  RouteDecision d = get("API.Example.COM", "/healthz");
  EXPECT_EQ(d.virtualHost, "api");
  EXPECT_TRUE(traceHas(d, "host 'api.example.com' -> virtual host 'api'")) << describe(d);
}

TEST_F(EdgeVirtualHosts, LongestSuffixWildcardWins) {
  RouteDecision eu = get("paris.eu.shop.example.com");
  EXPECT_EQ(eu.virtualHost, "eu-shops");
  EXPECT_TRUE(traceHas(eu, "suffix wildcard '*.eu.shop.example.com'")) << describe(eu);
  EXPECT_EQ(eu.clusters.at(0).name, "shop-web-eu");

  RouteDecision other = get("boston.shop.example.com");
  EXPECT_EQ(other.virtualHost, "shops");
  EXPECT_TRUE(traceHas(other, "suffix wildcard '*.shop.example.com'")) << describe(other);
}

TEST_F(EdgeVirtualHosts, WildcardDoesNotMatchAnEmptyLabel) {
  // "*.shop.example.com" needs at least one character before ".shop.example.com".
  RouteDecision d = get(".shop.example.com");
  EXPECT_EQ(d.virtualHost, "fallback") << describe(d);
}

TEST_F(EdgeVirtualHosts, PrefixWildcardComesAfterSuffixWildcards) {
  RouteDecision d = get("static.example.org", "/LOGO.png");
  EXPECT_EQ(d.virtualHost, "static");
  EXPECT_TRUE(traceHas(d, "prefix wildcard 'static.*'")) << describe(d);
  // A host that fits both a suffix and a prefix wildcard goes to the suffix one.
  RouteDecision both = get("static.shop.example.com");
  EXPECT_EQ(both.virtualHost, "shops") << describe(both);
}

TEST_F(EdgeVirtualHosts, StarTakesWhatNothingElseFits) {
  RouteDecision d = get("unknown.example.net", "/x");
  EXPECT_TRUE(d.matched);
  EXPECT_EQ(d.virtualHost, "fallback");
  EXPECT_TRUE(traceHas(d, "-> virtual host 'fallback' by '*' (no exact or wildcard domain fits)")) << describe(d);
  EXPECT_EQ(d.action, RouteActionKind::kDirectResponse);
  EXPECT_EQ(d.directResponse->status, 404);
}

TEST_F(EdgeVirtualHosts, PortIsPartOfTheHostByDefault) {
  // "api.example.com:8080" is listed as a domain: exact match with the port.
  RouteDecision listed = get("api.example.com:8080", "/healthz");
  EXPECT_EQ(listed.virtualHost, "api");
  EXPECT_TRUE(traceHas(listed, "exact domain 'api.example.com:8080'")) << describe(listed);

  // Port 9000 is not: Envoy compares "api.example.com:9000", which only "*" fits, and the
  // trace says why the obvious virtual host was missed.
  RouteDecision other = get("api.example.com:9000", "/healthz");
  EXPECT_EQ(other.virtualHost, "fallback");
  EXPECT_TRUE(traceHas(other, "without its port, host 'api.example.com' would select virtual "
                              "host 'api'"))
      << describe(other);
}

TEST_F(EdgeVirtualHosts, SuffixWildcardDoesNotMatchAHostWithPort) {
  RouteDecision d = get("boston.shop.example.com:8080");
  EXPECT_EQ(d.virtualHost, "fallback") << describe(d);
  EXPECT_TRUE(traceHas(d, "would select virtual host 'shops'")) << describe(d);
}

TEST(VirtualHostPorts, StripAnyHostPortDropsThePortBeforeMatching) {
  // edge-https sets strip_any_host_port.
  RouteEvaluator evaluator(loadWorkspace("edge.yaml"));
  RouteDecision d = evaluator.evaluate(
      {.listener = "edge-https", .host = "boston.shop.example.com:8443"});
  EXPECT_EQ(d.virtualHost, "shops") << describe(d);
  EXPECT_TRUE(traceHas(d, "strip_any_host_port: host becomes 'boston.shop.example.com'"));
}

constexpr const char* kPortsYaml = R"(
listeners:
- name: l
  address: {socket_address: {address: 0.0.0.0, port_value: 10000}}
  filter_chains:
  - filters:
    - name: hcm
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
        stat_prefix: l
        strip_matching_host_port: true
        route_config:
          name: local
          ignore_port_in_host_matching: IGNORE_PORT
          virtual_hosts:
          - name: app
            domains: [app.local]
            routes: [{match: {prefix: /}, route: {cluster: app}}]
          - name: other
            domains: ["*"]
            routes: [{match: {prefix: /}, route: {cluster: other}}]
)";

std::string withIgnorePort(bool ignore) {
  std::string yaml = kPortsYaml;
  yaml.replace(yaml.find("IGNORE_PORT"), 11, ignore ? "true" : "false");
  return yaml;
}

TEST(VirtualHostPorts, StripMatchingHostPortOnlyStripsTheListenersPort) {
  RouteEvaluator evaluator(parseWorkspace(withIgnorePort(false)));
  RouteDecision same = evaluator.evaluate({.listener = "l", .host = "app.local:10000"});
  EXPECT_EQ(same.virtualHost, "app") << describe(same);
  EXPECT_TRUE(traceHas(same, "strip_matching_host_port: port 10000 is the listener's"));

  RouteDecision other = evaluator.evaluate({.listener = "l", .host = "app.local:9999"});
  EXPECT_EQ(other.virtualHost, "other") << describe(other);
}

TEST(VirtualHostPorts, IgnorePortInHostMatchingStripsAnyPortForVirtualHosts) {
  RouteEvaluator evaluator(parseWorkspace(withIgnorePort(true)));
  RouteDecision d = evaluator.evaluate({.listener = "l", .host = "app.local:9999"});
  EXPECT_EQ(d.virtualHost, "app") << describe(d);
  EXPECT_TRUE(traceHas(d, "ignore_port_in_host_matching: virtual hosts are matched on 'app.local'"));
}

TEST(VirtualHostProblems, RepeatedDomainIsReportedAndTheFirstKept) {
  RouteEvaluator evaluator(parseWorkspace(R"(
routes:
- name: dup
  virtual_hosts:
  - name: one
    domains: [a.test]
    routes: [{match: {prefix: /}, route: {cluster: one}}]
  - name: two
    domains: [A.test, b.test]
    routes: [{match: {prefix: /}, route: {cluster: two}}]
listeners:
- name: l
  address: {socket_address: {address: 127.0.0.1, port_value: 80}}
  filter_chains:
  - filters:
    - name: hcm
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
        stat_prefix: l
        rds: {route_config_name: dup, config_source: {ads: {}}}
)"));
  ASSERT_EQ(evaluator.problems().size(), 1u);
  EXPECT_NE(evaluator.problems()[0].find("domain 'A.test' is already a domain of virtual host 'one'"),
            std::string::npos)
      << evaluator.problems()[0];
  RouteDecision d = evaluator.evaluate({.listener = "l", .host = "a.test"});
  EXPECT_EQ(d.virtualHost, "one");
  EXPECT_TRUE(caveatHas(d, "has errors Envoy would reject")) << describe(d);
}

TEST(VirtualHostProblems, NoStarAndNoFitMeans404) {
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
        route_config:
          virtual_hosts:
          - name: only
            domains: [only.test]
            routes: [{match: {prefix: /}, route: {cluster: c}}]
)"));
  RouteDecision d = evaluator.evaluate({.listener = "l", .host = "else.test"});
  EXPECT_FALSE(d.matched);
  EXPECT_TRUE(d.virtualHost.empty());
  EXPECT_TRUE(traceHas(d, "no virtual host for host 'else.test'")) << describe(d);
}

}  // namespace
}  // namespace meshdesk::routing
