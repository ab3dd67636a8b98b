// The (validate.rules) of Envoy's API, read from the descriptors at run time: each kind of rule
// is caught, with the field path and the place of that field in the text.
#include <gmock/gmock.h>

#include "validate_test_support.h"

namespace meshdesk::validate {
namespace {

using ::testing::HasSubstr;
using testing::check;
using testing::onlyFinding;
using testing::placeOf;

// A static cluster that is correct except for what each test puts in `socket` or `extra`.
std::string staticCluster(const std::string& socket, const std::string& extra = "") {
  return R"(clusters:
- name: api
  type: STATIC
  connect_timeout: 1s
  load_assignment:
    cluster_name: api
    endpoints:
    - lb_endpoints:
      - endpoint:
          address:
            socket_address: )" + socket + "\n" + extra;
}

constexpr const char* kEndpointAddress =
    "load_assignment.endpoints[0].lb_endpoints[0].endpoint.address.socket_address";

TEST(ConstraintRules, CleanClusterHasNoFindings) {
  auto findings = check(staticCluster("{address: 10.0.0.1, port_value: 8080}"));
  EXPECT_TRUE(findings.empty()) << testing::listAll(findings);
}

TEST(ConstraintRules, Uint32AtMost) {
  std::string yaml = staticCluster("{address: 10.0.0.1, port_value: 70000}");
  Finding f = onlyFinding(check(yaml), "uint32.lte");
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_EQ(f.kind, workspace::Kind::kCluster);
  EXPECT_EQ(f.resource, "api");
  EXPECT_EQ(f.path, std::string(kEndpointAddress) + ".port_value");
  EXPECT_EQ(f.message, "must be at most 65535 (is 70000)");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "70000"));
  EXPECT_EQ(f.file, "test.yaml");
}

TEST(ConstraintRules, StringMinLen) {
  std::string yaml = staticCluster(R"({address: "", port_value: 80})");
  Finding f = onlyFinding(check(yaml), "string.min_len");
  EXPECT_EQ(f.path, std::string(kEndpointAddress) + ".address");
  EXPECT_EQ(f.message, "must not be empty");
  EXPECT_EQ(placeOf(f), placeOf(yaml, R"("")"));
}

TEST(ConstraintRules, RequiredOneofPointsAtTheMessageMissingIt) {
  std::string yaml = staticCluster("{address: 10.0.0.1}");
  Finding f = onlyFinding(check(yaml), "oneof.required");
  EXPECT_EQ(f.path, kEndpointAddress);
  EXPECT_THAT(f.message, HasSubstr("port_value or named_port"));
  EXPECT_EQ(placeOf(f), placeOf(yaml, "socket_address"));
}

TEST(ConstraintRules, DurationGreaterThanZero) {
  std::string yaml = staticCluster("{address: 10.0.0.1, port_value: 80}");
  yaml.replace(yaml.find("connect_timeout: 1s"), 19, "connect_timeout: 0s");
  Finding f = onlyFinding(check(yaml), "duration.gt");
  EXPECT_EQ(f.path, "connect_timeout");
  EXPECT_EQ(f.message, "must be greater than 0s (is 0s)");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "0s"));
}

TEST(ConstraintRules, EnumDefinedOnly) {
  std::string yaml = staticCluster("{address: 10.0.0.1, port_value: 80, protocol: 7}");
  Finding f = onlyFinding(check(yaml), "enum.defined_only");
  EXPECT_EQ(f.path, std::string(kEndpointAddress) + ".protocol");
  EXPECT_THAT(f.message, HasSubstr("7 is not a value of envoy.config.core.v3.SocketAddress.Protocol"));
  EXPECT_EQ(placeOf(f), placeOf(yaml, "7}"));
}

TEST(ConstraintRules, EnumNotIn) {
  std::string yaml = staticCluster("{address: 10.0.0.1, port_value: 80}", R"(  health_checks:
  - timeout: 1s
    interval: 5s
    unhealthy_threshold: 2
    healthy_threshold: 2
    http_health_check:
      path: /healthz
      method: CONNECT
)");
  Finding f = onlyFinding(check(yaml), "enum.not_in");
  EXPECT_EQ(f.path, "health_checks[0].http_health_check.method");
  EXPECT_EQ(f.message, "must not be CONNECT");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "CONNECT"));
}

