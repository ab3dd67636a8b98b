// The navigator's model without a view: checked by QAbstractItemModelTester, and every drag and
// drop made through mimeData()/dropMimeData() exactly as a view would, then undone and redone.

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

#include "document/resource_edits.h"
#include "document/workspace_document.h"
#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "launch_options.h"
#include "models/resource_tree_model.h"
#include "qt_test_support.h"

namespace meshdesk::app {
namespace {

using Level = ResourceRef::Level;
using workspace::Kind;
namespace route = envoy::config::route::v3;

class ResourceTreeModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = workspace::Workspace::load(LaunchOptionsParser::bundledWorkspace().toStdString());
    ASSERT_TRUE(loaded.ok());
    document.reset(std::move(loaded.workspace), QStringLiteral("lab.yaml"));
    model = std::make_unique<ResourceTreeModel>(document);
    tester = std::make_unique<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
  }

  static ResourceRef routeRef(const QString& config, int host, int r) {
    ResourceRef ref;
    ref.level = Level::Route;
    ref.kind = Kind::kRoute;
    ref.name = config;
    ref.virtualHost = host;
    ref.route = r;
    return ref;
  }
  static ResourceRef hostRef(const QString& config, int host) {
    ResourceRef ref = routeRef(config, host, -1);
    ref.level = Level::VirtualHost;
    return ref;
  }
  static ResourceRef itemRef(Kind kind, const QString& name) {
    ResourceRef ref;
    ref.level = Level::Item;
    ref.kind = kind;
    ref.name = name;
    return ref;
  }
  // What a drag of `refs` carries, made by the model from the rows, as a view would ask.
  std::unique_ptr<QMimeData> drag(const QList<ResourceRef>& refs) const {
    QModelIndexList rows;
    for (const ResourceRef& r : refs) rows << model->indexOf(r);
    return std::unique_ptr<QMimeData>(model->mimeData(rows));
  }
  const route::VirtualHost& host(const std::string& config, int index) const {
    return document.workspace().find(Kind::kRoute, config)->as<route::RouteConfiguration>().virtual_hosts(index);
  }
  QStringList routeLabels(const std::string& config, int index) const {
    QStringList out;
    for (const auto& r : host(config, index).routes()) out << ResourceTree::routeLabel(r);
    return out;
  }
  QString undoText() const { return document.undoStack()->undoText(); }

  WorkspaceDocument document;
  std::unique_ptr<ResourceTreeModel> model;
  std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(ResourceTreeModelTest, ShowsRoutesInMatchOrderAndClustersWithTheirEndpoints) {
  const QModelIndex api = model->indexOf(hostRef("edge-routes", 0));
  ASSERT_TRUE(api.isValid());
  ASSERT_EQ(model->rowCount(api), 3);
  EXPECT_EQ(model->index(0, 0, api).data().toString(), QStringLiteral("regex ^/v1/users/[0-9]+$"));
  EXPECT_EQ(model->index(1, 0, api).data().toString(), QStringLiteral("/v1/"));
  EXPECT_EQ(model->index(2, 0, api).data().toString(), QStringLiteral("/"));
  EXPECT_EQ(model->index(1, 1, api).data().toString(), QStringLiteral("\u2192 api | web"));

  // An EDS cluster shows the endpoints of its endpoints resource.
  const QModelIndex cluster = model->indexOf(itemRef(Kind::kCluster, "api"));
  ASSERT_EQ(model->rowCount(cluster), 2);
  EXPECT_EQ(model->index(0, 0, cluster).data().toString(), QStringLiteral("127.0.0.1:9101"));
  EXPECT_EQ(model->refAt(model->index(0, 0, cluster)).kind, Kind::kEndpoint);
  EXPECT_TRUE(model->flags(model->index(0, 0, cluster)) & Qt::ItemIsDragEnabled);
}

TEST_F(ResourceTreeModelTest, ReordersRoutesByDragAndUndoesIt) {
  const QStringList before = routeLabels("edge-routes", 0);
  // Drag "/" (the catch-all, last) onto "/v1/" (row 1): it goes before it.
  auto data = drag({routeRef("edge-routes", 0, 2)});
  ASSERT_NE(data, nullptr);
  EXPECT_TRUE(data->hasFormat(ResourceTreeModel::kMimeType));
  const QModelIndex target = model->indexOf(routeRef("edge-routes", 0, 1));
  ASSERT_TRUE(model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, target));

  // While dragging, the routes the move would shadow are marked: "/" before "/v1/" catches all.
  const QList<ResourceRef> shadowed = model->previewDrop(data.get(), Qt::MoveAction, -1, target);
  ASSERT_EQ(shadowed.size(), 1);
  EXPECT_EQ(shadowed.front(), routeRef("edge-routes", 0, 1));
  EXPECT_TRUE(model->indexOf(routeRef("edge-routes", 0, 1)).data(ResourceTreeModel::kShadowPreviewRole).toBool());

