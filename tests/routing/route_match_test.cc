// Route matching inside a virtual host: routes in order, first match wins; prefix, path,
// safe_regex (full match on the path without query), path_separated_prefix, connect_matcher,
// case_sensitive, query parameters, gRPC, TLS context and runtime fractions.
#include <gtest/gtest.h>

#include "routing/route_evaluator.h"
#include "routing/string_match.h"
#include "routing_test_support.h"

namespace meshdesk::routing {
namespace {

using testing::caveatHas;
using testing::oneVirtualHost;
using testing::parseWorkspace;
using testing::traceHas;

RouteDecision route(const std::string& routes, TestRequest request,
                    const std::string& hcmExtra = {}) {
  RouteEvaluator evaluator(parseWorkspace(oneVirtualHost(routes, hcmExtra)));
  EXPECT_TRUE(evaluator.problems().empty()) << evaluator.problems().front();
  request.listener = "l";
  if (request.host.empty()) request.host = "any.test";
  return evaluator.evaluate(request);
}

TEST(RouteOrder, FirstMatchingRouteWinsAndEarlierOnesAreExplained) {
  RouteDecision d = route(R"(
- {name: exact, match: {path: /v1}, route: {cluster: exact}}
- {name: broad, match: {prefix: /v1}, route: {cluster: broad}}
- {name: later, match: {prefix: /v1/users}, route: {cluster: later}}
)",
                          {.path = "/v1/users"});
  EXPECT_EQ(d.routeIndex, 1);
  EXPECT_EQ(d.routeName, "broad");
  EXPECT_EQ(d.clusters.at(0).name, "broad");
  EXPECT_TRUE(traceHas(d, "route #0 'exact' does not match: path '/v1': path '/v1/users' does "
                          "not match"))
      << describe(d);
  EXPECT_TRUE(traceHas(d, "route #1 'broad' matches: prefix '/v1' matches '/v1/users'"))
      << describe(d);
  EXPECT_FALSE(traceHas(d, "'later'")) << "routes after the match are not looked at";
}

TEST(RoutePath, PathIsExactAndIgnoresTheQuery) {
  const char* routes = R"(
- {match: {path: /login}, route: {cluster: login}}
- {match: {prefix: /}, route: {cluster: rest}}
)";
  EXPECT_EQ(route(routes, {.path = "/login?next=/home"}).clusters.at(0).name, "login");
  EXPECT_EQ(route(routes, {.path = "/login/"}).clusters.at(0).name, "rest");
  EXPECT_EQ(route(routes, {.path = "/LOGIN"}).clusters.at(0).name, "rest");
}

TEST(RoutePath, CaseSensitiveFalseAppliesToPrefixAndPath) {
  const char* routes = R"(
- {match: {path: /Login, case_sensitive: false}, route: {cluster: login}}
- {match: {prefix: /API/, case_sensitive: false}, route: {cluster: api}}
- {match: {prefix: /}, route: {cluster: rest}}
)";
  EXPECT_EQ(route(routes, {.path = "/LOGIN"}).clusters.at(0).name, "login");
  RouteDecision d = route(routes, {.path = "/api/x"});
  EXPECT_EQ(d.clusters.at(0).name, "api");
  EXPECT_TRUE(traceHas(d, "prefix '/api/' (ignoring case) matches '/api/x'")) << describe(d);
}

TEST(RoutePath, SafeRegexMustMatchTheWholePathWithoutQuery) {
  const char* routes = R"(
- match: {safe_regex: {regex: "/v[0-9]+/items/[a-z]+"}}
  route: {cluster: items}
- {match: {prefix: /}, route: {cluster: rest}}
)";
  RouteDecision hit = route(routes, {.path = "/v2/items/box?color=red"});
  EXPECT_EQ(hit.clusters.at(0).name, "items") << describe(hit);
  EXPECT_TRUE(traceHas(hit, "safe_regex '/v[0-9]+/items/[a-z]+' (full match) matches '/v2/items/box'"));
  // A partial match is no match: the regex is anchored at both ends.
  RouteDecision partial = route(routes, {.path = "/v2/items/box/extra"});
  EXPECT_EQ(partial.clusters.at(0).name, "rest");
  EXPECT_TRUE(traceHas(partial, "path '/v2/items/box/extra' does not match")) << describe(partial);
}

