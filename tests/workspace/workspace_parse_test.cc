// Reading workspace files: every kind, node groups, AI routes, and each kind of mistake with the
// place it is reported at.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "test_files.h"
#include "workspace/workspace.h"

namespace meshdesk::workspace {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::string allErrors(const LoadResult& result) {
  std::string out;
  for (const auto& e : result.errors) out += e.toString() + "\n";
  return out;
}

std::vector<std::string> namesOf(const Workspace& ws, Kind kind) {
  std::vector<std::string> names;
  for (const auto& item : ws.items(kind)) names.push_back(item.name());
  return names;
}

TEST(WorkspaceParse, ReadsEveryKindInFileOrder) {
  auto result = Workspace::load(testing::dataFile("grpc-mesh.yaml"));
  ASSERT_TRUE(result.ok()) << allErrors(result);
  const Workspace& ws = result.workspace;
  EXPECT_THAT(namesOf(ws, Kind::kListener), ElementsAre("orders.mesh:50051", "inventory.mesh:50051"));
  EXPECT_THAT(namesOf(ws, Kind::kRoute), ElementsAre("orders", "inventory"));
  EXPECT_THAT(namesOf(ws, Kind::kScopedRoute), ElementsAre("tenant-acme"));
  EXPECT_THAT(namesOf(ws, Kind::kCluster), ElementsAre("orders-v1", "orders-v2", "inventory"));
  EXPECT_THAT(namesOf(ws, Kind::kEndpoint), ElementsAre("orders-v1", "orders-v2", "inventory"));
  EXPECT_THAT(namesOf(ws, Kind::kExtensionConfig), ElementsAre("envoy.filters.http.fault"));
  EXPECT_EQ(ws.itemCount(), 12u);
  const auto& cluster = ws.find(Kind::kCluster, "orders-v1")->as<envoy::config::cluster::v3::Cluster>();
  EXPECT_EQ(cluster.lb_policy(), envoy::config::cluster::v3::Cluster::RING_HASH);
  EXPECT_EQ(cluster.ring_hash_lb_config().maximum_ring_size().value(), 8388608u);
}

TEST(WorkspaceParse, SecretsAndRuntimes) {
  auto edge = Workspace::load(testing::dataFile("edge-tls-sni.yaml"));
  ASSERT_TRUE(edge.ok()) << allErrors(edge);
  EXPECT_THAT(namesOf(edge.workspace, Kind::kSecret), ElementsAre("shop-cert", "api-cert"));
  auto sidecar = Workspace::load(testing::dataFile("sidecar.yaml"));
  ASSERT_TRUE(sidecar.ok()) << allErrors(sidecar);
  EXPECT_THAT(namesOf(sidecar.workspace, Kind::kRuntime), ElementsAre("sidecar-runtime"));
}

TEST(WorkspaceParse, ItemsRememberWhereTheyWereWritten) {
  auto result = Workspace::parse("clusters:\n- name: a\n- name: b\n  type: STATIC\n");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.workspace.find(Kind::kCluster, "b")->location().line, 3);
  EXPECT_EQ(result.workspace.find(Kind::kCluster, "b")->location().column, 3);
}

TEST(WorkspaceParse, SchemaErrorsNameFileLineColumnAndPath) {
  auto result = Workspace::parse(R"(clusters:
- name: a
- name: b
  load_assignment:
    cluster_name: b
    endpoints:
    - lb_endpoints:
      - endpoint: {address: {socket_address: {address: 10.0.0.1, port_value: 4294967296}}}
)", "ws.yaml");
  ASSERT_EQ(result.errors.size(), 1u) << allErrors(result);
  const auto& e = result.errors.front();
  EXPECT_EQ(e.file, "ws.yaml");
  EXPECT_EQ(e.line, 8);
  EXPECT_EQ(e.column, 78);
  EXPECT_EQ(e.path,
            "clusters[1].load_assignment.endpoints[0].lb_endpoints[0].endpoint.address."
            "socket_address.port_value");
  EXPECT_THAT(e.toString(), HasSubstr("ws.yaml:8:78: clusters[1].load_assignment"));
  // The rest of the file is still read.
  EXPECT_EQ(result.workspace.items(Kind::kCluster).size(), 2u);
}

TEST(WorkspaceParse, DuplicateNamesWithinAKindNameBothPlaces) {
  auto result = Workspace::parse("clusters:\n- name: api\n- name: web\n- name: api\n"
                                 "endpoints:\n- cluster_name: api\n");
  ASSERT_EQ(result.errors.size(), 1u) << allErrors(result);
  const auto& e = result.errors.front();
  EXPECT_EQ(e.line, 4);
  EXPECT_EQ(e.path, "clusters[2]");
  EXPECT_THAT(e.message, HasSubstr("a second cluster named 'api' (the first is at line 2, column 3)"));
  // A cluster and its endpoints share a name: that is not a duplicate.
  EXPECT_NE(result.workspace.find(Kind::kEndpoint, "api"), nullptr);
}

