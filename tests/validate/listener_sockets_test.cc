// Listener sockets and addresses: clashes, duplicate filter chain matches, listeners without
// filter chains, host names where Envoy takes IP literals.
#include <gmock/gmock.h>

#include "validate_test_support.h"

namespace meshdesk::validate {
namespace {

using ::testing::HasSubstr;
using testing::check;
using testing::onlyFinding;
using testing::placeOf;
using testing::withRule;

std::string echoListener(const std::string& name, const std::string& socket,
                         const std::string& extra = "") {
  return "- name: " + name + "\n  address:\n    socket_address: " + socket + "\n" + extra +
         R"(  filter_chains:
  - filters:
    - name: envoy.filters.network.echo
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.echo.v3.Echo
)";
}

TEST(ListenerSockets, TwoListenersOnOneSocket) {
  std::string yaml = "listeners:\n" + echoListener("a", "{address: 127.0.0.1, port_value: 9000}") +
                     echoListener("b", "{address: 127.0.0.1, port_value: 9001}") +
                     echoListener("c", "{address: 127.000.000.001, port_value: 9000}");
  // 127.000.000.001 is not what inet_pton accepts, so it is no clash but not an IP either.
  auto findings = check(yaml);
  EXPECT_TRUE(withRule(findings, "listener.address_clash").empty()) << testing::listAll(findings);
  EXPECT_EQ(withRule(findings, "address.ip").size(), 1u) << testing::listAll(findings);

  yaml = "listeners:\n" + echoListener("a", "{address: \"::1\", port_value: 9000}") +
         echoListener("b", "{address: \"0:0::1\", port_value: 9000}");
  Finding f = onlyFinding(check(yaml), "listener.address_clash");
  EXPECT_EQ(f.resource, "b");
  EXPECT_EQ(f.path, "address.socket_address");
  EXPECT_THAT(f.message, HasSubstr("[::1]:9000 (TCP) is already the address of listener 'a'"));
  EXPECT_EQ(placeOf(f), placeOf(yaml, "socket_address", 2));
}

TEST(ListenerSockets, UdpAndTcpOnOnePortDoNotClash) {
  std::string yaml = "listeners:\n" + echoListener("a", "{address: 0.0.0.0, port_value: 53}") +
                     echoListener("b", "{address: 0.0.0.0, port_value: 53, protocol: UDP}");
  EXPECT_TRUE(withRule(check(yaml), "listener.address_clash").empty());
}

TEST(ListenerSockets, ListenersThatDoNotBindOrTakeAnyPortDoNotClash) {
  std::string yaml = "listeners:\n" + echoListener("a", "{address: 0.0.0.0, port_value: 0}") +
                     echoListener("b", "{address: 0.0.0.0, port_value: 0}") +
                     echoListener("c", "{address: 0.0.0.0, port_value: 80}") +
                     echoListener("d", "{address: 0.0.0.0, port_value: 80}", "  bind_to_port: false\n");
  auto findings = check(yaml);
  EXPECT_TRUE(withRule(findings, "listener.address_clash").empty()) << testing::listAll(findings);
}

TEST(ListenerSockets, AdditionalAddressClashesWithItsOwnListener) {
  std::string yaml = "listeners:\n" + echoListener("a", "{address: 0.0.0.0, port_value: 80}",
                                                   R"(  additional_addresses:
  - address:
      socket_address: {address: 0.0.0.0, port_value: 80}
)");
  Finding f = onlyFinding(check(yaml), "listener.address_clash");
  EXPECT_EQ(f.path, "additional_addresses[0].address.socket_address");
  EXPECT_THAT(f.message, HasSubstr("this listener's address"));
}

TEST(ListenerSockets, DuplicateFilterChainMatch) {
  std::string yaml = R"(listeners:
- name: tls
  address:
    socket_address: {address: 0.0.0.0, port_value: 443}
  filter_chains:
  - filter_chain_match: {server_names: [a.lab]}
    filters:
    - name: envoy.filters.network.echo
      typed_config: {"@type": type.googleapis.com/envoy.extensions.filters.network.echo.v3.Echo}
  - filter_chain_match: {server_names: [b.lab]}
    filters:
    - name: envoy.filters.network.echo
      typed_config: {"@type": type.googleapis.com/envoy.extensions.filters.network.echo.v3.Echo}
  - filter_chain_match: {server_names: [a.lab]}
    filters:
    - name: envoy.filters.network.echo
      typed_config: {"@type": type.googleapis.com/envoy.extensions.filters.network.echo.v3.Echo}
)";
  Finding f = onlyFinding(check(yaml), "listener.duplicate_filter_chain_match");
  EXPECT_EQ(f.path, "filter_chains[2].filter_chain_match");
  EXPECT_THAT(f.message, HasSubstr("the same filter_chain_match as filter_chains[0]"));
  EXPECT_EQ(placeOf(f), placeOf(yaml, "filter_chain_match", 3));
}

TEST(ListenerSockets, TcpListenerWithoutFilterChains) {
  std::string yaml = R"(listeners:
- name: empty
  address:
    socket_address: {address: 0.0.0.0, port_value: 7000}
)";
  Finding f = onlyFinding(check(yaml), "listener.no_filter_chains");
  EXPECT_EQ(f.path, "");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "name: empty"));
}

TEST(Addresses, HostNamesWhereEnvoyTakesIpLiterals) {
  std::string yaml = "listeners:\n" + echoListener("a", "{address: localhost, port_value: 80}") +
                     R"(clusters:
- name: static
  type: STATIC
  connect_timeout: 1s
  load_assignment:
    cluster_name: static
    endpoints:
    - lb_endpoints:
      - endpoint:
          address:
            socket_address: {address: backend.lab, port_value: 80}
- name: dns
  type: STRICT_DNS
  connect_timeout: 1s
  load_assignment:
    cluster_name: dns
    endpoints:
    - lb_endpoints:
      - endpoint:
          address:
            socket_address: {address: backend.lab, port_value: 80}
endpoints:
- cluster_name: eds
  endpoints:
  - lb_endpoints:
    - endpoint:
        address:
          socket_address: {address: api.lab, port_value: 80}
    - endpoint:
        address:
          socket_address: {address: "2001:db8::1", port_value: 80}
)";
  auto findings = withRule(check(yaml), "address.ip");
  ASSERT_EQ(findings.size(), 3u) << testing::listAll(findings);
  EXPECT_EQ(findings[0].resource, "a");
  EXPECT_EQ(findings[0].path, "address.socket_address.address");
  EXPECT_EQ(placeOf(findings[0]), placeOf(yaml, "localhost"));
  EXPECT_EQ(findings[1].resource, "static");
  EXPECT_EQ(findings[1].path,
            "load_assignment.endpoints[0].lb_endpoints[0].endpoint.address.socket_address.address");
  EXPECT_EQ(placeOf(findings[1]), placeOf(yaml, "backend.lab"));
  EXPECT_THAT(findings[1].message, HasSubstr("STRICT_DNS"));
  EXPECT_EQ(findings[2].kind, workspace::Kind::kEndpoint);
  EXPECT_EQ(findings[2].resource, "eds");
  EXPECT_EQ(placeOf(findings[2]), placeOf(yaml, "api.lab"));
}

}  // namespace
}  // namespace meshdesk::validate
