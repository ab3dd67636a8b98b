// YAML -> protobuf: what is accepted, and what each mistake reports (message, path, place).
#include "schema/yaml_to_message.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/core/v3/base.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.pb.h"
#include "schema/message_to_yaml.h"
#include "schema/type_registry.h"

namespace meshdesk::schema {
namespace {

using envoy::config::cluster::v3::Cluster;
using envoy::config::listener::v3::Listener;
using envoy::config::route::v3::RouteConfiguration;
using envoy::extensions::filters::network::http_connection_manager::v3::HttpConnectionManager;
using ::testing::HasSubstr;

template <typename M>
M parse(std::string_view yaml, std::vector<SchemaError>& errors) {
  M message;
  yamlTextToMessage(yaml, message, errors);
  return message;
}

// The one error expected; fails the test (with all errors listed) if there is not exactly one.
SchemaError onlyError(const std::vector<SchemaError>& errors) {
  std::string all;
  for (const auto& e : errors) all += e.toString() + "\n";
  EXPECT_EQ(errors.size(), 1u) << all;
  return errors.empty() ? SchemaError{} : errors.front();
}

TEST(YamlToMessage, ReadsAListenerWithTypedConfigAsEnvoysDocsWriteIt) {
  std::vector<SchemaError> errors;
  auto listener = parse<Listener>(R"(name: listener_0
address:
  socket_address: { address: 0.0.0.0, port_value: 10000 }
filter_chains:
- filters:
  - name: envoy.filters.network.http_connection_manager
    typed_config:
      "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
      stat_prefix: ingress_http
      route_config:
        name: local_route
        virtual_hosts:
        - name: local_service
          domains: ["*"]
          routes:
          - match: { prefix: "/" }
            route: { cluster: some_service, timeout: 0.250s }
      http_filters:
      - name: envoy.filters.http.router
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
)", errors);
  ASSERT_TRUE(errors.empty()) << errors.front().toString();
  EXPECT_EQ(listener.name(), "listener_0");
  EXPECT_EQ(listener.address().socket_address().port_value(), 10000u);
  const auto& any = listener.filter_chains(0).filters(0).typed_config();
  HttpConnectionManager hcm;
  ASSERT_TRUE(any.UnpackTo(&hcm));
  EXPECT_EQ(hcm.stat_prefix(), "ingress_http");
  const auto& route = hcm.route_config().virtual_hosts(0).routes(0);
  EXPECT_EQ(hcm.route_config().virtual_hosts(0).domains(0), "*");
  EXPECT_EQ(route.match().prefix(), "/");
  EXPECT_EQ(route.route().cluster(), "some_service");
  EXPECT_EQ(route.route().timeout().nanos(), 250'000'000);
  EXPECT_EQ(hcm.http_filters(0).typed_config().type_url(),
            "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router");
}

TEST(YamlToMessage, AcceptsSnakeCaseAndLowerCamelCaseFieldNames) {
  std::vector<SchemaError> errors;
  auto cluster = parse<Cluster>("name: a\nlbPolicy: LEAST_REQUEST\nconnect_timeout: 1s\n"
                                "perConnectionBufferLimitBytes: 32768\n",
                                errors);
  ASSERT_TRUE(errors.empty()) << errors.front().toString();
  EXPECT_EQ(cluster.lb_policy(), Cluster::LEAST_REQUEST);
  EXPECT_EQ(cluster.per_connection_buffer_limit_bytes().value(), 32768u);
}

TEST(YamlToMessage, ErrorsInsideTypedConfigCarryTheFullPathLineAndColumn) {
  std::vector<SchemaError> errors;
  parse<Listener>(R"(name: l
filter_chains:
- filters:
  - name: hcm
    typed_config:
      "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
      stat_prefix: s
      route_config:
        virtual_hosts:
        - name: a
          domains: ["a"]
        - name: b
          domains: {host: b}
)", errors);
  auto e = onlyError(errors);
  EXPECT_EQ(e.path, "filter_chains[0].filters[0].typed_config.route_config.virtual_hosts[1].domains");
  EXPECT_EQ(e.line, 13);
  EXPECT_EQ(e.column, 20);
  EXPECT_THAT(e.message, HasSubstr("expected a list of a string, found a mapping"));
}

TEST(YamlToMessage, UnknownFieldSuggestsTheClosestName) {
  std::vector<SchemaError> errors;
  parse<Cluster>("name: web\nlb_polcy: ROUND_ROBIN\n", errors);
  auto e = onlyError(errors);
  EXPECT_EQ(e.path, "lb_polcy");
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(e.column, 1);
  EXPECT_THAT(e.message, HasSubstr("unknown field 'lb_polcy' in envoy.config.cluster.v3.Cluster"));
  EXPECT_THAT(e.message, HasSubstr("did you mean 'lb_policy'?"));
}

TEST(YamlToMessage, UnknownFieldFarFromAnyNameHasNoSuggestion) {
  std::vector<SchemaError> errors;
  parse<Cluster>("name: web\ncompletely_unrelated: 1\n", errors);
  auto e = onlyError(errors);
  EXPECT_THAT(e.message, Not(HasSubstr("did you mean")));
}

TEST(YamlToMessage, EnumsByNameOrNumber) {
  std::vector<SchemaError> errors;
  auto byName = parse<Cluster>("lb_policy: MAGLEV\n", errors);
  auto byNumber = parse<Cluster>("lb_policy: 5\n", errors);
  ASSERT_TRUE(errors.empty()) << errors.front().toString();
  EXPECT_EQ(byName.lb_policy(), Cluster::MAGLEV);
  EXPECT_EQ(byNumber.lb_policy(), Cluster::MAGLEV);
}

TEST(YamlToMessage, UnknownEnumValueNamesTheEnumAndSuggests) {
  std::vector<SchemaError> errors;
  parse<Cluster>("name: a\nlb_policy: round_robin\n", errors);
  auto e = onlyError(errors);
  EXPECT_EQ(e.path, "lb_policy");
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(e.column, 12);
  EXPECT_THAT(e.message, HasSubstr("envoy.config.cluster.v3.Cluster.LbPolicy"));
  EXPECT_THAT(e.message, HasSubstr("did you mean 'ROUND_ROBIN'?"));
}

TEST(YamlToMessage, Uint32OutOfRangeIsAnError) {
  std::vector<SchemaError> errors;
  parse<Listener>("address:\n  socket_address:\n    port_value: 4294967296\n", errors);
  auto e = onlyError(errors);
  EXPECT_EQ(e.path, "address.socket_address.port_value");
  EXPECT_EQ(e.line, 3);
  EXPECT_EQ(e.column, 17);
  EXPECT_THAT(e.message, HasSubstr("out of range (0 to 4294967295)"));
}

TEST(YamlToMessage, NegativeIntoUnsignedAndFractionIntoIntegerAreErrors) {
  std::vector<SchemaError> errors;
  parse<Listener>("address: {socket_address: {port_value: -1}}\n", errors);
  parse<Listener>("address: {socket_address: {port_value: 80.5}}\n", errors);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_THAT(errors[0].message, HasSubstr("out of range"));
  EXPECT_THAT(errors[1].message, HasSubstr("expected an integer"));
}

TEST(YamlToMessage, SixtyFourBitIntegersAsNumberOrString) {
  std::vector<SchemaError> errors;
  auto number = parse<envoy::config::cluster::v3::Cluster::RingHashLbConfig>(
      "minimum_ring_size: 9223372036854775807\n", errors);
  auto quoted = parse<envoy::config::cluster::v3::Cluster::RingHashLbConfig>(
      "minimum_ring_size: \"18446744073709551615\"\n", errors);
  ASSERT_TRUE(errors.empty()) << errors.front().toString();
  EXPECT_EQ(number.minimum_ring_size().value(), 9223372036854775807ull);
  EXPECT_EQ(quoted.minimum_ring_size().value(), 18446744073709551615ull);
  parse<envoy::config::cluster::v3::Cluster::RingHashLbConfig>(
      "minimum_ring_size: 18446744073709551616\n", errors);
  EXPECT_THAT(onlyError(errors).message, HasSubstr("out of range"));
}

TEST(YamlToMessage, BoolsAreOnlyUnquotedTrueOrFalse) {
  std::vector<SchemaError> errors;
  auto ok = parse<Cluster>("respect_dns_ttl: true\n", errors);
  ASSERT_TRUE(errors.empty());
  EXPECT_TRUE(ok.respect_dns_ttl());
  parse<Cluster>("respect_dns_ttl: yes\n", errors);
  parse<Cluster>("respect_dns_ttl: \"true\"\n", errors);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].path, "respect_dns_ttl");
  EXPECT_THAT(errors[0].message, HasSubstr("expected true or false, found \"yes\""));
  EXPECT_THAT(errors[1].message, HasSubstr("without quotes"));
}

