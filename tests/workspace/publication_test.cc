// From a workspace to snapshots and node group rules in a real SnapshotStore.
#include "publish/publication.h"

#include <google/protobuf/util/message_differencer.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/core/v3/base.pb.h"
#include "snapshot/type_url.h"
#include "test_files.h"

namespace meshdesk::publish {
namespace {

using workspace::Kind;
using workspace::Workspace;
using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;
namespace type_url = snapshot::type_url;

Workspace parse(std::string_view yaml) {
  auto result = Workspace::parse(yaml);
  for (const auto& e : result.errors) ADD_FAILURE() << e.toString();
  return result.workspace;
}

envoy::config::core::v3::Node node(const std::string& id, const std::string& cluster = "",
                                   const std::string& team = "") {
  envoy::config::core::v3::Node n;
  n.set_id(id);
  n.set_cluster(cluster);
  if (!team.empty()) (*n.mutable_metadata()->mutable_fields())["team"].set_string_value(team);
  return n;
}

std::vector<std::string> namesOf(const snapshot::Snapshot& snap, std::string_view typeUrl) {
  std::vector<std::string> names;
  for (const auto& [name, _] : snap.resources(typeUrl)) names.push_back(name);
  return names;
}

constexpr std::string_view kTwoClusters = R"(clusters:
- name: api
  connect_timeout: 1s
- name: web
  connect_timeout: 1s
endpoints:
- cluster_name: api
node_groups:
- name: api-only
  match: {id: "api-*"}
  resources: [api]
- name: everything
  match: {cluster: full}
)";

TEST(Publication, EveryKindGetsItsTypeUrl) {
  auto result = Workspace::load(workspace::testing::dataFile("grpc-mesh.yaml"));
  ASSERT_TRUE(result.ok());
  auto sidecar = Workspace::load(workspace::testing::dataFile("sidecar.yaml"));
  auto edge = Workspace::load(workspace::testing::dataFile("edge-tls-sni.yaml"));
  ASSERT_TRUE(sidecar.ok() && edge.ok());
  const std::map<Kind, std::string_view> expected{
      {Kind::kListener, type_url::kListener},
      {Kind::kRoute, type_url::kRouteConfiguration},
      {Kind::kScopedRoute, type_url::kScopedRouteConfiguration},
      {Kind::kCluster, type_url::kCluster},
      {Kind::kEndpoint, type_url::kClusterLoadAssignment},
      {Kind::kSecret, type_url::kSecret},
      {Kind::kRuntime, type_url::kRuntime},
      {Kind::kExtensionConfig, type_url::kExtensionConfig}};
  std::set<Kind> seen;
  for (const Workspace* ws : {&result.workspace, &sidecar.workspace, &edge.workspace}) {
    for (const auto& info : workspace::allKinds()) {
      for (const auto& item : ws->items(info.kind)) {
        auto resource = toResource(item);
        EXPECT_EQ(resource->typeUrl(), expected.at(info.kind));
        EXPECT_EQ(resource->name(), item.name());
        auto back = std::unique_ptr<google::protobuf::Message>(item.message().New());
        ASSERT_TRUE(resource->parseInto(*back));
        EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(*back, item.message()));
        seen.insert(info.kind);
      }
    }
  }
  EXPECT_EQ(seen.size(), expected.size());
}

TEST(Publication, GroupsGetWhatTheyNameAndDefaultGetsEverything) {
  Publication p = buildPublication(parse(kTwoClusters));
  ASSERT_EQ(p.snapshots.size(), 3u);
  const auto& all = *p.snapshots.at("default");
  const auto& apiOnly = *p.snapshots.at("api-only");
  const auto& everything = *p.snapshots.at("everything");
  EXPECT_THAT(namesOf(all, type_url::kCluster), ElementsAre("api", "web"));
  EXPECT_THAT(namesOf(all, type_url::kClusterLoadAssignment), ElementsAre("api"));
  EXPECT_THAT(namesOf(apiOnly, type_url::kCluster), ElementsAre("api"));
  EXPECT_THAT(namesOf(apiOnly, type_url::kClusterLoadAssignment), ElementsAre("api"));
  EXPECT_EQ(everything.size(), all.size());
  // Same content, same version, whatever the group is called.
  EXPECT_EQ(everything.version(), all.version());
  EXPECT_NE(apiOnly.version(), all.version());
  // One Resource per item, shared by the snapshots that hold it.
  EXPECT_EQ(all.find(type_url::kCluster, "api"), apiOnly.find(type_url::kCluster, "api"));
}

