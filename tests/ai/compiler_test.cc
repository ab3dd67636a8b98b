// The compiler's behaviour beyond the golden files: what it refuses, that its output is
// deterministic, and that the merged workspace is a workspace (it reads back, node groups
// follow) whose every typed_config resolves.
#include "ai/ai_compiler.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "ai/compiled_output.h"
#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.pb.h"
#include "meshdesk/ai/v1/model_route.pb.h"
#include "schema/message_to_yaml.h"
#include "schema/yaml_to_message.h"
#include "snapshot/type_url.h"

namespace meshdesk::ai {
namespace {

namespace fs = std::filesystem;
using envoy::config::cluster::v3::Cluster;
using envoy::config::listener::v3::Listener;
using envoy::config::route::v3::RouteConfiguration;
using envoy::extensions::filters::network::http_connection_manager::v3::HttpConnectionManager;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

workspace::Workspace load(const std::string& name) {
  auto loaded = workspace::Workspace::load(fs::path(MESHDESK_SOURCE_DIR) / "tests/ai/data" / name);
  for (const auto& e : loaded.errors) ADD_FAILURE() << e.toString();
  return loaded.workspace;
}

workspace::Workspace parse(std::string_view yaml) {
  auto loaded = workspace::Workspace::parse(yaml);
  for (const auto& e : loaded.errors) ADD_FAILURE() << e.toString();
  return loaded.workspace;
}

const workspace::Item* findItem(const CompiledAiRoutes& compiled, workspace::Kind kind,
                                const std::string& name) {
  for (const auto& edited : compiled.items)
    if (edited.item.kind() == kind && edited.item.name() == name) return &edited.item;
  return nullptr;
}

std::vector<std::string> routeNames(const envoy::config::route::v3::VirtualHost& host) {
  std::vector<std::string> names;
  for (const auto& r : host.routes()) names.push_back(r.name().empty() ? "(user)" : r.name());
  return names;
}

HttpConnectionManager managerOf(const Listener& listener) {
  HttpConnectionManager manager;
  EXPECT_TRUE(listener.filter_chains(0).filters(0).typed_config().UnpackTo(&manager));
  return manager;
}

std::vector<std::string> filterNames(const HttpConnectionManager& manager) {
  std::vector<std::string> names;
  for (const auto& f : manager.http_filters()) names.push_back(f.name());
  return names;
}

TEST(AiCompiler, JoinsTheNamedVirtualHostAheadOfTheUsersRoutes) {
  auto compiled = compile(load("openai-split.yaml"));
  ASSERT_TRUE(compiled.ok()) << compiled.errors.front().toString();
  const auto* routes = findItem(compiled, workspace::Kind::kRoute, "edge-routes");
  ASSERT_NE(routes, nullptr);
  EXPECT_THAT(routeNames(routes->as<RouteConfiguration>().virtual_hosts(0)),
              ElementsAre("ai-chat-header", "ai-chat-body", "(user)"));
  const auto& header = routes->as<RouteConfiguration>().virtual_hosts(0).routes(0);
  EXPECT_EQ(header.match().headers(0).name(), "x-ai-model");
  EXPECT_EQ(header.match().headers(0).string_match().safe_regex().regex(),
            "^(?:gpt-4o|gpt-4o-mini.*)$");
  const auto& split = header.route().weighted_clusters();
  ASSERT_EQ(split.clusters_size(), 2);
  EXPECT_EQ(split.clusters(0).name(), "ai-chat-openai");
  EXPECT_EQ(split.clusters(0).weight().value(), 80u);
  EXPECT_EQ(split.clusters(1).weight().value(), 20u);
  EXPECT_EQ(header.route().retry_policy().retry_on(), "5xx,retriable-status-codes");

  const auto* listener = findItem(compiled, workspace::Kind::kListener, "edge");
  ASSERT_NE(listener, nullptr);
  EXPECT_THAT(filterNames(managerOf(listener->as<Listener>())),
              ElementsAre("meshdesk.ai.json_to_metadata", "meshdesk.ai.local_ratelimit",
                          "envoy.filters.http.router"));
}

TEST(AiCompiler, ClustersCarryTlsAndTheKeyFromSds) {
  auto compiled = compile(load("openai-split.yaml"));
  const auto* item = findItem(compiled, workspace::Kind::kCluster, "ai-chat-openai");
  ASSERT_NE(item, nullptr);
  const auto& cluster = item->as<Cluster>();
  EXPECT_EQ(cluster.type(), Cluster::LOGICAL_DNS);
  EXPECT_EQ(cluster.transport_socket().name(), "envoy.transport_sockets.tls");
  std::string yaml = schema::messageToYamlText(cluster);
  EXPECT_THAT(yaml, HasSubstr("sni: api.openai.com"));
  EXPECT_THAT(yaml, HasSubstr("name: openai-key"));
  EXPECT_THAT(yaml, HasSubstr("envoy.filters.http.upstream_codec"));
  const auto* vllm = findItem(compiled, workspace::Kind::kCluster, "ai-chat-vllm");
  ASSERT_NE(vllm, nullptr);
  EXPECT_EQ(vllm->as<Cluster>().type(), Cluster::STATIC);
  EXPECT_FALSE(vllm->as<Cluster>().has_transport_socket());
  ASSERT_EQ(compiled.warnings.size(), 1u);  // vllm's model_override
  EXPECT_EQ(compiled.warnings[0].path, "ai_routes[0].backends[1].model_override");
}

TEST(AiCompiler, FallbackGoesThroughAggregateClustersAndRetryPriorities) {
  auto compiled = compile(load("provider-fallback.yaml"));
  ASSERT_TRUE(compiled.ok()) << compiled.errors.front().toString();
  const auto* routes = findItem(compiled, workspace::Kind::kRoute, "ai-ai-gateway");
  ASSERT_NE(routes, nullptr);
  const auto& action = routes->as<RouteConfiguration>().virtual_hosts(0).routes(0).route();
  EXPECT_EQ(action.cluster(), "ai-assistant-openai-fallback");
  EXPECT_EQ(action.retry_policy().retry_priority().name(),
            "envoy.retry_priorities.previous_priorities");
  EXPECT_EQ(action.retry_policy().num_retries().value(), 2u);
  EXPECT_TRUE(action.prefix_rewrite().empty());  // the paths differ: each cluster rewrites its own
  const auto* aggregate = findItem(compiled, workspace::Kind::kCluster, "ai-assistant-openai-fallback");
  ASSERT_NE(aggregate, nullptr);
  std::string yaml = schema::messageToYamlText(aggregate->message());
  EXPECT_THAT(yaml, HasSubstr("clusters: [ai-assistant-openai, ai-assistant-gemini, ai-assistant-azure]"));
  std::string gemini = schema::messageToYamlText(
      findItem(compiled, workspace::Kind::kCluster, "ai-assistant-gemini")->message());
  EXPECT_THAT(gemini, HasSubstr("value: /v1beta/openai/chat/completions"));

  const auto* listener = findItem(compiled, workspace::Kind::kListener, "ai-gateway");
  ASSERT_NE(listener, nullptr);
  EXPECT_EQ(listener->as<Listener>().address().socket_address().port_value(), 10000u);
}

TEST(AiCompiler, RefusesWhatItCannotCompileAndSaysWhere) {
  auto compiled = compile(load("mistakes.yaml"));
  std::vector<std::string> paths;
  for (const auto& e : compiled.errors) paths.push_back(e.path);
  EXPECT_THAT(paths, ElementsAre("ai_routes[0].backends", "ai_routes[1].backends[0].hots",
                                 "ai_routes[1].backends[0].host", "ai_routes[2].attach.listener",
                                 "ai_routes[3].attach.virtual_host",
                                 "ai_routes[4].backends[0].api_key_secret",
                                 "ai_routes[5].backends[0].name"));
  auto message = [&](std::size_t i) { return compiled.errors.at(i).message; };
  EXPECT_THAT(message(3), HasSubstr("no listener named 'missing'"));
  EXPECT_THAT(message(4), HasSubstr("no virtual host 'www'"));
  EXPECT_THAT(message(4), HasSubstr("edge-routes: api"));
  EXPECT_THAT(message(5), HasSubstr("no secret named 'missing-key'"));
  EXPECT_THAT(message(6), HasSubstr("already has a cluster named 'ai-taken-openai'"));
  // The one good route still compiles, and only it.
  ASSERT_EQ(compiled.modelRoutes.size(), 1u);
  EXPECT_EQ(compiled.modelRoutes[0].name(), "fine");
  EXPECT_NE(findItem(compiled, workspace::Kind::kCluster, "ai-fine-openai"), nullptr);
  EXPECT_EQ(findItem(compiled, workspace::Kind::kCluster, "ai-no-key-openai"), nullptr);
}

TEST(AiCompiler, OutputDoesNotDependOnTheOrderRoutesAreWritten) {
  const char* a = R"(- name: alpha
  attach: {listener: gw, port: 9000}
  models: [{exact: a}]
  backends: [{name: x, host: 127.0.0.1, port: 1}]
)";
  const char* b = R"(- name: beta
  attach: {listener: gw, port: 9000}
  models: [{exact: b}]
  backends: [{name: x, host: 127.0.0.1, port: 2}, {name: y, host: 127.0.0.1, port: 3}]
)";
  auto first = compile(parse(std::string("ai_routes:\n") + a + b));
  auto second = compile(parse(std::string("ai_routes:\n") + b + a));
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(compiledToYaml(first), compiledToYaml(second));
  EXPECT_EQ(compiledToYaml(first), compiledToYaml(compile(parse(std::string("ai_routes:\n") + a + b))));
  const auto* routes = findItem(first, workspace::Kind::kRoute, "ai-gw");
  ASSERT_NE(routes, nullptr);
  EXPECT_THAT(routeNames(routes->as<RouteConfiguration>().virtual_hosts(0)),
              ElementsAre("ai-alpha-header", "ai-beta-header", "ai-alpha-body", "ai-beta-body"));
}