TEST(YamlToMessage, BytesAreBase64) {
  std::vector<SchemaError> errors;
  auto source = parse<envoy::config::core::v3::DataSource>("inline_bytes: aGVsbG8gd29ybGQ=\n", errors);
  ASSERT_TRUE(errors.empty());
  EXPECT_EQ(source.inline_bytes(), "hello world");
  parse<envoy::config::core::v3::DataSource>("inline_bytes: \"not base64!\"\n", errors);
  EXPECT_THAT(onlyError(errors).message, HasSubstr("not valid base64"));
}

TEST(YamlToMessage, ScalarWhereAListOrMappingIsExpected) {
  std::vector<SchemaError> errors;
  parse<Listener>("filter_chains: just-a-string\n", errors);
  parse<Listener>("address: 127.0.0.1\n", errors);
  parse<Listener>("name: [a, b]\n", errors);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_THAT(errors[0].message, HasSubstr("expected a list of a mapping (envoy.config.listener.v3.FilterChain)"));
  EXPECT_THAT(errors[1].message, HasSubstr("expected a mapping (envoy.config.core.v3.Address), found \"127.0.0.1\""));
  EXPECT_THAT(errors[2].message, HasSubstr("expected a string, found a list"));
}

TEST(YamlToMessage, MapsOfScalarsAndOfMessages) {
  std::vector<SchemaError> errors;
  auto metadata = parse<envoy::config::core::v3::Metadata>(R"(filter_metadata:
  envoy.lb:
    canary: true
    weight: 3
    zone: "7"
)", errors);
  ASSERT_TRUE(errors.empty()) << errors.front().toString();
  const auto& fields = metadata.filter_metadata().at("envoy.lb").fields();
  EXPECT_TRUE(fields.at("canary").bool_value());
  EXPECT_EQ(fields.at("weight").number_value(), 3);
  EXPECT_EQ(fields.at("zone").string_value(), "7");
}

