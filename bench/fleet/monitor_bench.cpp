// meshdesk-bench-fleet-monitor: the console's fleet monitor under a lab fleet. The real control
// plane (on 127.0.0.1), the Fleet table, the proxy pane (following one proxy), the charts and
// the canary pane, with N simulated proxies on real gRPC streams, and a new version published
// every second. It prints, every ten seconds, how long the GUI thread was ever kept from its
// 10 ms heartbeat and the resident memory, and at the end the figures for the run.
//
//   meshdesk-bench-fleet-monitor [--proxies 1000] [--seconds 600] [--in-process] [--nice 10]
//                                [--no-history] [--hide charts,details,lab,canary,table]
//                                [--exit-without-cleanup]
//
// By default the proxies run in their own process (meshdesk-lab-proxies), so that what is
// measured is the console; --in-process runs them in the console's lab, as a user would.
// --nice N runs that process at nice level N (default 10; 0 for none): a thousand proxies are a
// thousand machines' work, and on a two-core machine they would otherwise take the console's
// cores. --exit-without-cleanup ends the process without destructors after the figures, so that
// under heaptrack what is still allocated is the heap as it was at the end of the run. --no-history runs
// the control plane without its version history (which keeps every version, by design), to
// tell the monitor's memory from the history's.

#include <QApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QProcess>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent>

#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "monitor_window.h"
#include "xds/process_settings.h"
#include "controlplane/control_plane.h"
#include "fleet/canary_dock.h"
#include "fleet/fleet_charts_dock.h"
#include "fleet/fleet_dock.h"
#include "fleet/lab_dock.h"
#include "fleet/proxy_details_dock.h"
#include "fleet/fleet_monitor.h"
#include "gui_heartbeat.h"
#include "lab/lab_fleet.h"
#include "models/fleet_table_model.h"
#include "process_memory.h"
#include "snapshot/type_url.h"

using namespace meshdesk;
namespace fs = std::filesystem;

namespace {
std::string readFile(const fs::path& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), {}};
}
}  // namespace

