#pragma once
// The edits the navigator makes (new, duplicate, delete, rename) and the ones drag and drop
// makes (reorder and move routes, point a route at a cluster, move endpoints), each as one
// WorkspaceEdit with a name a person reads in Edit > Undo. Pure functions of the workspace, so
// they are tested without any widget.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

#include "document/workspace_document.h"
#include "workspace/resource_tree.h"

namespace google::protobuf {
class Message;
}

namespace meshdesk::app {

class ResourceEdits {
  Q_DECLARE_TR_FUNCTIONS(meshdesk::app::ResourceEdits)

 public:
  using Result = std::optional<WorkspaceEdit>;

  // `message` replaces what `ref` stands for (an item, a virtual host, a route, an endpoint).
  // For an item whose name changes this is a rename.
  static Result replace(const workspace::Workspace& ws, const ResourceRef& ref,
                        const google::protobuf::Message& message, const QString& text,
                        const QString& mergeKey, QString* why);

  // A new item of `kind` with a free name ("cluster-1", ...), after the others; for a route
  // configuration ref, a new virtual host; for a virtual host or route ref, a new route (after
  // the selected route, or at the end).
  static Result create(const workspace::Workspace& ws, const ResourceRef& where,
                       workspace::Kind kind, QString* why, ResourceRef* created = nullptr);
  // A copy right after the original, named "<name>-copy" (then -copy-2, ...).
  static Result duplicate(const workspace::Workspace& ws, const ResourceRef& ref, QString* why,
                          ResourceRef* created = nullptr);
  static Result remove(const workspace::Workspace& ws, const ResourceRef& ref, QString* why);
  static Result rename(const workspace::Workspace& ws, const ResourceRef& ref,
                       const QString& newName, QString* why);

  // Moves `routes` (of one virtual host, kept in their order) into virtual host `host` before
  // the route now at `row` (its route count or -1: at the end). Match order is the order Envoy
  // tries routes, so this is how a user fixes a shadowed route.
  static Result moveRoutes(const workspace::Workspace& ws, const QList<ResourceRef>& routes,
                           const ResourceRef& host, int row, QString* why,
                           QList<ResourceRef>* targetOrigins = nullptr);
  // Makes cluster `cluster` the target of `route`; with `addToSplit`, adds it to the route's
  // weighted clusters instead (turning a single target into a split of the two).
  static Result targetCluster(const workspace::Workspace& ws, const ResourceRef& route,
                              const QString& cluster, bool addToSplit, QString* why);
  // Moves (or copies) an endpoint to cluster `target` (a cluster item, whose endpoints then go
  // to its EDS endpoints item if it has one, or an endpoints item).
  static Result moveEndpoint(const workspace::Workspace& ws, const ResourceRef& endpoint,
                             const ResourceRef& target, bool copy, QString* why);

  // A name of the kind not yet taken: `base`, else base-2, base-3, ...
  static QString freeName(const workspace::Workspace& ws, workspace::Kind kind,
                          const QString& base);
  // The endpoints of cluster `name` live in: the cluster itself (kCluster) or an endpoints item
  // (kEndpoint), with that item's name.
  static std::pair<workspace::Kind, QString> endpointHome(const workspace::Workspace& ws,
                                                           const QString& cluster);
  // The same for a cluster at hand (its message), without looking it up.
  static std::pair<workspace::Kind, QString> endpointHome(const google::protobuf::Message& cluster);
};

}  // namespace meshdesk::app
