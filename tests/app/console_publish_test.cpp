// End to end, offscreen: a route is edited in the form, Review and Publish sends it through the
// embedded control plane, and a real ADS client on a gRPC stream to 127.0.0.1 receives the new
// version with the new route. Then the history shows both versions, their diff, and a rollback.

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>

#include <atomic>
#include <mutex>
#include <thread>

#include "ads_client.h"
#include "console_fixture.h"
#include "core_bridge.h"
#include "document/workspace_document.h"
#include "editors/editor_panel.h"
#include "editors/route_editor.h"
#include "envoy/config/route/v3/route.pb.h"
#include "history/history_dock.h"
#include "models/version_list_model.h"
#include "publishing/publisher.h"
#include "snapshot/type_url.h"
#include "workspace/resources_dock.h"

namespace meshdesk::app {
namespace {

using namespace std::chrono_literals;
using testing::waitFor;

std::string clusterOfRoute(const testing::AdsClient::Response& response, const std::string& config,
                           int host, int route) {
  for (const auto& any : response.resources()) {
    envoy::config::route::v3::RouteConfiguration c;
    if (!any.UnpackTo(&c) || c.name() != config) continue;
    return c.virtual_hosts(host).routes(route).route().cluster();
  }
  return {};
}

class ConsolePublishTest : public testing::ConsoleTest {};

TEST_F(ConsolePublishTest, AnEditedRouteIsPublishedAndAProxyReceivesIt) {
  start();
  openLab();
  const std::string address = plane->xds().address();
  testing::AckingSubscriber proxy(address, "console-e2e", std::string(snapshot::type_url::kRouteConfiguration),
                                 {"edge-routes"});
  ASSERT_TRUE(waitFor([&] { return proxy.last().has_value(); }, 10s));
  EXPECT_EQ(proxy.last()->version_info(), "1");
  EXPECT_EQ(clusterOfRoute(*proxy.last(), "edge-routes", 0, 2), "api");

  // edge-routes > api > the catch-all route "/", to cluster web through its form.
  ResourceRef route;
  route.level = ResourceRef::Level::Route;
  route.kind = workspace::Kind::kRoute;
  route.name = QStringLiteral("edge-routes");
  route.virtualHost = 0;
  route.route = 2;
  ASSERT_TRUE(window->resourcesDock()->select(route));
  auto* editor = qobject_cast<RouteEditor*>(window->editorPanel()->editor());
  ASSERT_NE(editor, nullptr);
  QComboBox* cluster = editor->cluster();
  const int web = cluster->findData(QStringLiteral("web"));
  ASSERT_GE(web, 0);
  cluster->setCurrentIndex(web);
  emit cluster->activated(web);
  EXPECT_EQ(window->document().undoStack()->undoText(), QStringLiteral("Set route / cluster to web"));

  QSignalSpy published(window.get(), &MainWindow::published);
  window->publish(QStringLiteral("Send the catch-all to web"));
  ASSERT_TRUE(published.wait(10000));
  const auto outcome = published.at(0).at(0).value<controlplane::PublishOutcome>();
  ASSERT_EQ(outcome.status, controlplane::PublishOutcome::Status::Published) << outcome.summary();
  ASSERT_TRUE(outcome.version.has_value());
  EXPECT_EQ(outcome.version->sequence, 2);

  ASSERT_TRUE(waitFor([&] { return proxy.last() && proxy.last()->version_info() == "2"; }, 10s))
      << (proxy.last() ? proxy.last()->version_info() : std::string("none"));
  EXPECT_EQ(clusterOfRoute(*proxy.last(), "edge-routes", 0, 2), "web");

  // History: v2 live, v1 before it; the diff between them is the edit.
  HistoryDock* history = window->historyDock();
  ASSERT_EQ(history->model()->rowCount(), 2);
  EXPECT_EQ(history->model()->index(0, 0).data().toString(), QStringLiteral("v2 (live)"));
  history->selectVersions({1, 2});
  EXPECT_TRUE(history->diffText().contains(QStringLiteral("+      cluster: web")))
      << history->diffText().toStdString();
  EXPECT_TRUE(history->diffText().contains(QStringLiteral("routes/edge-routes")));

  // One action rolls back: v1's content becomes v3, and the proxy gets it.
  history->selectVersions({1});
  ASSERT_TRUE(history->rollbackAction()->isEnabled());
  QSignalSpy rolled(window.get(), &MainWindow::published);
  history->rollbackAction()->trigger();
  ASSERT_TRUE(rolled.wait(10000));
  EXPECT_EQ(plane->liveVersion()->sequence, 3);
  EXPECT_EQ(plane->liveVersion()->rollbackOf, 1);
  ASSERT_TRUE(waitFor([&] { return proxy.last() && proxy.last()->version_info() == "3"; }, 10s));
  EXPECT_EQ(clusterOfRoute(*proxy.last(), "edge-routes", 0, 2), "api");

  // The new version came in as a row on top: v3 live, v2 no longer, and v1 still selected.
  ASSERT_TRUE(waitFor([&] { return history->model()->rowCount() == 3; }));
  EXPECT_EQ(history->model()->index(0, 0).data().toString(), QStringLiteral("v3 (live)"));
  EXPECT_EQ(history->model()->index(1, 0).data().toString(), QStringLiteral("v2"));
  EXPECT_EQ(history->model()->index(2, 0).data().toString(), QStringLiteral("v1"));
  const QModelIndexList selected = history->findChild<QTableView*>()->selectionModel()->selectedRows();
  ASSERT_EQ(selected.size(), 1);
  EXPECT_EQ(selected.front().row(), 2);
}

TEST_F(ConsolePublishTest, ACanaryPublishReachesOnlyItsNodeGroup) {
  start();
  openLab();
  // The canary group gets echo.lab, echo-routes, echo, lab-runtime; edit echo-routes.
  ResourceRef route;
  route.level = ResourceRef::Level::Route;
  route.kind = workspace::Kind::kRoute;
  route.name = QStringLiteral("echo-routes");
  route.virtualHost = 0;
  route.route = 0;
  ASSERT_TRUE(window->resourcesDock()->select(route));
  auto* editor = qobject_cast<RouteEditor*>(window->editorPanel()->editor());
  ASSERT_NE(editor, nullptr);
  editor->timeout()->setText(QStringLiteral("7s"));
  emit editor->timeout()->editingFinished();
  EXPECT_EQ(window->document().undoStack()->undoText(), QStringLiteral("Set route / timeout to 7s"));

  const auto defaultBefore = plane->store().get(snapshot::NodeGroups::kDefaultGroup);
  QSignalSpy published(window.get(), &MainWindow::published);
  window->publish(QStringLiteral("canary first"), QStringLiteral("canary"));
  ASSERT_TRUE(published.wait(10000));
  const auto outcome = published.at(0).at(0).value<controlplane::PublishOutcome>();
  ASSERT_EQ(outcome.status, controlplane::PublishOutcome::Status::Published) << outcome.summary();
  EXPECT_EQ(plane->store().get("canary")->version(), "1+canary");
  // Everyone else keeps v1, and the history has no new version.
  EXPECT_EQ(plane->store().get(snapshot::NodeGroups::kDefaultGroup), defaultBefore);
  EXPECT_EQ(plane->liveVersion()->sequence, 1);
}

TEST_F(ConsolePublishTest, PublishingNeverHoldsUpTheWindow) {
  start();
  openLab();
  // The publish runs on the publisher's worker: the call returns before the outcome is there.
  QSignalSpy published(window.get(), &MainWindow::published);
  window->resourcesDock()->createItem(workspace::Kind::kRuntime);
  window->publish(QStringLiteral("a runtime"));
  EXPECT_EQ(window->publisher()->pending(), 1);
  ASSERT_TRUE(published.wait(10000));
  EXPECT_EQ(window->publisher()->pending(), 0);
}

}  // namespace
}  // namespace meshdesk::app
