// Opening workspaces in the window: the lab workspace is read off the GUI thread, published into
// the snapshot store and shown as a tree; a broken one is shown with its problems, where they
// are, and is not published.

#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>

#include <gtest/gtest.h>

#include <fstream>

#include "editor/resource_view.h"
#include "fleet/fleet_registry.h"
#include "launch_options.h"
#include "log/log_dock.h"
#include "log/message_log.h"
#include "main_window.h"
#include "qt_test_support.h"
#include "snapshot/snapshot_store.h"
#include "snapshot/type_url.h"
#include "workspace/resources_dock.h"
#include "workspace/workspace_loader.h"

namespace meshdesk::app {
namespace {

using namespace std::chrono_literals;
using workspace::Kind;

class WorkspaceViewTest : public ::testing::Test {
 protected:
  void SetUp() override {
    QSettings().clear();
    window = std::make_unique<MainWindow>(registry, store, log);
    window->show();
  }
  void TearDown() override {
    window.reset();
    QSettings().clear();
  }

  OpenedWorkspace open(const QString& path) {
    QSignalSpy opened(window.get(), &MainWindow::workspaceOpened);
    window->openWorkspace(path);
    EXPECT_TRUE(opened.wait(10000));
    return opened.isEmpty() ? OpenedWorkspace{} : opened.at(0).at(0).value<OpenedWorkspace>();
  }
  QString writeFile(const QString& name, const std::string& text) {
    const QString path = dir.filePath(name);
    std::ofstream(path.toStdString()) << text;
    return path;
  }
  QStringList topLevelRows() const {
    QStringList rows;
    const auto* model = window->resourcesDock()->tree()->model();
    for (int row = 0; row < model->rowCount(); ++row) rows << model->index(row, 0).data().toString();
    return rows;
  }

  QTemporaryDir dir;
  MessageLog log;
  snapshot::SnapshotStore store;
  fleet::FleetRegistry registry{5ms};
  std::unique_ptr<MainWindow> window;
};

TEST_F(WorkspaceViewTest, OpensTheLabWorkspaceAndPublishesIt) {
  const QString lab = LaunchOptionsParser::bundledWorkspace();
  const auto expected = workspace::Workspace::load(lab.toStdString());
  ASSERT_TRUE(expected.ok());

  const OpenedWorkspace result = open(lab);
  ASSERT_TRUE(result.published);
  EXPECT_TRUE(result.errors.empty());
  ASSERT_NE(window->workspace(), nullptr);
  EXPECT_EQ(window->workspacePath(), lab);

  // What the store serves to nodes of no group is every item of the workspace.
  const auto served = store.get(snapshot::NodeGroups::kDefaultGroup);
  ASSERT_NE(served, nullptr);
  EXPECT_EQ(served->size(), expected.workspace.itemCount());
  EXPECT_EQ(QString::fromStdString(served->version()), result.version);
  EXPECT_EQ(served->resources(snapshot::type_url::kCluster).size(),
            expected.workspace.items(Kind::kCluster).size());

  const QStringList rows = topLevelRows();
  EXPECT_TRUE(rows.contains(QStringLiteral("Listeners (%1)")
                                .arg(expected.workspace.items(Kind::kListener).size())))
      << rows.join(", ").toStdString();
  EXPECT_TRUE(rows.contains(QStringLiteral("Clusters (%1)")
                                .arg(expected.workspace.items(Kind::kCluster).size())));
  EXPECT_TRUE(rows.contains(QStringLiteral("Node groups (%1)")
                                .arg(expected.workspace.nodeGroups().size())));
  EXPECT_FALSE(rows.join(' ').contains("Problems"));
  EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("workspace.yaml")));

  // The first resource is selected and shown as YAML.
  const auto& firstListener = expected.workspace.items(Kind::kListener).front();
  EXPECT_TRUE(window->resourceView()->title().contains(QString::fromStdString(firstListener.name())))
      << window->resourceView()->title().toStdString();
  EXPECT_TRUE(window->resourceView()->text().contains(
      QStringLiteral("name: %1").arg(QString::fromStdString(firstListener.name()))));
}

