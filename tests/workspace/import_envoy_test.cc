// Importing Envoy configuration: a front proxy's bootstrap (YAML and JSON) and an ingress
// proxy's /config_dump become workspaces, checked against reviewed golden files, and read back
// from their own YAML unchanged.
//
// To regenerate the golden files after an intended change: MESHDESK_UPDATE_GOLDEN=1 and run the
// tests once, then review the diff.
#include <cstdlib>
#include <fstream>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.pb.h"
#include "envoy/extensions/transport_sockets/tls/v3/tls.pb.h"
#include "test_files.h"
#include "workspace/import.h"

namespace meshdesk::workspace {
namespace {

using envoy::config::cluster::v3::Cluster;
using envoy::config::endpoint::v3::ClusterLoadAssignment;
using envoy::config::listener::v3::Listener;
using HttpConnectionManager =
    envoy::extensions::filters::network::http_connection_manager::v3::HttpConnectionManager;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

std::filesystem::path importFile(const std::string& name) {
  return testing::dataFile("import/" + name);
}

std::string allErrors(const ImportResult& result) {
  std::string out;
  for (const auto& e : result.errors) out += e.toString() + "\n";
  return out;
}

std::string allNotes(const ImportResult& result) {
  std::string out;
  for (const auto& n : result.notes) out += n + "\n";
  return out;
}

std::vector<std::string> namesOf(const Workspace& ws, Kind kind) {
  std::vector<std::string> names;
  for (const auto& item : ws.items(kind)) names.push_back(item.name());
  return names;
}

HttpConnectionManager managerOf(const Listener& listener, int chain = 0) {
  HttpConnectionManager manager;
  EXPECT_TRUE(listener.filter_chains(chain).filters(0).typed_config().UnpackTo(&manager));
  return manager;
}

// Compares with the checked-in file, or writes it when MESHDESK_UPDATE_GOLDEN is set.
void expectGolden(const std::string& actual, const std::string& goldenName) {
  std::filesystem::path golden = importFile(goldenName);
  if (std::getenv("MESHDESK_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(golden, std::ios::binary) << actual;
    GTEST_SKIP() << "wrote " << golden;
  }
  ASSERT_TRUE(std::filesystem::exists(golden)) << golden;
  EXPECT_EQ(actual, testing::readFile(golden)) << "differs from " << golden;
}

bool hasNote(const ImportResult& result, const std::string& part) {
  for (const auto& note : result.notes)
    if (note.find(part) != std::string::npos) return true;
  return false;
}

// --- the checked-in files ------------------------------------------------------------------

struct Sample {
  std::string input;
  // The workspace: the YAML and JSON forms of one bootstrap share it. The notes name lines of
  // the input, so each input has its own: <input>.notes.txt.
  std::string expectedWorkspace;
};

void PrintTo(const Sample& sample, std::ostream* out) { *out << sample.input; }

std::string bytesOf(const google::protobuf::Message& message) {
  std::string bytes;
  google::protobuf::io::StringOutputStream stream(&bytes);
  google::protobuf::io::CodedOutputStream coded(&stream);
  coded.SetSerializationDeterministic(true);
  message.SerializeToCodedStream(&coded);
  coded.Trim();
  return bytes;
}

class ImportSample : public ::testing::TestWithParam<Sample> {};

TEST_P(ImportSample, MatchesTheReviewedWorkspaceAndNotes) {
  auto result = importEnvoyFile(importFile(GetParam().input));
  ASSERT_TRUE(result.ok()) << allErrors(result);
  expectGolden(result.workspace.toYaml(), GetParam().expectedWorkspace);
  expectGolden(allNotes(result), GetParam().input + ".notes.txt");
}

TEST_P(ImportSample, ExportThenParseGivesTheSameWorkspace) {
  auto imported = importEnvoyFile(importFile(GetParam().input));
  ASSERT_TRUE(imported.ok()) << allErrors(imported);
  std::string yaml = imported.workspace.toYaml();
  auto reread = Workspace::parse(yaml, "exported.yaml");
  ASSERT_TRUE(reread.ok()) << reread.errors.front().toString() << "\n" << yaml;
  for (const auto& info : allKinds()) {
    const auto& a = imported.workspace.items(info.kind);
    const auto& b = reread.workspace.items(info.kind);
    ASSERT_EQ(a.size(), b.size()) << info.key;
    for (std::size_t i = 0; i < a.size(); ++i)
      EXPECT_EQ(bytesOf(a[i].message()), bytesOf(b[i].message()))
          << info.key << "[" << i << "] " << a[i].name();
  }
  EXPECT_EQ(reread.workspace.toYaml(), yaml);
}

INSTANTIATE_TEST_SUITE_P(
    Files, ImportSample,
    ::testing::Values(Sample{"front-proxy.yaml", "front-proxy.expected.yaml"},
                      Sample{"front-proxy.json", "front-proxy.expected.yaml"},
                      Sample{"ingress-config-dump.json", "ingress-config-dump.expected.yaml"}),
    [](const auto& info) {
      std::string name = info.param.input;
      for (char& c : name)
        if (c == '-' || c == '.') c = '_';
      return name;
    });

// --- bootstrap -----------------------------------------------------------------------------

TEST(ImportBootstrap, JsonAndYamlOfTheSameBootstrapGiveTheSameWorkspace) {
  auto yaml = importEnvoyFile(importFile("front-proxy.yaml"));
  auto json = importEnvoyFile(importFile("front-proxy.json"));
  ASSERT_TRUE(yaml.ok() && json.ok()) << allErrors(yaml) << allErrors(json);
  EXPECT_GT(yaml.workspace.itemCount(), 0u);
  EXPECT_EQ(yaml.workspace.toYaml(), json.workspace.toYaml());
  EXPECT_EQ(yaml.notes.size(), json.notes.size());
}

TEST(ImportBootstrap, InlineRoutesBecomeRouteConfigurationsServedOverAds) {
  auto result = importEnvoyFile(importFile("front-proxy.yaml"));
  ASSERT_TRUE(result.ok()) << allErrors(result);
  const Workspace& ws = result.workspace;
  EXPECT_THAT(namesOf(ws, Kind::kListener), ElementsAre("http", "https"));
  // Unnamed: named after its listener. Named: keeps its name.
  EXPECT_THAT(namesOf(ws, Kind::kRoute), ElementsAre("http-routes", "local_route"));
  HttpConnectionManager http = managerOf(ws.find(Kind::kListener, "http")->as<Listener>());
  EXPECT_FALSE(http.has_route_config());
  EXPECT_EQ(http.rds().route_config_name(), "http-routes");
  EXPECT_TRUE(http.rds().config_source().has_ads());
  EXPECT_EQ(http.rds().config_source().resource_api_version(), envoy::config::core::v3::V3);
  EXPECT_EQ(http.stat_prefix(), "ingress_http");  // the rest of the manager is untouched
  const auto& routes =
      ws.find(Kind::kRoute, "local_route")->as<envoy::config::route::v3::RouteConfiguration>();
  ASSERT_EQ(routes.virtual_hosts_size(), 1);
  EXPECT_EQ(routes.virtual_hosts(0).routes_size(), 3);
  EXPECT_EQ(routes.virtual_hosts(0).routes(1).route().retry_policy().num_retries().value(), 2u);
}

TEST(ImportBootstrap, StaticClustersBecomeEdsAndDnsClustersStayAsTheyAre) {
  auto result = importEnvoyFile(importFile("front-proxy.yaml"));
  ASSERT_TRUE(result.ok()) << allErrors(result);
  const Workspace& ws = result.workspace;
  EXPECT_THAT(namesOf(ws, Kind::kCluster), ElementsAre("service1", "service2", "static-assets"));
  const auto& assets = ws.find(Kind::kCluster, "static-assets")->as<Cluster>();
  EXPECT_EQ(assets.type(), Cluster::EDS);
  EXPECT_FALSE(assets.has_load_assignment());
  EXPECT_TRUE(assets.eds_cluster_config().eds_config().has_ads());
  EXPECT_THAT(namesOf(ws, Kind::kEndpoint), ElementsAre("static-assets"));
  const auto& endpoints = ws.find(Kind::kEndpoint, "static-assets")->as<ClusterLoadAssignment>();
  ASSERT_EQ(endpoints.endpoints_size(), 2);
  EXPECT_EQ(endpoints.endpoints(0).lb_endpoints_size(), 2);
  EXPECT_EQ(endpoints.endpoints(1).locality().zone(), "eu-west-1b");
  const auto& service1 = ws.find(Kind::kCluster, "service1")->as<Cluster>();
  EXPECT_EQ(service1.type(), Cluster::STRICT_DNS);
  EXPECT_EQ(service1.load_assignment().endpoints(0).lb_endpoints(0).endpoint().address()
                .socket_address().address(),
            "service1.internal");
}

TEST(ImportBootstrap, StaticSecretsAreServedAndReferredToOverAds) {
  auto result = importEnvoyFile(importFile("front-proxy.yaml"));
  ASSERT_TRUE(result.ok()) << allErrors(result);
  EXPECT_THAT(namesOf(result.workspace, Kind::kSecret), ElementsAre("example-com-cert"));
  const auto& https = result.workspace.find(Kind::kListener, "https")->as<Listener>();
  envoy::extensions::transport_sockets::tls::v3::DownstreamTlsContext tls;
  ASSERT_TRUE(https.filter_chains(0).transport_socket().typed_config().UnpackTo(&tls));
  ASSERT_EQ(tls.common_tls_context().tls_certificate_sds_secret_configs_size(), 1);
  const auto& reference = tls.common_tls_context().tls_certificate_sds_secret_configs(0);
  EXPECT_EQ(reference.name(), "example-com-cert");
  EXPECT_TRUE(reference.sds_config().has_ads());
  EXPECT_EQ(tls.common_tls_context().alpn_protocols_size(), 2);
}

TEST(ImportBootstrap, WhatIsNotImportedIsNoted) {
  auto result = importEnvoyFile(importFile("front-proxy.yaml"));
  ASSERT_TRUE(result.ok()) << allErrors(result);
  for (const char* setting : {"node", "admin", "dynamic_resources", "layered_runtime"})
    EXPECT_TRUE(hasNote(result, std::string("not imported: ") + setting + " (line "))
        << setting << "\n" << allNotes(result);
  EXPECT_EQ(result.workspace.find(Kind::kCluster, "xds_cluster"), nullptr);
  EXPECT_TRUE(hasNote(result, "not imported: cluster 'xds_cluster': Envoy reaches its management "
                              "server through it"))
      << allNotes(result);
}

TEST(ImportBootstrap, TwoDifferentInlineRouteConfigurationsOfOneNameAreBothKept) {
  // Envoy's examples name every inline route configuration "local_route".
  auto result = importEnvoyConfig(R"(static_resources:
  listeners:
  - name: a
    filter_chains:
    - filters:
      - name: hcm
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
          stat_prefix: a
          route_config: {name: local_route, virtual_hosts: [{name: a, domains: ["a.example"]}]}
  - name: b
    filter_chains:
    - filters:
      - name: hcm
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
          stat_prefix: b
          route_config: {name: local_route, virtual_hosts: [{name: b, domains: ["b.example"]}]}
  - name: c
    filter_chains:
    - filters:
      - name: hcm
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
          stat_prefix: c
          route_config: {name: local_route, virtual_hosts: [{name: a, domains: ["a.example"]}]}
)");
  ASSERT_TRUE(result.ok()) << allErrors(result);
  EXPECT_THAT(namesOf(result.workspace, Kind::kRoute), ElementsAre("local_route", "b-routes"));
  const Workspace& ws = result.workspace;
  EXPECT_EQ(managerOf(ws.find(Kind::kListener, "b")->as<Listener>()).rds().route_config_name(),
            "b-routes");
  // The same content inline in two listeners is one route configuration, shared.
  EXPECT_EQ(managerOf(ws.find(Kind::kListener, "c")->as<Listener>()).rds().route_config_name(),
            "local_route");
  EXPECT_TRUE(hasNote(result, "listener 'b': its inline route configuration 'local_route' is "
                              "imported as 'b-routes'"))
      << allNotes(result);
}

TEST(ImportBootstrap, ConfigSourcesOfOtherServersBecomeAdsWithANote) {
  auto result = importEnvoyConfig(R"(static_resources:
  clusters:
  - name: api
    type: EDS
    eds_cluster_config:
      service_name: api.prod
      eds_config:
        api_config_source:
          api_type: GRPC
          transport_api_version: V3
          grpc_services: [{envoy_grpc: {cluster_name: other_xds}}]
  - name: named-elsewhere
    load_assignment:
      cluster_name: something-else
      endpoints: [{lb_endpoints: [{endpoint: {address: {socket_address: {address: 10.0.0.1, port_value: 80}}}}]}]
)");
  ASSERT_TRUE(result.ok()) << allErrors(result);
  const auto& api = result.workspace.find(Kind::kCluster, "api")->as<Cluster>();
  EXPECT_TRUE(api.eds_cluster_config().eds_config().has_ads());
  EXPECT_EQ(api.eds_cluster_config().service_name(), "api.prod");
  EXPECT_TRUE(hasNote(result, "config sources changed to ADS, since Meshdesk serves the "
                              "workspace: cluster 'api' (eds_config)"))
      << allNotes(result);
  EXPECT_TRUE(hasNote(result, "cluster 'api' is EDS, but this file has no endpoints 'api.prod'"))
      << allNotes(result);
  // A cluster with no type is STATIC to Envoy; its endpoints take the cluster's name.
  EXPECT_EQ(result.workspace.find(Kind::kCluster, "named-elsewhere")->as<Cluster>().type(),
            Cluster::EDS);
  EXPECT_NE(result.workspace.find(Kind::kEndpoint, "named-elsewhere"), nullptr);
  EXPECT_TRUE(hasNote(result, "its load_assignment named 'something-else' is imported as "
                              "endpoints 'named-elsewhere'"))
      << allNotes(result);
}

TEST(ImportBootstrap, TwoDifferentListenersOfOneNameKeepTheFirstWithANote) {
  auto result = importEnvoyConfig(R"(static_resources:
  listeners:
  - name: edge
    address: {socket_address: {address: 0.0.0.0, port_value: 80}}
  - name: edge
    address: {socket_address: {address: 0.0.0.0, port_value: 81}}
)");
  ASSERT_TRUE(result.ok()) << allErrors(result);
  ASSERT_EQ(result.workspace.items(Kind::kListener).size(), 1u);
  EXPECT_EQ(result.workspace.items(Kind::kListener)[0]
                .as<Listener>().address().socket_address().port_value(),
            80u);
  EXPECT_THAT(result.notes,
              Contains(HasSubstr("two different listeners are named 'edge' "
                                 "(static_resources.listeners[0] and "
                                 "static_resources.listeners[1]); the first is imported")));
}

// --- config dump ---------------------------------------------------------------------------

TEST(ImportConfigDump, TakesStaticAndActiveResources) {
  auto result = importEnvoyFile(importFile("ingress-config-dump.json"));
  ASSERT_TRUE(result.ok()) << allErrors(result);
  const Workspace& ws = result.workspace;
  EXPECT_THAT(namesOf(ws, Kind::kListener), ElementsAre("ingress-http", "ingress-https", "health"));
  EXPECT_THAT(namesOf(ws, Kind::kRoute), ElementsAre("health", "ingress-routes"));
  EXPECT_THAT(namesOf(ws, Kind::kCluster),
              ElementsAre("orders", "payments", "auth", "legacy-billing"));
  // Endpoints of EDS clusters only: a DNS cluster's resolved hosts belong to the cluster.
  EXPECT_THAT(namesOf(ws, Kind::kEndpoint), ElementsAre("orders", "payments"));
  EXPECT_THAT(namesOf(ws, Kind::kSecret), ElementsAre("upstream-ca"));
  // The active version, not the warming one (which has connect_timeout 2s).
  EXPECT_EQ(ws.find(Kind::kCluster, "payments")->as<Cluster>().connect_timeout().seconds(), 1);
  EXPECT_TRUE(ws.find(Kind::kCluster, "legacy-billing")
                  ->as<Cluster>().eds_cluster_config().eds_config().has_ads());
  const auto& health = ws.find(Kind::kListener, "health")->as<Listener>();
  EXPECT_EQ(managerOf(health).rds().route_config_name(), "health");
}

TEST(ImportConfigDump, NotesWhatWasSkipped) {
  auto result = importEnvoyFile(importFile("ingress-config-dump.json"));
  ASSERT_TRUE(result.ok()) << allErrors(result);
  EXPECT_TRUE(hasNote(result, "not imported: listener 'canary': it was only warming (version "
                              "'18'), not yet serving"));
  EXPECT_TRUE(hasNote(result, "not imported: listener 'ingress-http-v1': it was draining"));
  EXPECT_TRUE(hasNote(result, "listener 'ingress-https': Envoy rejected its last update "
                              "(version '18'): Failed to load certificate chain"));
  EXPECT_TRUE(hasNote(result, "cluster 'payments': version '18' was warming"));
  EXPECT_TRUE(hasNote(result, "not imported: secret 'ingress-cert': the file shows part of it as "
                              "\"[redacted]\""));
  EXPECT_TRUE(hasNote(result, "not imported: cluster 'xds_cluster'"));
  EXPECT_TRUE(hasNote(result, "cluster 'legacy-billing' is EDS, but this file has no endpoints "
                              "'billing.legacy'"));
  EXPECT_TRUE(hasNote(result, "not imported: configs[0].bootstrap.node (line "));
  EXPECT_TRUE(hasNote(result, "not imported: configs[0].bootstrap.stats_config (line "));
  // Listed once, although the dump has it in the bootstrap and among the static clusters.
  int xds = 0;
  for (const auto& note : result.notes) xds += note.find("'xds_cluster'") != std::string::npos;
  EXPECT_EQ(xds, 1) << allNotes(result);
}

TEST(ImportConfigDump, WithoutEndpointsSaysHowToGetThem) {
  auto result = importEnvoyConfig(R"({"configs": [
 {"@type": "type.googleapis.com/envoy.admin.v3.ClustersConfigDump",
  "dynamic_active_clusters": [{"cluster": {
    "@type": "type.googleapis.com/envoy.config.cluster.v3.Cluster", "name": "orders",
    "type": "EDS", "eds_cluster_config": {"eds_config": {"ads": {}}}}}]},
 {"@type": "type.googleapis.com/envoy.admin.v3.ServerInfo", "state": "LIVE"}
]})");
  ASSERT_TRUE(result.ok()) << allErrors(result);
  EXPECT_THAT(namesOf(result.workspace, Kind::kCluster), ElementsAre("orders"));
  EXPECT_TRUE(hasNote(result, "?include_eds")) << allNotes(result);
  EXPECT_TRUE(hasNote(result, "not imported: configs[1] (envoy.admin.v3.ServerInfo): it holds no "
                              "xDS resources"))
      << allNotes(result);
}

// --- errors --------------------------------------------------------------------------------

TEST(ImportErrors, AMistakeInTheBootstrapHasItsLineColumnAndPath) {
  auto result = importEnvoyConfig(R"(static_resources:
  clusters:
  - name: api
    connect_timeout: 1s
    lb_polcy: LEAST_REQUEST
)",
                                  "envoy.yaml");
  ASSERT_EQ(result.errors.size(), 1u) << allErrors(result);
  const auto& e = result.errors[0];
  EXPECT_EQ(e.file, "envoy.yaml");
  EXPECT_EQ(e.line, 5);
  EXPECT_EQ(e.column, 5);
  EXPECT_EQ(e.path, "static_resources.clusters[0].lb_polcy");
  EXPECT_THAT(e.message, HasSubstr("lb_policy"));
  // What could be read is still imported.
  EXPECT_NE(result.workspace.find(Kind::kCluster, "api"), nullptr);
}

