#include "workspace/resource_tree.h"

#include <QStandardItemModel>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "envoy/extensions/transport_sockets/tls/v3/secret.pb.h"
#include "envoy/service/runtime/v3/rtds.pb.h"

namespace meshdesk::app {

using workspace::Item;
using workspace::Kind;

namespace {

namespace route = envoy::config::route::v3;

QString qs(const std::string& s) { return QString::fromStdString(s); }

QList<QStandardItem*> row(const QString& name, const QString& detail, const ResourceRef& ref) {
  auto* first = new QStandardItem(name);
  auto* second = new QStandardItem(detail);
  for (QStandardItem* cell : {first, second}) {
    cell->setEditable(false);
    cell->setData(QVariant::fromValue(ref), ResourceTree::kRefRole);
    cell->setToolTip(detail.isEmpty() ? name : name + QStringLiteral("\n") + detail);
  }
  return {first, second};
}

QList<QStandardItem*> branch(const QString& title, int count) {
  auto cells = row(QStringLiteral("%1 (%2)").arg(title).arg(count), QString(), ResourceRef{});
  QFont bold = cells[0]->font();
  bold.setBold(true);
  cells[0]->setFont(bold);
  return cells;
}

}  // namespace

QString ResourceTree::kindTitle(Kind kind) {
  switch (kind) {
    case Kind::kListener: return tr("Listeners");
    case Kind::kRoute: return tr("Route configurations");
    case Kind::kScopedRoute: return tr("Scoped route configurations");
    case Kind::kCluster: return tr("Clusters");
    case Kind::kEndpoint: return tr("Endpoints");
    case Kind::kSecret: return tr("Secrets");
    case Kind::kRuntime: return tr("Runtimes");
    case Kind::kExtensionConfig: return tr("Extension configurations");
  }
  return {};
}

QString ResourceTree::kindLabel(Kind kind) {
  switch (kind) {
    case Kind::kListener: return tr("listener");
    case Kind::kRoute: return tr("route configuration");
    case Kind::kScopedRoute: return tr("scoped route configuration");
    case Kind::kCluster: return tr("cluster");
    case Kind::kEndpoint: return tr("endpoints");
    case Kind::kSecret: return tr("secret");
    case Kind::kRuntime: return tr("runtime");
    case Kind::kExtensionConfig: return tr("extension configuration");
  }
  return {};
}

namespace {

QString listenerDetail(const envoy::config::listener::v3::Listener& l) {
  if (l.has_api_listener()) return ResourceTree::tr("API listener");
  if (l.address().has_socket_address()) {
    const auto& a = l.address().socket_address();
    return QStringLiteral("%1:%2").arg(qs(a.address())).arg(a.port_value());
  }
  if (l.address().has_pipe()) return qs(l.address().pipe().path());
  return {};
}

QString clusterDetail(const envoy::config::cluster::v3::Cluster& c) {
  namespace cluster = envoy::config::cluster::v3;
  const QString type = c.has_cluster_type()
                           ? qs(c.cluster_type().name())
                           : qs(cluster::Cluster::DiscoveryType_Name(c.type()));
  return QStringLiteral("%1, %2").arg(type, qs(cluster::Cluster::LbPolicy_Name(c.lb_policy())));
}

QString endpointsDetail(const envoy::config::endpoint::v3::ClusterLoadAssignment& cla) {
  int endpoints = 0;
  for (const auto& locality : cla.endpoints()) endpoints += locality.lb_endpoints_size();
  return ResourceTree::tr("%n endpoint(s)", "", endpoints);
}

QString secretDetail(const envoy::extensions::transport_sockets::tls::v3::Secret& s) {
  using Secret = envoy::extensions::transport_sockets::tls::v3::Secret;
  switch (s.type_case()) {
    case Secret::kTlsCertificate: return ResourceTree::tr("TLS certificate");
    case Secret::kSessionTicketKeys: return ResourceTree::tr("session ticket keys");
    case Secret::kValidationContext: return ResourceTree::tr("validation context");
    case Secret::kGenericSecret: return ResourceTree::tr("generic secret");
    case Secret::TYPE_NOT_SET: break;
  }
  return {};
}

QString routeMatch(const route::RouteMatch& m) {
  switch (m.path_specifier_case()) {
    case route::RouteMatch::kPrefix: return ResourceTree::tr("prefix %1").arg(qs(m.prefix()));
    case route::RouteMatch::kPath: return ResourceTree::tr("path %1").arg(qs(m.path()));
    case route::RouteMatch::kSafeRegex:
      return ResourceTree::tr("regex %1").arg(qs(m.safe_regex().regex()));
    case route::RouteMatch::kPathSeparatedPrefix:
      return ResourceTree::tr("prefix %1/").arg(qs(m.path_separated_prefix()));
    case route::RouteMatch::kConnectMatcher: return QStringLiteral("CONNECT");
    case route::RouteMatch::kPathMatchPolicy: return qs(m.path_match_policy().name());
    case route::RouteMatch::PATH_SPECIFIER_NOT_SET: break;
  }
  return {};
}

QString routeAction(const route::Route& r) {
  switch (r.action_case()) {
    case route::Route::kRoute: {
      const auto& a = r.route();
      if (a.has_weighted_clusters()) {
        QStringList names;
        for (const auto& c : a.weighted_clusters().clusters()) names << qs(c.name());
        return names.join(QStringLiteral(" | "));
      }
      if (!a.cluster_header().empty()) {
        return ResourceTree::tr("cluster from header %1").arg(qs(a.cluster_header()));
      }
      return qs(a.cluster());
    }
    case route::Route::kRedirect: return ResourceTree::tr("redirect");
    case route::Route::kDirectResponse:
      return ResourceTree::tr("direct response %1").arg(r.direct_response().status());
    case route::Route::kFilterAction: return ResourceTree::tr("filter action");
    case route::Route::kNonForwardingAction: return ResourceTree::tr("no forwarding");
    case route::Route::ACTION_NOT_SET: break;
  }
  return {};
}

void addRouteConfiguration(QStandardItem& parent, const Item& item, const ResourceRef& ref) {
  const auto& config = item.as<route::RouteConfiguration>();
  for (int v = 0; v < config.virtual_hosts_size(); ++v) {
    const auto& host = config.virtual_hosts(v);
    ResourceRef hostRef = ref;
    hostRef.level = ResourceRef::Level::VirtualHost;
    hostRef.virtualHost = v;
    QStringList domains;
    for (const auto& d : host.domains()) domains << qs(d);
    auto hostRow = row(qs(host.name()), domains.join(QStringLiteral(", ")), hostRef);
    for (int r = 0; r < host.routes_size(); ++r) {
      const auto& rt = host.routes(r);
      ResourceRef routeRef = hostRef;
      routeRef.level = ResourceRef::Level::Route;
      routeRef.route = r;
      const QString match = routeMatch(rt.match());
      const QString name = rt.name().empty() ? match : qs(rt.name());
      const QString arrow = QStringLiteral("\u2192 ") + routeAction(rt);
      const QString detail = rt.name().empty() ? arrow : match + QLatin1Char(' ') + arrow;
      hostRow[0]->appendRow(row(name, detail, routeRef));
    }
    parent.appendRow(hostRow);
  }
}

QString itemDetail(const Item& item) {
  switch (item.kind()) {
    case Kind::kListener: return listenerDetail(item.as<envoy::config::listener::v3::Listener>());
    case Kind::kRoute:
      return ResourceTree::tr("%n virtual host(s)", "",
                              item.as<route::RouteConfiguration>().virtual_hosts_size());
    case Kind::kCluster: return clusterDetail(item.as<envoy::config::cluster::v3::Cluster>());
    case Kind::kEndpoint:
      return endpointsDetail(item.as<envoy::config::endpoint::v3::ClusterLoadAssignment>());
    case Kind::kSecret:
      return secretDetail(item.as<envoy::extensions::transport_sockets::tls::v3::Secret>());
    case Kind::kRuntime:
      return ResourceTree::tr("%n key(s)", "",
                              item.as<envoy::service::runtime::v3::Runtime>().layer().fields_size());
    case Kind::kScopedRoute:
    case Kind::kExtensionConfig: break;
  }
  return {};
}

}  // namespace

void ResourceTree::fill(QStandardItemModel& model, const workspace::Workspace& ws,
                        const std::vector<workspace::WorkspaceError>& errors) {
  model.clear();
  model.setHorizontalHeaderLabels({tr("Resource"), tr("Detail")});
  QStandardItem* root = model.invisibleRootItem();

  if (!errors.empty()) {
    auto problems = branch(tr("Problems"), static_cast<int>(errors.size()));
    problems[0]->setForeground(QColor(0xc0, 0x1c, 0x28));
    for (int i = 0; i < static_cast<int>(errors.size()); ++i) {
      const auto& e = errors[i];
      ResourceRef ref;
      ref.level = ResourceRef::Level::Problem;
      ref.problem = i;
      const QString place = e.line > 0 ? tr("line %1, column %2").arg(e.line).arg(e.column)
                                       : qs(e.file);
      problems[0]->appendRow(row(qs(e.path.empty() ? e.message : e.path), place, ref));
    }
    root->appendRow(problems);
  }

  for (const auto& info : workspace::allKinds()) {
    const auto& items = ws.items(info.kind);
    // The rarely used kinds only when the workspace has some.
    const bool optional = info.kind == Kind::kScopedRoute || info.kind == Kind::kExtensionConfig;
    if (items.empty() && optional) continue;
    auto kindRow = branch(kindTitle(info.kind), static_cast<int>(items.size()));
    for (const Item& item : items) {
      ResourceRef ref;
      ref.level = ResourceRef::Level::Item;
      ref.kind = info.kind;
      ref.name = qs(item.name());
      auto itemRow = row(ref.name, itemDetail(item), ref);
      if (info.kind == Kind::kRoute) addRouteConfiguration(*itemRow[0], item, ref);
      kindRow[0]->appendRow(itemRow);
    }
    root->appendRow(kindRow);
  }

  auto groups = branch(tr("Node groups"), static_cast<int>(ws.nodeGroups().size()));
  for (const auto& group : ws.nodeGroups()) {
    ResourceRef ref;
    ref.level = ResourceRef::Level::NodeGroup;
    ref.name = qs(group.name);
    QStringList match;
    if (!group.match.id.empty()) match << tr("id %1").arg(qs(group.match.id));
    if (!group.match.cluster.empty()) match << tr("cluster %1").arg(qs(group.match.cluster));
    for (const auto& [key, value] : group.match.metadata) {
      match << QStringLiteral("%1=%2").arg(qs(key), qs(value));
    }
    groups[0]->appendRow(row(ref.name, match.join(QStringLiteral(", ")), ref));
  }
  root->appendRow(groups);
}

const google::protobuf::Message* ResourceTree::message(const workspace::Workspace& ws,
                                                       const ResourceRef& ref) {
  if (ref.level != ResourceRef::Level::Item && ref.level != ResourceRef::Level::VirtualHost &&
      ref.level != ResourceRef::Level::Route) {
    return nullptr;
  }
  const Item* item = ws.find(ref.kind, ref.name.toStdString());
  if (item == nullptr) return nullptr;
  if (ref.level == ResourceRef::Level::Item) return &item->message();
  const auto& config = item->as<route::RouteConfiguration>();
  if (ref.virtualHost < 0 || ref.virtualHost >= config.virtual_hosts_size()) return nullptr;
  const auto& host = config.virtual_hosts(ref.virtualHost);
  if (ref.level == ResourceRef::Level::VirtualHost) return &host;
  if (ref.route < 0 || ref.route >= host.routes_size()) return nullptr;
  return &host.routes(ref.route);
}

workspace::SourceLocation ResourceTree::location(const workspace::Workspace& ws,
                                                 const ResourceRef& ref) {
  if (ref.level == ResourceRef::Level::NodeGroup) {
    const auto* group = ws.findNodeGroup(ref.name.toStdString());
    return group ? group->location : workspace::SourceLocation{};
  }
  const Item* item = ws.find(ref.kind, ref.name.toStdString());
  return item ? item->location() : workspace::SourceLocation{};
}

}  // namespace meshdesk::app