TEST(Publication, NodeGroupRulesFollowTheWorkspaceOrder) {
  Publication p = buildPublication(parse(kTwoClusters));
  ASSERT_EQ(p.groups.rules().size(), 2u);
  EXPECT_EQ(p.groups.groupOf(node("api-7")), "api-only");
  EXPECT_EQ(p.groups.groupOf(node("api-7", "full")), "api-only");  // first match wins
  EXPECT_EQ(p.groups.groupOf(node("web-1", "full")), "everything");
  EXPECT_EQ(p.groups.groupOf(node("web-1")), "default");
}

TEST(Publication, MetadataMatch) {
  auto result = Workspace::load(workspace::testing::dataFile("grpc-mesh.yaml"));
  ASSERT_TRUE(result.ok());
  Publication p = buildPublication(result.workspace);
  EXPECT_EQ(p.groups.groupOf(node("x", "", "payments")), "payments-team");
  EXPECT_EQ(p.groups.groupOf(node("x", "", "search")), "default");
  EXPECT_EQ(p.groups.groupOf(node("batch-3", "jobs")), "batch-jobs");
  // payments-team names clusters/inventory: the cluster, not the endpoints of that name.
  const auto& payments = *p.snapshots.at("payments-team");
  EXPECT_THAT(namesOf(payments, type_url::kCluster),
              UnorderedElementsAre("orders-v1", "orders-v2", "inventory"));
  EXPECT_THAT(namesOf(payments, type_url::kClusterLoadAssignment),
              UnorderedElementsAre("orders-v1", "orders-v2"));
  EXPECT_THAT(namesOf(payments, type_url::kExtensionConfig), ElementsAre("envoy.filters.http.fault"));
}

TEST(Publication, VersionsChangeOnlyWhenContentDoes) {
  Workspace ws = parse(kTwoClusters);
  Publication first = buildPublication(ws);
  Publication again = buildPublication(parse(kTwoClusters));
  for (const auto& [group, snap] : first.snapshots)
    EXPECT_EQ(snap->version(), again.snapshots.at(group)->version()) << group;

  // Change web, which api-only does not hold.
  Workspace changed = ws;
  auto web = *changed.find(Kind::kCluster, "web");
  dynamic_cast<envoy::config::cluster::v3::Cluster&>(web.mutableMessage())
      .mutable_connect_timeout()->set_seconds(2);
  ASSERT_EQ(changed.put(web), "");
  Publication second = buildPublication(changed);
  EXPECT_NE(second.snapshots.at("default")->version(), first.snapshots.at("default")->version());
  EXPECT_EQ(second.snapshots.at("api-only")->version(), first.snapshots.at("api-only")->version());
  EXPECT_EQ(second.snapshots.at("default")->find(type_url::kCluster, "api")->version(),
            first.snapshots.at("default")->find(type_url::kCluster, "api")->version());
  EXPECT_NE(second.snapshots.at("default")->find(type_url::kCluster, "web")->version(),
            first.snapshots.at("default")->find(type_url::kCluster, "web")->version());
}

TEST(Publication, SnapshotVersionDependsOnTheSetNotTheOrder) {
  auto a = snapshot::Resource::make(std::string(type_url::kCluster), "a", "x");
  auto b = snapshot::Resource::make(std::string(type_url::kCluster), "b", "y");
  EXPECT_EQ(snapshotVersion({a, b}), snapshotVersion({b, a}));
  EXPECT_NE(snapshotVersion({a, b}), snapshotVersion({a}));
  EXPECT_EQ(snapshotVersion({a}).size(), 16u);
}

TEST(Publication, PublishSetsGroupsThenSnapshotsAndSkipsWhatDidNotChange) {
  snapshot::SnapshotStore store;
  std::vector<std::string> notified;
  std::vector<std::string> groupOfApiNodeWhenNotified;
  store.addListener([&](const std::string& group) {
    notified.push_back(group);
    // The rules are in place before any snapshot is announced.
    groupOfApiNodeWhenNotified.push_back(store.groupOf(node("api-1")));
  });
  Workspace ws = parse(kTwoClusters);
  publish(ws, store);
  EXPECT_THAT(notified, UnorderedElementsAre("default", "api-only", "everything"));
  for (const auto& g : groupOfApiNodeWhenNotified) EXPECT_EQ(g, "api-only");
  ASSERT_NE(store.get("api-only"), nullptr);
  EXPECT_THAT(namesOf(*store.get("api-only"), type_url::kCluster), ElementsAre("api"));

  notified.clear();
  publish(parse(kTwoClusters), store);
  EXPECT_TRUE(notified.empty());

  // Drop a group: its snapshot goes, its nodes fall to default.
  ASSERT_EQ(ws.setNodeGroups({ws.nodeGroups()[1]}), "");
  notified.clear();
  publish(ws, store);
  EXPECT_THAT(notified, ElementsAre("api-only"));
  EXPECT_EQ(store.get("api-only"), nullptr);
  EXPECT_EQ(store.groupOf(node("api-1")), "default");
}

