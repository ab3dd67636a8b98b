// The workspace as a model a console edits: lookup, add, replace, rename, remove, node groups,
// and copies that do not share state.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "workspace/workspace.h"

namespace meshdesk::workspace {
namespace {

using envoy::config::cluster::v3::Cluster;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

Item cluster(const std::string& name, Cluster::LbPolicy policy = Cluster::ROUND_ROBIN) {
  Item item(Kind::kCluster);
  auto& message = dynamic_cast<Cluster&>(item.mutableMessage());
  message.set_name(name);
  message.set_lb_policy(policy);
  return item;
}

std::vector<std::string> clusterNames(const Workspace& ws) {
  std::vector<std::string> names;
  for (const auto& item : ws.items(Kind::kCluster)) names.push_back(item.name());
  return names;
}

TEST(WorkspaceModel, PutAddsThenReplacesInPlace) {
  Workspace ws;
  EXPECT_EQ(ws.put(cluster("a")), "");
  EXPECT_EQ(ws.put(cluster("b")), "");
  EXPECT_EQ(ws.put(cluster("a", Cluster::MAGLEV)), "");
  EXPECT_THAT(clusterNames(ws), ElementsAre("a", "b"));
  EXPECT_EQ(ws.find(Kind::kCluster, "a")->as<Cluster>().lb_policy(), Cluster::MAGLEV);
  EXPECT_EQ(ws.itemCount(), 2u);
}

TEST(WorkspaceModel, PutRefusesAnUnnamedItem) {
  Workspace ws;
  EXPECT_THAT(ws.put(Item(Kind::kEndpoint)), HasSubstr("needs a cluster_name"));
  EXPECT_EQ(ws.itemCount(), 0u);
}

TEST(WorkspaceModel, ReplaceRenamesButNotOntoAnotherItem) {
  Workspace ws;
  ASSERT_EQ(ws.put(cluster("a")), "");
  ASSERT_EQ(ws.put(cluster("b")), "");
  ASSERT_EQ(ws.put(cluster("c")), "");
  EXPECT_EQ(ws.replace(Kind::kCluster, "b", cluster("b2")), "");
  EXPECT_THAT(clusterNames(ws), ElementsAre("a", "b2", "c"));
  EXPECT_THAT(ws.replace(Kind::kCluster, "b2", cluster("c")), HasSubstr("already a cluster named 'c'"));
  EXPECT_THAT(ws.replace(Kind::kCluster, "zz", cluster("zz")), HasSubstr("no cluster named 'zz'"));
  EXPECT_THAT(ws.replace(Kind::kListener, "a", cluster("a")), HasSubstr("not a listener"));
  EXPECT_THAT(clusterNames(ws), ElementsAre("a", "b2", "c"));
}

TEST(WorkspaceModel, Remove) {
  Workspace ws;
  ASSERT_EQ(ws.put(cluster("a")), "");
  EXPECT_FALSE(ws.remove(Kind::kListener, "a"));
  EXPECT_TRUE(ws.remove(Kind::kCluster, "a"));
  EXPECT_FALSE(ws.remove(Kind::kCluster, "a"));
  EXPECT_EQ(ws.find(Kind::kCluster, "a"), nullptr);
}

TEST(WorkspaceModel, AnItemMustHoldItsKindsMessage) {
  EXPECT_THROW(Item(Kind::kListener, std::make_unique<Cluster>()), std::invalid_argument);
  EXPECT_THROW(Item(Kind::kListener, nullptr), std::invalid_argument);
}

TEST(WorkspaceModel, TheNameFollowsTheMessage) {
  Item item(Kind::kEndpoint);
  dynamic_cast<envoy::config::endpoint::v3::ClusterLoadAssignment&>(item.mutableMessage())
      .set_cluster_name("api");
  EXPECT_EQ(item.name(), "api");
}

TEST(WorkspaceModel, CopiesAreIndependent) {
  auto parsed = Workspace::parse("clusters:\n- name: a\n  lb_policy: RANDOM\n"
                                 "ai_routes:\n- name: r\n  models: [x]\n");
  ASSERT_TRUE(parsed.ok());
  Workspace copy = parsed.workspace;
  EXPECT_TRUE(copy == parsed.workspace);
  ASSERT_EQ(copy.put(cluster("a", Cluster::MAGLEV)), "");
  auto routes = copy.aiRoutes();
  routes[0].yaml["models"][0] = "changed";
  copy.setAiRoutes(routes);
  EXPECT_EQ(parsed.workspace.find(Kind::kCluster, "a")->as<Cluster>().lb_policy(), Cluster::RANDOM);
  EXPECT_EQ(parsed.workspace.aiRoutes()[0].yaml["models"][0].Scalar(), "x");
  EXPECT_FALSE(copy == parsed.workspace);
}

TEST(WorkspaceModel, NodeGroupsAreCheckedWhenSet) {
  Workspace ws;
  ASSERT_EQ(ws.put(cluster("api")), "");
  EXPECT_EQ(ws.setNodeGroups({{"canary", {"canary-*", "", {}}, std::vector<std::string>{"api"}, {}}}),
            "");
  ASSERT_NE(ws.findNodeGroup("canary"), nullptr);
  EXPECT_THAT(ws.setNodeGroups({{"x", {}, std::vector<std::string>{"web"}, {}}}),
              HasSubstr("names 'web', which is not an item"));
  EXPECT_THAT(ws.setNodeGroups({{"default", {}, std::nullopt, {}}}), HasSubstr("'default' is"));
  EXPECT_THAT(ws.setNodeGroups({{"a", {}, std::nullopt, {}}, {"a", {}, std::nullopt, {}}}),
              HasSubstr("two node groups are named 'a'"));
  // A refused change leaves the groups as they were.
  ASSERT_EQ(ws.nodeGroups().size(), 1u);
  EXPECT_EQ(ws.nodeGroups()[0].name, "canary");
}

TEST(WorkspaceModel, KindsTable) {
  ASSERT_EQ(allKinds().size(), 8u);
  for (const auto& info : allKinds()) {
    EXPECT_EQ(kindFromKey(info.key), info.kind);
    EXPECT_EQ(kindInfo(info.kind).key, info.key);
    // Every kind's message is compiled in (so Item::as<T>() works) and has its name field.
    Item item(info.kind);
    EXPECT_NE(item.message().GetDescriptor()->FindFieldByName(std::string(info.nameField)), nullptr);
  }
  EXPECT_EQ(kindFromKey("node_groups"), std::nullopt);
}

}  // namespace
}  // namespace meshdesk::workspace
