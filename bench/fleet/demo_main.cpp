// meshdesk-fleet-demo: a console window with the fleet monitor and a lab fleet doing what
// fleets do: proxies of several clusters and zones, a few that NACK a load-balancing policy, a
// couple that answer late, one that flaps; a new version every few seconds, a canary. For
// demos and for the screenshot in docs/screenshots/fleet-monitor.png:
//
//   xvfb-run -s "-screen 0 1680x1050x24" meshdesk-fleet-demo --screenshot out.png --after 40
//
// (--screenshot runs ImageMagick's `import -window root` on the display, then quits.)

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QProcess>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "xds/process_settings.h"
#include "controlplane/control_plane.h"
#include "fleet/fleet_charts_dock.h"
#include "fleet/fleet_dock.h"
#include "fleet/fleet_monitor.h"
#include "fleet/proxy_details_dock.h"
#include "lab/lab_fleet.h"
#include "monitor_window.h"
#include "rollout/canary_rollout.h"

using namespace meshdesk;
namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), {}};
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  meshdesk::xds::skipAbseilDeadlockDetection();  // as meshdesk's main() does
  QString screenshot;
  int after = 40;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--screenshot") screenshot = QString::fromLocal8Bit(argv[++i]);
    else if (std::string(argv[i]) == "--after") after = std::stoi(argv[++i]);
  }
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("meshdesk-fleet-demo"));

  const fs::path dir = fs::temp_directory_path() / ("meshdesk-fleet-demo-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string base = readFile(fs::path(MESHDESK_SOURCE_DIR) / "resources/lab/workspace.yaml");
  std::ofstream(dir / "workspace.yaml") << base;
  controlplane::Options options;
  options.workspacePath = (dir / "workspace.yaml").string();
  options.xdsAddress = "127.0.0.1:0";
  options.author = "demo";
  controlplane::ControlPlane plane(options);
  std::string error;
  if (!plane.start(&error)) {
    std::fprintf(stderr, "control plane: %s\n", error.c_str());
    return 1;
  }

  bench::MonitorWindow shown(plane);
  QMainWindow& window = shown.window;
  window.setWindowTitle(QStringLiteral("Meshdesk \u2014 fleet monitor (lab)"));
  auto* fleetDock = shown.fleetDock;
  auto* monitor = shown.monitor;
  // Charts across the top, the table below, the proxy pane on the right.
  window.addDockWidget(Qt::TopDockWidgetArea, monitor->chartsDock());
  window.addDockWidget(Qt::RightDockWidgetArea, monitor->detailsDock());
  window.resize(1680, 1050);
  window.resizeDocks({monitor->chartsDock(), fleetDock}, {430, 560}, Qt::Vertical);
  window.resizeDocks({monitor->detailsDock()}, {470}, Qt::Horizontal);
  window.show();

  auto& lab = monitor->labFleet();
  auto add = [&](const char* pattern, const char* cluster, int count, lab::ProxyBehaviour behaviour,
                 std::vector<std::string> zones) {
    lab::ProxyBatch batch;
    batch.idPattern = pattern;
    batch.cluster = cluster;
    batch.count = count;
    batch.region = "eu-west";
    batch.zones = std::move(zones);
    batch.behaviour = std::move(behaviour);
    lab.add(batch);
  };
  add("edge-{n}", "edge", 18, {}, {"eu-west-1a", "eu-west-1b", "eu-west-1c"});
  add("mesh-{n}", "mesh", 10, {}, {"eu-west-1a", "eu-west-1b"});
  lab::ProxyBehaviour picky;
  picky.nackRules.push_back(*lab::NackRule::parse("clusters lb_policy=RING_HASH"));
  add("legacy-{n}", "edge", 3, picky, {"eu-west-1c"});
  lab::ProxyBehaviour slow;
  slow.answerDelay = std::chrono::milliseconds(7000);
  add("slow-{n}", "mesh", 2, slow, {"eu-west-1b"});
  lab::ProxyBehaviour flappy;
  flappy.flapUp = std::chrono::seconds(9);
  flappy.flapDown = std::chrono::seconds(3);
  add("flappy-{n}", "edge", 1, flappy, {"eu-west-1a"});

  // A version every six seconds; the third sets RING_HASH on api, which the legacy proxies NACK.
  int step = 0;
  QTimer publisher;
  QObject::connect(&publisher, &QTimer::timeout, [&] {
    ++step;
    std::string text = base;
    text = replaced(text, "max_connections: 1024", "max_connections: " + std::to_string(1024 + step));
    if (step >= 3) text = replaced(text, "lb_policy: LEAST_REQUEST", "lb_policy: RING_HASH");
    if (step == 5) {
      // A canary of the next change on a tenth of the fleet, watched; it converges.
      auto parsed = workspace::Workspace::parse(replaced(text, "max_requests: 512", "max_requests: 600"), "demo");
      rollout::CanarySelector tenth;
      tenth.percent = 10;
      rollout::CanaryPolicy policy;
      policy.rollbackOnNack = false;
      policy.convergeWithin = std::chrono::seconds(120);
      std::string why;
      monitor->rollout().start(parsed.workspace, tenth, policy, "demo", "more requests for web", &why);
      return;
    }
    if (step > 5) return;
    auto parsed = workspace::Workspace::parse(text, "demo");
    (void)QtConcurrent::run([&plane, ws = parsed.workspace, step] {
      plane.publish(ws, "demo step " + std::to_string(step));
    });
  });
  publisher.start(6000);

  // Show a NACKing proxy in the proxy pane once it has something to show.
  QTimer::singleShot(22000, &window, [&] {
    auto* view = fleetDock->table();
    for (int row = 0; row < view->model()->rowCount(); ++row)
      if (view->model()->index(row, 0).data().toString() == "legacy-1") view->setCurrentIndex(view->model()->index(row, 0));
    monitor->detailsDock()->raise();
  });

  if (!screenshot.isEmpty()) {
    QTimer::singleShot(after * 1000, &window, [&] {
      const int code = QProcess::execute(QStringLiteral("import"), {"-window", "root", screenshot});
      std::printf("import -window root %s: %d\n", screenshot.toLocal8Bit().constData(), code);
      app.quit();
    });
  }
  const int code = app.exec();
  delete monitor;
  fs::remove_all(dir);
  return code;
}