TEST(RoutePath, RegexLiteralPrefixIsOnlyWhatEveryMatchStartsWith) {
  EXPECT_EQ(regexLiteralPrefix("/svc/[0-9]+"), "/svc/");
  EXPECT_EQ(regexLiteralPrefix(R"(^/a\.b/c)"), "/a.b/c");
  EXPECT_EQ(regexLiteralPrefix("/ab?c"), "/a");
  EXPECT_EQ(regexLiteralPrefix("/a{2}"), "/");
  EXPECT_EQ(regexLiteralPrefix("/v1|/v2"), "");
  EXPECT_EQ(regexLiteralPrefix("(?i)/x"), "");
  EXPECT_EQ(regexLiteralPrefix(R"(\d+/x)"), "");
  EXPECT_EQ(regexLiteralPrefix("/\xc3\xa9?"), "/");  // "/é?": the optional é is two bytes
  // And the routes agree: an optional first character does not become required.
  const char* routes = R"(
- match: {safe_regex: {regex: "x*/y"}}
  route: {cluster: y}
)";
  EXPECT_EQ(route(routes, {.path = "/y"}).clusters.at(0).name, "y");
}

TEST(RoutePath, SafeRegexIgnoresCaseSensitive) {
  RouteDecision d = route(R"(
- match: {safe_regex: {regex: "/abc"}, case_sensitive: false}
  route: {cluster: abc}
- {match: {prefix: /}, route: {cluster: rest}}
)",
                          {.path = "/ABC"});
  EXPECT_EQ(d.clusters.at(0).name, "rest");
}

TEST(RoutePath, PathSeparatedPrefixNeedsASegmentBoundary) {
  const char* routes = R"(
- {match: {path_separated_prefix: /docs}, route: {cluster: docs}}
- {match: {prefix: /}, route: {cluster: rest}}
)";
  EXPECT_EQ(route(routes, {.path = "/docs"}).clusters.at(0).name, "docs");
  EXPECT_EQ(route(routes, {.path = "/docs/intro?x=1"}).clusters.at(0).name, "docs");
  RouteDecision d = route(routes, {.path = "/docsearch"});
  EXPECT_EQ(d.clusters.at(0).name, "rest");
  EXPECT_TRUE(traceHas(d, "path_separated_prefix '/docs': path '/docsearch' does not match"))
      << describe(d);
}

TEST(RoutePath, IgnorePathParametersCutsAtTheFirstSemicolon) {
  std::string yaml = oneVirtualHost(R"(
- {match: {path: /cart}, route: {cluster: cart}}
- {match: {prefix: /}, route: {cluster: rest}}
)");
  RouteEvaluator plain(parseWorkspace(yaml));
  EXPECT_EQ(plain.evaluate({.listener = "l", .host = "h", .path = "/cart;jsessionid=1"})
                .clusters.at(0).name,
            "rest");
  yaml.replace(yaml.find("- name: r\n"), 10, "- name: r\n  ignore_path_parameters_in_path_matching: true\n");
  RouteEvaluator ignoring(parseWorkspace(yaml));
  EXPECT_EQ(ignoring.evaluate({.listener = "l", .host = "h", .path = "/cart;jsessionid=1"})
                .clusters.at(0).name,
            "cart");
}

TEST(RoutePath, ConnectMatcherTakesOnlyConnectRequests) {
  const char* routes = R"(
- {match: {connect_matcher: {}}, route: {cluster: tunnel}}
- {match: {prefix: /}, route: {cluster: web}}
)";
  RouteDecision connect = route(routes, {.host = "db.internal:5432", .method = "CONNECT"});
  EXPECT_EQ(connect.clusters.at(0).name, "tunnel") << describe(connect);
  RouteDecision get = route(routes, {.path = "/"});
  EXPECT_EQ(get.clusters.at(0).name, "web");
  EXPECT_TRUE(traceHas(get, "connect_matcher, and the request is not CONNECT")) << describe(get);
}

