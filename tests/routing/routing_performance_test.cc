// A route configuration of 10,000 routes: indexing cost and the cost of one evaluation when the
// matching route is the last one (every route is tried), for prefix, safe_regex and header
// routes. The bounds are loose (a loaded 2-core machine, any build type); the figures are
// printed and recorded as test properties.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

#include "routing/route_evaluator.h"
#include "routing_test_support.h"

namespace meshdesk::routing {
namespace {

using testing::oneVirtualHost;
using testing::parseWorkspace;
using Clock = std::chrono::steady_clock;

constexpr int kRoutes = 10000;

std::string number(int i) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%05d", i);
  return buf;
}

double microsecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

struct Figures {
  double indexMs;
  double evaluateUs;
};

Figures measure(const std::string& routes, const TestRequest& lastRoute, const char* kind,
                const std::string& expectedCluster) {
  workspace::Workspace workspace = parseWorkspace(oneVirtualHost(routes));
  auto start = Clock::now();
  RouteEvaluator evaluator(workspace);
  double indexMs = microsecondsSince(start) / 1000.0;
  EXPECT_TRUE(evaluator.problems().empty());

  RouteDecision d = evaluator.evaluate(lastRoute);
  EXPECT_TRUE(d.matched) << describe(d);
  EXPECT_EQ(d.routeIndex, kRoutes - 1);
  EXPECT_EQ(d.clusters.at(0).name, expectedCluster);

  constexpr int kRuns = 50;
  start = Clock::now();
  for (int i = 0; i < kRuns; ++i) d = evaluator.evaluate(lastRoute);
  double evaluateUs = microsecondsSince(start) / kRuns;
  EXPECT_EQ(d.routeIndex, kRoutes - 1);
  // The same without explaining rejected routes: the cost of matching alone.
  RouteEvaluator bare(workspace, RouteEvaluator::Options{.maxExplainedRoutes = 0});
  start = Clock::now();
  for (int i = 0; i < kRuns; ++i) d = bare.evaluate(lastRoute);
  double bareUs = microsecondsSince(start) / kRuns;
  EXPECT_EQ(d.routeIndex, kRoutes - 1);
  std::printf("[ figures  ] %d %s routes: index %.1f ms, evaluate (last route matches) %.0f us "
              "(%.0f us without per-route explanations)\n",
              kRoutes, kind, indexMs, evaluateUs, bareUs);
  ::testing::Test::RecordProperty(std::string(kind) + "_index_ms", std::to_string(indexMs));
  ::testing::Test::RecordProperty(std::string(kind) + "_evaluate_us", std::to_string(evaluateUs));
  return {indexMs, evaluateUs};
}

TEST(RoutingPerformance, TenThousandPrefixRoutes) {
  std::string routes;
  for (int i = 0; i < kRoutes; ++i)
    routes += "- {match: {prefix: /svc/" + number(i) + "/}, route: {cluster: c" + number(i) + "}}\n";
  Figures f = measure(routes, {.listener = "l", .host = "h", .path = "/svc/09999/items?x=1"},
                      "prefix", "c09999");
}

TEST(RoutingPerformance, TenThousandRegexRoutes) {
  std::string routes;
  for (int i = 0; i < kRoutes; ++i)
    routes += "- {match: {safe_regex: {regex: \"/svc/" + number(i) +
              "/[a-z]+/[0-9]+\"}}, route: {cluster: c" + number(i) + "}}\n";
  Figures f = measure(routes, {.listener = "l", .host = "h", .path = "/svc/09999/items/42"},
                      "safe_regex", "c09999");
}

TEST(RoutingPerformance, TenThousandHeaderRoutes) {
  std::string routes;
  for (int i = 0; i < kRoutes; ++i)
    routes += "- {match: {prefix: /, headers: [{name: x-tenant, string_match: {exact: t" +
              number(i) + "}}]}, route: {cluster: c" + number(i) + "}}\n";
  Figures f = measure(routes,
                      {.listener = "l", .host = "h", .path = "/", .headers = {{"x-tenant", "t09999"}}},
                      "header", "c09999");
}

}  // namespace
}  // namespace meshdesk::routing
