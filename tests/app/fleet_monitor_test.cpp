// The fleet monitor installed into a window, against the real control plane on 127.0.0.1 with
// simulated proxies on real gRPC streams (and the fake envoy binary of tests/lab for the Envoy
// tab): a NACK reaches the table and the proxy pane with its text, a canary started from the
// pane is rolled back by a NACK, the lab starts, stops and reconnects proxies, and the charts
// plot and export what happened.

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineSeries>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "core_bridge.h"
#include "fleet/canary_dock.h"
#include "fleet/fleet_charts_dock.h"
#include "fleet/fleet_dock.h"
#include "fleet/fleet_filter_model.h"
#include "fleet/fleet_monitor.h"
#include "fleet/fleet_timeline.h"
#include "fleet/lab_dock.h"
#include "fleet/lab_proxy_model.h"
#include "fleet/proxy_details_dock.h"
#include "lab/lab_fleet.h"
#include "lab_test_support.h"
#include "models/fleet_table_model.h"
#include "qt_test_support.h"
#include "rollout/canary_rollout.h"
#include "snapshot/type_url.h"

namespace meshdesk::app {
namespace {

using testing::waitFor;
using namespace std::chrono_literals;
const std::string kCds(snapshot::type_url::kCluster);

const char* kRingHashFrom = "- name: web\n  type: STATIC\n";
const char* kRingHashTo = "- name: web\n  type: STATIC\n  lb_policy: RING_HASH\n";

class FleetMonitorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    served = std::make_unique<labtest::ServedWorkspace>(
        std::string("monitor-") + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    ASSERT_EQ(served->started(), "");
    window = std::make_unique<QMainWindow>();
    bridge = new CoreBridge(served->plane().fleet(), window.get());
    model = new FleetTableModel(window.get());
    QObject::connect(bridge, &CoreBridge::fleetBatch, model, &FleetTableModel::applyBatch);
    fleetDock = new FleetDock(*model, window.get());
    window->addDockWidget(Qt::BottomDockWidgetArea, fleetDock);
    FleetMonitorOptions options;
    options.editedWorkspace = [this]() -> std::optional<workspace::Workspace> {
      auto parsed = workspace::Workspace::parse(edited);
      if (!parsed.ok()) return std::nullopt;
      return parsed.workspace;
    };
    monitor = installFleetMonitor(*window, served->plane(), *bridge, *fleetDock, options);
    window->resize(1400, 900);
    window->show();
  }
  void TearDown() override {
    window.reset();
    served.reset();
  }

  int rowOfNode(const QString& node) const {
    for (int row = 0; row < model->proxyCount(); ++row)
      if (model->index(row, FleetTableModel::NodeColumn).data().toString() == node) return row;
    return -1;
  }
  QString cdsCell(const QString& node, int role = Qt::DisplayRole) const {
    const int row = rowOfNode(node);
    return row < 0 ? QString() : model->index(row, model->columnOf(kCds)).data(role).toString();
  }
  bool synced(const QString& node) const { return cdsCell(node).startsWith(QLatin1String("SYNCED")); }
  // Selects `node` in the Fleet table, as a click would.
  void select(const QString& node) {
    auto* view = fleetDock->table();
    for (int row = 0; row < view->model()->rowCount(); ++row)
      if (view->model()->index(row, FleetTableModel::NodeColumn).data().toString() == node) {
        view->setCurrentIndex(view->model()->index(row, 0));
        return;
      }
    FAIL() << "no row for " << node.toStdString();
  }
  // Adds proxies through the Lab pane's form.
  std::vector<int> addThroughLab(const QString& pattern, int count, const QString& nackRules = {}) {
    LabDock* lab = monitor->labDock();
    lab->idPatternBox()->setText(pattern);
    lab->countBox()->setValue(count);
    lab->nackRulesBox()->setText(nackRules);
    return lab->addProxies();
  }

