// CoreBridge: batches from the registry's delivery thread arrive on the GUI thread, one signal
// per batch, in order, and a bridge made late starts from the current fleet.

#include <QSignalSpy>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "core_bridge.h"
#include "qt_test_support.h"

namespace meshdesk::app {
namespace {

using namespace std::chrono_literals;
using testing::waitFor;

fleet::ProxyIdentity identity(const std::string& node) {
  fleet::ProxyIdentity who;
  who.nodeId = node;
  who.cluster = "lab";
  who.peer = "ipv4:127.0.0.1:4" + std::to_string(node.size());
  return who;
}

TEST(CoreBridge, DeliversBatchesOnTheGuiThread) {
  fleet::FleetRegistry registry(10ms);
  CoreBridge bridge(registry);
  std::vector<QThread*> threads;
  std::vector<fleet::FleetEvent::Kind> kinds;
  QObject::connect(&bridge, &CoreBridge::fleetBatch, [&](const fleet::FleetBatch& batch) {
    threads.push_back(QThread::currentThread());
    for (const auto& event : batch.events) kinds.push_back(event.kind);
  });

  const fleet::ProxyId id = registry.streamOpened(identity("edge-1"));
  ASSERT_TRUE(waitFor([&] { return !kinds.empty(); }));
  registry.sent(id, "type.googleapis.com/envoy.config.cluster.v3.Cluster", "1", "n1");
  registry.streamClosed(id);
  ASSERT_TRUE(waitFor([&] { return kinds.size() >= 3; }));

  for (QThread* thread : threads) EXPECT_EQ(thread, QThread::currentThread());
  EXPECT_EQ(kinds, (std::vector<fleet::FleetEvent::Kind>{fleet::FleetEvent::Kind::Connected,
                                                          fleet::FleetEvent::Kind::Sent,
                                                          fleet::FleetEvent::Kind::Disconnected}));
}

TEST(CoreBridge, StartsFromProxiesConnectedBeforeIt) {
  fleet::FleetRegistry registry(10ms);
  registry.streamOpened(identity("early-a"));
  registry.streamOpened(identity("early-bb"));
  ASSERT_TRUE(waitFor([&] { return registry.size() == 2; }));

  CoreBridge bridge(registry);
  QSignalSpy spy(&bridge, &CoreBridge::fleetBatch);
  ASSERT_TRUE(waitFor([&] { return spy.count() >= 1; }));
  const auto first = spy.at(0).at(0).value<fleet::FleetBatch>();
  ASSERT_EQ(first.changed.size(), 2u);
  EXPECT_EQ(first.changed[0].nodeId, "early-a");
  EXPECT_EQ(first.changed[1].nodeId, "early-bb");
}

// Bridges come and go (windows closing) while the registry keeps delivering from its thread:
// the destructor must wait out a delivery in progress, and batches already queued for a dead
// bridge must be dropped, not run on freed memory.
TEST(CoreBridge, SurvivesBeingDestroyedWhileTheRegistryDelivers) {
  fleet::FleetRegistry registry(1ms);
  std::atomic<bool> stop{false};
  std::thread churn([&] {
    int n = 0;
    while (!stop) {
      auto id = registry.streamOpened(identity("churn-" + std::to_string(n++ % 7)));
      registry.sent(id, "type.googleapis.com/envoy.config.listener.v3.Listener", "1", "n");
      registry.streamClosed(id);
    }
  });
  int batches = 0;
  for (int round = 0; round < 50; ++round) {
    auto bridge = std::make_unique<CoreBridge>(registry);
    QObject::connect(bridge.get(), &CoreBridge::fleetBatch, [&] { ++batches; });
    QTest::qWait(2);
    std::this_thread::sleep_for(2ms);  // leave batches queued but not yet run
  }
  stop = true;
  churn.join();
  QTest::qWait(20);
  EXPECT_GT(batches, 0);
}

}  // namespace
}  // namespace meshdesk::app
