// Opening workspaces in the window: the lab workspace is read off the GUI thread into the
// editor and shown as a tree with the selected resource as form and YAML; a broken one is shown
// with its problems, where they are; opening never publishes (Review and Publish does).

#include <QFileInfo>
#include <QPlainTextEdit>
#include <QTreeView>

#include "console_fixture.h"
#include "document/workspace_document.h"
#include "editors/editor_panel.h"
#include "editors/yaml_pane.h"
#include "log/log_dock.h"
#include "workspace/resources_dock.h"

namespace meshdesk::app {
namespace {

using workspace::Kind;

class WorkspaceViewTest : public testing::ConsoleTest {
 protected:
  void SetUp() override {
    ConsoleTest::SetUp();
    start();
  }
  QStringList topLevelRows() const {
    QStringList rows;
    const auto* model = window->resourcesDock()->tree()->model();
    for (int row = 0; row < model->rowCount(); ++row) rows << model->index(row, 0).data().toString();
    return rows;
  }
  QString yaml() const { return window->editorPanel()->yaml()->editor()->toPlainText(); }
};

TEST_F(WorkspaceViewTest, OpensTheLabWorkspaceIntoTheEditor) {
  const auto expected = workspace::Workspace::load(labPath.toStdString());
  ASSERT_TRUE(expected.ok());
  const auto liveBefore = plane->liveVersion();

  const OpenedWorkspace result = openLab();
  EXPECT_TRUE(result.errors.empty());
  EXPECT_EQ(window->workspacePath(), labPath);
  EXPECT_EQ(window->workspace()->toYaml(), expected.workspace.toYaml());
  // Opening is not publishing.
  ASSERT_TRUE(liveBefore.has_value());
  EXPECT_EQ(plane->liveVersion()->sequence, liveBefore->sequence);

  const QStringList rows = topLevelRows();
  EXPECT_TRUE(rows.contains(QStringLiteral("Listeners (%1)").arg(expected.workspace.items(Kind::kListener).size())))
      << rows.join(", ").toStdString();
  EXPECT_TRUE(rows.contains(QStringLiteral("Clusters (%1)").arg(expected.workspace.items(Kind::kCluster).size())));
  EXPECT_TRUE(rows.contains(QStringLiteral("Node groups (%1)").arg(expected.workspace.nodeGroups().size())));
  EXPECT_FALSE(rows.join(' ').contains("Problems"));
  EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("workspace.yaml")));
  EXPECT_TRUE(window->recentWorkspaces().contains(QFileInfo(labPath).absoluteFilePath()));

  // The first resource is selected and shown as form and YAML.
  const auto& firstListener = expected.workspace.items(Kind::kListener).front();
  EXPECT_TRUE(window->editorPanel()->title().contains(QString::fromStdString(firstListener.name())))
      << window->editorPanel()->title().toStdString();
  EXPECT_NE(window->editorPanel()->editor(), nullptr);
  EXPECT_TRUE(yaml().contains(QStringLiteral("name: %1").arg(QString::fromStdString(firstListener.name()))));
}

TEST_F(WorkspaceViewTest, RoutesAreShownInMatchOrderUnderTheirVirtualHost) {
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
  ASSERT_TRUE(open(path).errors.empty());
  ResourceRef route;
  route.level = ResourceRef::Level::Route;
  route.kind = Kind::kRoute;
  route.name = QStringLiteral("shop-routes");
  route.virtualHost = 0;
  route.route = 1;
  ASSERT_TRUE(window->resourcesDock()->select(route));
  EXPECT_TRUE(yaml().contains("path: /health")) << yaml().toStdString();
  EXPECT_TRUE(yaml().contains("status: 200"));
  EXPECT_FALSE(yaml().contains("/cart"));
  EXPECT_TRUE(window->editorPanel()->title().contains("route path /health"))
      << window->editorPanel()->title().toStdString();

  const auto* model = window->resourcesDock()->tree()->model();
  const auto found = model->match(model->index(0, 0), Qt::DisplayRole, QStringLiteral("/cart"), 1,
                                  Qt::MatchExactly | Qt::MatchRecursive);
  ASSERT_EQ(found.size(), 1);
  EXPECT_EQ(found[0].siblingAtColumn(1).data().toString(), QStringLiteral("\u2192 cart"));
  EXPECT_EQ(found[0].row(), 0);
  EXPECT_EQ(found[0].sibling(1, 0).data().toString(), QStringLiteral("path /health"));
}