TEST(RoutePath, ConnectRequestSkipsPathRoutes) {
  RouteDecision d = route(R"(
- {match: {prefix: /}, route: {cluster: web}}
)",
                          {.host = "db.internal:5432", .method = "CONNECT"});
  EXPECT_FALSE(d.matched);
  EXPECT_TRUE(traceHas(d, "a CONNECT request has no :path")) << describe(d);
}

TEST(RouteQuery, StringMatchAndPresence) {
  const char* routes = R"(
- match:
    prefix: /search
    query_parameters:
    - {name: engine, string_match: {prefix: new, ignore_case: true}}
    - {name: debug, present_match: true}
  route: {cluster: new-search}
- {match: {prefix: /}, route: {cluster: rest}}
)";
  RouteDecision hit = route(routes, {.path = "/search?q=a%20b&engine=NEWER&debug"});
  EXPECT_EQ(hit.clusters.at(0).name, "new-search") << describe(hit);

  RouteDecision noDebug = route(routes, {.path = "/search?engine=new"});
  EXPECT_EQ(noDebug.clusters.at(0).name, "rest");
  EXPECT_TRUE(traceHas(noDebug, "query parameter 'debug' present: request does not have it"))
      << describe(noDebug);
}

TEST(RouteQuery, OnlyTheFirstValueCountsAndValuesAreDecoded) {
  const char* routes = R"(
- match:
    prefix: /
    query_parameters: [{name: tag, string_match: {exact: "a b"}}]
  route: {cluster: ab}
- {match: {prefix: /}, route: {cluster: rest}}
)";
  EXPECT_EQ(route(routes, {.path = "/?tag=a%20b&tag=c"}).clusters.at(0).name, "ab");
  EXPECT_EQ(route(routes, {.path = "/?tag=c&tag=a%20b"}).clusters.at(0).name, "rest");
}

TEST(RouteQuery, PresentMatchFalseNeverMatchesAMissingParameter) {
  // Envoy's QueryParameterMatcher: a missing parameter fails every matcher.
  RouteDecision d = route(R"(
- match: {prefix: /, query_parameters: [{name: legacy, present_match: false}]}
  route: {cluster: modern}
- {match: {prefix: /}, route: {cluster: rest}}
)",
                          {.path = "/"});
  EXPECT_EQ(d.clusters.at(0).name, "rest");
  EXPECT_TRUE(traceHas(d, "a missing parameter never matches")) << describe(d);
}

TEST(RouteGrpc, GrpcMatchNeedsTheGrpcContentType) {
  const char* routes = R"(
- {match: {prefix: /, grpc: {}}, route: {cluster: grpc}}
- {match: {prefix: /}, route: {cluster: http}}
)";
  EXPECT_EQ(route(routes, {.method = "POST", .path = "/pkg.Svc/Call",
                           .headers = {{"Content-Type", "application/grpc+proto"}}})
                .clusters.at(0)
                .name,
            "grpc");
  RouteDecision web = route(routes, {.method = "POST", .path = "/pkg.Svc/Call",
                                     .headers = {{"content-type", "application/grpc-web"}}});
  EXPECT_EQ(web.clusters.at(0).name, "http");
  EXPECT_TRUE(traceHas(web, "grpc: content-type 'application/grpc-web' is not application/grpc"))
      << describe(web);
}

TEST(RouteTls, TlsContextRoutesNeedAClientCertificateTheTestRequestLacks) {
  RouteDecision d = route(R"(
- {match: {prefix: /, tls_context: {presented: true}}, route: {cluster: mtls}}
- {match: {prefix: /, tls_context: {presented: false}}, route: {cluster: anonymous}}
)",
                          {.path = "/"});
  EXPECT_EQ(d.clusters.at(0).name, "anonymous");
  EXPECT_TRUE(traceHas(d, "tls_context asks for a client certificate")) << describe(d);
}

