// What the matched route does, on the edge proxy of data/edge.yaml: weighted clusters, a
// cluster named by a header, path rewrites, redirects (Location built as Envoy builds it),
// direct responses, clusters the workspace lacks.
#include <gtest/gtest.h>

#include "routing/route_evaluator.h"
#include "routing_test_support.h"

namespace meshdesk::routing {
namespace {

using testing::loadWorkspace;
using testing::oneVirtualHost;
using testing::parseWorkspace;
using testing::traceHas;

class EdgeActions : public ::testing::Test {
 protected:
  RouteDecision api(const std::string& path,
                    std::vector<std::pair<std::string, std::string>> headers = {}) {
    return evaluator.evaluate(
        {.listener = "edge-http", .host = "api.example.com", .path = path, .headers = std::move(headers)});
  }
  RouteEvaluator evaluator{loadWorkspace("edge.yaml")};
};

TEST_F(EdgeActions, WeightedClustersReportEachShareAndTheTotal) {
  RouteDecision d = api("/v1/users/42");
  ASSERT_TRUE(d.matched) << describe(d);
  EXPECT_EQ(d.routeName, "users");
  EXPECT_EQ(d.action, RouteActionKind::kWeightedClusters);
  ASSERT_EQ(d.clusters.size(), 2u);
  EXPECT_EQ(d.clusters[0].name, "users-v1");
  EXPECT_EQ(d.clusters[0].weight, 90u);
  EXPECT_EQ(d.clusters[1].name, "users-v2");
  EXPECT_EQ(d.clusters[1].weight, 10u);
  EXPECT_EQ(d.totalWeight, 100u);
  EXPECT_TRUE(d.clusters[0].inWorkspace && d.clusters[1].inWorkspace);
  EXPECT_TRUE(traceHas(d, "weighted_clusters (total 100): 'users-v1' weight 90, 'users-v2' weight 10"))
      << describe(d);
  EXPECT_TRUE(traceHas(d, "route #1 'users-canary' does not match: header 'x-canary' exact "
                          "'true': request does not have it"))
      << describe(d);
}

TEST_F(EdgeActions, HeaderMatchSendsTheCanaryToOneCluster) {
  RouteDecision d = api("/v1/users", {{"x-canary", "true"}});
  EXPECT_EQ(d.routeName, "users-canary");
  EXPECT_EQ(d.action, RouteActionKind::kCluster);
  ASSERT_EQ(d.clusters.size(), 1u);
  EXPECT_EQ(d.clusters[0].name, "users-v2");
  EXPECT_EQ(d.clusters[0].weight, 1u);
}

TEST_F(EdgeActions, RegexRouteRewritesTheUpstreamPath) {
  RouteDecision d = api("/v1/orders/1234");
  EXPECT_EQ(d.routeName, "order-by-id");
  EXPECT_EQ(d.clusters.at(0).name, "orders");
  EXPECT_EQ(d.upstreamPath, "/orders?id=1234");
  EXPECT_TRUE(traceHas(d, "rewritten to '/orders?id=1234'")) << describe(d);
}

TEST_F(EdgeActions, QueryParameterSelectsTheBetaBackend) {
  EXPECT_EQ(api("/v1/search?q=shoes&beta=1").clusters.at(0).name, "search-beta");
  RouteDecision off = api("/v1/search?q=shoes&beta=0");
  EXPECT_NE(off.routeName, "search-beta");
  EXPECT_TRUE(traceHas(off, "query parameter 'beta' exact '1': request has '0'")) << describe(off);
}

TEST_F(EdgeActions, ClusterHeaderReportsTheHeaderValue) {
  RouteDecision d = api("/v1/billing", {{"x-tenant", "acme"}});
  EXPECT_EQ(d.routeName, "tenants");
  EXPECT_EQ(d.action, RouteActionKind::kClusterHeader);
  ASSERT_EQ(d.clusters.size(), 1u);
  EXPECT_EQ(d.clusters[0].name, "acme");
  EXPECT_EQ(d.clusters[0].fromHeader, "x-tenant");
  EXPECT_TRUE(d.clusters[0].inWorkspace);
  EXPECT_TRUE(traceHas(d, "cluster_header: header 'x-tenant' = 'acme'")) << describe(d);
}

TEST_F(EdgeActions, ClusterMissingFromTheWorkspaceIsFlagged) {
  RouteDecision d = api("/v1/billing", {{"x-tenant", "globex"}});
  ASSERT_EQ(d.clusters.size(), 1u);
  EXPECT_EQ(d.clusters[0].name, "globex");
  EXPECT_FALSE(d.clusters[0].inWorkspace);
  EXPECT_TRUE(traceHas(d, "cluster 'globex' is not in the workspace (Envoy answers 503)"))
      << describe(d);
}

TEST_F(EdgeActions, PrefixRewriteRedirectKeepsTheQuery) {
  RouteDecision d = api("/api/users?page=2");
  EXPECT_EQ(d.routeName, "legacy");
  EXPECT_EQ(d.action, RouteActionKind::kRedirect);
  ASSERT_TRUE(d.redirect);
  EXPECT_EQ(d.redirect->status, 308);
  EXPECT_EQ(d.redirect->location, "http://api.example.com/v1/users?page=2");
  EXPECT_TRUE(d.clusters.empty());
}

TEST_F(EdgeActions, HttpsRedirectToAnotherHost) {
  RouteDecision d = evaluator.evaluate(
      {.listener = "edge-http", .host = "example.com", .path = "/about?lang=de"});
  EXPECT_EQ(d.virtualHost, "apex");
  ASSERT_TRUE(d.redirect) << describe(d);
  EXPECT_EQ(d.redirect->status, 301);
  EXPECT_EQ(d.redirect->location, "https://www.example.com/about?lang=de");
}

TEST_F(EdgeActions, DirectResponseWithInlineBody) {
  RouteDecision d = api("/healthz");
  EXPECT_EQ(d.action, RouteActionKind::kDirectResponse);
  ASSERT_TRUE(d.directResponse);
  EXPECT_EQ(d.directResponse->status, 200);
  EXPECT_EQ(d.directResponse->body, "ok\n");
  EXPECT_EQ(d.directResponse->bodySource, "inline");
  EXPECT_TRUE(traceHas(d, "action: direct_response 200 with a 3-byte inline body")) << describe(d);
}

TEST(RedirectLocation, PortSchemePathAndStripQuery) {
  RouteEvaluator evaluator(parseWorkspace(oneVirtualHost(R"(
- match: {prefix: /secure}
  redirect: {https_redirect: true}
- match: {prefix: /moved}
  redirect: {path_redirect: /new-home, strip_query: true, response_code: FOUND}
- match: {prefix: /port}
  redirect: {port_redirect: 8443, scheme_redirect: https}
- match: {prefix: /query}
  redirect: {path_redirect: "/search?from=old"}
)")));
  auto location = [&](const std::string& host, const std::string& path) {
    RouteDecision d = evaluator.evaluate({.listener = "l", .host = host, .path = path});
    return d.redirect ? std::to_string(d.redirect->status) + " " + d.redirect->location
                      : "no redirect: " + describe(d);
  };
  // https drops the request's :80 (the new scheme's default port is implied)...
  EXPECT_EQ(location("shop.test:80", "/secure/x?a=1"), "301 https://shop.test/secure/x?a=1");
  // ...but keeps another port.
  EXPECT_EQ(location("shop.test:8080", "/secure"), "301 https://shop.test:8080/secure");
  EXPECT_EQ(location("shop.test", "/moved?a=1"), "302 http://shop.test/new-home");
  EXPECT_EQ(location("shop.test:8080", "/port/x"), "301 https://shop.test:8443/port/x");
  // A path_redirect with its own query replaces the request's query.
  EXPECT_EQ(location("shop.test", "/query?q=1"), "301 http://shop.test/search?from=old");
}

TEST(RouteRewrite, PrefixRewriteReplacesTheMatchedPrefix) {
  RouteEvaluator evaluator(parseWorkspace(oneVirtualHost(R"(
- match: {prefix: /api/v1/}
  route: {cluster: backend, prefix_rewrite: /}
)")));
  RouteDecision d = evaluator.evaluate({.listener = "l", .host = "h", .path = "/api/v1/items?x=1"});
  EXPECT_EQ(d.upstreamPath, "/items?x=1") << describe(d);
}

TEST(WeightedClusters, ClusterHeaderInsideWeightedClustersAndTotalWeight) {
  RouteEvaluator evaluator(parseWorkspace(oneVirtualHost(R"(
- match: {prefix: /}
  route:
    weighted_clusters:
      total_weight: 1000
      clusters:
      - {name: main, weight: 900}
      - {cluster_header: x-shadow-cluster, weight: 50}
)")));
  RouteDecision d = evaluator.evaluate(
      {.listener = "l", .host = "h", .headers = {{"x-shadow-cluster", "shadow"}}});
  ASSERT_EQ(d.clusters.size(), 2u) << describe(d);
  EXPECT_EQ(d.totalWeight, 1000u);
  EXPECT_EQ(d.clusters[1].name, "shadow");
  EXPECT_EQ(d.clusters[1].fromHeader, "x-shadow-cluster");
  EXPECT_TRUE(traceHas(d, "the weights add up to 950, not total_weight (Envoy rejects this)"))
      << describe(d);
}

TEST(RequireTls, PlainHttpIsRedirectedBeforeTheRoutes) {
  std::string yaml = oneVirtualHost("- {match: {prefix: /}, route: {cluster: app}}\n");
  yaml.replace(yaml.find("    domains: [\"*\"]"), 18, "    domains: [\"*\"]\n    require_tls: ALL");
  RouteEvaluator evaluator(parseWorkspace(yaml));
  RouteDecision plain = evaluator.evaluate({.listener = "l", .host = "shop.test", .path = "/cart"});
  ASSERT_TRUE(plain.redirect) << describe(plain);
  EXPECT_EQ(plain.redirect->location, "https://shop.test/cart");
  EXPECT_EQ(plain.routeIndex, -1);
  EXPECT_TRUE(traceHas(plain, "require_tls ALL: the request is not HTTPS")) << describe(plain);
  RouteDecision https = evaluator.evaluate(
      {.listener = "l", .host = "shop.test", .path = "/cart", .headers = {{"x-forwarded-proto", "https"}}});
  EXPECT_EQ(https.clusters.at(0).name, "app") << describe(https);
}

}  // namespace
}  // namespace meshdesk::routing