int main(int argc, char** argv) {
  meshdesk::xds::skipAbseilDeadlockDetection();  // as meshdesk's main() does
  int proxies = 1000, seconds = 600;
  bool inProcess = false;
  int niceLevel = 10;
  bool noHistory = false;
  bool exitWithoutCleanup = false;  // under heaptrack: what is still allocated is the live heap
  QStringList hide;  // panes to close, to see what each one costs: charts, details, lab, canary
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--proxies" && i + 1 < argc) proxies = std::stoi(argv[++i]);
    else if (a == "--seconds" && i + 1 < argc) seconds = std::stoi(argv[++i]);
    else if (a == "--in-process") inProcess = true;
    else if (a == "--nice" && i + 1 < argc) niceLevel = std::stoi(argv[++i]);
    else if (a == "--no-history") noHistory = true;
    else if (a == "--exit-without-cleanup") exitWithoutCleanup = true;
    else if (a == "--hide" && i + 1 < argc) hide = QString::fromLocal8Bit(argv[++i]).split(',');
  }
  QApplication app(argc, argv);

  const fs::path dir = fs::temp_directory_path() / ("meshdesk-monitor-bench-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string base = readFile(fs::path(MESHDESK_SOURCE_DIR) / "tests/lab/data/fleet.yaml");
  std::ofstream(dir / "workspace.yaml") << base;
  // A file where the history's folder would go: the control plane runs without one.
  if (noHistory) std::ofstream(dir / ".meshdesk") << "no history for this run\n";

  controlplane::Options options;
  options.workspacePath = (dir / "workspace.yaml").string();
  options.xdsAddress = "127.0.0.1:0";
  options.author = "bench";
  controlplane::ControlPlane plane(options);
  std::string error;
  if (!plane.start(&error)) {
    std::fprintf(stderr, "control plane: %s\n", error.c_str());
    return 1;
  }
  const std::string address = plane.xds().address();
  if (noHistory) std::printf("no version history: %s\n", plane.historyError().c_str());

  bench::MonitorWindow shown(plane);
  QMainWindow& window = shown.window;
  auto* dock = shown.fleetDock;
  app::FleetTableModel* model = shown.model;
  app::FleetMonitor* monitor = shown.monitor;
  window.resize(1600, 1000);
  window.show();
  if (hide.contains("charts")) monitor->chartsDock()->close();
  if (hide.contains("details")) monitor->detailsDock()->close();
  if (hide.contains("lab")) monitor->labDock()->close();
  if (hide.contains("canary")) monitor->canaryDock()->close();
  if (hide.contains("table")) dock->close();

  QProcess child;
  QElapsedTimer clock;
  clock.start();
  if (inProcess) {
    lab::ProxyBatch batch;
    batch.idPattern = "bench-{n}";
    batch.count = proxies;
    batch.zones = {"zone-a", "zone-b", "zone-c"};
    monitor->labFleet().add(batch);
  } else {
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QStringList args{"--address", QString::fromStdString(address), "--count", QString::number(proxies)};
    // In the child between fork and exec: its threads, made after, inherit the nice level.
    if (niceLevel != 0)
      child.setChildProcessModifier([niceLevel] { setpriority(PRIO_PROCESS, 0, niceLevel); });
    child.start(QStringLiteral(LAB_PROXIES), args);
    if (!child.waitForStarted()) {
      std::fprintf(stderr, "cannot start %s\n", LAB_PROXIES);
      return 1;
    }
  }
  const std::string cds(snapshot::type_url::kCluster);
  auto allSynced = [&] {
    if (model->proxyCount() < proxies) return false;
    for (const auto& p : plane.fleet().proxies()) {
      auto t = p.types.find(cds);
      if (t == p.types.end() || t->second.status != fleet::SyncStatus::Synced) return false;
    }
    return true;
  };
  while (!allSynced() && clock.elapsed() < 180000) app.processEvents(QEventLoop::AllEvents, 100);
  std::printf("%d proxies connected and synced in %.1f s (%s, nice %d)\n", model->proxyCount(),
              clock.elapsed() / 1000.0, inProcess ? "in the console's process" : "in their own process",
              niceLevel);
  // Follow one proxy in the proxy pane, as a user would.
  dock->table()->setCurrentIndex(dock->table()->model()->index(0, 0));

  bench::GuiHeartbeat heartbeat;
  const pid_t childPid = inProcess ? 0 : static_cast<pid_t>(child.processId());
  if (childPid) {
    errno = 0;
    const int childNice = getpriority(PRIO_PROCESS, static_cast<id_t>(childPid));
    std::printf("proxies' process %d runs at nice %d\n", static_cast<int>(childPid), errno ? -99 : childNice);
  }
  const double cpuStart = bench::cpuSeconds();
  const double childCpuStart = childPid ? bench::cpuSeconds(childPid) : 0;
  const double rssStart = bench::residentMiB();
  const double heapStart = bench::heapInUseMiB();
  const double childStart = inProcess ? 0 : bench::residentMiB(static_cast<pid_t>(child.processId()));
  std::printf("RSS at start: console %.1f MiB%s\n", rssStart,
              inProcess ? "" : (", proxies " + std::to_string(static_cast<int>(childStart)) + " MiB").c_str());

  // A publish a second, off the GUI thread as the console does it.
  int publishes = 0, published = 0;
  QFutureWatcher<controlplane::PublishOutcome> publishing;
  QObject::connect(&publishing, &QFutureWatcher<controlplane::PublishOutcome>::finished, [&] {
    if (publishing.result().status == controlplane::PublishOutcome::Status::Published) ++published;
  });
  QTimer publisher;
  QObject::connect(&publisher, &QTimer::timeout, [&] {
    if (publishing.isRunning()) return;
    ++publishes;
    std::string text = base;
    const std::string from = "port_value: 8081";
    text.replace(text.find(from), from.size(), "port_value: " + std::to_string(9000 + publishes % 1000));
    publishing.setFuture(QtConcurrent::run([&plane, text] {
      auto parsed = workspace::Workspace::parse(text, "bench");
      return plane.publish(parsed.workspace, "bench publish");
    }));
  });
  publisher.start(1000);

  QElapsedTimer run;
  run.start();
  QTimer report;
  int tick = 0;
  QObject::connect(&report, &QTimer::timeout, [&] {
    tick += 10;
    auto w = heartbeat.take();
    auto live = plane.liveVersion();
    std::printf("t=%4ds  connected %4d  live v%-4d published %4d  heartbeat max %6.1f ms p99 %5.1f ms "
                "stalls>50ms %d (GUI CPU max %.1f ms, busy>50ms %d)  RSS %.1f MiB heap %.1f MiB  load %.2f\n",
                tick, model->proxyCount(), live ? live->sequence : 0, published, w.maxGapMs, w.p99GapMs,
                w.stallsOver50ms, w.maxCpuMs, w.busyStalls, bench::residentMiB(), bench::heapInUseMiB(),
                bench::loadAverage());
    std::fflush(stdout);
    if (tick >= seconds) app.quit();
  });
  report.start(10000);
  app.exec();
  publisher.stop();
  publishing.waitForFinished();

  const double cpuEnd = bench::cpuSeconds();
  const double childCpuEnd = childPid ? bench::cpuSeconds(childPid) : 0;
  const double rssEnd = bench::residentMiB();
  const double heapEnd = bench::heapInUseMiB();
  const double childEnd = inProcess ? 0 : bench::residentMiB(static_cast<pid_t>(child.processId()));
  std::printf("\n%d proxies, %d s, %d versions published (one a second)\n", proxies, seconds, published);
  std::printf("GUI heartbeat: worst gap %.1f ms (GUI-thread CPU in it %.1f ms, waiting %.1f ms), gaps over 50 ms: %d; "
              "most GUI-thread CPU in one gap %.1f ms, gaps with over 50 ms of it: %d\n",
              heartbeat.worstGapMs(), heartbeat.worstGapCpuMs(), heartbeat.worstGapMs() - heartbeat.worstGapCpuMs(),
              heartbeat.totalStalls(), heartbeat.worstCpuMs(), heartbeat.totalBusyStalls());
  const double wall = run.elapsed() / 1000.0;
  std::printf("CPU over the run: console %.0f s (%.2f cores)%s; load average at the end %.2f\n",
              cpuEnd - cpuStart, (cpuEnd - cpuStart) / wall,
              childPid ? (", proxies " + std::to_string(static_cast<int>(childCpuEnd - childCpuStart)) + " s").c_str() : "",
              bench::loadAverage());
  std::printf("console RSS: start %.1f MiB, end %.1f MiB (%+.1f); heap in use: start %.1f MiB, end %.1f MiB (%+.1f)\n",
              rssStart, rssEnd, rssEnd - rssStart, heapStart, heapEnd, heapEnd - heapStart);
  if (!inProcess) std::printf("proxies' RSS: start %.1f MiB, end %.1f MiB\n", childStart, childEnd);
  if (exitWithoutCleanup) {
    // With the proxies still connected: their streams' state is part of the heap measured. The
    // batches already posted to the GUI thread are handled first, so that what is left is what
    // is kept, not what happened to be in flight.
    for (int i = 0; i < 5; ++i) app.processEvents(QEventLoop::AllEvents, 50);
    std::fflush(stdout);
    fs::remove_all(dir);
    if (childPid) ::kill(childPid, SIGTERM);
    _exit(0);
  }
  if (!inProcess) {
    child.terminate();
    child.waitForFinished(15000);
  }
  delete monitor;
  fs::remove_all(dir);
  return 0;
}
