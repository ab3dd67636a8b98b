// Lab Envoys run as processes. No Envoy can be installed where these tests run, so the binary
// is tests/lab/fake_envoy.cc built as "envoy": it reads the bootstrap Meshdesk wrote, connects
// to the control plane over ADS and serves /config_dump. Everything else is real: the process
// is spawned, logged, stopped with SIGTERM and reaped; the dump is fetched over HTTP and
// compared with what the control plane serves.

#include "lab/lab_envoys.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "lab_test_support.h"

namespace meshdesk::lab {
namespace {

namespace fs = std::filesystem;
using labtest::eventually;

const std::string kFakeEnvoy = std::string(FAKE_ENVOY_DIR) + "/envoy";

class LabEnvoysTest : public ::testing::Test {
 protected:
  void SetUp() override {
    unsetenv("FAKE_ENVOY_DRIFT");
    served_ = std::make_unique<labtest::ServedWorkspace>(
        std::string("envoys-") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    ASSERT_EQ(served_->started(), "");
    envoys_ = std::make_unique<LabEnvoys>((served_->dir() / "lab").string(), "127.0.0.1",
                                          served_->port());
    envoys_->setBinary(kFakeEnvoy);
  }
  void TearDown() override {
    unsetenv("FAKE_ENVOY_DRIFT");
    envoys_.reset();
    served_.reset();
  }
  bool connected(const std::string& nodeId) {
    for (auto& p : served_->plane().fleet().proxies())
      if (p.nodeId == nodeId && p.types.size() >= 4) {
        for (auto& [_, t] : p.types)
          if (t.status != fleet::SyncStatus::Synced) return false;
        return true;
      }
    return false;
  }
  bool gone(const std::string& nodeId) {
    for (auto& p : served_->plane().fleet().proxies())
      if (p.nodeId == nodeId) return false;
    return true;
  }
  std::vector<Drift> drift(int id) {
    std::string error;
    auto dump = envoys_->configDump(id, &error);
    EXPECT_TRUE(dump) << error;
    if (!dump) return {};
    EXPECT_TRUE(dump->problems.empty()) << dump->problems.front();
    return findDrift(*dump, *served_->plane().store().get("default"));
  }

  std::unique_ptr<labtest::ServedWorkspace> served_;
  std::unique_ptr<LabEnvoys> envoys_;
};

TEST(FindEnvoy, ConfiguredPathOrPath) {
  EXPECT_EQ(findEnvoy(kFakeEnvoy), kFakeEnvoy);
  EXPECT_FALSE(findEnvoy("/nonexistent/envoy"));
  const char* before = std::getenv("PATH");
  std::string saved = before ? before : "";
  setenv("PATH", (std::string("/nonexistent:") + FAKE_ENVOY_DIR).c_str(), 1);
  EXPECT_EQ(findEnvoy(), kFakeEnvoy);
  setenv("PATH", "/nonexistent", 1);
  EXPECT_FALSE(findEnvoy());
  setenv("PATH", saved.c_str(), 1);
}

TEST_F(LabEnvoysTest, StartsFromItsBootstrapConnectsLogsAndStops) {
  LabEnvoySpec spec;
  spec.nodeId = "envoy-a";
  std::string error;
  int id = envoys_->add(spec, &error);
  ASSERT_GT(id, 0) << error;
  auto info = envoys_->info(id);
  ASSERT_TRUE(info);
  EXPECT_TRUE(fs::exists(info->bootstrapPath));
  EXPECT_GT(info->adminPort, 0);
  EXPECT_FALSE(info->running);

  ASSERT_TRUE(envoys_->start(id, &error)) << error;
  EXPECT_TRUE(envoys_->info(id)->running);
  EXPECT_GT(envoys_->info(id)->pid, 0);
  ASSERT_TRUE(eventually([&] { return connected("envoy-a"); })) << envoys_->log(id);
  EXPECT_NE(envoys_->log(id).find("fake envoy starting: node envoy-a"), std::string::npos)
      << envoys_->log(id);

  // A second Envoy with the same node id is refused.
  EXPECT_EQ(envoys_->add(spec, &error), 0);
  EXPECT_NE(error.find("already"), std::string::npos);

  EXPECT_EQ(envoys_->stop(id), "exited with 0");
  EXPECT_FALSE(envoys_->info(id)->running);
  ASSERT_TRUE(eventually([&] { return gone("envoy-a"); }));
  EXPECT_NE(envoys_->log(id).find("caught signal 15"), std::string::npos) << envoys_->log(id);

  // And again, on a control plane that moved: the bootstrap is written anew.
  ASSERT_TRUE(envoys_->start(id, &error)) << error;
  ASSERT_TRUE(eventually([&] { return connected("envoy-a"); }));
  EXPECT_TRUE(envoys_->remove(id));
  ASSERT_TRUE(eventually([&] { return gone("envoy-a"); }));
}

TEST_F(LabEnvoysTest, NoDriftWhenItHoldsWhatIsServedThenAChangeIsFollowed) {
  LabEnvoySpec spec;
  spec.nodeId = "envoy-b";
  int id = envoys_->add(spec);
  std::string error;
  ASSERT_TRUE(envoys_->start(id, &error)) << error;
  ASSERT_TRUE(eventually([&] { return connected("envoy-b"); }));
  ASSERT_TRUE(eventually([&] { return envoys_->configDump(id).has_value(); }));
  auto found = drift(id);
  EXPECT_TRUE(found.empty()) << driftKindName(found.front().kind) << " " << found.front().name
                             << "\n" << found.front().detail;

  auto dump = envoys_->configDump(id);
  std::set<std::string> names;
  for (auto& r : dump->resources) names.insert(r.name);
  EXPECT_EQ(names, (std::set<std::string>{"api", "web", "edge", "edge-routes"}));

  ASSERT_EQ(served_->publish(labtest::replaced(labtest::dataFile("fleet.yaml"), "port_value: 8081",
                                               "port_value: 8082")).status,
            controlplane::PublishOutcome::Status::Published);
  ASSERT_TRUE(eventually([&] { return drift(id).empty() && connected("envoy-b"); }));
}

TEST_F(LabEnvoysTest, DriftIsFoundAndNamed) {
  // Each process takes the variable as it is when it starts.
  std::string error;
  setenv("FAKE_ENVOY_DRIFT", "change:web", 1);
  int changed = envoys_->add({.nodeId = "envoy-changed"});
  ASSERT_TRUE(envoys_->start(changed, &error)) << error;
  setenv("FAKE_ENVOY_DRIFT", "drop:api", 1);
  int dropped = envoys_->add({.nodeId = "envoy-dropped"});
  ASSERT_TRUE(envoys_->start(dropped, &error)) << error;
  setenv("FAKE_ENVOY_DRIFT", "stray", 1);
  int stray = envoys_->add({.nodeId = "envoy-stray"});
  ASSERT_TRUE(envoys_->start(stray, &error)) << error;
  for (auto node : {"envoy-changed", "envoy-dropped", "envoy-stray"})
    ASSERT_TRUE(eventually([&] { return connected(node); })) << node;
  for (int id : {changed, dropped, stray})
    ASSERT_TRUE(eventually([&] { return envoys_->configDump(id).has_value(); }));

  auto d = drift(changed);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, Drift::Kind::Different);
  EXPECT_EQ(d[0].name, "web");
  EXPECT_NE(d[0].detail.find("-connect_timeout: 1s"), std::string::npos) << d[0].detail;
  EXPECT_NE(d[0].detail.find("+connect_timeout: 42s"), std::string::npos) << d[0].detail;

  d = drift(dropped);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, Drift::Kind::Missing);
  EXPECT_EQ(d[0].name, "api");

  d = drift(stray);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, Drift::Kind::Unexpected);
  EXPECT_EQ(d[0].name, "stray");
}

TEST_F(LabEnvoysTest, ABinaryThatIsNotThereIsNamed) {
  envoys_->setBinary("/nonexistent/envoy");
  int id = envoys_->add({.nodeId = "nobody"});
  std::string error;
  EXPECT_FALSE(envoys_->start(id, &error));
  EXPECT_EQ(error, "/nonexistent/envoy is not an executable file");
  error.clear();
  EXPECT_FALSE(envoys_->configDump(id, &error));
  EXPECT_NE(error.find("/config_dump"), std::string::npos) << error;
}

}  // namespace
}  // namespace meshdesk::lab