TEST(YamlToMessage, MapKeyGivenTwiceIsAnError) {
  std::vector<SchemaError> errors;
  parse<envoy::config::core::v3::Metadata>("filter_metadata:\n  a: {}\n  a: {}\n", errors);
  auto e = onlyError(errors);
  EXPECT_EQ(e.path, "filter_metadata[\"a\"]");
  EXPECT_EQ(e.line, 3);
  EXPECT_THAT(e.message, HasSubstr("first at line 2"));
}

TEST(YamlToMessage, TwoMembersOfOneOneofIsAnError) {
  std::vector<SchemaError> errors;
  parse<envoy::config::route::v3::RouteMatch>("prefix: /api\npath: /api/v1\n", errors);
  auto e = onlyError(errors);
  EXPECT_EQ(e.path, "path");
  EXPECT_EQ(e.line, 2);
  EXPECT_THAT(e.message, HasSubstr("'prefix' (line 1) and 'path' are both members of oneof "
                                   "'path_specifier'"));
}

TEST(YamlToMessage, OneFieldUnderBothSpellingsIsAnError) {
  std::vector<SchemaError> errors;
  parse<Cluster>("lb_policy: RANDOM\nlbPolicy: MAGLEV\n", errors);
  auto e = onlyError(errors);
  EXPECT_EQ(e.path, "lb_policy");
  EXPECT_EQ(e.line, 2);
  EXPECT_THAT(e.message, HasSubstr("given twice (first at line 1)"));
}

TEST(YamlToMessage, NullLeavesAFieldUnset) {
  std::vector<SchemaError> errors;
  auto cluster = parse<Cluster>("name: a\nconnect_timeout:\nload_assignment: ~\n", errors);
  ASSERT_TRUE(errors.empty());
  EXPECT_FALSE(cluster.has_connect_timeout());
  EXPECT_FALSE(cluster.has_load_assignment());
}

TEST(YamlToMessage, AnEmptyMappingSetsAMessageField) {
  std::vector<SchemaError> errors;
  auto source = parse<envoy::config::core::v3::ConfigSource>("ads: {}\nresource_api_version: V3\n",
                                                             errors);
  ASSERT_TRUE(errors.empty());
  EXPECT_TRUE(source.has_ads());
  EXPECT_EQ(source.resource_api_version(), envoy::config::core::v3::V3);
}

