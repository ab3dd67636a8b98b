// The main window: docks, status bar, menus, language switch, saved layout. Driven with a real
// FleetRegistry whose batches reach the window through the CoreBridge.

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>

#include <gtest/gtest.h>

#include "fleet/fleet_dock.h"
#include "fleet/fleet_monitor.h"
#include "fleet/proxy_details_dock.h"
#include "history/history_dock.h"
#include "log/log_dock.h"
#include "log/message_log.h"
#include "main_window.h"
#include "models/fleet_table_model.h"
#include "qt_test_support.h"
#include "console_fixture.h"

namespace meshdesk::app {
namespace {

using namespace std::chrono_literals;
using testing::waitFor;

class MainWindowTest : public testing::ConsoleTest {
 protected:
  // The window on a control plane that is not started: these tests feed its fleet plane->fleet().
  MainWindow& open() {
    start(false);
    window->setServerStatus(QStringLiteral("127.0.0.1:18000"));
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    return *window;
  }

  QString statusText(const char* name) const {
    auto* label = window->findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
  }
  QStringList menuTitles() const {
    QStringList titles;
    for (QAction* action : window->menuBar()->actions()) titles << action->text();
    return titles;
  }
  fleet::ProxyId connect(const std::string& node) {
    fleet::ProxyIdentity who;
    who.nodeId = node;
    who.peer = "ipv4:127.0.0.1:" + std::to_string(41000 + nextPort++);
    return plane->fleet().streamOpened(who);
  }

