#pragma once
// The workspace as the Resources pane shows it: one branch per kind (listeners, route
// configurations with their virtual hosts and routes, clusters, endpoints, secrets, runtimes,
// ...), then node groups, then any problems found reading the file.

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

#include "workspace/workspace.h"

class QStandardItemModel;

namespace google::protobuf {
class Message;
}

namespace meshdesk::app {

// What a row of the tree stands for.
struct ResourceRef {
  enum class Level { None, Item, VirtualHost, Route, NodeGroup, Problem };
  Level level = Level::None;
  workspace::Kind kind = workspace::Kind::kListener;
  QString name;         // item or node group name
  int virtualHost = -1;  // index in the route configuration
  int route = -1;        // index in the virtual host
  int problem = -1;      // index in the load errors

  bool operator==(const ResourceRef& other) const = default;
};

class ResourceTree {
  Q_DECLARE_TR_FUNCTIONS(meshdesk::app::ResourceTree)

 public:
  // On each row: Qt::UserRole holds the ResourceRef.
  static constexpr int kRefRole = Qt::UserRole + 1;

  // Fills `model` (two columns: name, detail), replacing what it held.
  static void fill(QStandardItemModel& model, const workspace::Workspace& workspace,
                   const std::vector<workspace::WorkspaceError>& errors);

  // The message a row stands for (an item, a virtual host or a route), or null.
  static const google::protobuf::Message* message(const workspace::Workspace& workspace,
                                                  const ResourceRef& ref);
  // Where in the file the row's item was written.
  static workspace::SourceLocation location(const workspace::Workspace& workspace,
                                            const ResourceRef& ref);
  // The translated plural name of a kind: "Listeners", "Route configurations", ...
  static QString kindTitle(workspace::Kind kind);
  // The translated singular name of a kind: "listener", "route configuration", ...
  static QString kindLabel(workspace::Kind kind);
};

}  // namespace meshdesk::app

Q_DECLARE_METATYPE(meshdesk::app::ResourceRef)
