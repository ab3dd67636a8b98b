// References between resources: RDS route configurations, route clusters, EDS endpoints, SDS
// secrets, TCP proxy and aggregate clusters, scoped routes.
#include <gmock/gmock.h>

#include "validate_test_support.h"

namespace meshdesk::validate {
namespace {

using ::testing::HasSubstr;
using testing::check;
using testing::onlyFinding;
using testing::placeOf;
using testing::withRule;

// A listener using RDS for `routeName`, a route configuration `routes`, clusters api and web.
std::string workspaceWith(const std::string& routeName, const std::string& routeActions,
                          const std::string& extra = "") {
  return R"(listeners:
- name: edge
  address:
    socket_address: {address: 0.0.0.0, port_value: 8080}
  filter_chains:
  - filters:
    - name: envoy.filters.network.http_connection_manager
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
        stat_prefix: edge
        rds:
          config_source: {ads: {}, resource_api_version: V3}
          route_config_name: )" + routeName + R"(
        http_filters:
        - name: envoy.filters.http.router
          typed_config:
            "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
routes:
- name: edge-routes
  virtual_hosts:
  - name: all
    domains: ["*"]
    routes:
)" + routeActions + R"(clusters:
- name: api
  type: EDS
  eds_cluster_config:
    eds_config: {ads: {}, resource_api_version: V3}
  connect_timeout: 1s
- name: web
  type: EDS
  eds_cluster_config:
    eds_config: {ads: {}, resource_api_version: V3}
  connect_timeout: 1s
endpoints:
- cluster_name: api
- cluster_name: web
)" + extra;
}

constexpr const char* kToApi = R"(    - match: {prefix: /}
      route: {cluster: api}
)";

TEST(References, AllPresentHasNoFindings) {
  auto findings = check(workspaceWith("edge-routes", kToApi));
  EXPECT_TRUE(findings.empty()) << testing::listAll(findings);
}

TEST(References, RdsRouteConfigurationMustExist) {
  std::string yaml = workspaceWith("edge-route", kToApi);
  Finding f = onlyFinding(check(yaml), "reference.route");
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_EQ(f.kind, workspace::Kind::kListener);
  EXPECT_EQ(f.resource, "edge");
  EXPECT_EQ(f.path, "filter_chains[0].filters[0].typed_config.rds.route_config_name");
  EXPECT_THAT(f.message, HasSubstr("route configuration 'edge-route' is not in the workspace "
                                   "(did you mean 'edge-routes'?)"));
  EXPECT_EQ(placeOf(f), placeOf(yaml, "edge-route\n"));
}

TEST(References, RdsFromAFileIsNotChecked) {
  std::string yaml = workspaceWith("elsewhere", kToApi);
  yaml.replace(yaml.find("{ads: {}, resource_api_version: V3}"), 35,
               "{path_config_source: {path: /etc/envoy/rds.yaml}}");
  EXPECT_TRUE(withRule(check(yaml), "reference.route").empty());
}

TEST(References, RouteClusterIsAWarningByDefault) {
  std::string yaml = workspaceWith("edge-routes", R"(    - match: {prefix: /}
      route: {cluster: apj}
)");
  Finding f = onlyFinding(check(yaml), "reference.cluster");
  EXPECT_EQ(f.severity, Severity::kWarning);
  EXPECT_EQ(f.kind, workspace::Kind::kRoute);
  EXPECT_EQ(f.path, "virtual_hosts[0].routes[0].route.cluster");
  EXPECT_THAT(f.message, HasSubstr("cluster 'apj' is not in the workspace (did you mean 'api'?)"));
  EXPECT_EQ(placeOf(f), placeOf(yaml, "apj"));
}

TEST(References, RouteClusterIsAnErrorWithValidateClusters) {
  std::string yaml = workspaceWith("edge-routes", R"(    - match: {prefix: /}
      route: {cluster: nowhere}
)");
  yaml.replace(yaml.find("  virtual_hosts:"), 0, "  validate_clusters: true\n");
  Finding f = onlyFinding(check(yaml), "reference.cluster");
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_THAT(f.message, HasSubstr("validate_clusters"));
}

TEST(References, WeightedClustersAndMirrors) {
  std::string yaml = workspaceWith("edge-routes", R"(    - match: {prefix: /}
      route:
        weighted_clusters:
          clusters:
          - {name: api, weight: 50}
          - {name: gone, weight: 50}
        request_mirror_policies:
        - cluster: shadow
)");
  auto findings = withRule(check(yaml), "reference.cluster");
  ASSERT_EQ(findings.size(), 2u) << testing::listAll(findings);
  EXPECT_EQ(findings[0].path, "virtual_hosts[0].routes[0].route.weighted_clusters.clusters[1].name");
  EXPECT_EQ(placeOf(findings[0]), placeOf(yaml, "gone"));
  EXPECT_EQ(findings[1].path, "virtual_hosts[0].routes[0].route.request_mirror_policies[0].cluster");
  EXPECT_EQ(placeOf(findings[1]), placeOf(yaml, "shadow"));
}