  int nextPort = 0;
};

TEST_F(MainWindowTest, ShowsItsDocksAndTheServerAddress) {
  MainWindow& w = open();
  auto* fleetDock = w.findChild<QDockWidget*>(QStringLiteral("FleetDock"));
  auto* logDock = w.findChild<QDockWidget*>(QStringLiteral("LogDock"));
  ASSERT_NE(fleetDock, nullptr);
  ASSERT_NE(logDock, nullptr);
  EXPECT_TRUE(fleetDock->isVisible());
  EXPECT_FALSE(logDock->isHidden());  // tabbed behind Fleet, but open
  EXPECT_EQ(w.dockWidgetArea(fleetDock), Qt::BottomDockWidgetArea);
  EXPECT_EQ(fleetDock->windowTitle(), QStringLiteral("Fleet"));
  EXPECT_EQ(statusText("ServerStatus"), QStringLiteral("xDS 127.0.0.1:18000"));
  EXPECT_EQ(statusText("ProxyCount"), QStringLiteral("0 proxies connected"));
  EXPECT_EQ(menuTitles(), (QStringList{"&File", "&Edit", "&View", "&Publish", "F&leet", "&Language", "&Help"}));
}

TEST_F(MainWindowTest, CountsConnectedProxiesLive) {
  open();
  const auto a = connect("edge-a");
  ASSERT_TRUE(waitFor([&] { return statusText("ProxyCount") == "1 proxy connected"; }))
      << statusText("ProxyCount").toStdString();
  const auto b = connect("edge-b");
  ASSERT_TRUE(waitFor([&] { return statusText("ProxyCount") == "2 proxies connected"; }));
  EXPECT_EQ(window->fleetDock()->table()->model()->rowCount(), 2);
  plane->fleet().streamClosed(a);
  ASSERT_TRUE(waitFor([&] { return statusText("ProxyCount") == "1 proxy connected"; }));
  plane->fleet().streamClosed(b);
  ASSERT_TRUE(waitFor([&] { return statusText("ProxyCount") == "0 proxies connected"; }));
}

TEST_F(MainWindowTest, LogsProxyEventsAndNacks) {
  open();
  const auto id = connect("edge-log");
  plane->fleet().sent(id, "type.googleapis.com/envoy.config.cluster.v3.Cluster", "v9", "n1");
  plane->fleet().nacked(id, "type.googleapis.com/envoy.config.cluster.v3.Cluster", "v9", "n1",
                  "no such cluster 'payments'", 3);
  ASSERT_TRUE(waitFor([&] {
    return window->logDock()->text().contains("Proxy edge-log rejected CDS version v9");
  })) << window->logDock()->text().toStdString();
  EXPECT_TRUE(window->logDock()->text().contains("WARNING"));
  EXPECT_TRUE(window->logDock()->text().contains("no such cluster 'payments'"));
  EXPECT_TRUE(window->logDock()->text().contains("Proxy edge-log connected"));
}

TEST_F(MainWindowTest, ABindFailureIsShownNotThrown) {
  MainWindow& w = open();
  w.setServerStatus(QStringLiteral("127.0.0.1:18000"), QStringLiteral("Address already in use"));
  EXPECT_EQ(statusText("ServerStatus"), QStringLiteral("xDS 127.0.0.1:18000: not serving"));
  EXPECT_EQ(w.findChild<QLabel*>(QStringLiteral("ServerStatus"))->toolTip(),
            QStringLiteral("Address already in use"));
  ASSERT_TRUE(waitFor([&] { return w.logDock()->text().contains("Address already in use"); }));
  EXPECT_TRUE(w.logDock()->text().contains("could not listen on 127.0.0.1:18000"));
}

TEST_F(MainWindowTest, SwitchesToGermanAndBackAtRunTime) {
  MainWindow& w = open();
  connect("edge-de");
  ASSERT_TRUE(waitFor([&] { return w.fleetModel().proxyCount() == 1; }));

  ASSERT_TRUE(w.setLanguage(QStringLiteral("de")));
  EXPECT_EQ(menuTitles(), (QStringList{"&Datei", "&Bearbeiten", "&Ansicht", "&Veröffentlichen", "F&lotte", "&Sprache", "&Hilfe"}));
  EXPECT_EQ(w.fleetDock()->windowTitle(), QStringLiteral("Flotte"));
  EXPECT_EQ(w.logDock()->windowTitle(), QStringLiteral("Protokoll"));
  EXPECT_EQ(statusText("ProxyCount"), QStringLiteral("1 Proxy verbunden"));
  EXPECT_EQ(statusText("ServerStatus"), QStringLiteral("xDS 127.0.0.1:18000"));
  const auto* header = w.fleetDock()->table()->model();
  EXPECT_EQ(header->headerData(FleetTableModel::NodeColumn, Qt::Horizontal).toString(),
            QStringLiteral("Knoten"));
  const int cds = w.fleetModel().columnOf("type.googleapis.com/envoy.config.cluster.v3.Cluster");
  EXPECT_EQ(w.fleetModel().index(0, cds).data().toString(), QStringLiteral("NICHT GESENDET"));

  // Back through the Language menu, as a user would.
  QAction* english = nullptr;
  for (QAction* menu : w.menuBar()->actions()) {
    for (QAction* item : menu->menu()->actions()) {
      if (item->text() == QStringLiteral("English")) english = item;
    }
  }
  ASSERT_NE(english, nullptr);
  english->trigger();
  EXPECT_EQ(w.language(), QStringLiteral("en"));
  EXPECT_TRUE(english->isChecked());
  EXPECT_EQ(menuTitles().first(), QStringLiteral("&File"));
  EXPECT_EQ(w.fleetDock()->windowTitle(), QStringLiteral("Fleet"));
  EXPECT_EQ(statusText("ProxyCount"), QStringLiteral("1 proxy connected"));
  EXPECT_EQ(QSettings().value("ui/language").toString(), QStringLiteral("en"));
}

TEST_F(MainWindowTest, RefusesALanguageItDoesNotHave) {
  MainWindow& w = open();
  EXPECT_FALSE(w.setLanguage(QStringLiteral("xx")));
  EXPECT_EQ(w.language(), QStringLiteral("en"));
  EXPECT_EQ(menuTitles().first(), QStringLiteral("&File"));
}

TEST_F(MainWindowTest, ViewMenuTogglesTheDocks) {
  MainWindow& w = open();
  QAction* toggle = w.fleetDock()->toggleViewAction();
  EXPECT_FALSE(toggle->shortcut().isEmpty());
  toggle->trigger();
  EXPECT_TRUE(w.fleetDock()->isHidden());
  toggle->trigger();
  EXPECT_FALSE(w.fleetDock()->isHidden());
}

TEST_F(MainWindowTest, RemembersItsGeometryAndDocks) {
  MainWindow& first = open();
  first.resize(1000, 700);
  first.logDock()->toggleViewAction()->trigger();  // close the Log pane
  ASSERT_TRUE(first.logDock()->isHidden());
  first.close();
  EXPECT_TRUE(QSettings().contains("window/geometry"));
  window.reset();

  MainWindow& second = open();
  EXPECT_EQ(second.size(), QSize(1000, 700));
  EXPECT_TRUE(second.logDock()->isHidden());
  EXPECT_FALSE(second.fleetDock()->isHidden());
}

TEST_F(MainWindowTest, TheFleetMonitorIsPartOfTheWindow) {
  MainWindow& w = start();  // serving, so the lab's proxies have somewhere to connect
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
  FleetMonitor* monitor = w.fleetMonitor();
  ASSERT_NE(monitor, nullptr);
  // Charts and details are tabs beside History; Lab and Canary tabs beside Fleet.
  for (const char* name : {"FleetChartsDock", "ProxyDetailsDock"}) {
    auto* dock = w.findChild<QDockWidget*>(QString::fromLatin1(name));
    ASSERT_NE(dock, nullptr) << name;
    EXPECT_TRUE(w.tabifiedDockWidgets(w.historyDock()).contains(dock)) << name;
  }
  for (const char* name : {"LabDock", "CanaryDock"}) {
    auto* dock = w.findChild<QDockWidget*>(QString::fromLatin1(name));
    ASSERT_NE(dock, nullptr) << name;
    EXPECT_TRUE(w.tabifiedDockWidgets(w.fleetDock()).contains(dock)) << name;
  }

  // The Fleet menu starts ten simulated proxies on real ADS streams to the embedded server.
  auto* addTen = w.findChild<QAction*>(QStringLiteral("LabAddTen"));
  ASSERT_NE(addTen, nullptr);
  addTen->trigger();
  ASSERT_TRUE(waitFor([&] { return statusText("ProxyCount") == "10 proxies connected"; }, 20s))
      << statusText("ProxyCount").toStdString();

  // Selecting one in the Fleet table shows it in the proxy details pane.
  QAbstractItemModel* rows = w.fleetDock()->table()->model();
  const QString node = rows->index(0, FleetTableModel::NodeColumn).data().toString();
  ASSERT_FALSE(node.isEmpty());
  w.fleetDock()->table()->setCurrentIndex(rows->index(0, 0));
  EXPECT_TRUE(waitFor([&] { return monitor->detailsDock()->heading()->text().contains(node); }))
      << monitor->detailsDock()->heading()->text().toStdString();
}

}  // namespace
}  // namespace meshdesk::app