  model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, target);
  EXPECT_EQ(routeLabels("edge-routes", 0), (QStringList{before[0], "/", "/v1/"}));
  EXPECT_EQ(undoText(), QStringLiteral("Move route / before /v1/"));
  EXPECT_FALSE(model->indexOf(routeRef("edge-routes", 0, 2)).data(ResourceTreeModel::kShadowPreviewRole).toBool());

  document.undoStack()->undo();
  EXPECT_EQ(routeLabels("edge-routes", 0), before);
  document.undoStack()->redo();
  EXPECT_EQ(routeLabels("edge-routes", 0), (QStringList{before[0], "/", "/v1/"}));
}

TEST_F(ResourceTreeModelTest, MovesARouteToTheEndAndToAnotherVirtualHost) {
  // Between rows: parent is the virtual host, row the place.
  auto first = drag({routeRef("edge-routes", 0, 0)});
  model->dropMimeData(first.get(), Qt::MoveAction, 3, 0, model->indexOf(hostRef("edge-routes", 0)));
  EXPECT_EQ(routeLabels("edge-routes", 0).last(), QStringLiteral("regex ^/v1/users/[0-9]+$"));
  EXPECT_EQ(undoText(), QStringLiteral("Move route regex ^/v1/users/[0-9]+$ to the end of virtual host api"));

  // Into the other virtual host "www", before its first route.
  const int wwwBefore = host("edge-routes", 1).routes_size();
  auto moved = drag({routeRef("edge-routes", 0, 0)});  // "/v1/" is first now
  model->dropMimeData(moved.get(), Qt::MoveAction, 0, 0, model->indexOf(hostRef("edge-routes", 1)));
  EXPECT_EQ(host("edge-routes", 1).routes_size(), wwwBefore + 1);
  EXPECT_EQ(routeLabels("edge-routes", 1).first(), QStringLiteral("/v1/"));
  EXPECT_EQ(undoText(), QStringLiteral("Move route /v1/ to virtual host www, before /app"));

  // Into another route configuration: two items change, one undo step.
  auto across = drag({routeRef("edge-routes", 1, 0)});
  model->dropMimeData(across.get(), Qt::MoveAction, -1, 0, model->indexOf(hostRef("echo-routes", 0)));
  EXPECT_EQ(routeLabels("echo-routes", 0).last(), QStringLiteral("/v1/"));
  document.undoStack()->undo();
  EXPECT_EQ(routeLabels("echo-routes", 0), QStringList{"/"});
  EXPECT_EQ(routeLabels("edge-routes", 1).first(), QStringLiteral("/v1/"));
}

TEST_F(ResourceTreeModelTest, DroppingAClusterOnARouteTargetsItOrAddsItToTheSplit) {
  auto web = drag({itemRef(Kind::kCluster, "web")});
  ASSERT_NE(web, nullptr);
  const QModelIndex catchAll = model->indexOf(routeRef("edge-routes", 0, 2));
  // Not between routes: only onto one.
  EXPECT_FALSE(model->canDropMimeData(web.get(), Qt::MoveAction, 0, 0, model->indexOf(hostRef("edge-routes", 0))));
  ASSERT_TRUE(model->dropMimeData(web.get(), Qt::MoveAction, -1, 0, catchAll) || true);
  EXPECT_EQ(host("edge-routes", 0).routes(2).route().cluster(), "web");
  EXPECT_EQ(undoText(), QStringLiteral("Route / to cluster web"));

  // With Copy (Ctrl held), the cluster joins a split: "/" was web alone, now web and echo.
  auto echo = drag({itemRef(Kind::kCluster, "echo")});
  model->dropMimeData(echo.get(), Qt::CopyAction, -1, 0, model->indexOf(routeRef("edge-routes", 0, 2)));
  const auto& split = host("edge-routes", 0).routes(2).route().weighted_clusters();
  ASSERT_EQ(split.clusters_size(), 2);
  EXPECT_EQ(split.clusters(0).name(), "web");
  EXPECT_EQ(split.clusters(1).name(), "echo");
  EXPECT_EQ(split.clusters(0).weight().value() + split.clusters(1).weight().value(), 100u);
  EXPECT_EQ(undoText(), QStringLiteral("Add cluster echo to the split of route /"));

  // On a route that splits already, a plain drop adds too; a cluster already there is refused.
  auto again = drag({itemRef(Kind::kCluster, "web")});
  EXPECT_FALSE(model->canDropMimeData(again.get(), Qt::MoveAction, -1, 0, model->indexOf(routeRef("edge-routes", 0, 1))));
  document.undoStack()->undo();
  document.undoStack()->undo();
  EXPECT_EQ(host("edge-routes", 0).routes(2).route().cluster(), "api");
}

