// protobuf -> YAML: the shape of the text, and that it is a fixed point of reading and writing.
#include "schema/message_to_yaml.h"

#include <google/protobuf/util/message_differencer.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/core/v3/base.pb.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/extensions/transport_sockets/tls/v3/secret.pb.h"
#include "schema/yaml_to_message.h"

namespace meshdesk::schema {
namespace {

using envoy::config::cluster::v3::Cluster;
using ::testing::HasSubstr;

template <typename M>
M read(std::string_view yaml) {
  M message;
  std::vector<SchemaError> errors;
  EXPECT_TRUE(yamlTextToMessage(yaml, message, errors))
      << (errors.empty() ? "" : errors.front().toString());
  return message;
}

TEST(MessageToYaml, FieldsInDeclarationOrderDefaultsOmitted) {
  Cluster cluster;
  cluster.set_lb_policy(Cluster::LEAST_REQUEST);
  cluster.set_name("api");
  cluster.add_transport_socket_matches()->set_name("tls");
  cluster.mutable_connect_timeout()->set_seconds(2);
  cluster.set_type(Cluster::STRICT_DNS);
  cluster.set_respect_dns_ttl(false);  // a proto3 default: not written
  // transport_socket_matches (43) is declared before name (1) in cluster.proto.
  EXPECT_EQ(messageToYamlText(cluster), R"(transport_socket_matches:
- name: tls
name: api
type: STRICT_DNS
connect_timeout: 2s
lb_policy: LEAST_REQUEST
)");
}

TEST(MessageToYaml, SetMessagesWrappersAndOneofMembersAreKeptEvenWhenEmptyOrZero) {
  auto cluster = read<Cluster>(R"(name: a
per_connection_buffer_limit_bytes: 0
eds_cluster_config: {eds_config: {ads: {}}}
load_assignment:
  endpoints:
  - lb_endpoints:
    - endpoint: {address: {socket_address: {address: 127.0.0.1, port_value: 0}}}
)");
  EXPECT_EQ(messageToYamlText(cluster), R"(name: a
eds_cluster_config:
  eds_config:
    ads: {}
per_connection_buffer_limit_bytes: 0
load_assignment:
  endpoints:
  - lb_endpoints:
    - endpoint:
        address:
          socket_address:
            address: 127.0.0.1
            port_value: 0
)");
}

TEST(MessageToYaml, MapsAreSortedSoInsertionOrderDoesNotMatter) {
  envoy::config::core::v3::Metadata a, b;
  for (const char* key : {"zeta", "alpha", "mid"})
    (*(*a.mutable_filter_metadata())["f"].mutable_fields())[key].set_string_value(key);
  for (const char* key : {"mid", "zeta", "alpha"})
    (*(*b.mutable_filter_metadata())["f"].mutable_fields())[key].set_string_value(key);
  std::string text = messageToYamlText(a);
  EXPECT_EQ(text, messageToYamlText(b));
  EXPECT_EQ(text, "filter_metadata:\n  f:\n    alpha: alpha\n    mid: mid\n    zeta: zeta\n");
}

TEST(MessageToYaml, UnknownEnumNumberIsWrittenAsANumber) {
  Cluster cluster;
  cluster.set_lb_policy(static_cast<Cluster::LbPolicy>(77));
  EXPECT_EQ(messageToYamlText(cluster), "lb_policy: 77\n");
  auto back = read<Cluster>(messageToYamlText(cluster));
  EXPECT_EQ(static_cast<int>(back.lb_policy()), 77);
}

TEST(MessageToYaml, MultiLineStringsAreLiteralBlocksAndExact) {
  envoy::extensions::transport_sockets::tls::v3::Secret secret;
  secret.set_name("cert");
  std::string pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
  secret.mutable_tls_certificate()->mutable_certificate_chain()->set_inline_string(pem);
  std::string text = messageToYamlText(secret);
  EXPECT_EQ(text, R"(name: cert
tls_certificate:
  certificate_chain:
    inline_string: |
      -----BEGIN CERTIFICATE-----
      MIIB
      -----END CERTIFICATE-----
)");
  auto back = read<envoy::extensions::transport_sockets::tls::v3::Secret>(text);
  EXPECT_EQ(back.tls_certificate().certificate_chain().inline_string(), pem);
}

TEST(MessageToYaml, AnyOfAnUnknownTypeKeepsItsBytes) {
  envoy::config::listener::v3::Filter filter;
  filter.set_name("x");
  filter.mutable_typed_config()->set_type_url("type.googleapis.com/com.example.Private");
  filter.mutable_typed_config()->set_value(std::string("\x08\x01", 2));
  EXPECT_EQ(messageToYamlText(filter),
            "name: x\ntyped_config:\n  \"@type\": type.googleapis.com/com.example.Private\n"
            "  value: CAE=\n");
}

TEST(MessageToYaml, ReadWriteIsAFixedPointForARealListener) {
  constexpr std::string_view kListener = R"(name: edge
address:
  socket_address: {address: 0.0.0.0, port_value: 8443}
listener_filters:
- name: envoy.filters.listener.tls_inspector
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.filters.listener.tls_inspector.v3.TlsInspector
filter_chains:
- filter_chain_match: {server_names: [api.example.com]}
  filters:
  - name: envoy.filters.network.http_connection_manager
    typed_config:
      "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
      stat_prefix: edge
      codec_type: AUTO
      common_http_protocol_options: {idle_timeout: 300s}
      rds: {route_config_name: edge, config_source: {ads: {}, resource_api_version: V3}}
      http_filters:
      - name: envoy.filters.http.cors
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.http.cors.v3.Cors
      - name: envoy.filters.http.router
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
  transport_socket:
    name: envoy.transport_sockets.tls
    typed_config:
      "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.DownstreamTlsContext
      common_tls_context:
        tls_params: {tls_minimum_protocol_version: TLSv1_2}
        tls_certificate_sds_secret_configs:
        - name: api-cert
          sds_config: {ads: {}, resource_api_version: V3}
)";
  auto first = read<envoy::config::listener::v3::Listener>(kListener);
  std::string text = messageToYamlText(first);
  auto second = read<envoy::config::listener::v3::Listener>(text);
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(first, second));
  EXPECT_EQ(messageToYamlText(second), text);
  EXPECT_THAT(text, HasSubstr("- filter_chain_match:\n    server_names: [api.example.com]\n"));
  EXPECT_THAT(text, HasSubstr("      \"@type\": type.googleapis.com/envoy.extensions.filters.network."
                              "http_connection_manager.v3.HttpConnectionManager\n"
                              "      stat_prefix: edge\n"));
  EXPECT_THAT(text, HasSubstr("          tls_minimum_protocol_version: TLSv1_2\n"));
}

}  // namespace
}  // namespace meshdesk::schema