TEST(ImportErrors, AMistakeInADumpHasItsLineColumnAndPath) {
  auto result = importEnvoyConfig(R"({
 "configs": [
  {
   "@type": "type.googleapis.com/envoy.admin.v3.ListenersConfigDump",
   "dynamic_listeners": [
    {
     "name": "web",
     "active_state": {
      "listener": {
       "@type": "type.googleapis.com/envoy.config.listener.v3.Listener",
       "name": "web",
       "address": {"socket_address": {"address": "0.0.0.0", "port_value": -1}}
      }
     }
    }
   ]
  }
 ]
})",
                                  "dump.json");
  ASSERT_EQ(result.errors.size(), 1u) << allErrors(result);
  EXPECT_EQ(result.errors[0].line, 12);
  EXPECT_EQ(result.errors[0].column, 75);  // the "-" of -1
  EXPECT_EQ(result.errors[0].path,
            "configs[0].dynamic_listeners[0].active_state.listener.address.socket_address."
            "port_value");
}

TEST(ImportErrors, AResourceWithoutANameIsAnErrorAtItsPlace) {
  auto result = importEnvoyConfig("static_resources:\n  clusters:\n  - name: a\n  - type: STATIC\n");
  ASSERT_EQ(result.errors.size(), 1u) << allErrors(result);
  EXPECT_EQ(result.errors[0].line, 4);
  EXPECT_EQ(result.errors[0].column, 5);
  EXPECT_EQ(result.errors[0].path, "static_resources.clusters[1]");
  EXPECT_THAT(result.errors[0].message, HasSubstr("a cluster needs a name"));
  EXPECT_THAT(namesOf(result.workspace, Kind::kCluster), ElementsAre("a"));
}

