// The console benchmark's own instruments, checked on a small scale so that the figures it
// prints (docs/console.md) can be trusted: the heartbeat sees a stall the test makes and tells
// computing from waiting, and the navigator timing really ends with the last route's editor.

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

#include "../../bench/console/event_loop_heartbeat.h"
#include "../../bench/console/navigator_timing.h"
#include "../../bench/workspace/workspace_shape.h"
#include "console_fixture.h"
#include "editors/editor_panel.h"

namespace meshdesk::app {
namespace {

TEST(ConsoleBenchHeartbeat, SeesAStallAndWhetherTheThreadComputedIt) {
  bench::EventLoopHeartbeat heartbeat;
  QTest::qWait(50);
  heartbeat.take();
  QTest::qWait(30);
  // 120 ms of work on the GUI thread, then 120 ms asleep: two stalls, told apart.
  const auto busyUntil = std::chrono::steady_clock::now() + std::chrono::milliseconds(120);
  volatile unsigned spin = 0;
  while (std::chrono::steady_clock::now() < busyUntil) spin = spin + 1;
  QTest::qWait(30);
  const auto busy = heartbeat.take();
  EXPECT_GE(busy.maxGapMs, 115);
  // Computing, or ready to and waiting for a core on a loaded machine: never blocked.
  EXPECT_GE(busy.cpuInMaxGapMs + busy.waitInMaxGapMs, 0.8 * busy.maxGapMs)
      << busy.cpuInMaxGapMs << " + " << busy.waitInMaxGapMs << " of " << busy.maxGapMs;
  EXPECT_GT(busy.cpuInMaxGapMs, 10);
  EXPECT_EQ(busy.over50ms, 1);

  QTest::qWait(30);
  std::this_thread::sleep_for(std::chrono::milliseconds(120));
  QTest::qWait(30);
  const auto asleep = heartbeat.take();
  EXPECT_GE(asleep.maxGapMs, 115);
  // Most of it neither computing nor waiting for a core: blocked.
  EXPECT_GE(asleep.maxGapMs - asleep.cpuInMaxGapMs - asleep.waitInMaxGapMs, 100);
}

class ConsoleBenchNavigator : public testing::ConsoleTest {};

TEST_F(ConsoleBenchNavigator, OpensExpandsAndEndsOnTheLastRoutesEditor) {
  bench::WorkspaceShapeOptions shape;
  shape.routes = 600;
  shape.clusters = 60;
  shape.routeConfigurations = 3;
  shape.virtualHostsPerConfiguration = 4;
  const QString path = dir.filePath(QStringLiteral("generated.yaml"));
  ASSERT_EQ(bench::buildWorkspace(shape).save(path.toStdString()), "");
  start(false);

  const bench::NavigatorFigures f = bench::timeNavigator(*window, path, 200);
  ASSERT_TRUE(f.ok) << f.error.toStdString();
  EXPECT_EQ(f.routes, 600);
  EXPECT_EQ(f.clusters, 60);
  EXPECT_EQ(f.routeConfigurations, 3);
  // Every route is a shown row once the route configurations are expanded.
  EXPECT_GT(f.navigatorRows, 600);
  EXPECT_GT(f.readMs, 0);
  EXPECT_GE(f.totalMs, f.readMs + f.populateMs);
  EXPECT_TRUE(f.editorTitle.contains(QStringLiteral("gateway-02-routes"))) << f.editorTitle.toStdString();
  EXPECT_EQ(window->editorPanel()->current().route, 49);  // 600 routes over 12 hosts: 50 each
}

}  // namespace
}  // namespace meshdesk::app
