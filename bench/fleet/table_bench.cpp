// meshdesk-bench-fleet-table: the Fleet table with 10,000 proxies and 100 status changes a
// second, through the real path: a FleetRegistry (changes made on another thread, batched every
// 100 ms), the CoreBridge to the GUI thread, the FleetTableModel, the sort/filter model and a
// shown QTableView. It prints how long each batch took to apply and how long the GUI thread was
// ever kept from its 10 ms heartbeat.
//
//   meshdesk-bench-fleet-table [--rows 10000] [--changes 100] [--seconds 30]
//                              [--sort] [--filter TEXT]
//
// Run it with a display (xvfb-run) to include painting; QT_QPA_PLATFORM=offscreen paints too.

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMainWindow>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <random>
#include <thread>

#include "core_bridge.h"
#include "fleet/fleet_dock.h"
#include "gui_heartbeat.h"
#include "models/fleet_table_model.h"
#include "process_memory.h"
#include "snapshot/type_url.h"

using namespace meshdesk;

int main(int argc, char** argv) {
  int rows = 10000, changes = 100, seconds = 30;
  bool sort = false;
  QString filter;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--rows") rows = std::stoi(next());
    else if (a == "--changes") changes = std::stoi(next());
    else if (a == "--seconds") seconds = std::stoi(next());
    else if (a == "--sort") sort = true;
    else if (a == "--filter") filter = QString::fromStdString(next());
  }
  QApplication app(argc, argv);
  fleet::FleetRegistry registry(std::chrono::milliseconds(100));
  const auto& types = snapshot::knownTypeUrls();
  const std::vector<std::string> used(types.begin(), types.begin() + std::min<std::size_t>(6, types.size()));

  // The fleet, connected and synced before the window opens.
  std::vector<fleet::ProxyId> ids;
  for (int i = 0; i < rows; ++i) {
    fleet::ProxyIdentity who;
    who.nodeId = "proxy-" + std::to_string(i);
    who.cluster = i % 3 ? "edge" : "mesh";
    who.region = "eu";
    who.zone = "eu-1" + std::string(1, static_cast<char>('a' + i % 3));
    who.userAgent = "envoy/1.28.0";
    who.peer = "ipv4:127.0.0.1:" + std::to_string(20000 + i);
    who.group = "default";
    auto id = registry.streamOpened(who);
    for (const auto& t : used) {
      registry.sent(id, t, "1", "n1");
      registry.acked(id, t, "1", "n1");
    }
    ids.push_back(id);
  }

  QMainWindow window;
  app::FleetTableModel model;
  app::CoreBridge bridge(registry);
  std::vector<double> applyMs;
  std::size_t changedRows = 0;
  QObject::connect(&bridge, &app::CoreBridge::fleetBatch, &model, [&](const fleet::FleetBatch& b) {
    QElapsedTimer t;
    t.start();
    model.applyBatch(b);
    applyMs.push_back(t.nsecsElapsed() / 1e6);
    changedRows += b.changed.size();
  });
  auto* dock = new app::FleetDock(model, &window);
  window.addDockWidget(Qt::BottomDockWidgetArea, dock);
  window.resize(1600, 1000);
  window.show();

  QElapsedTimer loading;
  loading.start();
  while (model.proxyCount() < rows) app.processEvents(QEventLoop::AllEvents, 50);
  // The registry's first batch (the whole fleet, changed) may still be on its way.
  QElapsedTimer settle;
  settle.start();
  while (settle.elapsed() < 500) app.processEvents(QEventLoop::AllEvents, 50);
  std::printf("loaded %d rows in %.0f ms (RSS %.0f MiB)\n", rows, loading.nsecsElapsed() / 1e6,
              bench::residentMiB());
  applyMs.clear();
  changedRows = 0;
  if (sort) dock->table()->sortByColumn(model.columnOf(std::string(snapshot::type_url::kCluster)), Qt::AscendingOrder);
  if (!filter.isEmpty()) dock->filter()->setText(filter);
  app.processEvents();

  // Status changes from another thread, as the xDS server makes them: a version sent to a
  // proxy (STALE), then its ACK (SYNCED) or now and then a NACK.
  std::atomic<bool> stop{false};
  std::atomic<long> made{0};
  std::thread changer([&] {
    std::mt19937 random(7);
    std::uniform_int_distribution<int> pick(0, rows - 1), type(0, static_cast<int>(used.size()) - 1);
    int version = 2;
    const auto period = std::chrono::microseconds(1000000 / std::max(changes, 1));
    auto next = std::chrono::steady_clock::now();
    while (!stop) {
      const auto id = ids[pick(random)];
      const auto& t = used[type(random)];
      const std::string v = std::to_string(version++), nonce = "n" + v;
      // Two status changes: STALE, then SYNCED or NACKED.
      registry.sent(id, t, v, nonce);
      next += period;
      std::this_thread::sleep_until(next);
      if (version % 20 == 0) registry.nacked(id, t, v, nonce, "rejected by the benchmark", 3);
      else registry.acked(id, t, v, nonce);
      made += 2;
      next += period;
      std::this_thread::sleep_until(next);
    }
  });

  bench::GuiHeartbeat heartbeat;
  int elapsed = 0;
  QTimer report;
  QObject::connect(&report, &QTimer::timeout, [&] {
    auto w = heartbeat.take();
    ++elapsed;
    std::printf("t=%3ds  changes %5ld  heartbeat max gap %6.1f ms  p99 %5.1f ms  stalls>50ms %d  GUI CPU max %.1f ms\n",
                elapsed, made.load(), w.maxGapMs, w.p99GapMs, w.stallsOver50ms, w.maxCpuMs);
    std::fflush(stdout);
    if (elapsed >= seconds) app.quit();
  });
  report.start(1000);
  app.exec();
  stop = true;
  changer.join();

  std::sort(applyMs.begin(), applyMs.end());
  auto at = [&](double q) { return applyMs.empty() ? 0 : applyMs[std::min(applyMs.size() - 1, static_cast<std::size_t>(applyMs.size() * q))]; };
  std::printf("\nrows %d, status changes made %ld (%.0f/s), rows changed in batches %zu, batches %zu\n", rows,
              made.load(), made.load() / static_cast<double>(seconds), changedRows, applyMs.size());
  std::printf("applyBatch: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", at(0.5), at(0.99), applyMs.empty() ? 0 : applyMs.back());
  std::printf("GUI heartbeat (10 ms timer): worst gap %.1f ms, gaps over 50 ms: %d; most GUI-thread CPU in one "
              "gap %.1f ms, gaps with over 50 ms of it: %d\n",
              heartbeat.worstGapMs(), heartbeat.totalStalls(), heartbeat.worstCpuMs(), heartbeat.totalBusyStalls());
  std::printf("sorted by CDS: %s, filter: \"%s\", RSS %.0f MiB\n", sort ? "yes" : "no", filter.toStdString().c_str(),
              bench::residentMiB());
  return 0;
}