TEST(AiCompiler, TwoRoutesCreatingOneListenerMustAgreeOnItsPort) {
  auto compiled = compile(parse(R"(ai_routes:
- name: a
  attach: {listener: gw, port: 9000}
  models: [{exact: a}]
  backends: [{name: x, host: h}]
- name: b
  attach: {listener: gw, port: 9001}
  models: [{exact: b}]
  backends: [{name: x, host: h}]
)"));
  ASSERT_EQ(compiled.errors.size(), 1u);
  EXPECT_EQ(compiled.errors[0].path, "ai_routes[1].attach.port");
  EXPECT_THAT(compiled.errors[0].message, HasSubstr("creates listener 'gw' on 127.0.0.1:9000"));
}

TEST(AiCompiler, ARouteWithoutAttachmentIsForSubscribersOnly) {
  auto compiled = compile(parse(R"(ai_routes:
- name: direct
  models: [{exact: m}]
  backends: [{name: x, host: h, model_override: other}]
)"));
  ASSERT_TRUE(compiled.ok());
  EXPECT_TRUE(compiled.items.empty());
  EXPECT_TRUE(compiled.warnings.empty());
  ASSERT_EQ(compiled.modelRoutes.size(), 1u);
  EXPECT_EQ(compiled.modelRoutes[0].model_header(), "x-ai-model");  // defaults written out
  auto resources = modelRouteResources(compiled);
  ASSERT_EQ(resources.size(), 1u);
  EXPECT_EQ(resources[0]->typeUrl(), snapshot::type_url::kModelRoute);
  EXPECT_EQ(resources[0]->name(), "direct");
  v1::ModelRoute back;
  ASSERT_TRUE(resources[0]->parseInto(back));
  EXPECT_EQ(back.backends(0).model_override(), "other");
}

TEST(AiCompiler, MergedWorkspaceReadsBackAndNodeGroupsFollowTheirListener) {
  auto ws = parse(R"(listeners:
- name: edge
  address: {socket_address: {address: 0.0.0.0, port_value: 8080}}
  filter_chains:
  - filters:
    - name: envoy.filters.network.http_connection_manager
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
        stat_prefix: edge
        rds: {route_config_name: edge-routes, config_source: {ads: {}}}
        http_filters:
        - name: envoy.filters.http.router
          typed_config: {"@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router}
routes:
- name: edge-routes
  virtual_hosts: [{name: api, domains: ["*"]}]
- name: other
  virtual_hosts: [{name: other, domains: ["*"]}]
node_groups:
- name: edge-proxies
  match: {cluster: edge}
  resources: [listeners/edge, edge-routes]
- name: others
  match: {cluster: other}
  resources: [routes/other]
ai_routes:
- name: chat
  attach: {listener: edge, virtual_host: api}
  models: [{exact: gpt-4o}]
  backends: [{name: openai, host: api.openai.com, tls: true}]
)");
  auto compiled = compile(ws);
  ASSERT_TRUE(compiled.ok());
  auto merged = withCompiledAiRoutes(ws, compiled);
  EXPECT_NE(merged.find(workspace::Kind::kCluster, "ai-chat-openai"), nullptr);
  EXPECT_EQ(merged.find(workspace::Kind::kRoute, "edge-routes")
                ->as<RouteConfiguration>().virtual_hosts(0).routes_size(), 2);
  EXPECT_THAT(*merged.findNodeGroup("edge-proxies")->resources,
              ElementsAre("listeners/edge", "edge-routes", "clusters/ai-chat-openai"));
  EXPECT_THAT(*merged.findNodeGroup("others")->resources, ElementsAre("routes/other"));
  // The user's workspace is left as it was.
  EXPECT_EQ(ws.find(workspace::Kind::kCluster, "ai-chat-openai"), nullptr);

  auto reread = workspace::Workspace::parse(merged.toYaml());
  for (const auto& e : reread.errors) ADD_FAILURE() << e.toString();
  EXPECT_TRUE(reread.workspace == merged);
}

// Every message the compiler emits, typed_configs included, goes through the schema converter
// and back without a complaint: each "@type" names a known type and each field is a field of it.
TEST(AiCompiler, EveryEmittedResourceRoundTripsThroughTheSchema) {
  for (const char* name : {"openai-split.yaml", "provider-fallback.yaml", "anthropic-inline.yaml"}) {
    auto compiled = compile(load(name));
    ASSERT_TRUE(compiled.ok()) << name;
    for (const auto& edited : compiled.items) {
      std::string yaml = schema::messageToYamlText(edited.item.message());
      auto copy = std::unique_ptr<google::protobuf::Message>(edited.item.message().New());
      std::vector<schema::SchemaError> errors;
      EXPECT_TRUE(schema::yamlTextToMessage(yaml, *copy, errors)) << name << ": " << edited.item.name();
      for (const auto& e : errors) ADD_FAILURE() << edited.item.name() << ": " << e.toString();
      EXPECT_EQ(schema::messageToYamlText(*copy), yaml);
    }
  }
}

}  // namespace
}  // namespace meshdesk::ai

namespace meshdesk::ai {
namespace {

// Compiling reads the workspace and nothing else: the same workspace compiled twice gives the
// same output and is written the same way afterwards (locating a problem once wrote into the
// workspace's YAML: yaml-cpp's operator= on a node handle).
TEST(AiCompilerPurity, CompilingTwiceChangesNothing) {
  std::ifstream in(std::string(MESHDESK_SOURCE_DIR) + "/tests/ai/data/openai-split.yaml");
  std::string text((std::istreambuf_iterator<char>(in)), {});
  auto loaded = workspace::Workspace::parse(text, "openai-split.yaml");
  ASSERT_TRUE(loaded.ok());
  const workspace::Workspace& ws = loaded.workspace;
  const std::string before = ws.toYaml();
  auto first = compile(ws);
  ASSERT_FALSE(first.warnings.empty()) << "the example should make the compiler locate a warning";
  auto second = compile(ws);
  EXPECT_EQ(compiledToYaml(first), compiledToYaml(second));
  EXPECT_EQ(ws.toYaml(), before);
}

}  // namespace
}  // namespace meshdesk::ai