TEST(YamlToMessage, AnyWithUnknownTypeNamesTheType) {
  std::vector<SchemaError> errors;
  parse<Listener>(R"(filter_chains:
- filters:
  - name: x
    typed_config:
      "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConectionManager
)", errors);
  auto e = onlyError(errors);
  EXPECT_EQ(e.path, "filter_chains[0].filters[0].typed_config.@type");
  EXPECT_EQ(e.line, 5);
  EXPECT_EQ(e.column, 16);
  EXPECT_THAT(e.message, HasSubstr("unknown type 'envoy.extensions.filters.network."
                                   "http_connection_manager.v3.HttpConectionManager'"));
  EXPECT_THAT(e.message, HasSubstr("did you mean 'envoy.extensions.filters.network."
                                   "http_connection_manager.v3.HttpConnectionManager'?"));
}

TEST(YamlToMessage, AnyWithoutTypeOrPrefixIsAnError) {
  std::vector<SchemaError> errors;
  parse<envoy::config::listener::v3::Filter>("name: x\ntyped_config: {stat_prefix: a}\n", errors);
  EXPECT_THAT(onlyError(errors).message, HasSubstr("needs \"@type\""));
  errors.clear();
  parse<envoy::config::listener::v3::Filter>(
      "name: x\ntyped_config: {\"@type\": envoy.extensions.filters.http.router.v3.Router}\n",
      errors);
  EXPECT_THAT(onlyError(errors).message, HasSubstr("with the prefix"));
}

TEST(YamlToMessage, AtTypeOutsideAnAnyIsExplained) {
  std::vector<SchemaError> errors;
  parse<Cluster>("\"@type\": type.googleapis.com/envoy.config.cluster.v3.Cluster\nname: a\n",
                 errors);
  EXPECT_THAT(onlyError(errors).message,
              HasSubstr("\"@type\" belongs in a google.protobuf.Any field"));
}

TEST(YamlToMessage, AnyPayloadOfATypeThatIsNotCompiledIsChecked) {
  std::vector<SchemaError> errors;
  envoy::config::listener::v3::Filter filter;
  yamlTextToMessage(R"(name: envoy.filters.http.cors
typed_config:
  "@type": type.googleapis.com/envoy.extensions.filters.http.cors.v3.CorsPolicy
  allow_origin_string_match: [{prefix: "https://"}]
  allow_credentials: true
  max_agee: "600"
)", filter, errors);
  auto e = onlyError(errors);
  EXPECT_EQ(e.path, "typed_config.max_agee");
  EXPECT_EQ(e.line, 6);
  EXPECT_THAT(e.message, HasSubstr("did you mean 'max_age'?"));
  // What did parse is kept, in the Any's bytes.
  const auto* type = TypeRegistry::instance().findByTypeUrl(filter.typed_config().type_url());
  auto cors = TypeRegistry::instance().newMessage(type);
  ASSERT_TRUE(cors->ParseFromString(filter.typed_config().value()));
  EXPECT_THAT(cors->ShortDebugString(), HasSubstr("allow_credentials { value: true }"));
}

TEST(YamlToMessage, YamlSyntaxErrorHasLineAndColumn) {
  std::vector<SchemaError> errors;
  parse<Cluster>("name: a\nload_assignment: {cluster_name: a\n", errors);
  auto e = onlyError(errors);
  EXPECT_GT(e.line, 0);
  EXPECT_THAT(e.message, HasSubstr("YAML syntax"));
}

TEST(YamlToMessage, MoreThanOneDocumentIsAnError) {
  std::vector<SchemaError> errors;
  parse<Cluster>("name: a\n---\nname: b\n", errors);
  auto e = onlyError(errors);
  EXPECT_EQ(e.line, 2);  // the "---" that starts the second document
  EXPECT_THAT(e.message, HasSubstr("one YAML document"));
}

TEST(YamlToMessage, EmptyDocumentIsAnEmptyMessage) {
  std::vector<SchemaError> errors;
  Cluster cluster;
  EXPECT_TRUE(yamlTextToMessage("", cluster, errors));
  EXPECT_EQ(cluster.ByteSizeLong(), 0u);
}

