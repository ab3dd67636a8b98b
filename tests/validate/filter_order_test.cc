// The router last in every HTTP filter chain (listener filter chains and api_listener), terminal
// network filters last in their chain.
#include <gmock/gmock.h>

#include "validate_test_support.h"

namespace meshdesk::validate {
namespace {

using ::testing::HasSubstr;
using testing::check;
using testing::onlyFinding;
using testing::placeOf;
using testing::withRule;

std::string apiListener(const std::string& filters) {
  return R"(listeners:
- name: grpc.lab
  api_listener:
    api_listener:
      "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
      stat_prefix: grpc
      route_config:
        name: inline
        virtual_hosts:
        - name: all
          domains: ["*"]
          routes:
          - match: {prefix: /}
            direct_response: {status: 204}
      http_filters:
)" + filters;
}

constexpr const char* kRouter = R"(      - name: envoy.filters.http.router
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
)";
constexpr const char* kCors = R"(      - name: envoy.filters.http.cors
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.http.cors.v3.Cors
)";

TEST(FilterOrder, RouterLastIsFine) {
  auto findings = check(apiListener(std::string(kCors) + kRouter));
  EXPECT_TRUE(findings.empty()) << testing::listAll(findings);
}

TEST(FilterOrder, RouterBeforeAnotherFilterInAnApiListener) {
  std::string yaml = apiListener(std::string(kRouter) + kCors);
  auto findings = withRule(check(yaml), "http_filters.router_last");
  ASSERT_EQ(findings.size(), 2u) << testing::listAll(findings);
  // The router that is not last, and the chain's end that is not the router.
  EXPECT_EQ(findings[0].path, "api_listener.api_listener.http_filters[0]");
  EXPECT_THAT(findings[0].message, HasSubstr("'envoy.filters.http.cors' follows it"));
  EXPECT_EQ(placeOf(findings[0]), placeOf(yaml, "name: envoy.filters.http.router"));
  EXPECT_EQ(findings[1].path, "api_listener.api_listener.http_filters[1]");
  EXPECT_EQ(placeOf(findings[1]), placeOf(yaml, "name: envoy.filters.http.cors"));
}

TEST(FilterOrder, ChainNotEndingInTheRouter) {
  std::string yaml = apiListener(kCors);
  Finding f = onlyFinding(check(yaml), "http_filters.router_last");
  EXPECT_EQ(f.path, "api_listener.api_listener.http_filters[0]");
  EXPECT_THAT(f.message, HasSubstr("must be the router"));
}

TEST(FilterOrder, RouterRecognisedByTypeWhateverItsName) {
  std::string yaml = apiListener(R"(      - name: my-router
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
)");
  EXPECT_TRUE(withRule(check(yaml), "http_filters.router_last").empty());
}

TEST(FilterOrder, RouterInAListenerFilterChain) {
  std::string yaml = R"(listeners:
- name: edge
  address:
    socket_address: {address: 0.0.0.0, port_value: 8080}
  filter_chains:
  - filters:
    - name: envoy.filters.network.http_connection_manager
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
        stat_prefix: edge
        route_config: {name: r}
        http_filters:
        - name: envoy.filters.http.router
          typed_config:
            "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
        - name: envoy.filters.http.cors
          typed_config:
            "@type": type.googleapis.com/envoy.extensions.filters.http.cors.v3.Cors
)";
  auto findings = withRule(check(yaml), "http_filters.router_last");
  ASSERT_EQ(findings.size(), 2u) << testing::listAll(findings);
  EXPECT_EQ(findings[0].path, "filter_chains[0].filters[0].typed_config.http_filters[0]");
}

TEST(FilterOrder, TerminalNetworkFilterMustBeLast) {
  std::string yaml = R"(listeners:
- name: tcp
  address:
    socket_address: {address: 0.0.0.0, port_value: 9000}
  filter_chains:
  - filters:
    - name: envoy.filters.network.echo
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.echo.v3.Echo
    - name: envoy.filters.network.tcp_proxy
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy
        stat_prefix: tcp
        cluster: backend
clusters:
- name: backend
  type: STATIC
  connect_timeout: 1s
)";
  Finding f = onlyFinding(check(yaml), "network_filters.terminal_last");
  EXPECT_EQ(f.path, "filter_chains[0].filters[0]");
  EXPECT_THAT(f.message, HasSubstr("'envoy.filters.network.echo' is a terminal filter"));
}

}  // namespace
}  // namespace meshdesk::validate