  std::unique_ptr<labtest::ServedWorkspace> served;
  std::unique_ptr<QMainWindow> window;
  CoreBridge* bridge = nullptr;
  FleetTableModel* model = nullptr;
  FleetDock* fleetDock = nullptr;
  FleetMonitor* monitor = nullptr;
  std::string edited = labtest::dataFile("fleet.yaml");
};

TEST_F(FleetMonitorTest, ANackShowsInTheTableAndTheProxyPaneWithItsText) {
  addThroughLab("picky-{n}", 1, "clusters lb_policy=RING_HASH");
  addThroughLab("easy-{n}", 2);
  ASSERT_TRUE(waitFor([&] { return synced("picky-1") && synced("easy-1") && synced("easy-2"); }, 10s));

  auto outcome = served->publish(labtest::replaced(labtest::dataFile("fleet.yaml"), kRingHashFrom, kRingHashTo));
  ASSERT_EQ(outcome.status, controlplane::PublishOutcome::Status::Published) << outcome.summary();
  ASSERT_TRUE(waitFor([&] { return cdsCell("picky-1").startsWith(QLatin1String("NACKED  2")); }, 10s))
      << cdsCell("picky-1").toStdString();
  const QString tip = cdsCell("picky-1", Qt::ToolTipRole);
  EXPECT_TRUE(tip.contains("rejected clusters/web: lb_policy is RING_HASH")) << tip.toStdString();
  ASSERT_TRUE(waitFor([&] { return cdsCell("easy-1") == QStringLiteral("SYNCED  2"); }, 10s));

  // The filter bar finds it by status.
  fleetDock->filter()->setText("status:nacked");
  EXPECT_EQ(fleetDock->table()->model()->rowCount(), 1);
  fleetDock->filter()->clear();

  select("picky-1");
  ProxyDetailsDock* details = monitor->detailsDock();
  EXPECT_TRUE(details->heading()->text().contains("picky-1"));
  QTableWidget* nacks = details->nacksTable();
  ASSERT_GE(nacks->rowCount(), 1);
  EXPECT_EQ(nacks->item(0, 1)->text(), QStringLiteral("CDS"));
  EXPECT_EQ(nacks->item(0, 2)->text(), QStringLiteral("2"));
  EXPECT_TRUE(nacks->item(0, 3)->text().contains("lb_policy is RING_HASH"));

  // Per resource, from the control plane's CSDS service: the cluster it refused, with the text.
  ASSERT_TRUE(waitFor([&] {
    auto* r = details->resourcesTable();
    for (int row = 0; row < r->rowCount(); ++row)
      if (r->item(row, 1)->text() == "web" && r->item(row, 2)->text() == "ERROR") return true;
    return false;
  }, 10s));
  auto* resources = details->resourcesTable();
  for (int row = 0; row < resources->rowCount(); ++row) {
    if (resources->item(row, 1)->text() == "web" && resources->item(row, 0)->text() == "CDS") {
      EXPECT_TRUE(resources->item(row, 5)->text().contains("RING_HASH"));
    }
  }

  // What it holds (clusters of v1) against what it should hold (live v2): the lb_policy line.
  ASSERT_TRUE(waitFor([&] { return !details->diffView()->toPlainText().isEmpty(); }, 10s));
  const QString diff = details->diffView()->toPlainText();
  EXPECT_TRUE(diff.contains("+lb_policy: RING_HASH")) << diff.toStdString();
  EXPECT_TRUE(diff.contains("clusters/web")) << diff.toStdString();

  // An easy proxy holds what it should.
  select("easy-1");
  ASSERT_TRUE(waitFor([&] { return !details->busy() && details->heading()->text().contains("easy-1"); }, 10s));
  ASSERT_TRUE(waitFor([&] { return !details->busy(); }, 10s));
  QTest::qWait(100);
  EXPECT_TRUE(details->diffView()->toPlainText().isEmpty()) << details->diffView()->toPlainText().toStdString();
}

TEST_F(FleetMonitorTest, ACanaryStartedFromThePaneIsRolledBackByANack) {
  addThroughLab("picky-{n}", 2, "clusters lb_policy=RING_HASH");
  addThroughLab("easy-{n}", 3);
  ASSERT_TRUE(waitFor([&] { return model->proxyCount() == 5 && synced("picky-1") && synced("easy-3"); }, 10s));

  edited = labtest::replaced(labtest::dataFile("fleet.yaml"), kRingHashFrom, kRingHashTo);
  CanaryDock* canary = monitor->canaryDock();
  canary->candidateBox()->setCurrentIndex(canary->candidateBox()->findData(QStringLiteral("edited")));
  canary->selectorMode()->setChecked(true);
  canary->idPatternBox()->setText("picky-*");
  canary->startButton()->click();
  ASSERT_TRUE(waitFor([&] {
    return monitor->rollout().status().state == rollout::RolloutState::RolledBack;
  }, 15s)) << canary->statusLabel()->text().toStdString();
  ASSERT_TRUE(waitFor([&] { return canary->statusLabel()->text().contains("rolled back"); }, 5s));
  EXPECT_TRUE(canary->statusLabel()->text().contains("lb_policy is RING_HASH"))
      << canary->statusLabel()->text().toStdString();

  // The audit trail, newest first: started, NACKed, rolled back by Meshdesk itself.
  QTableWidget* audit = canary->auditTable();
  ASSERT_GE(audit->rowCount(), 3);
  EXPECT_EQ(audit->item(0, 2)->text(), QStringLiteral("canary-rolled-back"));
  EXPECT_EQ(audit->item(0, 1)->text(), QStringLiteral("meshdesk (automatic)"));
  EXPECT_EQ(audit->item(audit->rowCount() - 1, 2)->text(), QStringLiteral("canary-started"));
  EXPECT_EQ(audit->item(audit->rowCount() - 1, 1)->text(), QStringLiteral("tester"));
  EXPECT_TRUE(QFile::exists(QString::fromStdString((served->dir() / ".meshdesk" / "audit.jsonl").string())));

  // Nobody is left on the canary: every proxy holds v1 again, and no group is a canary group.
  ASSERT_TRUE(waitFor([&] {
    for (int row = 0; row < model->proxyCount(); ++row)
      if (model->index(row, FleetTableModel::GroupColumn).data().toString() != "default" ||
          !model->index(row, model->columnOf(kCds)).data().toString().startsWith("SYNCED  1"))
        return false;
    return true;
  }, 10s));
  EXPECT_TRUE(canary->startButton()->isEnabled());
}

TEST_F(FleetMonitorTest, TheCanaryPaneOffersTheNewestFiftyVersions) {
  // v1 is the start; 59 more, each a new port.
  for (int n = 2; n <= 60; ++n)
    ASSERT_EQ(served->publish(labtest::replaced(labtest::dataFile("fleet.yaml"), "port_value: 8081",
                                                "port_value: " + std::to_string(9000 + n)),
                              "publish " + std::to_string(n))
                  .status,
              controlplane::PublishOutcome::Status::Published);
  CanaryDock* canary = monitor->canaryDock();
  canary->show();
  canary->raise();
  QComboBox* box = canary->candidateBox();
  // The workspace file, the editor's copy, and versions 60 down to 11.
  ASSERT_TRUE(waitFor([&] { return box->findData(60) >= 0; }, 10s));
  EXPECT_EQ(box->count(), 2 + 50);
  EXPECT_EQ(box->itemData(2).toInt(), 60);
  EXPECT_EQ(box->itemData(box->count() - 1).toInt(), 11);
  EXPECT_LT(box->findData(10), 0);
}

TEST_F(FleetMonitorTest, TheLabStartsStopsAndReconnectsSimulatedProxies) {
  auto ids = addThroughLab("lab-{n}", 3);
  ASSERT_EQ(ids.size(), 3u);
  ASSERT_TRUE(waitFor([&] { return synced("lab-1") && synced("lab-2") && synced("lab-3"); }, 10s));
  LabDock* lab = monitor->labDock();
  lab->proxyModel()->refresh();
  ASSERT_EQ(lab->proxyModel()->rowCount(), 3);

  lab->proxyTable()->selectRow(1);  // lab-2
  ASSERT_EQ(lab->selectedProxies(), std::vector<int>{ids[1]});
  lab->stopSelected();
  ASSERT_TRUE(waitFor([&] { return rowOfNode("lab-2") < 0; }, 10s));
  EXPECT_EQ(model->proxyCount(), 2);
  ASSERT_TRUE(waitFor([&] {
    lab->proxyModel()->refresh();
    return lab->proxyModel()->index(1, LabProxyModel::StateColumn).data().toString() == "stopped";
  }));

  lab->startSelected();
  ASSERT_TRUE(waitFor([&] { return synced("lab-2"); }, 10s));
  lab->reconnectSelected();
  ASSERT_TRUE(waitFor([&] {
    lab->proxyModel()->refresh();
    return lab->proxyModel()->index(1, LabProxyModel::ConnectsColumn).data().toInt() == 3 && synced("lab-2");
  }, 10s));

  // A behaviour set from the form: late answers keep lab-2 STALE for a while after a publish.
  lab->answerDelayBox()->setValue(1500);
  lab->applyBehaviourToSelected();
  lab->answerDelayBox()->setValue(0);
  ASSERT_EQ(served->publish(labtest::replaced(labtest::dataFile("fleet.yaml"), "port_value: 8081",
                                              "port_value: 8082")).status,
            controlplane::PublishOutcome::Status::Published);
  ASSERT_TRUE(waitFor([&] { return cdsCell("lab-2").startsWith("STALE  2") && synced("lab-1"); }, 10s));
  ASSERT_TRUE(waitFor([&] { return cdsCell("lab-2") == "SYNCED  2"; }, 10s));

  lab->removeAll();
  ASSERT_TRUE(waitFor([&] { return model->proxyCount() == 0; }, 10s));
  EXPECT_EQ(lab->proxyModel()->rowCount(), 0);

  // A wrong NACK rule is named, and nothing is added.
  EXPECT_TRUE(addThroughLab("bad-{n}", 1, "clusters lb_polcy=X").empty());
  EXPECT_TRUE(lab->message()->text().contains("lb_polcy")) << lab->message()->text().toStdString();
}

TEST_F(FleetMonitorTest, ChartsPlotTheFleetAndExportPngAndCsv) {
  addThroughLab("chart-{n}", 4);
  ASSERT_TRUE(waitFor([&] { return model->proxyCount() == 4 && synced("chart-4"); }, 10s));
  ASSERT_EQ(served->publish(labtest::replaced(labtest::dataFile("fleet.yaml"), "port_value: 8081",
                                              "port_value: 8082")).status,
            controlplane::PublishOutcome::Status::Published);
  ASSERT_TRUE(waitFor([&] {
    for (int n = 1; n <= 4; ++n)
      if (cdsCell(QStringLiteral("chart-%1").arg(n)) != "SYNCED  2") return false;
    return true;
  }, 10s));
  ASSERT_TRUE(waitFor([&] { return monitor->timeline().connected() == 4; }));
  monitor->timeline().tick();

  FleetChartsDock* charts = monitor->chartsDock();
  // Convergence of v2: one bar count per proxy.
  ASSERT_TRUE(waitFor([&] { return charts->convergenceVersion()->findData("2") >= 0; }));
  charts->convergenceVersion()->setCurrentIndex(charts->convergenceVersion()->findData("2"));
  auto* bars = static_cast<QBarSeries*>(charts->view(FleetChartsDock::Convergence)->chart()->series().first());
  double total = 0;
  for (int i = 0; i < bars->barSets().first()->count(); ++i) total += bars->barSets().first()->at(i);
  EXPECT_EQ(total, 4);
  // Versions of the default group: pushed and ACKed both reach 2.
  charts->versionsScope()->setCurrentIndex(charts->versionsScope()->findData("group:default"));
  auto versionSeries = charts->view(FleetChartsDock::Versions)->chart()->series();
  auto* acked = static_cast<QLineSeries*>(versionSeries[1]);
  ASSERT_GT(acked->count(), 0);
  EXPECT_EQ(acked->at(acked->count() - 1).y(), 2);
  // Selecting a proxy offers its own steps.
  select("chart-1");
  EXPECT_GE(charts->versionsScope()->findData("node:chart-1"), 0);

  QTemporaryDir dir;
  ASSERT_EQ(monitor->exportCharts(dir.path()), QString());
  for (const char* name : {"fleet-versions", "fleet-acks-nacks", "fleet-convergence", "fleet-connected"}) {
    QImage image(dir.filePath(QString::fromLatin1(name) + ".png"));
    EXPECT_FALSE(image.isNull()) << name;
    EXPECT_GT(image.width(), 100) << name;
    QFile csv(dir.filePath(QString::fromLatin1(name) + ".csv"));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly)) << name;
    const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
    EXPECT_GE(lines.size(), 2) << name;
  }
  QFile convergence(dir.filePath("fleet-convergence.csv"));
  ASSERT_TRUE(convergence.open(QIODevice::ReadOnly));
  const QString text = QString::fromUtf8(convergence.readAll());
  EXPECT_TRUE(text.startsWith("version,node,published,last_ack,seconds\n")) << text.toStdString();
  EXPECT_EQ(text.count("\n2,chart-"), 4) << text.toStdString();
  QFile rates(dir.filePath("fleet-acks-nacks.csv"));
  ASSERT_TRUE(rates.open(QIODevice::ReadOnly));
  int acks = 0;
  for (const QString& line : QString::fromUtf8(rates.readAll()).split('\n', Qt::SkipEmptyParts).mid(1))
    acks += line.section(',', 1, 1).toInt();
  // Four proxies, four types each, two versions (clusters only the second time): at least 20.
  EXPECT_GE(acks, 20);
}