TEST(ImportErrors, FilesThatAreNotEnvoyConfiguration) {
  auto empty = importEnvoyConfig("");
  ASSERT_EQ(empty.errors.size(), 1u);
  EXPECT_THAT(empty.errors[0].message, HasSubstr("empty"));

  auto list = importEnvoyConfig("- a\n- b\n");
  ASSERT_EQ(list.errors.size(), 1u);
  EXPECT_EQ(list.errors[0].line, 1);
  EXPECT_THAT(list.errors[0].message, HasSubstr("is a mapping"));

  auto truncated = importEnvoyConfig("{\"configs\": [\n {\"@type\": \"type.goo");
  ASSERT_EQ(truncated.errors.size(), 1u);
  EXPECT_GT(truncated.errors[0].line, 0);
  EXPECT_THAT(truncated.errors[0].message, HasSubstr("YAML syntax"));

  auto workspace = importEnvoyFile(testing::labWorkspace());
  ASSERT_EQ(workspace.errors.size(), 1u) << allErrors(workspace);
  EXPECT_GT(workspace.errors[0].line, 0);
  EXPECT_THAT(workspace.errors[0].message, HasSubstr("looks like a Meshdesk workspace"));

  auto missing = importEnvoyFile(importFile("no-such-file.yaml"));
  ASSERT_EQ(missing.errors.size(), 1u);
  EXPECT_THAT(missing.errors[0].message, HasSubstr("cannot read the file"));
}

