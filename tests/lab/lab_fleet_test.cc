// Simulated proxies against the real control plane over real gRPC on 127.0.0.1: what they do
// is what the fleet registry (and so the console) sees.

#include "lab/lab_fleet.h"

#include <gtest/gtest.h>

#include "lab_test_support.h"
#include "snapshot/type_url.h"

namespace meshdesk::lab {
namespace {

namespace tu = snapshot::type_url;
using labtest::eventually;
using fleet::SyncStatus;

class LabFleetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    served_ = std::make_unique<labtest::ServedWorkspace>(
        std::string("lab-") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    ASSERT_EQ(served_->started(), "");
    lab_ = std::make_unique<LabFleet>(served_->address());
  }
  void TearDown() override {
    lab_.reset();
    served_.reset();
  }

  std::optional<fleet::ProxyState> registered(const std::string& nodeId) {
    for (auto& p : served_->plane().fleet().proxies())
      if (p.nodeId == nodeId) return p;
    return std::nullopt;
  }
  SyncStatus status(const std::string& nodeId, std::string_view type) {
    auto p = registered(nodeId);
    if (!p) return SyncStatus::NotSent;
    auto t = p->types.find(std::string(type));
    return t == p->types.end() ? SyncStatus::NotSent : t->second.status;
  }
  std::string live() { return std::to_string(served_->plane().liveVersion()->sequence); }
  bool synced(const std::string& nodeId, const std::string& version) {
    auto p = registered(nodeId);
    if (!p) return false;
    for (auto type : {tu::kCluster, tu::kClusterLoadAssignment, tu::kListener, tu::kRouteConfiguration}) {
      auto t = p->types.find(std::string(type));
      if (t == p->types.end() || t->second.status != SyncStatus::Synced) return false;
    }
    // The version is the snapshot's label; a type is resent only when it changed.
    return p->types[std::string(tu::kCluster)].versionAcked == version ||
           p->types[std::string(tu::kListener)].versionAcked == version;
  }