TEST(YamlToMessage, ListItemThatIsNullIsAnError) {
  std::vector<SchemaError> errors;
  parse<RouteConfiguration>("virtual_hosts:\n- name: a\n-\n", errors);
  auto e = onlyError(errors);
  EXPECT_EQ(e.path, "virtual_hosts[1]");
}

TEST(YamlToMessage, PathPrefixIsPrependedAndEveryErrorIsReported) {
  std::vector<SchemaError> errors;
  Cluster cluster;
  auto node = YAML::Load("name: a\nlb_policy: NOPE\ntype: NOPE\nconnect_timeout: 5\n");
  EXPECT_FALSE(yamlToMessage(node, cluster, errors, "clusters[3]"));
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].path, "clusters[3].lb_policy");
  EXPECT_EQ(errors[1].path, "clusters[3].type");
  EXPECT_EQ(errors[2].path, "clusters[3].connect_timeout");
  EXPECT_THAT(errors[2].message, HasSubstr("with an 's' suffix"));
  // What was right is kept.
  EXPECT_EQ(cluster.name(), "a");
}

TEST(YamlToMessage, WellKnownTypeErrorsAreLocatedLikeAnyOther) {
  std::vector<SchemaError> errors;
  parse<Cluster>(R"(name: a
connect_timeout: 250ms
per_connection_buffer_limit_bytes: {value: 1}
metadata:
  filter_metadata:
    envoy.lb: [not, a, struct]
load_assignment:
  cluster_name: a
  policy:
    overprovisioning_factor: -3
)", errors);
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0].path, "connect_timeout");
  EXPECT_EQ(errors[0].line, 2);
  EXPECT_EQ(errors[0].column, 18);
  EXPECT_THAT(errors[0].message, HasSubstr("with an 's' suffix"));
  EXPECT_EQ(errors[1].path, "per_connection_buffer_limit_bytes");
  EXPECT_EQ(errors[1].line, 3);
  EXPECT_EQ(errors[1].column, 36);
  EXPECT_EQ(errors[2].path, "metadata.filter_metadata[\"envoy.lb\"]");
  EXPECT_EQ(errors[2].line, 6);
  EXPECT_EQ(errors[2].column, 15);
  EXPECT_THAT(errors[2].message, HasSubstr("google.protobuf.Struct"));
  EXPECT_EQ(errors[3].path, "load_assignment.policy.overprovisioning_factor");
  EXPECT_EQ(errors[3].line, 10);
  EXPECT_EQ(errors[3].column, 30);
  EXPECT_THAT(errors[3].message, HasSubstr("out of range"));
}

TEST(YamlToMessage, JsonWithAtTypeAndCamelCase) {
  std::vector<SchemaError> errors;
  Listener listener;
  // As Envoy's /config_dump prints a dynamic listener (one line, no spaces after colons).
  std::string json =
      R"({"name":"l","address":{"socketAddress":{"address":"127.0.0.1","portValue":8080}},)"
      R"("filterChains":[{"filters":[{"name":"envoy.filters.network.http_connection_manager",)"
      R"("typedConfig":{"@type":"type.googleapis.com/envoy.extensions.filters.network.)"
      R"(http_connection_manager.v3.HttpConnectionManager","statPrefix":"in\/out",)"
      R"("rds":{"configSource":{"ads":{},"resourceApiVersion":"V3"},"routeConfigName":"r"},)"
      R"("httpFilters":[{"name":"envoy.filters.http.router","typedConfig":{"@type":)"
      R"("type.googleapis.com/envoy.extensions.filters.http.router.v3.Router"}}]}}]}]})";
  ASSERT_TRUE(jsonToMessage(json, listener, errors)) << errors.front().toString();
  EXPECT_EQ(listener.address().socket_address().port_value(), 8080u);
  HttpConnectionManager hcm;
  ASSERT_TRUE(listener.filter_chains(0).filters(0).typed_config().UnpackTo(&hcm));
  EXPECT_EQ(hcm.stat_prefix(), "in/out");
  EXPECT_EQ(hcm.rds().route_config_name(), "r");
  EXPECT_TRUE(hcm.rds().config_source().has_ads());
}

TEST(YamlToMessage, JsonErrorsHaveLineAndColumn) {
  std::vector<SchemaError> errors;
  Cluster cluster;
  EXPECT_FALSE(jsonToMessage("{\n  \"name\": \"a\",\n  \"lbPolicy\": \"NOPE\"\n}", cluster, errors));
  auto e = onlyError(errors);
  EXPECT_EQ(e.path, "lb_policy");
  EXPECT_EQ(e.line, 3);
  EXPECT_EQ(e.column, 15);
}