TEST_F(FleetMonitorTest, ALabEnvoyIsStartedCheckedForDriftAndStopped) {
  LabDock* lab = monitor->labDock();
  lab->envoyBinaryBox()->setText(QStringLiteral(FAKE_ENVOY_DIR "/envoy"));
  emit lab->envoyBinaryBox()->editingFinished();
  lab->envoyNodeBox()->setText("lab-envoy-1");
  ASSERT_GT(lab->addEnvoy(), 0) << lab->message()->text().toStdString();
  lab->startEnvoy();
  ASSERT_TRUE(waitFor([&] { return synced("lab-envoy-1"); }, 10s)) << lab->message()->text().toStdString();
  ASSERT_TRUE(waitFor([&] { return !lab->envoyBusy(); }));
  ASSERT_TRUE(waitFor([&] {
    lab->refreshEnvoys();
    return lab->envoyLog()->toPlainText().contains("fake envoy starting");
  }, 5s));

  QSignalSpy checked(lab, &LabDock::driftChecked);
  // The admin port may take a moment after the ADS stream.
  ASSERT_TRUE(waitFor([&] {
    if (checked.isEmpty()) lab->checkDrift();
    if (!checked.isEmpty() && checked.last().at(0).toInt() != 0) {
      checked.clear();
      return false;
    }
    return !checked.isEmpty();
  }, 10s)) << lab->message()->text().toStdString();
  EXPECT_EQ(checked.last().at(0).toInt(), 0);
  EXPECT_TRUE(lab->message()->text().contains("No drift"));

  lab->stopEnvoy();
  ASSERT_TRUE(waitFor([&] { return !lab->envoyBusy() && rowOfNode("lab-envoy-1") < 0; }, 10s));
  EXPECT_TRUE(lab->envoyTable()->item(0, 3)->text().contains("exited with 0"))
      << lab->envoyTable()->item(0, 3)->text().toStdString();
}

