// Canary rollouts against the real control plane and simulated proxies on real gRPC streams:
// the canary reaches only the chosen proxies, is promoted to all, or is rolled back by a NACK,
// by a timeout or by hand; a publish meanwhile supersedes it; every step is in the audit trail.

#include "rollout/canary_rollout.h"

#include <gtest/gtest.h>

#include "lab/lab_fleet.h"
#include "lab_test_support.h"
#include "rollout/canary_publication.h"
#include "snapshot/type_url.h"

namespace meshdesk::rollout {
namespace {

namespace tu = snapshot::type_url;
using labtest::eventually;

class CanaryRolloutTest : public ::testing::Test {
 protected:
  void SetUp() override {
    served_ = std::make_unique<labtest::ServedWorkspace>(
        std::string("canary-") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    ASSERT_EQ(served_->started(), "");
    lab_ = std::make_unique<lab::LabFleet>(served_->address());
    rollout_ = std::make_unique<CanaryRollout>(served_->plane(),
                                               AuditTrail(AuditTrail::pathFor(served_->file())));
  }
  void TearDown() override {
    rollout_.reset();
    lab_.reset();
    served_.reset();
  }

  // Proxies edge-1..n, ACKing everything unless told.
  void connect(int n, const std::string& prefix = "edge", lab::ProxyBehaviour behaviour = {}) {
    lab::ProxyBatch batch;
    batch.idPattern = prefix + "-{n}";
    batch.count = n;
    batch.behaviour = behaviour;
    lab_->add(batch);
  }
  // The CDS version each node ACKed last.
  std::map<std::string, std::string> clusterVersions() {
    std::map<std::string, std::string> out;
    for (auto& p : served_->plane().fleet().proxies()) {
      auto t = p.types.find(std::string(tu::kCluster));
      out[p.nodeId] = t == p.types.end() || t->second.status != fleet::SyncStatus::Synced
                          ? "" : t->second.versionAcked;
    }
    return out;
  }
  bool allOn(std::size_t n, const std::string& version) {
    auto v = clusterVersions();
    return v.size() == n &&
           std::all_of(v.begin(), v.end(), [&](auto& kv) { return kv.second == version; });
  }
  workspace::Workspace candidate(const std::string& from, const std::string& to) {
    auto parsed = workspace::Workspace::parse(
        labtest::replaced(labtest::dataFile("fleet.yaml"), from, to), "candidate");
    EXPECT_TRUE(parsed.ok());
    return parsed.workspace;
  }
  workspace::Workspace portChange() { return candidate("port_value: 8081", "port_value: 8082"); }
  std::vector<std::string> actions() {
    std::vector<std::string> out;
    for (auto& e : rollout_->audit().read()) out.push_back(e.action);
    return out;
  }
  bool stateIs(RolloutState s) { return rollout_->status().state == s; }

  std::unique_ptr<labtest::ServedWorkspace> served_;
  std::unique_ptr<lab::LabFleet> lab_;
  std::unique_ptr<CanaryRollout> rollout_;
};

TEST_F(CanaryRolloutTest, GoesToTheChosenFewThenIsPromotedToAll) {
  connect(10);
  ASSERT_TRUE(eventually([&] { return allOn(10, "1"); }));

  CanarySelector twentyPercent;
  twentyPercent.percent = 20;
  std::string error;
  ASSERT_TRUE(rollout_->start(portChange(), twentyPercent, {}, "ada", "new web port", &error)) << error;
  auto status = rollout_->status();
  EXPECT_EQ(status.label, "2-canary");
  ASSERT_EQ(status.nodes.size(), 2u);
  EXPECT_TRUE(hasCanary(served_->plane().store()));

  ASSERT_TRUE(eventually([&] { return stateIs(RolloutState::Converged); }));
  auto versions = clusterVersions();
  int canary = 0, live = 0;
  for (auto& [node, v] : versions) {
    if (status.nodes.count(node)) {
      EXPECT_EQ(v, "2-canary") << node;
      ++canary;
    } else {
      EXPECT_EQ(v, "1") << node;
      ++live;
    }
  }
  EXPECT_EQ(canary, 2);
  EXPECT_EQ(live, 8);
  EXPECT_EQ(served_->plane().liveVersion()->sequence, 1);

  auto outcome = rollout_->promote("ada");
  ASSERT_EQ(outcome.status, controlplane::PublishOutcome::Status::Published) << outcome.summary();
  EXPECT_EQ(rollout_->status().state, RolloutState::Promoted);
  EXPECT_EQ(rollout_->status().promotedAs, 2);
  EXPECT_FALSE(hasCanary(served_->plane().store()));
  // The others are sent v2; the canary proxies hold that content already and keep its label.
  ASSERT_TRUE(eventually([&] {
    auto v = clusterVersions();
    for (auto& [node, version] : v)
      if (version != (status.nodes.count(node) ? "2-canary" : "2")) return false;
    return v.size() == 10;
  }));
  EXPECT_EQ(actions(), (std::vector<std::string>{"canary-started", "canary-converged", "canary-promoted"}));
  auto trail = rollout_->audit().read();
  EXPECT_EQ(trail[0].who, "ada");
  EXPECT_EQ(trail[0].proxies.size(), 2u);
  EXPECT_NE(trail[0].detail.find("20% of connected proxies"), std::string::npos) << trail[0].detail;
  EXPECT_EQ(trail[2].version, "2");
}

TEST_F(CanaryRolloutTest, ANackRollsItBackByItself) {
  lab::ProxyBehaviour picky;
  picky.nackRules.push_back(*lab::NackRule::parse("clusters lb_policy=RING_HASH"));
  connect(2, "picky", picky);
  connect(3, "easy");
  ASSERT_TRUE(eventually([&] { return allOn(5, "1"); }));

  CanarySelector pickyOnes;
  pickyOnes.mode = CanarySelector::Mode::Selector;
  pickyOnes.idPattern = "picky-*";
  std::string error;
  ASSERT_TRUE(rollout_->start(candidate("- name: web\n  type: STATIC\n",
                                        "- name: web\n  type: STATIC\n  lb_policy: RING_HASH\n"),
                              pickyOnes, {}, "ada", "ring hash for web", &error))
      << error;
  ASSERT_TRUE(eventually([&] { return stateIs(RolloutState::RolledBack); }));
  auto status = rollout_->status();
  EXPECT_NE(status.reason.find("NACKed 2-canary: rejected clusters/web: lb_policy is RING_HASH"),
            std::string::npos)
      << status.reason;
  EXPECT_FALSE(hasCanary(served_->plane().store()));
  // The canary proxies are served v1 again (what they kept), the others never saw anything.
  ASSERT_TRUE(eventually([&] { return allOn(5, "1"); }));
  EXPECT_EQ(served_->plane().liveVersion()->sequence, 1);
  auto a = actions();
  ASSERT_GE(a.size(), 3u);
  EXPECT_EQ(a.front(), "canary-started");
  EXPECT_EQ(a[1], "canary-nacked");
  EXPECT_EQ(a.back(), "canary-rolled-back");
  EXPECT_EQ(rollout_->audit().read().back().who, "meshdesk (automatic)");
  EXPECT_FALSE(rollout_->promote("ada").ok());
}

TEST_F(CanaryRolloutTest, NotConvergedInTimeRollsBack) {
  lab::ProxyBehaviour slow;
  slow.answerDelay = std::chrono::milliseconds(4000);
  connect(1, "slow", slow);
  ASSERT_TRUE(eventually([&] { return allOn(1, "1"); }, std::chrono::seconds(20)));
  CanarySelector all;
  all.percent = 100;
  CanaryPolicy policy;
  policy.convergeWithin = std::chrono::milliseconds(800);
  std::string error;
  ASSERT_TRUE(rollout_->start(portChange(), all, policy, "ada", "", &error)) << error;
  ASSERT_TRUE(eventually([&] { return stateIs(RolloutState::RolledBack); }));
  EXPECT_EQ(rollout_->status().reason, "not converged in time: 0 of 1 canary proxies ACKed 2-canary");
  EXPECT_GE(rollout_->status().endedAt - rollout_->status().startedAt, std::chrono::milliseconds(800));
}

TEST_F(CanaryRolloutTest, PromotesByItselfAfterTheBakeTime) {
  connect(3);
  ASSERT_TRUE(eventually([&] { return allOn(3, "1"); }));
  CanarySelector one;
  one.percent = 1;
  CanaryPolicy policy;
  policy.promoteAfter = std::chrono::milliseconds(300);
  std::string error;
  ASSERT_TRUE(rollout_->start(portChange(), one, policy, "ada", "", &error)) << error;
  ASSERT_TRUE(eventually([&] { return stateIs(RolloutState::Promoted); }));
  EXPECT_EQ(served_->plane().liveVersion()->sequence, 2);
  EXPECT_GE(rollout_->status().endedAt - *rollout_->status().convergedAt, std::chrono::milliseconds(300));
  EXPECT_EQ(actions(), (std::vector<std::string>{"canary-started", "canary-converged", "canary-promoted"}));
}

TEST_F(CanaryRolloutTest, RolledBackByHandAndSupersededByAPublish) {
  connect(4);
  ASSERT_TRUE(eventually([&] { return allOn(4, "1"); }));
  CanarySelector half;
  half.percent = 50;
  std::string error;
  ASSERT_TRUE(rollout_->start(portChange(), half, {}, "ada", "", &error)) << error;
  ASSERT_TRUE(eventually([&] { return stateIs(RolloutState::Converged); }));
  ASSERT_TRUE(rollout_->rollback("bob", "wrong port"));
  EXPECT_EQ(rollout_->status().state, RolloutState::RolledBack);
  ASSERT_TRUE(eventually([&] { return allOn(4, "1"); }));
  EXPECT_EQ(rollout_->audit().read().back().who, "bob");
  EXPECT_EQ(rollout_->audit().read().back().detail, "wrong port");
  EXPECT_FALSE(rollout_->rollback("bob", "again"));

  ASSERT_TRUE(rollout_->start(portChange(), half, {}, "ada", "", &error)) << error;
  ASSERT_EQ(served_->publish(labtest::replaced(labtest::dataFile("fleet.yaml"), "port_value: 8080",
                                               "port_value: 9090")).status,
            controlplane::PublishOutcome::Status::Published);
  ASSERT_TRUE(eventually([&] { return stateIs(RolloutState::Superseded); }));
  EXPECT_EQ(rollout_->status().reason, "v2 was published during the canary");
  EXPECT_FALSE(hasCanary(served_->plane().store()));
  ASSERT_TRUE(eventually([&] {
    // Everyone ends on v2, the canary proxies included.
    for (auto& p : served_->plane().fleet().proxies()) {
      auto t = p.types.find(std::string(tu::kClusterLoadAssignment));
      if (t == p.types.end() || t->second.versionAcked != "2") return false;
    }
    return served_->plane().fleet().size() == 4;
  }));
}

TEST_F(CanaryRolloutTest, RefusesWhatCannotBeACanary) {
  std::string error;
  CanarySelector all;
  all.percent = 100;
  EXPECT_FALSE(rollout_->start(portChange(), all, {}, "ada", "", &error));
  EXPECT_EQ(error, "no connected proxy is picked by 100% of connected proxies");

  connect(2);
  ASSERT_TRUE(eventually([&] { return allOn(2, "1"); }));
  auto same = workspace::Workspace::parse(labtest::dataFile("fleet.yaml")).workspace;
  EXPECT_FALSE(rollout_->start(same, all, {}, "ada", "", &error));
  EXPECT_EQ(error, "the candidate serves the picked proxies what they are served now");

  auto broken = candidate("connect_timeout: 1s", "connect_timeout: 0s");
  EXPECT_FALSE(rollout_->start(broken, all, {}, "ada", "", &error));
  EXPECT_NE(error.find("the candidate has errors"), std::string::npos) << error;
  EXPECT_NE(error.find("connect_timeout"), std::string::npos) << error;

  ASSERT_TRUE(rollout_->start(portChange(), all, {}, "ada", "", &error)) << error;
  EXPECT_FALSE(rollout_->start(portChange(), all, {}, "ada", "", &error));
  EXPECT_EQ(error, "a canary (2-canary) is already running");
  // Refusals write nothing: one start (the two proxies may already have ACKed it, which the
  // rollout's watcher records as converged).
  auto audit = rollout_->audit().read();
  ASSERT_FALSE(audit.empty());
  EXPECT_EQ(audit.front().action, "canary-started");
  for (std::size_t i = 1; i < audit.size(); ++i) EXPECT_EQ(audit[i].action, "canary-converged") << i;
}

TEST_F(CanaryRolloutTest, ClosingTheConsoleRollsAnActiveCanaryBack) {
  connect(2);
  ASSERT_TRUE(eventually([&] { return allOn(2, "1"); }));
  CanarySelector all;
  all.percent = 100;
  ASSERT_TRUE(rollout_->start(portChange(), all, {}, "ada", ""));
  rollout_.reset();
  EXPECT_FALSE(hasCanary(served_->plane().store()));
  auto trail = AuditTrail(AuditTrail::pathFor(served_->file())).read();
  ASSERT_FALSE(trail.empty());
  EXPECT_EQ(trail.back().detail, "the console closed during the canary");
  ASSERT_TRUE(eventually([&] { return allOn(2, "1"); }));
}

}  // namespace
}  // namespace meshdesk::rollout
