#include "navigator_timing.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>

#include "document/workspace_document.h"
#include "editors/editor_panel.h"
#include "editors/route_editor.h"
#include "envoy/config/route/v3/route.pb.h"
#include "event_loop_heartbeat.h"
#include "main_window.h"
#include "models/resource_tree_model.h"
#include "workspace/resources_dock.h"
#include "workspace/workspace_loader.h"

namespace meshdesk::bench {

using app::ResourceRef;

namespace {

double ms(const QElapsedTimer& clock, qint64 fromNs) { return double(clock.nsecsElapsed() - fromNs) / 1e6; }

// Every row below `parent` that is shown (expanded parents only).
int visibleRows(QTreeView* tree, const QModelIndex& parent = {}) {
  int rows = 0;
  QAbstractItemModel* model = tree->model();
  for (int row = 0; row < model->rowCount(parent); ++row) {
    const QModelIndex index = model->index(row, 0, parent);
    ++rows;
    if (tree->isExpanded(index)) rows += visibleRows(tree, index);
  }
  return rows;
}

}  // namespace

NavigatorFigures timeNavigator(app::MainWindow& window, const QString& path, int settleMs) {
  NavigatorFigures f;
  QElapsedTimer clock;
  qint64 read = -1, populated = -1;
  QEventLoop loop;
  bool opened = false;
  auto resetConnection = QObject::connect(&window.document(), &app::WorkspaceDocument::wasReset,
                                          [&] { read = clock.nsecsElapsed(); });
  auto openedConnection = QObject::connect(&window, &app::MainWindow::workspaceOpened, [&](const app::OpenedWorkspace&) {
    opened = true;
    loop.quit();
  });
  QTimer deadline;
  deadline.setSingleShot(true);
  QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);

  EventLoopHeartbeat whileOpening;
  clock.start();
  window.openWorkspace(path);
  deadline.start(120000);
  if (!opened) loop.exec();
  const auto openingStalls = whileOpening.take();
  f.openingMaxGapMs = openingStalls.maxGapMs;
  populated = clock.nsecsElapsed();  // back in the event loop: everything reacting to it ran
  QObject::disconnect(resetConnection);
  QObject::disconnect(openedConnection);
  if (!opened || read < 0) {
    f.error = QStringLiteral("the workspace was not opened");
    return f;
  }
  f.readMs = double(read) / 1e6;
  f.populateMs = double(populated - read) / 1e6;

  const workspace::Workspace& ws = window.document().workspace();
  f.clusters = static_cast<int>(ws.items(workspace::Kind::kCluster).size());
  const auto& configs = ws.items(workspace::Kind::kRoute);
  f.routeConfigurations = static_cast<int>(configs.size());
  for (const auto& item : configs) {
    for (const auto& host : item.as<envoy::config::route::v3::RouteConfiguration>().virtual_hosts()) {
      f.routes += host.routes_size();
    }
  }

  // Whatever the window does after being told (layout, the first paint) counts too.
  qint64 step = clock.nsecsElapsed();
  QApplication::processEvents();
  f.settleAfterOpenMs = ms(clock, step);

  // Expand the route configurations' branch to the routes, as a user opening all of it would.
  app::ResourcesDock* dock = window.resourcesDock();
  QTreeView* tree = dock->tree();
  QAbstractItemModel* shown = tree->model();
  step = clock.nsecsElapsed();
  for (int row = 0; row < shown->rowCount(); ++row) {
    const QModelIndex branch = shown->index(row, 0);
    const ResourceRef ref = branch.data(app::ResourceTree::kRefRole).value<ResourceRef>();
    if (ref.level == ResourceRef::Level::None && ref.kind == workspace::Kind::kRoute) tree->expandRecursively(branch);
  }
  f.expandMs = ms(clock, step);

  // The last route of the last virtual host of the last route configuration.
  ResourceRef last;
  for (int c = f.routeConfigurations - 1; c >= 0 && last.level == ResourceRef::Level::None; --c) {
    const auto& config = configs[c].as<envoy::config::route::v3::RouteConfiguration>();
    for (int v = config.virtual_hosts_size() - 1; v >= 0; --v) {
      if (config.virtual_hosts(v).routes_size() == 0) continue;
      last.level = ResourceRef::Level::Route;
      last.kind = workspace::Kind::kRoute;
      last.name = QString::fromStdString(configs[c].name());
      last.virtualHost = v;
      last.route = config.virtual_hosts(v).routes_size() - 1;
      break;
    }
  }
  step = clock.nsecsElapsed();
  if (!dock->select(last)) {
    f.error = QStringLiteral("the last route is not in the navigator");
    return f;
  }
  f.selectMs = ms(clock, step);
  f.editorTitle = window.editorPanel()->title();

  step = clock.nsecsElapsed();
  window.repaint();
  f.paintMs = ms(clock, step);
  f.totalMs = ms(clock, 0);
  f.navigatorRows = visibleRows(tree);
  f.ok = qobject_cast<app::RouteEditor*>(window.editorPanel()->editor()) != nullptr &&
         window.editorPanel()->current() == last;
  if (!f.ok) f.error = QStringLiteral("the last route's editor is not shown");

  // Settling: validation of the whole workspace runs on a worker and comes back here.
  EventLoopHeartbeat heartbeat;
  QTimer::singleShot(settleMs, &loop, &QEventLoop::quit);
  loop.exec();
  const auto stalls = heartbeat.take();
  f.settleMaxGapMs = stalls.maxGapMs;
  f.settleCpuMs = stalls.cpuInMaxGapMs;
  return f;
}

}  // namespace meshdesk::bench