TEST_F(WorkspaceViewTest, ShowsRoutesOfAVirtualHostAsYaml) {
  const QString path = writeFile("routes.yaml", R"(routes:
- name: shop-routes
  virtual_hosts:
  - name: shop
    domains: [shop.example]
    routes:
    - match: {prefix: /cart}
      route: {cluster: cart}
    - match: {path: /health}
      direct_response: {status: 200}
clusters:
- name: cart
  type: EDS
  eds_cluster_config: {eds_config: {ads: {}}}
)");
  ASSERT_TRUE(open(path).published);
  ResourceRef route;
  route.level = ResourceRef::Level::Route;
  route.kind = Kind::kRoute;
  route.name = QStringLiteral("shop-routes");
  route.virtualHost = 0;
  route.route = 1;
  ASSERT_TRUE(window->resourcesDock()->select(route));
  EXPECT_TRUE(window->resourceView()->text().contains("path: /health"))
      << window->resourceView()->text().toStdString();
  EXPECT_TRUE(window->resourceView()->text().contains("status: 200"));
  EXPECT_FALSE(window->resourceView()->text().contains("/cart"));
  EXPECT_TRUE(window->resourceView()->title().contains("route 2"));

  // The route's row says what it does.
  const auto found = window->resourcesDock()->tree()->model()->match(
      window->resourcesDock()->tree()->model()->index(0, 0), Qt::DisplayRole,
      QStringLiteral("prefix /cart"), 1, Qt::MatchExactly | Qt::MatchRecursive);
  ASSERT_EQ(found.size(), 1);
  EXPECT_EQ(found[0].siblingAtColumn(1).data().toString(), QStringLiteral("\u2192 cart"));
}

TEST_F(WorkspaceViewTest, ABrokenWorkspaceIsShownWithItsProblemsAndNotPublished) {
  ASSERT_TRUE(open(LaunchOptionsParser::bundledWorkspace()).published);
  const auto servedBefore = store.get(snapshot::NodeGroups::kDefaultGroup);
  ASSERT_NE(servedBefore, nullptr);

  const QString path = writeFile("broken.yaml", R"(clusters:
- name: good
  type: STATIC
- name: bad
  type: STATIC
  lb_policy: FASTEST_PLEASE
)");
  const OpenedWorkspace result = open(path);
  EXPECT_FALSE(result.published);
  ASSERT_FALSE(result.errors.empty());
  // The store still serves the lab workspace: half a workspace is never published.
  EXPECT_EQ(store.get(snapshot::NodeGroups::kDefaultGroup), servedBefore);

  EXPECT_TRUE(topLevelRows().first().startsWith(QStringLiteral("Problems (")))
      << topLevelRows().join(", ").toStdString();
  // The log names the file, line and column of each problem.
  ASSERT_TRUE(testing::waitFor([&] {
    return window->logDock()->text().contains(QStringLiteral("broken.yaml:6:"));
  })) << window->logDock()->text().toStdString();
  EXPECT_TRUE(window->logDock()->text().contains("not published"));

  ResourceRef problem;
  problem.level = ResourceRef::Level::Problem;
  problem.problem = 0;
  ASSERT_TRUE(window->resourcesDock()->select(problem));
  EXPECT_TRUE(window->resourceView()->text().contains("FASTEST_PLEASE"))
      << window->resourceView()->text().toStdString();
}

TEST_F(WorkspaceViewTest, AFileThatIsNotThereIsAProblemNotACrash) {
  const OpenedWorkspace result = open(dir.filePath("missing.yaml"));
  EXPECT_FALSE(result.published);
  ASSERT_FALSE(result.errors.empty());
  EXPECT_TRUE(QString::fromStdString(result.errors.front().toString()).contains("missing.yaml"));
  EXPECT_EQ(store.get(snapshot::NodeGroups::kDefaultGroup), nullptr);
}

TEST_F(WorkspaceViewTest, TheTreeFollowsTheLanguage) {
  ASSERT_TRUE(open(LaunchOptionsParser::bundledWorkspace()).published);
  ASSERT_TRUE(window->setLanguage(QStringLiteral("de")));
  EXPECT_TRUE(topLevelRows().join(' ').contains(QStringLiteral("Cluster (")))
      << topLevelRows().join(", ").toStdString();
  EXPECT_TRUE(topLevelRows().join(' ').contains(QStringLiteral("Knotengruppen (")));
  EXPECT_EQ(window->resourcesDock()->windowTitle(), QStringLiteral("Ressourcen"));
  ASSERT_TRUE(window->setLanguage(QStringLiteral("en")));
  EXPECT_TRUE(topLevelRows().join(' ').contains(QStringLiteral("Node groups (")));
}

}  // namespace
}  // namespace meshdesk::app