TEST(References, EdsClusterWithoutEndpointsIsAWarning) {
  std::string yaml = workspaceWith("edge-routes", kToApi);
  yaml.replace(yaml.find("- cluster_name: web\n"), 20, "");
  Finding f = onlyFinding(check(yaml), "reference.endpoints");
  EXPECT_EQ(f.severity, Severity::kWarning);
  EXPECT_EQ(f.kind, workspace::Kind::kCluster);
  EXPECT_EQ(f.resource, "web");
  EXPECT_EQ(f.path, "");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "name: web"));
}

TEST(References, EdsServiceNameIsWhatIsLookedUp) {
  std::string yaml = workspaceWith("edge-routes", kToApi);
  yaml.replace(yaml.find("- cluster_name: web\n"), 20, "- cluster_name: web-v2\n");
  yaml.replace(yaml.find("eds_config: {ads: {}, resource_api_version: V3}", yaml.find("name: web")),
               47, "eds_config: {ads: {}, resource_api_version: V3}\n    service_name: web-v2");
  EXPECT_TRUE(withRule(check(yaml), "reference.endpoints").empty());
}

constexpr const char* kTlsCluster = R"(- name: secure
  type: STATIC
  connect_timeout: 1s
  transport_socket:
    name: envoy.transport_sockets.tls
    typed_config:
      "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext
      common_tls_context:
        tls_certificate_sds_secret_configs:
        - name: client-cert
          sds_config: {ads: {}, resource_api_version: V3}
        validation_context_sds_secret_config:
          name: static-ca
)";

TEST(References, SdsSecretMustExistWhenServedOverXds) {
  std::string yaml = workspaceWith("edge-routes", kToApi);
  yaml.replace(yaml.find("endpoints:\n"), 0, kTlsCluster);
  // static-ca has no sds_config: a bootstrap secret, not checked.
  Finding f = onlyFinding(check(yaml), "reference.secret");
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_EQ(f.resource, "secure");
  EXPECT_EQ(f.path, "transport_socket.typed_config.common_tls_context."
                    "tls_certificate_sds_secret_configs[0].name");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "client-cert"));

  yaml += "secrets:\n- name: client-cert\n  generic_secret: {secret: {inline_string: x}}\n";
  EXPECT_TRUE(withRule(check(yaml), "reference.secret").empty());
}

TEST(References, TcpProxyClusterOfADynamicType) {
  std::string yaml = R"(listeners:
- name: db
  address:
    socket_address: {address: 0.0.0.0, port_value: 5432}
  filter_chains:
  - filters:
    - name: envoy.filters.network.tcp_proxy
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy
        stat_prefix: db
        cluster: postgress
clusters:
- name: postgres
  type: STATIC
  connect_timeout: 1s
)";
  Finding f = onlyFinding(check(yaml), "reference.cluster");
  EXPECT_EQ(f.path, "filter_chains[0].filters[0].typed_config.cluster");
  EXPECT_THAT(f.message, HasSubstr("did you mean 'postgres'?"));
  EXPECT_EQ(placeOf(f), placeOf(yaml, "postgress"));
}

TEST(References, AggregateClusterMembers) {
  std::string yaml = workspaceWith("edge-routes", kToApi);
  yaml.replace(yaml.find("endpoints:\n"), 0, R"(- name: both
  connect_timeout: 1s
  lb_policy: CLUSTER_PROVIDED
  cluster_type:
    name: envoy.clusters.aggregate
    typed_config:
      "@type": type.googleapis.com/envoy.extensions.clusters.aggregate.v3.ClusterConfig
      clusters: [api, missing]
)");
  Finding f = onlyFinding(check(yaml), "reference.cluster");
  EXPECT_EQ(f.severity, Severity::kWarning);
  EXPECT_EQ(f.path, "cluster_type.typed_config.clusters[1]");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "missing"));
}

TEST(References, ScopedRouteNamesARouteConfiguration) {
  std::string yaml = workspaceWith("edge-routes", kToApi) + R"(scoped_routes:
- name: tenant-a
  route_configuration_name: tenant-a-routes
  key:
    fragments: [{string_key: a}]
)";
  Finding f = onlyFinding(check(yaml), "reference.route");
  EXPECT_EQ(f.kind, workspace::Kind::kScopedRoute);
  EXPECT_EQ(f.path, "route_configuration_name");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "tenant-a-routes"));
}

}  // namespace
}  // namespace meshdesk::validate
