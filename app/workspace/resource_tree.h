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
  enum class Level { None, Item, VirtualHost, Route, NodeGroup, Problem, Endpoint, AiRoute };
  Level level = Level::None;
  // For an endpoint: kCluster when it is written in the cluster's load_assignment, kEndpoint
  // when it is in an endpoints item (EDS).
  workspace::Kind kind = workspace::Kind::kListener;
  QString name;          // item or node group name
  int virtualHost = -1;  // index in the route configuration
  int route = -1;        // index in the virtual host
  int problem = -1;      // index in the load errors; for an AI route its index (-1: the
                         // heading of the AI routes)
  int locality = -1;     // endpoint: index in the load assignment's endpoints
  int endpoint = -1;     // endpoint: index in the locality's lb_endpoints

  bool operator==(const ResourceRef& other) const = default;
};

class ResourceTree {
  Q_DECLARE_TR_FUNCTIONS(meshdesk::app::ResourceTree)

 public:
  // On each row of the navigator: the ResourceRef it stands for.
  static constexpr int kRefRole = Qt::UserRole + 1;

  // The message a row stands for (an item, a virtual host, a route or an endpoint's
  // LbEndpoint), or null.
  static const google::protobuf::Message* message(const workspace::Workspace& workspace,
                                                  const ResourceRef& ref);
  // Where in the file the row's item was written.
  static workspace::SourceLocation location(const workspace::Workspace& workspace,
                                            const ResourceRef& ref);
  // The translated plural name of a kind: "Listeners", "Route configurations", ...
  static QString kindTitle(workspace::Kind kind);
  // The translated singular name of a kind: "listener", "route configuration", ...
  static QString kindLabel(workspace::Kind kind);

  // What the navigator writes beside an item: "0.0.0.0:10000", "STATIC, ROUND_ROBIN", ...
  static QString itemDetail(const workspace::Item& item);
  // A route as people name it: its name, else its match ("/api", "path /healthz", "regex ...").
  static QString routeLabel(const google::protobuf::Message& route);
  static QString routeMatchText(const google::protobuf::Message& route);
  // Where the route sends requests: "api", "api | api-canary", "redirect", ...
  static QString routeActionText(const google::protobuf::Message& route);
  // "10.0.0.1:8080" for an LbEndpoint.
  static QString endpointLabel(const google::protobuf::Message& lbEndpoint);
  // "route /api", "cluster api", "virtual host backend", "endpoint 10.0.0.1:80 of cluster api".
  static QString subject(const workspace::Workspace& workspace, const ResourceRef& ref);
};

}  // namespace meshdesk::app

Q_DECLARE_METATYPE(meshdesk::app::ResourceRef)