constexpr std::string_view kRuntimesWithTtl = R"(runtimes:
- name: flags
  layer: {checkout.v2: true}
- name: limits
  layer: {max: 10}
clusters:
- name: api
  connect_timeout: 1s
node_groups:
- name: flags-only
  match: {id: "f-*"}
  resources: [flags]
resource_ttls:
- kind: runtimes
  names: [flags]
  ttl: 30s
)";

TEST(Publication, ResourcesCoveredByResourceTtlsHaveThatTtl) {
  Workspace ws = parse(kRuntimesWithTtl);
  Publication p = buildPublication(ws);
  const auto& all = *p.snapshots.at("default");
  const auto flags = all.find(type_url::kRuntime, "flags");
  ASSERT_NE(flags, nullptr);
  EXPECT_EQ(flags->ttl(), std::chrono::seconds(30));
  EXPECT_FALSE(flags->sotwTtlEntry().empty());
  EXPECT_FALSE(flags->sotwHeartbeat().empty());
  EXPECT_EQ(all.find(type_url::kRuntime, "limits")->ttl().count(), 0);
  EXPECT_EQ(all.find(type_url::kCluster, "api")->ttl().count(), 0);
  // One Resource, TTL included, shared by every snapshot that holds it.
  EXPECT_EQ(p.snapshots.at("flags-only")->find(type_url::kRuntime, "flags"), flags);
  // The body is the item's, whatever its TTL.
  EXPECT_EQ(flags->body(), toResource(*ws.find(Kind::kRuntime, "flags"))->body());
}

TEST(Publication, ANewTtlIsANewVersion) {
  Workspace ws = parse(kRuntimesWithTtl);
  Publication before = buildPublication(ws);
  auto entries = ws.resourceTtls();
  entries[0].ttl = std::chrono::seconds(60);
  ws.setResourceTtls(entries);
  Publication after = buildPublication(ws);
  const auto& was = *before.snapshots.at("default");
  const auto& now = *after.snapshots.at("default");
  EXPECT_NE(now.find(type_url::kRuntime, "flags")->version(),
            was.find(type_url::kRuntime, "flags")->version());
  EXPECT_EQ(now.find(type_url::kRuntime, "limits")->version(),
            was.find(type_url::kRuntime, "limits")->version());
  EXPECT_NE(now.version(), was.version());
  EXPECT_NE(now.contentHash(), was.contentHash());
  // Taking the TTL away is a change too, back to the version the resource has without one.
  ws.setResourceTtls({});
  Publication none = buildPublication(ws);
  EXPECT_EQ(none.snapshots.at("default")->find(type_url::kRuntime, "flags")->version(),
            toResource(*ws.find(Kind::kRuntime, "flags"))->version());
  EXPECT_NE(none.snapshots.at("default")->version(), was.version());
}

TEST(Publication, ATtlOfZeroOrLessGivesNoTtl) {
  Workspace ws = parse(kRuntimesWithTtl);
  for (auto ttl : {std::chrono::milliseconds(0), std::chrono::milliseconds(-5000)}) {
    auto entries = ws.resourceTtls();
    entries[0].ttl = ttl;
    ws.setResourceTtls(entries);
    auto flags = buildPublication(ws).snapshots.at("default")->find(type_url::kRuntime, "flags");
    EXPECT_EQ(flags->ttl().count(), 0) << ttl.count();
    EXPECT_EQ(flags->version(), toResource(*ws.find(Kind::kRuntime, "flags"))->version());
  }
}

TEST(Publication, LabWorkspace) {
  auto result = Workspace::load(workspace::testing::labWorkspace());
  ASSERT_TRUE(result.ok());
  snapshot::SnapshotStore store;
  publish(result.workspace, store);
  auto all = store.get("default");
  ASSERT_NE(all, nullptr);
  EXPECT_EQ(all->size(), result.workspace.itemCount());
  EXPECT_NE(all->find(type_url::kListener, "echo.lab"), nullptr);
  EXPECT_NE(all->find(type_url::kRouteConfiguration, "echo-routes"), nullptr);
  EXPECT_NE(all->find(type_url::kCluster, "echo"), nullptr);
  EXPECT_NE(all->find(type_url::kClusterLoadAssignment, "echo"), nullptr);
  EXPECT_NE(all->find(type_url::kSecret, "edge-cert"), nullptr);
  EXPECT_EQ(store.groupOf(node("canary-1")), "canary");
  EXPECT_EQ(store.groupOf(node("edge-1")), "default");
  auto canary = store.get("canary");
  ASSERT_NE(canary, nullptr);
  EXPECT_THAT(namesOf(*canary, type_url::kListener), ElementsAre("echo.lab"));
  EXPECT_THAT(namesOf(*canary, type_url::kCluster), ElementsAre("echo"));
}

}  // namespace
}  // namespace meshdesk::publish
