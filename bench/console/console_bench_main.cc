// meshdesk-bench-console: the desktop console under load, offscreen (QT_QPA_PLATFORM=offscreen).
//
//   (a) a generated workspace of 10,000 routes and 2,000 clusters opened in the real MainWindow:
//       time until the navigator is filled and navigable (all route configurations expanded,
//       the last route selected, its editor shown, the window painted); target under 1 s;
//   (b) N real ADS streams (simulated proxies in a child process) connected to the console's
//       embedded control plane while it publishes: the GUI event loop's longest stall, from a
//       5 ms heartbeat; target no stall over 50 ms.
//
// Prints Markdown tables on stdout (docs/console.md keeps the figures), progress on stderr.

#include <CLI/CLI.hpp>

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "xds/process_settings.h"
#include "controlplane/control_plane.h"
#include "document/workspace_document.h"
#include "launch_options.h"
#include "log/message_log.h"
#include "main_window.h"
#include "navigator_timing.h"
#include "proxy_fleet_process.h"
#include "publish_stall.h"
#include "workspace_shape.h"

namespace {

using namespace meshdesk;

// The console logs every proxy that comes and goes; the Log pane still gets all of it (the
// console's MessageLog passes messages on to this handler), the terminal only warnings.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& text) {
  if (type == QtDebugMsg || type == QtInfoMsg) return;
  std::fprintf(stderr, "%s: %s\n", context.category ? context.category : "qt", qPrintable(text));
}

void printMachine() {
  double load[3] = {0, 0, 0};
  getloadavg(load, 3);
  std::printf("Machine: %u hardware threads, load average %.1f at the start, Qt %s, QT_QPA_PLATFORM=%s\n\n",
              std::thread::hardware_concurrency(), load[0], qVersion(), qgetenv("QT_QPA_PLATFORM").constData());
}

void printNavigator(const bench::NavigatorFigures& f) {
  std::printf("### Navigator: %d routes in %d route configurations, %d clusters\n\n", f.routes,
              f.routeConfigurations, f.clusters);
  if (!f.error.isEmpty()) std::printf("Problem: %s\n\n", qPrintable(f.error));
  std::printf("| step | ms |\n|---|---:|\n");
  std::printf("| read the file (loader's worker) | %.0f |\n", f.readMs);
  std::printf("| fill the document and the navigator | %.0f |\n", f.populateMs);
  std::printf("| the events that follow (layout, first paint) | %.0f |\n", f.settleAfterOpenMs);
  std::printf("| expand every route configuration (%d rows shown) | %.0f |\n", f.navigatorRows, f.expandMs);
  std::printf("| select the last route, open its editor | %.0f |\n", f.selectMs);
  std::printf("| paint the window | %.0f |\n", f.paintMs);
  std::printf("| **total, open to painted** (target < 1000) | **%.0f** |\n", f.totalMs);
  std::printf("| of which on the GUI thread, after the file was read | %.0f |\n", f.totalMs - f.readMs);
  std::printf("| longest event-loop gap while reading and filling | %.0f |\n", f.openingMaxGapMs);
  std::printf("| longest event-loop gap in the next 3 s (live validation) | %.0f (GUI CPU %.0f) |\n\n",
              f.settleMaxGapMs, f.settleCpuMs);
  std::printf("Editor shown: %s\n\n", qPrintable(f.editorTitle));
}