TEST(ConstraintRules, StrictHeaderValueRegex) {
  std::string yaml = staticCluster("{address: 10.0.0.1, port_value: 80}", R"(  health_checks:
  - timeout: 1s
    interval: 5s
    unhealthy_threshold: 2
    healthy_threshold: 2
    http_health_check:
      path: "/health\x01z"
)");
  Finding f = onlyFinding(check(yaml), "string.well_known_regex");
  EXPECT_EQ(f.path, "health_checks[0].http_health_check.path");
  EXPECT_THAT(f.message, HasSubstr("HTTP header value"));
  EXPECT_THAT(f.message, HasSubstr(R"("/health\x01z")"));
  EXPECT_EQ(placeOf(f), placeOf(yaml, R"("/health)"));
}

TEST(ConstraintRules, DoubleRangeOnAWrapper) {
  std::string yaml = staticCluster("{address: 10.0.0.1, port_value: 80}", R"(  preconnect_policy:
    per_upstream_preconnect_ratio: 5
)");
  Finding f = onlyFinding(check(yaml), "double.range");
  EXPECT_EQ(f.path, "preconnect_policy.per_upstream_preconnect_ratio");
  EXPECT_EQ(f.message, "must be in the range [1, 3] (is 5)");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "5\n"));
}

TEST(ConstraintRules, DoubleRangeInsideAMessage) {
  std::string yaml = staticCluster("{address: 10.0.0.1, port_value: 80}", R"(  common_lb_config:
    healthy_panic_threshold: {value: 150}
)");
  Finding f = onlyFinding(check(yaml), "double.range");
  EXPECT_EQ(f.path, "common_lb_config.healthy_panic_threshold.value");
  EXPECT_EQ(f.message, "must be in the range [0, 100] (is 150)");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "150"));
}

TEST(ConstraintRules, MapKeys) {
  std::string yaml = staticCluster("{address: 10.0.0.1, port_value: 80}", R"(  metadata:
    filter_metadata:
      "": {team: edge}
)");
  Finding f = onlyFinding(check(yaml), "string.min_len");
  EXPECT_EQ(f.path, R"(metadata.filter_metadata[""])");
  EXPECT_EQ(placeOf(f), placeOf(yaml, R"("": )"));
}

// Listeners, route configurations and extension configs.
constexpr const char* kRoutes = R"(routes:
- name: r
  virtual_hosts:
  - name: web
    domains: ["*"]
    routes:
    - match: {prefix: /}
      route: {cluster: web}
clusters:
- name: web
  type: STATIC
  connect_timeout: 1s
)";

TEST(ConstraintRules, RepeatedMinItems) {
  std::string yaml = kRoutes;
  yaml.replace(yaml.find(R"(domains: ["*"])"), 14, "domains: []");
  Finding f = onlyFinding(check(yaml), "repeated.min_items");
  EXPECT_EQ(f.kind, workspace::Kind::kRoute);
  EXPECT_EQ(f.resource, "r");
  EXPECT_EQ(f.path, "virtual_hosts[0].domains");
  EXPECT_EQ(f.message, "needs at least one item");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "domains"));
}

TEST(ConstraintRules, RepeatedItemsAreCheckedOneByOne) {
  std::string yaml = kRoutes;
  yaml.replace(yaml.find("  virtual_hosts:"), 0, R"(  request_headers_to_remove: [x-debug, "x\ny"]
)");
  Finding f = onlyFinding(check(yaml), "string.well_known_regex");
  EXPECT_EQ(f.path, "request_headers_to_remove[1]");
  EXPECT_EQ(f.message, R"(must not contain NUL, CR or LF (is "x\ny"))");
  EXPECT_EQ(placeOf(f), placeOf(yaml, R"("x\ny")"));
}

TEST(ConstraintRules, RepeatedUnique) {
  std::string yaml = kRoutes;
  yaml.replace(yaml.find("route: {cluster: web}"), 21, R"(route:
        cluster: web
        internal_redirect_policy:
          response_headers_to_copy: [x-a, x-b, x-a])");
  Finding f = onlyFinding(check(yaml), "repeated.unique");
  EXPECT_EQ(f.path,
            "virtual_hosts[0].routes[0].route.internal_redirect_policy.response_headers_to_copy[2]");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "x-a", 2));
}

TEST(ConstraintRules, StringPattern) {
  std::string yaml = kRoutes;
  yaml.replace(yaml.find("{prefix: /}"), 11, "{path_separated_prefix: /api/}");
  Finding f = onlyFinding(check(yaml), "string.pattern");
  EXPECT_EQ(f.path, "virtual_hosts[0].routes[0].match.path_separated_prefix");
  EXPECT_THAT(f.message, HasSubstr(R"(must match the regular expression "^[^?#]+[^?#/]$")"));
  EXPECT_EQ(placeOf(f), placeOf(yaml, "/api/"));
}

TEST(ConstraintRules, StringMaxBytes) {
  std::string yaml = kRoutes;
  std::string big(17000, 'v');
  yaml.replace(yaml.find("  virtual_hosts:"), 0,
               "  response_headers_to_add:\n  - header: {key: x-big, value: " + big + "}\n");
  Finding f = onlyFinding(check(yaml), "string.max_bytes");
  EXPECT_EQ(f.path, "response_headers_to_add[0].header.value");
  EXPECT_EQ(f.message, "must be at most 16384 bytes long (is 17000)");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "vvv"));
}

TEST(ConstraintRules, AnyRequired) {
  std::string yaml = R"(extension_configs:
- name: lua
)";
  Finding f = onlyFinding(check(yaml), "message.required");
  EXPECT_EQ(f.kind, workspace::Kind::kExtensionConfig);
  EXPECT_EQ(f.path, "typed_config");
  EXPECT_EQ(f.message, "is required");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "name: lua"));  // not written: the item's own place
}