TEST(YamlToMessage, AdminConfigDumpJson) {
  // A trimmed real /config_dump: Any inside Any, Timestamps, version strings.
  std::string json = R"({
 "configs": [
  {
   "@type": "type.googleapis.com/envoy.admin.v3.ClustersConfigDump",
   "version_info": "7",
   "dynamic_active_clusters": [
    {
     "version_info": "7",
     "cluster": {
      "@type": "type.googleapis.com/envoy.config.cluster.v3.Cluster",
      "name": "echo",
      "type": "EDS",
      "eds_cluster_config": {"eds_config": {"ads": {}, "resource_api_version": "V3"}}
     },
     "last_updated": "2024-05-01T12:00:00.123Z"
    }
   ]
  }
 ]
})";
  const auto* type = TypeRegistry::instance().findMessage("envoy.admin.v3.ConfigDump");
  ASSERT_NE(type, nullptr);
  auto dump = TypeRegistry::instance().newMessage(type);
  std::vector<SchemaError> errors;
  ASSERT_TRUE(jsonToMessage(json, *dump, errors)) << errors.front().toString();
  // The inner Any holds a Cluster; the outer one a type only the descriptor set knows.
  std::string text = messageToYamlText(*dump);
  EXPECT_THAT(text, HasSubstr("last_updated: 2024-05-01T12:00:00.123Z"));
  EXPECT_THAT(text, HasSubstr("\"@type\": type.googleapis.com/envoy.config.cluster.v3.Cluster\n"));
  EXPECT_THAT(text, HasSubstr("type: EDS"));
}

TEST(YamlToMessage, StringsThatAreNotUtf8AreRefusedWhereTheyAreWritten) {
  std::vector<SchemaError> errors;
  parse<Cluster>("name: web\nalt_stat_name: \"caf\xe9\"\n", errors);
  SchemaError e = onlyError(errors);
  EXPECT_EQ(e.path, "alt_stat_name");
  EXPECT_EQ(e.line, 2);
  EXPECT_THAT(e.message, HasSubstr("UTF-8"));

  // Inside a Struct (metadata) and as a type URL.
  errors.clear();
  parse<Cluster>("name: web\nmetadata:\n  filter_metadata:\n    app: {team: \"\xff\xfe\"}\n", errors);
  e = onlyError(errors);
  EXPECT_EQ(e.line, 4);
  EXPECT_THAT(e.message, HasSubstr("UTF-8"));
  errors.clear();
  parse<Cluster>("name: web\ntyped_extension_protocol_options:\n  x:\n    \"@type\": \"type.googleapis.com/\xc3\x28\"\n",
                 errors);
  e = onlyError(errors);
  EXPECT_EQ(e.line, 4);
  EXPECT_THAT(e.message, HasSubstr("UTF-8"));
}

// metadata: {filter_metadata: {deep: {k: {k: ... {k: leaf}}}}}, `levels` mappings in the Struct.
std::string clusterWithMetadataDepth(int levels) {
  std::string yaml = "name: web\nmetadata:\n  filter_metadata:\n    deep: ";
  for (int i = 0; i < levels; ++i) yaml += "{k: ";
  yaml += "leaf";
  yaml += std::string(static_cast<std::size_t>(levels), '}');
  return yaml + "\n";
}

TEST(YamlToMessage, NestingDeeperThanProtobufReadsIsRefusedAndJustBelowItIsKept) {
  // Each Struct level is three messages to protobuf (Struct, map entry, Value): with the
  // cluster's own, 32 levels are just within its limit of 100 and read back; 33 are past it.
  std::vector<SchemaError> errors;
  Cluster shallow = parse<Cluster>(clusterWithMetadataDepth(32), errors);
  ASSERT_TRUE(errors.empty()) << errors.front().toString();
  Cluster back;
  ASSERT_TRUE(back.ParseFromString(shallow.SerializeAsString()));

  errors.clear();
  parse<Cluster>(clusterWithMetadataDepth(33), errors);
  SchemaError e = onlyError(errors);
  EXPECT_EQ(e.line, 4);
  EXPECT_THAT(e.message, HasSubstr("nested more than 100 messages deep"));
}

}  // namespace
}  // namespace meshdesk::schema