TEST(ImportErrors, AStringThatIsNotUtf8IsNamedAndItsResourceLeftOut) {
  // Protobuf refuses such strings, and so would Envoy.
  auto result = importEnvoyConfig(
      "static_resources:\n  clusters:\n  - name: ok\n  - name: \"caf\xc3\x28\"\n",
      "envoy.yaml");
  // The reader refuses the string where it is written; a cluster left without its name is not
  // imported, and says so.
  ASSERT_EQ(result.errors.size(), 2u) << allErrors(result);
  EXPECT_EQ(result.errors[0].line, 4);
  EXPECT_EQ(result.errors[0].path, "static_resources.clusters[1].name");
  EXPECT_THAT(result.errors[0].message, HasSubstr("bytes that are not UTF-8"));
  EXPECT_EQ(result.errors[1].line, 4);
  EXPECT_EQ(result.errors[1].path, "static_resources.clusters[1]");
  EXPECT_THAT(result.errors[1].message, HasSubstr("not imported"));
  EXPECT_THAT(namesOf(result.workspace, Kind::kCluster), ElementsAre("ok"));
}

TEST(ImportErrors, AnUnknownTypeInADumpIsAnErrorAndTheRestIsImported) {
  auto result = importEnvoyConfig(R"({"configs": [
 {"@type": "type.googleapis.com/envoy.admin.v3.ClustersConfigDumpp"},
 {"@type": "type.googleapis.com/envoy.admin.v3.ClustersConfigDump",
  "static_clusters": [{"cluster": {"@type": "type.googleapis.com/envoy.config.cluster.v3.Cluster",
                                   "name": "a", "type": "STRICT_DNS"}}]}
]})");
  ASSERT_EQ(result.errors.size(), 1u) << allErrors(result);
  EXPECT_EQ(result.errors[0].line, 2);
  EXPECT_THAT(result.errors[0].message, HasSubstr("did you mean 'envoy.admin.v3.ClustersConfigDump'"));
  EXPECT_THAT(namesOf(result.workspace, Kind::kCluster), ElementsAre("a"));
  EXPECT_THAT(result.notes, IsEmpty());
}

}  // namespace
}  // namespace meshdesk::workspace