TEST_F(FleetMonitorTest, InstallsAMenuAndDocks) {
  EXPECT_TRUE(monitor->menu() != nullptr);
  EXPECT_EQ(monitor->menu()->title(), QStringLiteral("F&leet"));
  for (const char* name : {"ProxyDetailsDock", "FleetChartsDock", "LabDock", "CanaryDock"})
    EXPECT_NE(window->findChild<QDockWidget*>(QString::fromLatin1(name)), nullptr) << name;
}

// A console left open for days: the timeline keeps what fleet_timeline.h promises, and no more.
TEST(FleetTimelineBounds, KeepsWhatItPromisesAndNoMore) {
  using Kind = fleet::FleetEvent::Kind;
  FleetTimeline timeline;
  auto node = [](fleet::ProxyId id) { return "node-" + std::to_string(id); };
  auto proxyIn = [&](fleet::ProxyId id, const std::string& group) {
    fleet::ProxyState p;
    p.id = id;
    p.nodeId = node(id);
    p.group = group;
    return p;
  };
  fleet::FleetBatch connect;
  for (fleet::ProxyId id = 1; id <= 3; ++id) connect.changed.push_back(proxyIn(id, "default"));
  timeline.applyBatch(connect);
  // 2,000 versions two seconds apart, each sent to and ACKed by the three proxies.
  const auto start = fleet::Clock::now() - 3h;
  constexpr int kPublishes = 2000;
  for (int v = 1; v <= kPublishes; ++v) {
    const auto at = start + std::chrono::seconds(2 * v);
    const std::string version = std::to_string(v);
    timeline.published(version, at);
    fleet::FleetBatch batch;
    for (fleet::ProxyId id = 1; id <= 3; ++id) {
      batch.events.push_back({Kind::Sent, id, node(id), kCds, version, {}, at + 10ms});
      batch.events.push_back({Kind::Acked, id, node(id), kCds, version, {}, at + 50ms});
    }
    timeline.applyBatch(batch);
    timeline.tick(at + 1s);
  }
  ASSERT_NE(timeline.proxySteps("node-1"), nullptr);
  EXPECT_EQ(timeline.proxySteps("node-1")->size(), FleetTimeline::kProxySteps);
  EXPECT_EQ(timeline.proxySteps("node-1")->back().acked, kPublishes);
  ASSERT_NE(timeline.groupSteps("default"), nullptr);
  EXPECT_EQ(timeline.groupSteps("default")->size(), FleetTimeline::kGroupSteps);
  EXPECT_EQ(timeline.seconds().size(), FleetTimeline::kKeepSeconds);
  const QStringList versions = timeline.convergedVersions();
  ASSERT_EQ(static_cast<std::size_t>(versions.size()), FleetTimeline::kVersions);
  EXPECT_EQ(versions.first(), QString::number(kPublishes));
  EXPECT_EQ(timeline.convergence(std::to_string(kPublishes)).size(), 3u);
  EXPECT_TRUE(timeline.convergence("1").empty());

  // Twenty canaries, each a node group of its own that empties when it ends: the last few stay
  // (to be looked at), the older ones go.
  for (int c = 1; c <= 20; ++c) {
    fleet::FleetBatch in, out;
    in.changed.push_back(proxyIn(3, "canary~" + std::to_string(c)));
    in.events.push_back({Kind::Sent, 3, node(3), kCds, std::to_string(c) + "-canary", {}, fleet::Clock::now()});
    timeline.applyBatch(in);
    out.changed.push_back(proxyIn(3, "default"));
    timeline.applyBatch(out);
  }
  const QStringList groups = timeline.groups();
  EXPECT_TRUE(groups.contains("default"));
  EXPECT_TRUE(groups.contains("canary~20"));
  EXPECT_FALSE(groups.contains("canary~1"));
  EXPECT_EQ(static_cast<std::size_t>(groups.size()), 1 + FleetTimeline::kEmptyGroups);

  // Labels that are not numbers: the newest keep their value and read back; the oldest are gone.
  const double first = timeline.versionValue("hash-0");
  double newest = 0;
  for (int i = 1; i <= 1000; ++i) newest = timeline.versionValue("hash-" + std::to_string(i));
  EXPECT_EQ(timeline.versionValue("hash-1000"), newest);
  EXPECT_EQ(timeline.versionLabel(newest), QStringLiteral("hash-1000"));
  EXPECT_NE(timeline.versionLabel(first), QStringLiteral("hash-0"));

  // A proxy's steps go with it.
  fleet::FleetBatch gone;
  gone.removed.push_back(1);
  timeline.applyBatch(gone);
  EXPECT_EQ(timeline.proxySteps("node-1"), nullptr);
  EXPECT_EQ(timeline.connected(), 2);
}