TEST_F(WorkspaceViewTest, ABrokenWorkspaceIsShownWithItsProblemsAndTheLiveVersionKeepsServing) {
  const auto liveBefore = plane->liveVersion();
  const QString path = writeFile("broken.yaml", R"(clusters:
- name: good
  type: STATIC
- name: bad
  type: STATIC
  lb_policy: FASTEST_PLEASE
)");
  const OpenedWorkspace result = open(path);
  ASSERT_FALSE(result.errors.empty());
  EXPECT_EQ(plane->liveVersion()->sequence, liveBefore->sequence);
  EXPECT_TRUE(topLevelRows().first().startsWith(QStringLiteral("Problems (")))
      << topLevelRows().join(", ").toStdString();
  ASSERT_TRUE(testing::waitFor([&] {
    return window->logDock()->text().contains(QStringLiteral("broken.yaml:6:"));
  })) << window->logDock()->text().toStdString();

  ResourceRef problem;
  problem.level = ResourceRef::Level::Problem;
  problem.problem = 0;
  ASSERT_TRUE(window->resourcesDock()->select(problem));
  EXPECT_TRUE(yaml().contains("FASTEST_PLEASE")) << yaml().toStdString();
}

TEST_F(WorkspaceViewTest, AFileThatIsNotThereIsAProblemNotACrash) {
  const OpenedWorkspace result = open(dir.filePath("missing.yaml"));
  ASSERT_FALSE(result.errors.empty());
  EXPECT_TRUE(QString::fromStdString(result.errors.front().toString()).contains("missing.yaml"));
}

TEST_F(WorkspaceViewTest, TheTreeFollowsTheLanguage) {
  openLab();
  ASSERT_TRUE(window->setLanguage(QStringLiteral("de")));
  EXPECT_TRUE(topLevelRows().join(' ').contains(QStringLiteral("Cluster ("))) << topLevelRows().join(", ").toStdString();
  EXPECT_TRUE(topLevelRows().join(' ').contains(QStringLiteral("Knotengruppen (")));
  EXPECT_EQ(window->resourcesDock()->windowTitle(), QStringLiteral("Ressourcen"));
  ASSERT_TRUE(window->setLanguage(QStringLiteral("en")));
  EXPECT_TRUE(topLevelRows().join(' ').contains(QStringLiteral("Node groups (")));
}

TEST_F(WorkspaceViewTest, SavesWhatWasEditedAndReadsItBack) {
  openLab();
  ResourceRef api;
  api.level = ResourceRef::Level::Item;
  api.kind = Kind::kCluster;
  api.name = QStringLiteral("api");
  QString why;
  ASSERT_TRUE(window->resourcesDock()->select(api));
  window->resourcesDock()->duplicateCurrent();
  EXPECT_TRUE(window->document().isModified());
  EXPECT_TRUE(window->windowTitle().contains("[*]") || window->isWindowModified());
  const QString copy = dir.filePath("copy.yaml");
  ASSERT_EQ(window->saveWorkspace(copy), QString());
  EXPECT_FALSE(window->document().isModified());
  const auto reread = workspace::Workspace::load(copy.toStdString());
  ASSERT_TRUE(reread.ok());
  EXPECT_NE(reread.workspace.find(Kind::kCluster, "api-copy"), nullptr);
  EXPECT_EQ(window->workspacePath(), copy);
}

}  // namespace
}  // namespace meshdesk::app