  std::unique_ptr<labtest::ServedWorkspace> served_;
  std::unique_ptr<LabFleet> lab_;
};

TEST_F(LabFleetTest, ProxiesConnectAskLikeEnvoyAndAckEverything) {
  ProxyBatch batch;
  batch.idPattern = "edge-{n}";
  batch.cluster = "edge";
  batch.region = "eu";
  batch.zones = {"eu-1a", "eu-1b"};
  batch.count = 4;
  auto ids = lab_->add(batch);
  ASSERT_EQ(ids.size(), 4u);
  const std::string version = live();
  ASSERT_TRUE(eventually([&] {
    for (int n = 1; n <= 4; ++n)
      if (!synced("edge-" + std::to_string(n), version)) return false;
    return true;
  })) << "not every proxy synced version " << version;

  auto p = registered("edge-2");
  EXPECT_EQ(p->cluster, "edge");
  EXPECT_EQ(p->zone, "eu-1b");
  EXPECT_NE(p->userAgent.find("meshdesk-lab-proxy"), std::string::npos) << p->userAgent;
  // Each proxy has its own connection.
  EXPECT_NE(registered("edge-1")->peer, registered("edge-2")->peer);

  // What the lab proxy holds: the clusters and listener by wildcard, then the endpoints of the
  // EDS cluster and the route configuration the listener names.
  auto info = lab_->proxy(ids[0], true);
  ASSERT_TRUE(info);
  EXPECT_EQ(info->status.state, LinkState::Connected);
  auto held = [&](std::string_view type) {
    std::vector<std::string> names;
    for (auto& [name, _] : info->status.types[std::string(type)].resources) names.push_back(name);
    return names;
  };
  EXPECT_EQ(held(tu::kCluster), (std::vector<std::string>{"api", "web"}));
  EXPECT_EQ(held(tu::kClusterLoadAssignment), (std::vector<std::string>{"api"}));
  EXPECT_EQ(held(tu::kListener), (std::vector<std::string>{"edge"}));
  EXPECT_EQ(held(tu::kRouteConfiguration), (std::vector<std::string>{"edge-routes"}));
  EXPECT_EQ(lab_->connected(), 4u);
}

TEST_F(LabFleetTest, EndpointsNotInAResponseAreKept) {
  // A second EDS cluster, so that a change to one cluster's endpoints leaves the other's alone.
  std::string yaml = labtest::dataFile("fleet.yaml");
  yaml = labtest::replaced(yaml, "- name: web\n  type: STATIC\n",
                           "- name: db\n  type: EDS\n  connect_timeout: 1s\n  eds_cluster_config:\n"
                           "    eds_config:\n      ads: {}\n      resource_api_version: V3\n"
                           "- name: web\n  type: STATIC\n");
  yaml += "- cluster_name: db\n  endpoints:\n  - lb_endpoints:\n    - endpoint:\n        address:\n"
          "          socket_address:\n            address: 127.0.0.1\n            port_value: 5432\n";
  ASSERT_EQ(served_->publish(yaml).status, controlplane::PublishOutcome::Status::Published);
  LabNode node;
  node.id = "keeper";
  int id = lab_->add(node, {});
  ASSERT_TRUE(eventually([&] { return synced("keeper", live()); }));
  auto endpoints = [&] {
    std::vector<std::string> names;
    auto info = lab_->proxy(id, true);
    for (auto& [name, _] : info->status.types[std::string(tu::kClusterLoadAssignment)].resources)
      names.push_back(name);
    return names;
  };
  EXPECT_EQ(endpoints(), (std::vector<std::string>{"api", "db"}));
  ASSERT_EQ(served_->publish(labtest::replaced(yaml, "port_value: 8080", "port_value: 8090")).status,
            controlplane::PublishOutcome::Status::Published);
  const std::string after = live();
  ASSERT_TRUE(eventually([&] {
    return lab_->proxy(id)->status.types[std::string(tu::kClusterLoadAssignment)].version == after;
  }));
  EXPECT_EQ(endpoints(), (std::vector<std::string>{"api", "db"}));
}

TEST_F(LabFleetTest, ANackRuleIsSeenByTheFleetWithItsText) {
  ProxyBehaviour picky;
  picky.nackRules.push_back(*NackRule::parse("clusters lb_policy=RING_HASH"));
  LabNode node;
  node.id = "picky";
  int pickyId = lab_->add(node, picky);
  node.id = "easy";
  lab_->add(node, {});
  const std::string before = live();
  ASSERT_TRUE(eventually([&] { return synced("picky", before) && synced("easy", before); }));

  auto outcome = served_->publish(labtest::replaced(labtest::dataFile("fleet.yaml"),
                                                    "- name: web\n  type: STATIC\n",
                                                    "- name: web\n  type: STATIC\n  lb_policy: RING_HASH\n"));
  ASSERT_EQ(outcome.status, controlplane::PublishOutcome::Status::Published) << outcome.summary();
  const std::string after = live();

  ASSERT_TRUE(eventually([&] { return status("picky", tu::kCluster) == SyncStatus::Nacked; }));
  auto p = registered("picky");
  const auto& cds = p->types[std::string(tu::kCluster)];
  ASSERT_TRUE(cds.lastNack);
  EXPECT_EQ(cds.lastNack->version, after);
  EXPECT_EQ(cds.lastNack->message,
            "rejected clusters/web: lb_policy is RING_HASH (lab rule \"clusters lb_policy=RING_HASH\")");
  EXPECT_EQ(cds.versionAcked, before);
  ASSERT_FALSE(p->nackHistory.empty());
  EXPECT_EQ(p->nackHistory.back().message, cds.lastNack->message);

  ASSERT_TRUE(eventually([&] { return synced("easy", after); }));
  auto info = lab_->proxy(pickyId);
  EXPECT_EQ(info->status.types[std::string(tu::kCluster)].version, before);
  EXPECT_EQ(info->status.types[std::string(tu::kCluster)].nacks, 1u);
}

TEST_F(LabFleetTest, StopStartAndReconnectAreSeenByTheFleet) {
  LabNode node;
  node.id = "cycled";
  int id = lab_->add(node, {});
  ASSERT_TRUE(eventually([&] { return synced("cycled", live()); }));
  const std::string firstPeer = registered("cycled")->peer;

  lab_->stop(id);
  ASSERT_TRUE(eventually([&] { return !registered("cycled"); }));
  EXPECT_EQ(lab_->proxy(id)->status.state, LinkState::Stopped);

  lab_->start(id);
  ASSERT_TRUE(eventually([&] { return synced("cycled", live()); }));
  EXPECT_NE(registered("cycled")->peer, firstPeer);

  const auto connectsBefore = served_->plane().fleet().totals().connects;
  lab_->reconnect(id);
  ASSERT_TRUE(eventually([&] {
    return served_->plane().fleet().totals().connects > connectsBefore && synced("cycled", live());
  }));
  EXPECT_EQ(lab_->proxy(id)->status.connects, 3u);
  EXPECT_EQ(lab_->proxy(id)->status.lastError, "");

  ASSERT_TRUE(lab_->remove(id));
  ASSERT_TRUE(eventually([&] { return !registered("cycled"); }));
  EXPECT_EQ(lab_->size(), 0u);
}

TEST_F(LabFleetTest, ALateProxyStaysStaleUntilItAnswers) {
  LabNode node;
  node.id = "slow";
  ProxyBehaviour slow;
  slow.answerDelay = std::chrono::milliseconds(1500);
  int id = lab_->add(node, slow);
  ASSERT_TRUE(eventually([&] { return status("slow", tu::kCluster) == SyncStatus::Stale; }));
  const auto staleAt = std::chrono::steady_clock::now();
  ASSERT_TRUE(eventually([&] { return status("slow", tu::kCluster) == SyncStatus::Synced; }));
  EXPECT_GE(std::chrono::steady_clock::now() - staleAt, std::chrono::milliseconds(1000));
  // Endpoints and routes are asked for in the late answers, so they come later still.
  ASSERT_TRUE(eventually([&] { return synced("slow", live()); }));

  // A behaviour changes on the fly: now it ACKs at once.
  lab_->setBehaviour(id, {});
  ASSERT_EQ(served_->publish(labtest::replaced(labtest::dataFile("fleet.yaml"), "port_value: 8081",
                                               "port_value: 8082")).status,
            controlplane::PublishOutcome::Status::Published);
  const std::string after = live();
  const auto publishedAt = std::chrono::steady_clock::now();
  ASSERT_TRUE(eventually([&] { return synced("slow", after); }));
  EXPECT_LT(std::chrono::steady_clock::now() - publishedAt, std::chrono::milliseconds(1000));
}

TEST_F(LabFleetTest, AFlappingProxyDropsAndComesBack) {
  LabNode node;
  node.id = "flappy";
  ProxyBehaviour flappy;
  flappy.flapUp = std::chrono::milliseconds(300);
  flappy.flapDown = std::chrono::milliseconds(200);
  int id = lab_->add(node, flappy);
  ASSERT_TRUE(eventually([&] { return lab_->proxy(id)->status.connects >= 4; }));
  EXPECT_GE(served_->plane().fleet().totals().disconnects, 3u);
  // A flap is asked for, not an error.
  EXPECT_EQ(lab_->proxy(id)->status.lastError, "");
  lab_->stop(id);
  ASSERT_TRUE(lab_->simulated(id)->waitStopped(std::chrono::seconds(5)));
  ASSERT_TRUE(eventually([&] { return !registered("flappy"); }));
}

TEST_F(LabFleetTest, AProxyWithoutAServerKeepsTrying) {
  LabFleet orphan("127.0.0.1:" + std::to_string(served_->port() + 0));
  served_.reset();  // the server is gone
  LabNode node;
  node.id = "orphan";
  int id = orphan.add(node, {});
  ASSERT_TRUE(eventually([&] { return orphan.proxy(id)->status.connects >= 2; }, std::chrono::seconds(5)));
  auto s = orphan.proxy(id)->status;
  EXPECT_NE(s.state, LinkState::Connected);
  EXPECT_NE(s.lastError, "");
  orphan.stop(id);
  EXPECT_TRUE(orphan.simulated(id)->waitStopped(std::chrono::seconds(5)));
}

}  // namespace
}  // namespace meshdesk::lab