// A GUI thread that falls behind gets what the registry delivered meanwhile as one merged batch,
// not a queue of them: every event in order, each proxy once in its latest state.
TEST(CoreBridgeMerging, WhatArrivesWhileTheGuiThreadIsBusyComesAsOneBatch) {
  fleet::FleetRegistry registry(std::chrono::milliseconds(2));
  CoreBridge bridge(registry);
  std::vector<fleet::FleetBatch> seen;
  QObject::connect(&bridge, &CoreBridge::fleetBatch, [&](const fleet::FleetBatch& b) { seen.push_back(b); });
  // Subscribed after the bridge, so called after it: once this has seen an event, so has the bridge.
  std::atomic<int> delivered = 0;
  registry.subscribe([&](const fleet::FleetBatch& b) { delivered += static_cast<int>(b.events.size()); });

  fleet::ProxyIdentity a, b;
  a.nodeId = "a";
  a.peer = "ipv4:127.0.0.1:1";
  b.nodeId = "b";
  b.peer = "ipv4:127.0.0.1:2";
  const fleet::ProxyId ida = registry.streamOpened(a);
  const fleet::ProxyId idb = registry.streamOpened(b);
  // The GUI thread runs no event loop meanwhile: 20 versions, delivered in many batches.
  for (int v = 1; v <= 20; ++v) {
    const std::string version = std::to_string(v), nonce = "n" + version;
    registry.sent(ida, kCds, version, nonce);
    registry.acked(ida, kCds, version, nonce);
    std::this_thread::sleep_for(3ms);
  }
  registry.streamClosed(idb);
  constexpr int kEvents = 2 + 40 + 1;
  for (int i = 0; i < 1000 && delivered < kEvents; ++i) std::this_thread::sleep_for(10ms);
  ASSERT_EQ(delivered, kEvents);

  ASSERT_TRUE(waitFor([&] { return !seen.empty(); }));
  QCoreApplication::processEvents();
  ASSERT_EQ(seen.size(), 1u);
  const fleet::FleetBatch& batch = seen.front();
  ASSERT_EQ(batch.events.size(), static_cast<std::size_t>(kEvents));
  EXPECT_EQ(batch.events.front().kind, fleet::FleetEvent::Kind::Connected);
  EXPECT_EQ(batch.events[2].kind, fleet::FleetEvent::Kind::Sent);
  EXPECT_EQ(batch.events[2].version, "1");
  EXPECT_EQ(batch.events[41].kind, fleet::FleetEvent::Kind::Acked);
  EXPECT_EQ(batch.events[41].version, "20");
  EXPECT_EQ(batch.events.back().kind, fleet::FleetEvent::Kind::Disconnected);
  ASSERT_EQ(batch.changed.size(), 1u);
  EXPECT_EQ(batch.changed[0].id, ida);
  EXPECT_EQ(batch.changed[0].types.at(kCds).versionAcked, "20");
  EXPECT_EQ(batch.removed, std::vector<fleet::ProxyId>{idb});
}

