#include "workspace/resource_tree.h"


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

}  // namespace

QString ResourceTree::itemDetail(const Item& item) {
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

QString ResourceTree::routeMatchText(const google::protobuf::Message& message) {
  return routeMatch(dynamic_cast<const route::Route&>(message).match());
}

QString ResourceTree::routeLabel(const google::protobuf::Message& message) {
  const auto& r = dynamic_cast<const route::Route&>(message);
  if (!r.name().empty()) return qs(r.name());
  const auto& m = r.match();
  // A prefix is what people call a route by ("/api"), so it goes bare.
  if (m.path_specifier_case() == route::RouteMatch::kPrefix) return qs(m.prefix());
  return routeMatch(m);
}

QString ResourceTree::routeActionText(const google::protobuf::Message& message) {
  return routeAction(dynamic_cast<const route::Route&>(message));
}

QString ResourceTree::endpointLabel(const google::protobuf::Message& message) {
  const auto& e = dynamic_cast<const envoy::config::endpoint::v3::LbEndpoint&>(message);
  if (!e.endpoint().address().has_socket_address()) {
    return e.has_endpoint_name() ? qs(e.endpoint_name()) : tr("(no address)");
  }
  const auto& a = e.endpoint().address().socket_address();
  return QStringLiteral("%1:%2").arg(qs(a.address())).arg(a.port_value());
}

namespace {
const envoy::config::endpoint::v3::ClusterLoadAssignment* loadAssignment(
    const workspace::Workspace& ws, const ResourceRef& ref) {
  const Item* item = ws.find(ref.kind, ref.name.toStdString());
  if (item == nullptr) return nullptr;
  if (ref.kind == Kind::kCluster) {
    return &item->as<envoy::config::cluster::v3::Cluster>().load_assignment();
  }
  if (ref.kind == Kind::kEndpoint) {
    return &item->as<envoy::config::endpoint::v3::ClusterLoadAssignment>();
  }
  return nullptr;
}
}  // namespace

const google::protobuf::Message* ResourceTree::message(const workspace::Workspace& ws,
                                                       const ResourceRef& ref) {
  using Level = ResourceRef::Level;
  if (ref.level == Level::Endpoint) {
    const auto* cla = loadAssignment(ws, ref);
    if (cla == nullptr || ref.locality < 0 || ref.locality >= cla->endpoints_size()) return nullptr;
    const auto& locality = cla->endpoints(ref.locality);
    if (ref.endpoint < 0 || ref.endpoint >= locality.lb_endpoints_size()) return nullptr;
    return &locality.lb_endpoints(ref.endpoint);
  }
  if (ref.level != Level::Item && ref.level != Level::VirtualHost && ref.level != Level::Route) {
    return nullptr;
  }
  const Item* item = ws.find(ref.kind, ref.name.toStdString());
  if (item == nullptr) return nullptr;
  if (ref.level == Level::Item) return &item->message();
  if (ref.kind != Kind::kRoute) return nullptr;
  const auto& config = item->as<route::RouteConfiguration>();
  if (ref.virtualHost < 0 || ref.virtualHost >= config.virtual_hosts_size()) return nullptr;
  const auto& host = config.virtual_hosts(ref.virtualHost);
  if (ref.level == Level::VirtualHost) return &host;
  if (ref.route < 0 || ref.route >= host.routes_size()) return nullptr;
  return &host.routes(ref.route);
}

QString ResourceTree::subject(const workspace::Workspace& ws, const ResourceRef& ref) {
  using Level = ResourceRef::Level;
  const google::protobuf::Message* m = message(ws, ref);
  switch (ref.level) {
    case Level::Item: return kindLabel(ref.kind) + QLatin1Char(' ') + ref.name;
    case Level::VirtualHost:
      return tr("virtual host %1").arg(m ? qs(dynamic_cast<const route::VirtualHost&>(*m).name())
                                         : QString::number(ref.virtualHost + 1));
    case Level::Route:
      return tr("route %1").arg(m ? routeLabel(*m) : QString::number(ref.route + 1));
    case Level::Endpoint:
      return tr("endpoint %1 of %2")
          .arg(m ? endpointLabel(*m) : QString(), kindLabel(ref.kind) + QLatin1Char(' ') + ref.name);
    case Level::NodeGroup: return tr("node group %1").arg(ref.name);
    case Level::AiRoute: return tr("AI route %1").arg(ref.name);
    case Level::Problem:
    case Level::None: break;
  }
  return {};
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