TEST(ConstraintRules, BoolConstInAOneof) {
  std::string yaml = R"(listeners:
- name: tcp
  address:
    socket_address: {address: 0.0.0.0, port_value: 9000}
  listener_filters:
  - name: envoy.filters.listener.tls_inspector
    typed_config:
      "@type": type.googleapis.com/envoy.extensions.filters.listener.tls_inspector.v3.TlsInspector
    filter_disabled: {any_match: false}
  filter_chains:
  - filters:
    - name: envoy.filters.network.echo
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.echo.v3.Echo
)";
  Finding f = onlyFinding(check(yaml), "bool.const");
  EXPECT_EQ(f.path, "listener_filters[0].filter_disabled.any_match");
  EXPECT_EQ(f.message, "must be true");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "false"));
}

TEST(ConstraintRules, DeprecatedFieldIsAWarning) {
  std::string yaml = kRoutes;
  yaml.replace(yaml.find("route: {cluster: web}"), 21, R"(route:
        weighted_clusters:
          total_weight: 10
          clusters:
          - {name: web, weight: 10})");
  Finding f = onlyFinding(check(yaml), "deprecated");
  EXPECT_EQ(f.severity, Severity::kWarning);
  EXPECT_EQ(f.path, "virtual_hosts[0].routes[0].route.weighted_clusters.total_weight");
  EXPECT_THAT(f.message, HasSubstr("is deprecated (since API 3.0)"));
  EXPECT_EQ(placeOf(f), placeOf(yaml, "10\n"));
}

}  // namespace
}  // namespace meshdesk::validate

namespace meshdesk::validate {
namespace {

// Envoy compiles every safe_regex with RE2: one that does not compile, or whose program is
// bigger than Envoy's limit, is rejected.
TEST(RegexMatchers, CompiledAsEnvoyCompilesThem) {
  std::string yaml = kRoutes;
  yaml.replace(yaml.find("{prefix: /}"), 11, R"({safe_regex: {regex: "^/users/([0-9]+$"}})");
  Finding f = onlyFinding(check(yaml), "regex.invalid");
  EXPECT_EQ(f.path, "virtual_hosts[0].routes[0].match.safe_regex.regex");
  EXPECT_THAT(f.message, HasSubstr("missing )"));
  EXPECT_EQ(placeOf(f), placeOf(yaml, R"("^/users)"));

  yaml = kRoutes;
  yaml.replace(yaml.find("{prefix: /}"), 11, R"({safe_regex: {regex: "^/[a-z0-9]{120}$"}})");
  f = onlyFinding(check(yaml), "regex.program_size");
  EXPECT_EQ(f.path, "virtual_hosts[0].routes[0].match.safe_regex.regex");
  EXPECT_THAT(f.message, HasSubstr("more than 100 (Envoy's default; runtime key "
                                   "re2.max_program_size.error_level)"));

  // The (deprecated) per-matcher limit replaces the default.
  yaml.replace(yaml.find("{regex:"), 7, "{google_re2: {max_program_size: 1000}, regex:");
  auto raised = check(yaml);
  EXPECT_TRUE(testing::withRule(raised, "regex.program_size").empty()) << testing::listAll(raised);

  yaml = kRoutes;
  yaml.replace(yaml.find("{prefix: /}"), 11, R"({safe_regex: {regex: "^/v1/users/[0-9]+$"}})");
  auto findings = check(yaml);
  EXPECT_TRUE(findings.empty()) << testing::listAll(findings);
}

}  // namespace
}  // namespace meshdesk::validate

namespace meshdesk::validate {
namespace {

TEST(ConstraintRules, DeprecatedEnumValueIsAWarning) {
  std::string yaml = R"(clusters:
- name: api
  type: EDS
  eds_cluster_config:
    eds_config: {ads: {}, resource_api_version: V2}
  connect_timeout: 1s
endpoints:
- cluster_name: api
)";
  Finding f = onlyFinding(check(yaml), "deprecated");
  EXPECT_EQ(f.severity, Severity::kWarning);
  EXPECT_EQ(f.path, "eds_cluster_config.eds_config.resource_api_version");
  EXPECT_EQ(f.message, "V2 is a deprecated value of envoy.config.core.v3.ApiVersion");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "V2"));
}

}  // namespace
}  // namespace meshdesk::validate