TEST(CoreBridgeMerging, AHugeBatchIsHandedOutInSlicesInOrder) {
  fleet::FleetRegistry registry(std::chrono::milliseconds(2));
  CoreBridge bridge(registry);
  std::vector<fleet::FleetBatch> seen;
  QObject::connect(&bridge, &CoreBridge::fleetBatch, [&](const fleet::FleetBatch& b) { seen.push_back(b); });
  std::atomic<int> delivered = 0;
  registry.subscribe([&](const fleet::FleetBatch& b) { delivered += static_cast<int>(b.events.size()); });

  // 2,500 proxies come and go while the GUI thread runs no event loop: 5,000 events, 2,500
  // removals, as when a whole lab fleet leaves.
  constexpr int kProxies = 2500;
  std::vector<fleet::ProxyId> ids;
  for (int i = 0; i < kProxies; ++i) {
    fleet::ProxyIdentity who;
    who.nodeId = "p-" + std::to_string(i);
    who.peer = "ipv4:127.0.0.1:" + std::to_string(1000 + i);
    ids.push_back(registry.streamOpened(who));
  }
  for (auto id : ids) registry.streamClosed(id);
  for (int i = 0; i < 1000 && delivered < 2 * kProxies; ++i) std::this_thread::sleep_for(10ms);
  ASSERT_EQ(delivered, 2 * kProxies);

  ASSERT_TRUE(waitFor([&] {
    std::size_t events = 0;
    for (const auto& b : seen) events += b.events.size();
    return events == 2 * kProxies;
  }));
  ASSERT_GE(seen.size(), 2 * kProxies / CoreBridge::kSlice);  // 5,000 events, kSlice a slice
  std::vector<fleet::FleetEvent> events;
  std::vector<fleet::ProxyId> removed;
  for (const auto& b : seen) {
    EXPECT_LE(b.events.size(), CoreBridge::kSlice);
    EXPECT_LE(b.removed.size(), CoreBridge::kSlice);
    events.insert(events.end(), b.events.begin(), b.events.end());
    removed.insert(removed.end(), b.removed.begin(), b.removed.end());
  }
  ASSERT_EQ(events.size(), static_cast<std::size_t>(2 * kProxies));
  for (int i = 0; i < kProxies; ++i) {
    EXPECT_EQ(events[static_cast<std::size_t>(i)].kind, fleet::FleetEvent::Kind::Connected);
    EXPECT_EQ(events[static_cast<std::size_t>(kProxies + i)].kind, fleet::FleetEvent::Kind::Disconnected);
  }
  std::sort(removed.begin(), removed.end());
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(removed, ids);
}

}  // namespace
}  // namespace meshdesk::app