TEST(WorkspaceParse, AnItemNeedsAName) {
  auto result = Workspace::parse("endpoints:\n- endpoints: []\n");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].path, "endpoints[0].cluster_name");
  EXPECT_THAT(result.errors[0].message, HasSubstr("needs a cluster_name"));
}

TEST(WorkspaceParse, UnknownSectionSuggestsTheClosest) {
  auto result = Workspace::parse("clusters: []\nlisteners: []\nclusterz: []\nstatic_resources: {}\n");
  ASSERT_EQ(result.errors.size(), 2u) << allErrors(result);
  EXPECT_EQ(result.errors[0].line, 3);
  EXPECT_THAT(result.errors[0].message, HasSubstr("did you mean 'clusters'?"));
  EXPECT_THAT(result.errors[1].message, HasSubstr("a workspace has listeners, routes"));
}

TEST(WorkspaceParse, WrongShapes) {
  auto result = Workspace::parse("clusters: {name: a}\nroutes:\n- just-a-name\n");
  ASSERT_EQ(result.errors.size(), 2u) << allErrors(result);
  EXPECT_EQ(result.errors[0].path, "clusters");
  EXPECT_THAT(result.errors[0].message, HasSubstr("expected a list, found a mapping"));
  EXPECT_EQ(result.errors[1].path, "routes[0]");
  EXPECT_THAT(result.errors[1].message, HasSubstr("expected a route configuration (a mapping)"));
  auto list = Workspace::parse("- a\n- b\n");
  ASSERT_EQ(list.errors.size(), 1u);
  EXPECT_THAT(list.errors[0].message, HasSubstr("a workspace is a mapping"));
}

TEST(WorkspaceParse, SectionGivenTwice) {
  auto result = Workspace::parse("clusters: []\nclusters: []\n");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_THAT(result.errors[0].message, HasSubstr("given twice (first at line 1)"));
}

TEST(WorkspaceParse, SyntaxErrorHasAPlace) {
  auto result = Workspace::parse("clusters:\n- name: a\n  type: [STATIC\n", "bad.yaml");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].file, "bad.yaml");
  EXPECT_GT(result.errors[0].line, 0);
}

TEST(WorkspaceParse, EmptyFileIsAnEmptyWorkspace) {
  auto result = Workspace::parse("");
  EXPECT_TRUE(result.ok());
  EXPECT_EQ(result.workspace.itemCount(), 0u);
  EXPECT_EQ(result.workspace.toYaml(), "");
}

TEST(WorkspaceParse, MissingFileIsAnError) {
  auto result = Workspace::load(testing::dataFile("no-such-file.yaml"));
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_THAT(result.errors[0].toString(), HasSubstr("no-such-file.yaml: cannot read the file"));
}

TEST(WorkspaceParse, NodeGroups) {
  auto result = Workspace::load(testing::dataFile("grpc-mesh.yaml"));
  ASSERT_TRUE(result.ok()) << allErrors(result);
  const auto& groups = result.workspace.nodeGroups();
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0].name, "payments-team");
  EXPECT_EQ(groups[0].match.metadata.at("team"), "payments");
  ASSERT_TRUE(groups[0].resources.has_value());
  EXPECT_EQ(groups[0].resources->size(), 6u);
  EXPECT_EQ(groups[1].match.id, "batch-*");
  EXPECT_EQ(groups[1].match.cluster, "jobs");
  EXPECT_FALSE(groups[1].resources.has_value());
}

TEST(WorkspaceParse, NodeGroupMistakes) {
  auto result = Workspace::parse(R"(clusters:
- name: api
node_groups:
- name: a
  match: {id: "a-*", clutser: x}
  resources: [api, clusters/nope, listeners/api]
- name: default
- name: a
- match: {}
- name: b
  resoures: [api]
)");
  std::vector<std::string> messages;
  for (const auto& e : result.errors) messages.push_back(e.path + ": " + e.message);
  EXPECT_THAT(messages,
              ElementsAre(HasSubstr("node_groups[0].match.clutser: unknown field 'clutser' of a "
                                    "node match; did you mean 'cluster'?"),
                          HasSubstr("node_groups[0].resources[1]: 'clusters/nope' is not an item"),
                          HasSubstr("node_groups[0].resources[2]: 'listeners/api' is not an item"),
                          HasSubstr("node_groups[1].name: 'default' is the group of nodes that "
                                    "match no group"),
                          HasSubstr("node_groups[2]: a second node group named 'a' (the first is "
                                    "at line 4, column 3)"),
                          HasSubstr("node_groups[3].name: a node group needs a name"),
                          HasSubstr("node_groups[4].resoures: unknown field 'resoures' of a node "
                                    "group; did you mean 'resources'?")));
}

