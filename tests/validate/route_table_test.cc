// Route tables: routes that can never match (certain cases only), weighted cluster totals,
// duplicate domains.
#include <gmock/gmock.h>

#include "validate_test_support.h"

namespace meshdesk::validate {
namespace {

using ::testing::HasSubstr;
using testing::check;
using testing::onlyFinding;
using testing::placeOf;
using testing::withRule;

// One virtual host with `routes` (list items at indent 4, each routing to cluster web).
std::string hostWith(const std::string& routes, const std::string& more = "") {
  return R"(routes:
- name: table
  virtual_hosts:
  - name: site
    domains: [site.lab]
    routes:
)" + routes + more + R"(clusters:
- name: web
  type: STATIC
  connect_timeout: 1s
)";
}

std::string route(const std::string& match, const std::string& name = "") {
  return "    - " + (name.empty() ? "" : "name: " + name + "\n      ") + "match: " + match +
         "\n      route: {cluster: web}\n";
}

std::vector<Finding> shadowed(const std::string& yaml) { return withRule(check(yaml), "route.shadowed"); }

TEST(RouteShadowing, CatchAllPrefixShadowsWhatFollows) {
  std::string yaml = hostWith(route("{prefix: /}", "all") + route("{prefix: /api}", "api"));
  Finding f = onlyFinding(check(yaml), "route.shadowed");
  EXPECT_EQ(f.severity, Severity::kWarning);
  EXPECT_EQ(f.resource, "table");
  EXPECT_EQ(f.path, "virtual_hosts[0].routes[1].match");
  EXPECT_EQ(f.message, R"(routes[1] ('api'), prefix "/api" can never match: routes[0] ('all'), )"
                       R"(prefix "/" comes first in virtual host 'site' and matches every )"
                       R"(request this route matches)");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "match: {prefix: /api}") );
}

TEST(RouteShadowing, PrefixShadowsLongerPrefixAndPath) {
  auto findings = shadowed(hostWith(route("{prefix: /api}") + route("{prefix: /api/v1}") +
                                    route("{path: /api/users}")));
  ASSERT_EQ(findings.size(), 2u) << testing::listAll(findings);
  EXPECT_EQ(findings[0].path, "virtual_hosts[0].routes[1].match");
  EXPECT_EQ(findings[1].path, "virtual_hosts[0].routes[2].match");
  EXPECT_THAT(findings[1].message, HasSubstr("routes[0], prefix \"/api\" comes first"));
}

TEST(RouteShadowing, SamePathTwice) {
  Finding f = onlyFinding(check(hostWith(route("{path: /health}") + route("{path: /health}"))),
                          "route.shadowed");
  EXPECT_EQ(f.path, "virtual_hosts[0].routes[1].match");
}

TEST(RouteShadowing, EmptyPrefixShadowsARegex) {
  auto findings = shadowed(hostWith(route(R"({prefix: ""})") +
                                    route("{safe_regex: {regex: \"^/v[0-9]+/.*\"}}")));
  ASSERT_EQ(findings.size(), 1u) << testing::listAll(findings);
}

TEST(RouteShadowing, CaseInsensitivePrefixShadowsEitherCase) {
  auto findings = shadowed(hostWith(route("{prefix: /API, case_sensitive: false}") +
                                    route("{prefix: /api/v1}") +
                                    route("{prefix: /Api/v2, case_sensitive: false}")));
  EXPECT_EQ(findings.size(), 2u) << testing::listAll(findings);
}

TEST(RouteShadowing, PathSeparatedPrefix) {
  // "/api" covers "/api" and "/api/..." but not "/apix": the last two routes still match.
  auto findings = shadowed(hostWith(route("{path_separated_prefix: /api}") +
                                    route("{prefix: /api/v1}") + route("{path: /api}") +
                                    route("{path: /apix}") + route("{prefix: /api}")));
  ASSERT_EQ(findings.size(), 2u) << testing::listAll(findings);
  EXPECT_EQ(findings[0].path, "virtual_hosts[0].routes[1].match");
  EXPECT_EQ(findings[1].path, "virtual_hosts[0].routes[2].match");
}

TEST(RouteShadowing, NotWhenTheEarlierRouteHasMoreConditions) {
  std::string headers = "{prefix: /, headers: [{name: x-canary, string_match: {exact: \"1\"}}]}";
  std::string query = "{prefix: /, query_parameters: [{name: debug, present_match: true}]}";
  std::string fraction =
      "{prefix: /, runtime_fraction: {default_value: {numerator: 50}, runtime_key: split}}";
  std::string grpc = "{prefix: /, grpc: {}}";
  auto findings = shadowed(hostWith(route(headers) + route(query) + route(fraction) + route(grpc) +
                                    route("{prefix: /api}")));
  EXPECT_TRUE(findings.empty()) << testing::listAll(findings);
}