TEST_F(ResourceTreeModelTest, MovesAnEndpointBetweenClusters) {
  namespace endpoint = envoy::config::endpoint::v3;
  auto endpointsOf = [&](const std::string& name) {
    int count = 0;
    for (const auto& l : document.workspace().find(Kind::kEndpoint, name)->as<endpoint::ClusterLoadAssignment>().endpoints()) {
      count += l.lb_endpoints_size();
    }
    return count;
  };
  const QModelIndex apiCluster = model->indexOf(itemRef(Kind::kCluster, "api"));
  auto data = drag({model->refAt(model->index(1, 0, apiCluster))});  // 127.0.0.1:9102
  const QModelIndex web = model->indexOf(itemRef(Kind::kCluster, "web"));
  ASSERT_TRUE(model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, web));
  model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, web);
  EXPECT_EQ(endpointsOf("api"), 1);
  EXPECT_EQ(endpointsOf("web"), 2);
  EXPECT_EQ(undoText(), QStringLiteral("Move endpoint 127.0.0.1:9102 from endpoints api to cluster web"));
  EXPECT_EQ(model->rowCount(model->indexOf(itemRef(Kind::kCluster, "web"))), 2);
  document.undoStack()->undo();
  EXPECT_EQ(endpointsOf("api"), 2);
  EXPECT_EQ(endpointsOf("web"), 1);
}

TEST_F(ResourceTreeModelTest, NewDuplicateRenameDeleteAreUndoableWithTheirNames) {
  QString why;
  ResourceRef made;
  auto created = ResourceEdits::create(document.workspace(), {}, Kind::kCluster, &why, &made);
  ASSERT_TRUE(created);
  EXPECT_EQ(document.apply(std::move(*created)), QString());
  EXPECT_EQ(undoText(), QStringLiteral("New cluster cluster"));
  EXPECT_TRUE(model->indexOf(made).isValid());

  auto copy = ResourceEdits::duplicate(document.workspace(), itemRef(Kind::kCluster, "api"), &why, &made);
  ASSERT_TRUE(copy);
  document.apply(std::move(*copy));
  EXPECT_EQ(made.name, QStringLiteral("api-copy"));
  // Right after the original, in file order.
  const auto& clusters = document.workspace().items(Kind::kCluster);
  EXPECT_EQ(clusters[2].name(), "api-copy");

  // Renaming through the model (F2 in the view) renames the routes' targets too.
  const QModelIndex api = model->indexOf(itemRef(Kind::kCluster, "api"));
  ASSERT_TRUE(model->setData(api, QStringLiteral("api-v2")));
  EXPECT_EQ(undoText(), QStringLiteral("Rename cluster api to api-v2"));
  EXPECT_EQ(host("edge-routes", 0).routes(0).route().cluster(), "api-v2");
  EXPECT_EQ(host("edge-routes", 0).routes(1).route().weighted_clusters().clusters(0).name(), "api-v2");
  EXPECT_FALSE(model->setData(model->indexOf(itemRef(Kind::kCluster, "api-v2")), QStringLiteral("web")));

  auto removed = ResourceEdits::remove(document.workspace(), itemRef(Kind::kCluster, "api-copy"), &why);
  document.apply(std::move(*removed));
  EXPECT_EQ(undoText(), QStringLiteral("Delete cluster api-copy"));
  document.undoStack()->undo();
  EXPECT_EQ(document.workspace().items(Kind::kCluster)[2].name(), "api-copy");  // back in place
  while (document.undoStack()->canUndo()) document.undoStack()->undo();
  EXPECT_FALSE(document.isModified());
  EXPECT_NE(document.workspace().find(Kind::kCluster, "api"), nullptr);
}

TEST_F(ResourceTreeModelTest, FindingsBecomeEachRowsState) {
  validate::Finding f;
  f.severity = validate::Severity::kWarning;
  f.kind = Kind::kRoute;
  f.resource = "edge-routes";
  f.path = "virtual_hosts[0].routes[1].match";
  f.rule = "route.shadowed";
  model->setFindings({f});
  EXPECT_EQ(model->indexOf(routeRef("edge-routes", 0, 1)).data(ResourceTreeModel::kStateRole).toInt(), ResourceTreeModel::Warning);
  EXPECT_EQ(model->indexOf(hostRef("edge-routes", 0)).data(ResourceTreeModel::kStateRole).toInt(), ResourceTreeModel::Warning);
  EXPECT_EQ(model->indexOf(itemRef(Kind::kRoute, "edge-routes")).data(ResourceTreeModel::kStateRole).toInt(), ResourceTreeModel::Warning);
  EXPECT_EQ(model->indexOf(routeRef("edge-routes", 0, 0)).data(ResourceTreeModel::kStateRole).toInt(), ResourceTreeModel::Fine);
  EXPECT_FALSE(model->indexOf(routeRef("edge-routes", 0, 1)).data(Qt::DecorationRole).isNull());
}

}  // namespace
}  // namespace meshdesk::app
