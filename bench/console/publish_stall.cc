#include "publish_stall.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <thread>

#include "controlplane/control_plane.h"
#include "document/resource_edits.h"
#include "document/workspace_document.h"
#include "envoy/config/cluster/v3/cluster.pb.h"
#include "main_window.h"
#include "models/fleet_table_model.h"
#include "snapshot/type_url.h"
#include "xds/xds_server.h"

namespace meshdesk::bench {

namespace {

// Counts, off the GUI thread, the proxies whose clusters are ACKed at the wanted version: what
// the proxies hold, as the control plane's fleet registry knows it.
class HoldingCount {
 public:
  explicit HoldingCount(controlplane::ControlPlane& plane)
      : plane_(plane), thread_([this] { run(); }) {}
  ~HoldingCount() {
    stop_ = true;
    thread_.join();
  }
  void want(int sequence) {
    wanted_ = sequence;
    holding_ = 0;
  }
  int holding() const { return holding_; }

 private:
  void run() {
    const std::string clusters(snapshot::type_url::kCluster);
    while (!stop_) {
      const std::string version = std::to_string(wanted_.load());
      int count = 0;
      for (const auto& proxy : plane_.fleet().proxies()) {
        const auto it = proxy.types.find(clusters);
        if (it != proxy.types.end() && it->second.versionAcked == version) ++count;
      }
      holding_ = count;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }

  controlplane::ControlPlane& plane_;
  std::atomic<int> wanted_{0};
  std::atomic<int> holding_{0};
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

// Runs the event loop until `done` holds or `seconds` pass; false on the deadline.
template <typename Done>
bool runUntil(Done done, int seconds) {
  QEventLoop loop;
  QTimer check;
  QObject::connect(&check, &QTimer::timeout, &loop, [&] {
    if (done()) loop.quit();
  });
  check.start(20);
  QTimer deadline;
  deadline.setSingleShot(true);
  bool late = false;
  QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
    late = true;
    loop.quit();
  });
  deadline.start(seconds * 1000);
  if (!done()) loop.exec();
  return !late || done();
}

// A change every proxy must take: the first cluster's connect timeout.
QString editCluster(app::MainWindow& window, int round) {
  const workspace::Workspace& ws = window.document().workspace();
  const auto& clusters = ws.items(workspace::Kind::kCluster);
  if (clusters.empty()) return QStringLiteral("the workspace has no cluster to change");
  auto changed = clusters.front().as<envoy::config::cluster::v3::Cluster>();
  changed.mutable_connect_timeout()->set_seconds(10 + round);
  app::ResourceRef ref;
  ref.level = app::ResourceRef::Level::Item;
  ref.kind = workspace::Kind::kCluster;
  ref.name = QString::fromStdString(changed.name());
  QString why;
  auto edit = app::ResourceEdits::replace(ws, ref, changed, QStringLiteral("Set connect timeout"), {}, &why);
  if (!edit) return why;
  return window.document().apply(std::move(*edit));
}

}  // namespace

StallFigures measurePublishStalls(app::MainWindow& window, controlplane::ControlPlane& plane,
                                  const QString& self, int proxies, int niceness, int publishes,
                                  int deadlineSeconds) {
  StallFigures out;
  out.proxies = proxies;
  HoldingCount holding(plane);
  EventLoopHeartbeat heartbeat;
  QElapsedTimer clock;

  const auto live = plane.liveVersion();
  if (!live) {
    out.error = QStringLiteral("nothing is published");
    return out;
  }
  holding.want(live->sequence);
  QProcess fleet;
  fleet.setProcessChannelMode(QProcess::ForwardedErrorChannel);
  fleet.start(self, {QStringLiteral("--serve-proxies"), QString::fromStdString(plane.xds().address()),
                     QStringLiteral("--count"), QString::number(proxies), QStringLiteral("--nice"),
                     QString::number(niceness)});
  if (!fleet.waitForStarted(10000)) {
    out.error = QStringLiteral("the proxies' process did not start: %1").arg(fleet.errorString());
    return out;
  }
  // Its progress lines are read, so its pipe never fills.
  QObject::connect(&fleet, &QProcess::readyReadStandardOutput, &fleet, [&fleet] { fleet.readAllStandardOutput(); });

  heartbeat.take();
  clock.start();
  PhaseFigures connect;
  connect.name = QStringLiteral("connect");
  connect.done = runUntil([&] {
    return holding.holding() >= proxies && window.fleetModel().proxyCount() >= proxies;
  }, deadlineSeconds);
  connect.seconds = double(clock.nsecsElapsed()) / 1e9;
  connect.stalls = heartbeat.take();
  out.phases.push_back(connect);

  for (int round = 1; round <= publishes && connect.done; ++round) {
    if (const QString error = editCluster(window, round); !error.isEmpty()) {
      out.error = error;
      break;
    }
    bool published = false;
    auto connection = QObject::connect(&window, &app::MainWindow::published,
                                       [&published](const controlplane::PublishOutcome&) { published = true; });
    heartbeat.take();
    clock.restart();
    window.publish(QStringLiteral("bench publish %1").arg(round));
    PhaseFigures phase;
    bool wanted = false;
    phase.done = runUntil([&] {
      if (!wanted && published) {
        const auto now = plane.liveVersion();
        if (now) holding.want(now->sequence);
        wanted = true;
      }
      return wanted && holding.holding() >= proxies;
    }, deadlineSeconds);
    phase.seconds = double(clock.nsecsElapsed()) / 1e9;
    phase.stalls = heartbeat.take();
    QObject::disconnect(connection);
    const auto now = plane.liveVersion();
    phase.name = QStringLiteral("publish v%1").arg(now ? now->sequence : 0);
    out.phases.push_back(phase);
    if (!phase.done) break;
  }

  // The proxies leaving is a phase too: N disconnections reach the fleet table. The loop keeps
  // turning while the proxies' process ends.
  heartbeat.take();
  clock.restart();
  fleet.closeWriteChannel();
  PhaseFigures leave;
  leave.name = QStringLiteral("disconnect");
  leave.done = runUntil([&] {
    return fleet.state() == QProcess::NotRunning && window.fleetModel().proxyCount() == 0;
  }, deadlineSeconds);
  leave.seconds = double(clock.nsecsElapsed()) / 1e9;
  leave.stalls = heartbeat.take();
  out.phases.push_back(leave);
  if (fleet.state() != QProcess::NotRunning) {
    fleet.kill();
    fleet.waitForFinished(5000);
  }
  return out;
}

}  // namespace meshdesk::bench