TEST(RouteShadowing, NotWhenItIsNotCertain) {
  auto findings = shadowed(hostWith(
      // Longer first, then shorter: the shorter still matches more.
      route("{prefix: /api/v1}") + route("{prefix: /api}") +
      // Case-sensitive first, case-insensitive later: "/API/X" reaches the later one.
      route("{prefix: /b}") + route("{prefix: /b/c, case_sensitive: false}") +
      // "/" does not match "*" (OPTIONS *), which a regex may.
      route("{prefix: /}") + route("{safe_regex: {regex: \".*\"}}") +
      // CONNECT requests reach only CONNECT routes.
      route("{connect_matcher: {}}")));
  // Only the regex and CONNECT routes follow "/"; neither is certainly shadowed.
  EXPECT_TRUE(findings.empty()) << testing::listAll(findings);
}

TEST(RouteShadowing, OnlyWithinOneVirtualHost) {
  std::string yaml = hostWith(route("{prefix: /}"), R"(  - name: other
    domains: [other.lab]
    routes:
)" + route("{prefix: /api}"));
  EXPECT_TRUE(shadowed(yaml).empty());
}

std::string weighted(const std::string& clusters, const std::string& total = "") {
  return hostWith("    - match: {prefix: /}\n      route:\n        weighted_clusters:\n" + total +
                  "          clusters:\n" + clusters);
}

TEST(WeightedClusters, TotalWeightMustBeTheSum) {
  std::string yaml = weighted("          - {name: web, weight: 30}\n          - {name: web, weight: 60}\n",
                              "          total_weight: 100\n");
  auto findings = check(yaml);
  Finding f = onlyFinding(findings, "weighted_clusters.total");
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_EQ(f.path, "virtual_hosts[0].routes[0].route.weighted_clusters.total_weight");
  EXPECT_EQ(f.message, "total_weight is 100 but the weights add up to 90; Envoy rejects the route");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "100"));
  EXPECT_EQ(withRule(findings, "deprecated").size(), 1u);  // total_weight itself
}

TEST(WeightedClusters, AllZeroIsAnError) {
  std::string yaml = weighted("          - {name: web, weight: 0}\n          - {name: web}\n");
  Finding f = onlyFinding(check(yaml), "weighted_clusters.total");
  EXPECT_EQ(f.path, "virtual_hosts[0].routes[0].route.weighted_clusters");
  EXPECT_THAT(f.message, HasSubstr("every weight is 0"));
  EXPECT_EQ(placeOf(f), placeOf(yaml, "weighted_clusters"));
}

TEST(WeightedClusters, MatchingWeightsAreFine) {
  auto findings = check(weighted("          - {name: web, weight: 1}\n          - {name: web, weight: 3}\n"));
  EXPECT_TRUE(findings.empty()) << testing::listAll(findings);
}

TEST(VirtualHostDomains, DuplicateAcrossVirtualHostsIgnoringCase) {
  std::string yaml = hostWith(route("{prefix: /}"), R"(  - name: other
    domains: [other.lab, SITE.lab]
    routes:
)" + route("{prefix: /}"));
  Finding f = onlyFinding(check(yaml), "virtual_host.duplicate_domain");
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_EQ(f.path, "virtual_hosts[1].domains[1]");
  EXPECT_THAT(f.message, HasSubstr(R"(domain "SITE.lab" is already in virtual host 'site' (virtual_hosts[0]))"));
  EXPECT_EQ(placeOf(f), placeOf(yaml, "SITE.lab"));
}

TEST(VirtualHostDomains, TwoCatchAllsAndARepeatInOneHost) {
  std::string yaml = R"(routes:
- name: t
  virtual_hosts:
  - name: a
    domains: ["*", a.lab, a.lab]
  - name: b
    domains: ["*"]
)";
  auto findings = withRule(check(yaml), "virtual_host.duplicate_domain");
  ASSERT_EQ(findings.size(), 2u) << testing::listAll(findings);
  EXPECT_EQ(findings[0].path, "virtual_hosts[0].domains[2]");
  EXPECT_THAT(findings[0].message, HasSubstr("earlier in this virtual host"));
  EXPECT_EQ(findings[1].path, "virtual_hosts[1].domains[0]");
  EXPECT_THAT(findings[1].message, HasSubstr("only one virtual host may have it"));
}

}  // namespace
}  // namespace meshdesk::validate