TEST(WorkspaceParse, NodeGroupsMayComeBeforeTheItemsTheyName) {
  auto result = Workspace::parse("node_groups:\n- name: g\n  resources: [api]\nclusters:\n- name: api\n");
  EXPECT_TRUE(result.ok()) << allErrors(result);
}

TEST(WorkspaceParse, NodeGroupIncludesByNameOrKindAndName) {
  auto result = Workspace::parse("clusters:\n- name: api\nendpoints:\n- cluster_name: api\n"
                                 "listeners:\n- name: api-in\n");
  ASSERT_TRUE(result.ok());
  const auto& ws = result.workspace;
  NodeGroup byName{"g", {}, std::vector<std::string>{"api"}, {}};
  NodeGroup byKind{"g", {}, std::vector<std::string>{"clusters/api"}, {}};
  NodeGroup everything{"g", {}, std::nullopt, {}};
  EXPECT_TRUE(byName.includes(*ws.find(Kind::kCluster, "api")));
  EXPECT_TRUE(byName.includes(*ws.find(Kind::kEndpoint, "api")));
  EXPECT_FALSE(byName.includes(*ws.find(Kind::kListener, "api-in")));
  EXPECT_TRUE(byKind.includes(*ws.find(Kind::kCluster, "api")));
  EXPECT_FALSE(byKind.includes(*ws.find(Kind::kEndpoint, "api")));
  EXPECT_TRUE(everything.includes(*ws.find(Kind::kListener, "api-in")));
}

TEST(WorkspaceParse, AiRoutesAreKeptAsWrittenAndWrittenBackUnchanged) {
  auto result = Workspace::parse(R"(ai_routes:
- name: chat
  attach: {listener: edge, virtual_host: api, path: /v1/chat/completions}
  models: [{prefix: "gpt-"}, {exact: llama-3}]
  backends:
  - {provider: OPENAI, cluster: openai, priority: 0, weight: 100}
  timeout: 60s
  future_field: {anything: [1, "2", true]}
- name: embed
  models: [{exact: "8080"}]
)");
  ASSERT_TRUE(result.ok()) << allErrors(result);
  ASSERT_EQ(result.workspace.aiRoutes().size(), 2u);
  EXPECT_EQ(result.workspace.aiRoutes()[0].name, "chat");
  EXPECT_EQ(result.workspace.aiRoutes()[0].location.line, 2);
  EXPECT_EQ(result.workspace.toYaml(), R"(ai_routes:
- name: chat
  attach:
    listener: edge
    virtual_host: api
    path: /v1/chat/completions
  models:
  - prefix: gpt-
  - exact: llama-3
  backends:
  - provider: OPENAI
    cluster: openai
    priority: 0
    weight: 100
  timeout: 60s
  future_field:
    anything: [1, "2", true]
- name: embed
  models:
  - exact: "8080"
)");
}

// AI routes stay YAML::Node for the AI box, whose errors name each route's place: the places
// must be those of a whole-file parse, wherever the section is and however the file is written.
TEST(WorkspaceParse, AiRoutesKeepTheirPlacesInTheFile) {
  const std::vector<std::string> texts = {
      // between other sections
      "clusters:\n- name: a\n  connect_timeout: 1s\n# routes to models\nai_routes:\n- name: chat\n"
      "  models: [{exact: x}]\n\n-   name: embed\n    models:\n    - {exact: y}\nnode_groups: []\n",
      // last, indented, with an alias to an anchor in another section
      "clusters:\n- name: &n a\n  connect_timeout: 1s\nai_routes:\n  - name: chat\n    cluster: *n\n",
      // a flow mapping
      "{clusters: [{name: a, connect_timeout: 1s}],\n ai_routes: [{name: chat},\n   {name: embed}]}\n",
  };
  for (const auto& text : texts) {
    auto result = Workspace::parse(text);
    ASSERT_TRUE(result.ok()) << allErrors(result) << text;
    YAML::Node whole = YAML::Load(text)["ai_routes"];
    ASSERT_EQ(result.workspace.aiRoutes().size(), whole.size()) << text;
    for (std::size_t i = 0; i < whole.size(); ++i) {
      const AiRoute& route = result.workspace.aiRoutes()[i];
      EXPECT_EQ(route.location.line, whole[i].Mark().line + 1) << text;
      EXPECT_EQ(route.location.column, whole[i].Mark().column + 1) << text;
      EXPECT_EQ(YAML::Dump(route.yaml), YAML::Dump(whole[i])) << text;
    }
  }
}

TEST(WorkspaceParse, AiRoutesWithTheSameNameAreAnError) {
  auto result = Workspace::parse("ai_routes:\n- name: a\n- name: a\n- [not, a, mapping]\n");
  ASSERT_EQ(result.errors.size(), 2u) << allErrors(result);
  EXPECT_THAT(result.errors[0].message, HasSubstr("a second AI route named 'a'"));
  EXPECT_EQ(result.errors[1].path, "ai_routes[2]");
}

}  // namespace
}  // namespace meshdesk::workspace