void printStalls(const std::vector<bench::StallFigures>& runs) {
  std::printf("### Event loop with N ADS streams while publishing (5 ms heartbeat)\n\n");
  std::printf("| proxies | phase | seconds | longest gap ms | of it computing | waiting for a core | blocked | p99 gap ms | gaps > 50 ms |\n");
  std::printf("|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
  for (const auto& run : runs) {
    for (const auto& p : run.phases) {
      // Whatever is left besides the timer's own interval: a lock, I/O or a page fault.
      const double blocked = std::max(0.0, p.stalls.maxGapMs - bench::EventLoopHeartbeat::kIntervalMs -
                                               p.stalls.cpuInMaxGapMs - p.stalls.waitInMaxGapMs);
      std::printf("| %d | %s%s | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f | %d |\n", run.proxies, qPrintable(p.name),
                  p.done ? "" : " (deadline passed)", p.seconds, p.stalls.maxGapMs, p.stalls.cpuInMaxGapMs,
                  p.stalls.waitInMaxGapMs, blocked, p.stalls.p99GapMs, p.stalls.over50ms);
    }
    if (!run.error.isEmpty()) std::printf("| %d | problem: %s | | | | | | | |\n", run.proxies, qPrintable(run.error));
  }
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  meshdesk::xds::skipAbseilDeadlockDetection();  // as meshdesk's main() does
  CLI::App cli{"The desktop console under load (offscreen)"};
  std::string serveAddress;
  int serveCount = 0;
  cli.add_option("--serve-proxies", serveAddress)->group("");  // the child's role
  cli.add_option("--count", serveCount)->group("");
  int niceness = 10;
  cli.add_option("--nice", niceness, "Niceness of the proxies' process (0: as the console)")->check(CLI::Range(0, 19));
  bench::WorkspaceShapeOptions shape;
  cli.add_option("--routes", shape.routes, "Routes of the generated workspace")->check(CLI::Range(1, 200000));
  cli.add_option("--clusters", shape.clusters, "Clusters of the generated workspace")->check(CLI::Range(1, 50000));
  std::vector<int> proxyCounts{1000, 5000};
  cli.add_option("-n,--proxies", proxyCounts, "Numbers of ADS streams, one run each")->delimiter(',');
  int publishes = 3;
  cli.add_option("--publishes", publishes, "Publishes per run")->check(CLI::Range(1, 50));
  int deadline = 180;
  cli.add_option("--deadline-s", deadline, "Deadline of each phase");
  bool skipNavigator = false, skipStalls = false;
  cli.add_flag("--skip-navigator", skipNavigator, "Do not time the navigator");
  cli.add_flag("--skip-stalls", skipStalls, "Do not measure stalls with ADS streams");
  std::string stallWorkspace;
  cli.add_option("--stall-workspace", stallWorkspace, "Workspace served to the proxies (default: the lab's)");
  CLI11_PARSE(cli, argc, argv);

  if (!serveAddress.empty()) return bench::serveProxies(serveAddress, serveCount, niceness);

  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QTemporaryDir scratch;
  QSettings::setDefaultFormat(QSettings::IniFormat);
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.filePath(QStringLiteral("settings")));
  QApplication application(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("MeshdeskBench"));
  QApplication::setApplicationName(QStringLiteral("meshdesk-bench-console"));
  Q_INIT_RESOURCE(meshdesk);
  printMachine();
  qInstallMessageHandler(quietHandler);
  app::MessageLog log;

  if (!skipNavigator) {
    std::fprintf(stderr, "generating %d routes, %d clusters...\n", shape.routes, shape.clusters);
    const QString path = scratch.filePath(QStringLiteral("large.yaml"));
    const std::string error = bench::buildWorkspace(shape).save(path.toStdString());
    if (!error.empty()) {
      std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), error.c_str());
      return 1;
    }
    controlplane::Options options;
    options.workspacePath = path.toStdString();
    options.xdsAddress = "127.0.0.1:0";
    controlplane::ControlPlane plane(options);  // not started: only the editor is timed
    app::MainWindow window(plane, log);
    window.show();
    QApplication::processEvents();
    std::fprintf(stderr, "opening it in the console...\n");
    printNavigator(bench::timeNavigator(window, path));
    window.document().markSaved();
  }

  if (!skipStalls) {
    std::vector<bench::StallFigures> runs;
    for (int n : proxyCounts) {
      const QString dir = scratch.filePath(QStringLiteral("stalls-%1").arg(n));
      QDir().mkpath(dir);
      const QString path = dir + QStringLiteral("/workspace.yaml");
      std::filesystem::copy_file(stallWorkspace.empty() ? app::LaunchOptionsParser::bundledWorkspace().toStdString()
                                                        : stallWorkspace,
                                 path.toStdString());
      controlplane::Options options;
      options.workspacePath = path.toStdString();
      options.xdsAddress = "127.0.0.1:0";
      options.author = "meshdesk-bench-console";
      controlplane::ControlPlane plane(options);
      std::string why;
      if (!plane.start(&why)) {
        std::fprintf(stderr, "the control plane did not start: %s\n", why.c_str());
        return 1;
      }
      {
        app::MainWindow window(plane, log);
        window.show();
        window.openWorkspace(path);
        QApplication::processEvents();
        std::fprintf(stderr, "%d proxies...\n", n);
        runs.push_back(bench::measurePublishStalls(window, plane, QCoreApplication::applicationFilePath(), n,
                                                   niceness, publishes, deadline));
        window.document().markSaved();
      }
      plane.stop();
    }
    printStalls(runs);
  }
  return 0;
}