TEST(RouteRuntime, RuntimeFractionIsNotEvaluatedAndSaysSo) {
  RouteDecision d = route(R"(
- match:
    prefix: /
    runtime_fraction:
      default_value: {numerator: 25, denominator: HUNDRED}
      runtime_key: routing.canary
  route: {cluster: canary}
- {match: {prefix: /}, route: {cluster: stable}}
)",
                          {.path = "/"});
  EXPECT_EQ(d.clusters.at(0).name, "canary");
  EXPECT_TRUE(traceHas(d, "runtime_fraction 25/100 (runtime key 'routing.canary') not evaluated"))
      << describe(d);
  EXPECT_TRUE(caveatHas(d, "Envoy takes it only for that share of requests")) << describe(d);
}

TEST(RouteNormalization, MergeSlashesAndNormalizePathComeBeforeMatching) {
  const char* routes = R"(
- {match: {path: /a/c}, route: {cluster: ac}}
- {match: {prefix: /}, route: {cluster: rest}}
)";
  EXPECT_EQ(route(routes, {.path = "//a/b/..//c"}).clusters.at(0).name, "rest");
  RouteDecision d = route(routes, {.path = "//a/b/..//c"},
                          "normalize_path: true\nmerge_slashes: true\n");
  EXPECT_EQ(d.clusters.at(0).name, "ac") << describe(d);
  EXPECT_TRUE(traceHas(d, "normalize_path: path becomes '//a//c'")) << describe(d);
  EXPECT_TRUE(traceHas(d, "merge_slashes: path becomes '/a/c'")) << describe(d);
}

TEST(RouteNormalization, EscapedSlashesRejectedWhenConfigured) {
  RouteDecision d = route("- {match: {prefix: /}, route: {cluster: c}}\n",
                          {.path = "/files/a%2Fb"},
                          "path_with_escaped_slashes_action: REJECT_REQUEST\n");
  EXPECT_FALSE(d.matched);
  EXPECT_TRUE(traceHas(d, "Envoy answers 400")) << describe(d);
}

TEST(RouteProblems, BadRegexIsReportedWithItsPlaceAndNeverMatches) {
  RouteEvaluator evaluator(parseWorkspace(oneVirtualHost(R"(
- match: {safe_regex: {regex: "/items/(unclosed"}}
  route: {cluster: items}
- {match: {prefix: /}, route: {cluster: rest}}
)")));
  ASSERT_EQ(evaluator.problems().size(), 1u);
  // Named by its place: the configuration's line in the workspace file, then the path to it.
  EXPECT_NE(evaluator.problems()[0].find("route configuration 'r' (line 13) > virtual host 'vh' > "
                                         "route #0: invalid regex '/items/(unclosed'"),
            std::string::npos)
      << evaluator.problems()[0];
  RouteDecision d = evaluator.evaluate({.listener = "l", .host = "h", .path = "/items/(unclosed"});
  EXPECT_EQ(d.clusters.at(0).name, "rest");
}

TEST(RouteTrace, LongTablesCountTheRejectionsBeyondTheLimit) {
  std::string routes;
  for (int i = 0; i < 150; ++i)
    routes += "- {match: {prefix: /r" + std::to_string(i) + "/}, route: {cluster: c}}\n";
  routes += "- {match: {prefix: /}, route: {cluster: last}}\n";
  RouteDecision d = route(routes, {.path = "/zzz"});
  EXPECT_EQ(d.routeIndex, 150);
  EXPECT_TRUE(traceHas(d, "route #99 does not match")) << describe(d);
  EXPECT_FALSE(traceHas(d, "route #100 does not match"));
  EXPECT_TRUE(traceHas(d, "... 50 more routes do not match (failing on: path 50)")) << describe(d);
}

}  // namespace
}  // namespace meshdesk::routing
