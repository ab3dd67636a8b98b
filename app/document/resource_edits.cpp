#include "document/resource_edits.h"

#include <algorithm>
#include <map>
#include <set>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "envoy/service/runtime/v3/rtds.pb.h"

namespace meshdesk::app {

using workspace::Item;
using workspace::Kind;
using workspace::Workspace;
using Level = ResourceRef::Level;
namespace route = envoy::config::route::v3;
namespace cluster = envoy::config::cluster::v3;
namespace endpoint = envoy::config::endpoint::v3;

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

std::optional<Item> copyOf(const Workspace& ws, Kind kind, const QString& name) {
  const Item* item = ws.find(kind, name.toStdString());
  if (item == nullptr) return std::nullopt;
  return *item;
}

void setName(google::protobuf::Message& message, Kind kind, const std::string& name) {
  const auto* field =
      message.GetDescriptor()->FindFieldByName(std::string(workspace::kindInfo(kind).nameField));
  if (field != nullptr) message.GetReflection()->SetString(&message, field, name);
}

template <typename T>
T& as(Item& item) {
  return dynamic_cast<T&>(item.mutableMessage());
}

ItemChange replaceChange(const Item& before, Item after) {
  ItemChange change;
  change.kind = before.kind();
  change.before = before;
  change.after = std::move(after);
  return change;
}

bool fail(QString* why, const QString& reason) {
  if (why != nullptr) *why = reason;
  return false;
}

// The endpoints list a ref's endpoints live in, inside `item`.
endpoint::ClusterLoadAssignment* assignmentOf(Item& item) {
  if (item.kind() == Kind::kCluster) return as<cluster::Cluster>(item).mutable_load_assignment();
  if (item.kind() == Kind::kEndpoint) return &as<endpoint::ClusterLoadAssignment>(item);
  return nullptr;
}

QString uniqueHostName(const route::RouteConfiguration& config, const QString& base) {
  std::set<std::string> taken;
  for (const auto& host : config.virtual_hosts()) taken.insert(host.name());
  QString name = base;
  for (int n = 2; taken.count(name.toStdString()); ++n) name = QStringLiteral("%1-%2").arg(base).arg(n);
  return name;
}

}  // namespace

QString ResourceEdits::freeName(const Workspace& ws, Kind kind, const QString& base) {
  QString name = base;
  for (int n = 2; ws.find(kind, name.toStdString()) != nullptr; ++n) {
    name = QStringLiteral("%1-%2").arg(base).arg(n);
  }
  return name;
}

std::pair<Kind, QString> ResourceEdits::endpointHome(const Workspace& ws, const QString& name) {
  const Item* item = ws.find(Kind::kCluster, name.toStdString());
  if (item == nullptr) return {Kind::kEndpoint, name};
  return endpointHome(item->message());
}

std::pair<Kind, QString> ResourceEdits::endpointHome(const google::protobuf::Message& message) {
  const auto& c = dynamic_cast<const cluster::Cluster&>(message);
  if (c.type() == cluster::Cluster::EDS && !c.has_cluster_type()) {
    const std::string service =
        c.eds_cluster_config().service_name().empty() ? c.name() : c.eds_cluster_config().service_name();
    return {Kind::kEndpoint, qs(service)};
  }
  return {Kind::kCluster, qs(c.name())};
}

ResourceEdits::Result ResourceEdits::replace(const Workspace& ws, const ResourceRef& ref,
                                             const google::protobuf::Message& message,
                                             const QString& text, const QString& mergeKey,
                                             QString* why) {
  std::optional<Item> before = copyOf(ws, ref.kind, ref.name);
  if (!before) {
    fail(why, tr("%1 is not in the workspace").arg(ResourceTree::subject(ws, ref)));
    return std::nullopt;
  }
  Item after = *before;
  switch (ref.level) {
    case Level::Item: {
      std::unique_ptr<google::protobuf::Message> copy(message.New());
      copy->CopyFrom(message);
      after = Item(ref.kind, std::move(copy), before->location());
      if (after.name().empty()) {
        fail(why, tr("a %1 needs a name").arg(ResourceTree::kindLabel(ref.kind)));
        return std::nullopt;
      }
      if (after.name() != before->name() && ws.find(ref.kind, after.name()) != nullptr) {
        fail(why, tr("there is already a %1 named %2")
                      .arg(ResourceTree::kindLabel(ref.kind), qs(after.name())));
        return std::nullopt;
      }
      break;
    }
    case Level::VirtualHost:
    case Level::Route: {
      auto& config = as<route::RouteConfiguration>(after);
      if (ref.virtualHost < 0 || ref.virtualHost >= config.virtual_hosts_size()) return std::nullopt;
      auto* host = config.mutable_virtual_hosts(ref.virtualHost);
      if (ref.level == Level::VirtualHost) {
        host->CopyFrom(message);
      } else {
        if (ref.route < 0 || ref.route >= host->routes_size()) return std::nullopt;
        host->mutable_routes(ref.route)->CopyFrom(message);
      }
      break;
    }
    case Level::Endpoint: {
      auto* cla = assignmentOf(after);
      if (cla == nullptr || ref.locality < 0 || ref.locality >= cla->endpoints_size()) return std::nullopt;
      auto* locality = cla->mutable_endpoints(ref.locality);
      if (ref.endpoint < 0 || ref.endpoint >= locality->lb_endpoints_size()) return std::nullopt;
      locality->mutable_lb_endpoints(ref.endpoint)->CopyFrom(message);
      break;
    }
    default:
      return std::nullopt;
  }
  WorkspaceEdit edit;
  edit.text = text;
  edit.mergeKey = mergeKey;
  edit.changes.push_back(replaceChange(*before, std::move(after)));
  return edit;
}

ResourceEdits::Result ResourceEdits::create(const Workspace& ws, const ResourceRef& where,
                                            Kind kind, QString* why, ResourceRef* created) {
  WorkspaceEdit edit;
  ResourceRef made;
  if ((where.level == Level::VirtualHost || where.level == Level::Route) && kind == Kind::kRoute) {
    // A route in the selected virtual host, after the selected route.
    std::optional<Item> before = copyOf(ws, Kind::kRoute, where.name);
    if (!before) return std::nullopt;
    Item after = *before;
    auto& config = as<route::RouteConfiguration>(after);
    if (where.virtualHost < 0 || where.virtualHost >= config.virtual_hosts_size()) return std::nullopt;
    auto* host = config.mutable_virtual_hosts(where.virtualHost);
    route::Route fresh;
    fresh.mutable_match()->set_prefix("/new");
    const Item* firstCluster =
        ws.items(Kind::kCluster).empty() ? nullptr : &ws.items(Kind::kCluster).front();
    if (firstCluster != nullptr) fresh.mutable_route()->set_cluster(firstCluster->name());
    const int at = where.level == Level::Route ? where.route + 1 : host->routes_size();
    host->add_routes()->CopyFrom(fresh);
    for (int i = host->routes_size() - 1; i > at; --i) host->mutable_routes()->SwapElements(i, i - 1);
    made = where;
    made.level = Level::Route;
    made.route = at;
    edit.text = tr("New route in virtual host %1").arg(qs(host->name()));
    edit.changes.push_back(replaceChange(*before, std::move(after)));
  } else if (where.level == Level::Item && where.kind == Kind::kRoute && kind == Kind::kRoute) {
    std::optional<Item> before = copyOf(ws, Kind::kRoute, where.name);
    if (!before) return std::nullopt;
    Item after = *before;
    auto& config = as<route::RouteConfiguration>(after);
    auto* host = config.add_virtual_hosts();
    host->set_name(uniqueHostName(config, QStringLiteral("host")).toStdString());
    host->add_domains("*");
    made = where;
    made.level = Level::VirtualHost;
    made.virtualHost = config.virtual_hosts_size() - 1;
    edit.text = tr("New virtual host %1 in route configuration %2")
                    .arg(qs(host->name()), where.name);
    edit.changes.push_back(replaceChange(*before, std::move(after)));
  } else {
    static const std::map<Kind, QString> bases = {
        {Kind::kListener, QStringLiteral("listener")}, {Kind::kRoute, QStringLiteral("routes")},
        {Kind::kScopedRoute, QStringLiteral("scoped-routes")},
        {Kind::kCluster, QStringLiteral("cluster")}, {Kind::kEndpoint, QStringLiteral("endpoints")},
        {Kind::kSecret, QStringLiteral("secret")}, {Kind::kRuntime, QStringLiteral("runtime")},
        {Kind::kExtensionConfig, QStringLiteral("extension")}};
    const QString name = freeName(ws, kind, bases.at(kind));
    Item item(kind);
    setName(item.mutableMessage(), kind, name.toStdString());
    switch (kind) {
      case Kind::kCluster: {
        auto& c = as<cluster::Cluster>(item);
        c.set_type(cluster::Cluster::STATIC);
        c.mutable_connect_timeout()->set_seconds(1);
        c.mutable_load_assignment()->set_cluster_name(name.toStdString());
        break;
      }
      case Kind::kListener: {
        auto* a = as<envoy::config::listener::v3::Listener>(item)
                      .mutable_address()
                      ->mutable_socket_address();
        a->set_address("0.0.0.0");
        a->set_port_value(10000);
        break;
      }
      case Kind::kRoute: {
        auto* host = as<route::RouteConfiguration>(item).add_virtual_hosts();
        host->set_name("default");
        host->add_domains("*");
        break;
      }
      default:
        break;
    }
    made.level = Level::Item;
    made.kind = kind;
    made.name = name;
    edit.text = tr("New %1 %2").arg(ResourceTree::kindLabel(kind), name);
    ItemChange change;
    change.kind = kind;
    change.after = std::move(item);
    edit.changes.push_back(std::move(change));
  }
  if (created != nullptr) *created = made;
  return edit;
}

ResourceEdits::Result ResourceEdits::duplicate(const Workspace& ws, const ResourceRef& ref,
                                               QString* why, ResourceRef* created) {
  std::optional<Item> before = copyOf(ws, ref.kind, ref.name);
  if (!before) return std::nullopt;
  WorkspaceEdit edit;
  ResourceRef made = ref;
  if (ref.level == Level::Item) {
    const QString name = freeName(ws, ref.kind, ref.name + QStringLiteral("-copy"));
    // A new item: it has no place in the file yet.
    std::unique_ptr<google::protobuf::Message> message(before->message().New());
    message->CopyFrom(before->message());
    setName(*message, ref.kind, name.toStdString());
    Item copy(ref.kind, std::move(message));
    ItemChange change;
    change.kind = ref.kind;
    change.after = std::move(copy);
    change.index = indexOfItem(ws, ref.kind, ref.name.toStdString()) + 1;
    edit.changes.push_back(std::move(change));
    edit.text = tr("Duplicate %1 as %2").arg(ResourceTree::subject(ws, ref), name);
    made.name = name;
  } else if (ref.level == Level::VirtualHost || ref.level == Level::Route) {
    Item after = *before;
    auto& config = as<route::RouteConfiguration>(after);
    if (ref.virtualHost < 0 || ref.virtualHost >= config.virtual_hosts_size()) return std::nullopt;
    auto* hosts = config.mutable_virtual_hosts();
    if (ref.level == Level::VirtualHost) {
      route::VirtualHost copy = config.virtual_hosts(ref.virtualHost);
      copy.set_name(uniqueHostName(config, qs(copy.name()) + QStringLiteral("-copy")).toStdString());
      hosts->Add()->CopyFrom(copy);
      for (int i = hosts->size() - 1; i > ref.virtualHost + 1; --i) hosts->SwapElements(i, i - 1);
      made.virtualHost = ref.virtualHost + 1;
    } else {
      auto* routes = hosts->Mutable(ref.virtualHost)->mutable_routes();
      if (ref.route < 0 || ref.route >= routes->size()) return std::nullopt;
      route::Route copy = routes->Get(ref.route);
      if (!copy.name().empty()) copy.set_name(copy.name() + "-copy");
      routes->Add()->CopyFrom(copy);
      for (int i = routes->size() - 1; i > ref.route + 1; --i) routes->SwapElements(i, i - 1);
      made.route = ref.route + 1;
    }
    edit.text = tr("Duplicate %1").arg(ResourceTree::subject(ws, ref));
    edit.changes.push_back(replaceChange(*before, std::move(after)));
  } else if (ref.level == Level::Endpoint) {
    Item after = *before;
    auto* cla = assignmentOf(after);
    if (cla == nullptr || ref.locality < 0 || ref.locality >= cla->endpoints_size()) return std::nullopt;
    auto* list = cla->mutable_endpoints(ref.locality)->mutable_lb_endpoints();
    if (ref.endpoint < 0 || ref.endpoint >= list->size()) return std::nullopt;
    list->Add()->CopyFrom(list->Get(ref.endpoint));
    made.endpoint = list->size() - 1;
    edit.text = tr("Duplicate %1").arg(ResourceTree::subject(ws, ref));
    edit.changes.push_back(replaceChange(*before, std::move(after)));
  } else {
    fail(why, tr("This cannot be duplicated."));
    return std::nullopt;
  }
  if (created != nullptr) *created = made;
  return edit;
}

ResourceEdits::Result ResourceEdits::remove(const Workspace& ws, const ResourceRef& ref,
                                            QString* why) {
  std::optional<Item> before = copyOf(ws, ref.kind, ref.name);
  if (!before) {
    fail(why, tr("This cannot be deleted."));
    return std::nullopt;
  }
  WorkspaceEdit edit;
  edit.text = tr("Delete %1").arg(ResourceTree::subject(ws, ref));
  if (ref.level == Level::Item) {
    ItemChange change;
    change.kind = ref.kind;
    change.index = indexOfItem(ws, ref.kind, ref.name.toStdString());
    change.before = std::move(before);
    edit.changes.push_back(std::move(change));
    return edit;
  }
  Item after = *before;
  if (ref.level == Level::VirtualHost || ref.level == Level::Route) {
    auto& config = as<route::RouteConfiguration>(after);
    if (ref.virtualHost < 0 || ref.virtualHost >= config.virtual_hosts_size()) return std::nullopt;
    if (ref.level == Level::VirtualHost) {
      config.mutable_virtual_hosts()->DeleteSubrange(ref.virtualHost, 1);
    } else {
      auto* routes = config.mutable_virtual_hosts(ref.virtualHost)->mutable_routes();
      if (ref.route < 0 || ref.route >= routes->size()) return std::nullopt;
      routes->DeleteSubrange(ref.route, 1);
    }
  } else if (ref.level == Level::Endpoint) {
    auto* cla = assignmentOf(after);
    if (cla == nullptr || ref.locality < 0 || ref.locality >= cla->endpoints_size()) return std::nullopt;
    auto* list = cla->mutable_endpoints(ref.locality)->mutable_lb_endpoints();
    if (ref.endpoint < 0 || ref.endpoint >= list->size()) return std::nullopt;
    list->DeleteSubrange(ref.endpoint, 1);
    if (list->empty()) cla->mutable_endpoints()->DeleteSubrange(ref.locality, 1);
  } else {
    fail(why, tr("This cannot be deleted."));
    return std::nullopt;
  }
  edit.changes.push_back(replaceChange(*before, std::move(after)));
  return edit;
}

ResourceEdits::Result ResourceEdits::rename(const Workspace& ws, const ResourceRef& ref,
                                            const QString& newName, QString* why) {
  const QString name = newName.trimmed();
  if (name.isEmpty()) {
    fail(why, tr("A name cannot be empty."));
    return std::nullopt;
  }
  std::optional<Item> before = copyOf(ws, ref.kind, ref.name);
  if (!before) return std::nullopt;
  WorkspaceEdit edit;
  edit.text = tr("Rename %1 to %2").arg(ResourceTree::subject(ws, ref), name);
  Item after = *before;
  if (ref.level == Level::Item) {
    if (name == ref.name) return std::nullopt;
    if (ws.find(ref.kind, name.toStdString()) != nullptr) {
      fail(why, tr("there is already a %1 named %2").arg(ResourceTree::kindLabel(ref.kind), name));
      return std::nullopt;
    }
    setName(after.mutableMessage(), ref.kind, name.toStdString());
    edit.changes.push_back(replaceChange(*before, std::move(after)));
    if (ref.kind == Kind::kCluster) {
      // Routes that send to the cluster follow it, so a rename never breaks traffic.
      const std::string from = ref.name.toStdString();
      const std::string to = name.toStdString();
      for (const Item& item : ws.items(Kind::kRoute)) {
        Item changed = item;
        bool touched = false;
        for (auto& host : *as<route::RouteConfiguration>(changed).mutable_virtual_hosts()) {
          for (auto& r : *host.mutable_routes()) {
            if (!r.has_route()) continue;
            if (r.route().cluster() == from) {
              r.mutable_route()->set_cluster(to);
              touched = true;
            }
            if (!r.route().has_weighted_clusters()) continue;
            for (auto& w : *r.mutable_route()->mutable_weighted_clusters()->mutable_clusters()) {
              if (w.name() == from) {
                w.set_name(to);
                touched = true;
              }
            }
          }
        }
        if (touched) edit.changes.push_back(replaceChange(item, std::move(changed)));
      }
    }
    return edit;
  }
  if (ref.level == Level::VirtualHost || ref.level == Level::Route) {
    auto& config = as<route::RouteConfiguration>(after);
    if (ref.virtualHost < 0 || ref.virtualHost >= config.virtual_hosts_size()) return std::nullopt;
    auto* host = config.mutable_virtual_hosts(ref.virtualHost);
    if (ref.level == Level::VirtualHost) {
      host->set_name(name.toStdString());
    } else {
      if (ref.route < 0 || ref.route >= host->routes_size()) return std::nullopt;
      host->mutable_routes(ref.route)->set_name(name.toStdString());
    }
    edit.changes.push_back(replaceChange(*before, std::move(after)));
    return edit;
  }
  fail(why, tr("This cannot be renamed."));
  return std::nullopt;
}

ResourceEdits::Result ResourceEdits::moveRoutes(const Workspace& ws,
                                                const QList<ResourceRef>& routes,
                                                const ResourceRef& host, int row, QString* why,
                                                QList<ResourceRef>* targetOrigins) {
  if (routes.isEmpty() || host.level != Level::VirtualHost) return std::nullopt;
  const ResourceRef& first = routes.front();
  for (const ResourceRef& r : routes) {
    if (r.level != Level::Route || r.name != first.name || r.virtualHost != first.virtualHost) {
      fail(why, tr("Only routes of one virtual host can be moved together."));
      return std::nullopt;
    }
  }
  std::optional<Item> sourceBefore = copyOf(ws, Kind::kRoute, first.name);
  std::optional<Item> targetBefore = copyOf(ws, Kind::kRoute, host.name);
  if (!sourceBefore || !targetBefore) return std::nullopt;
  const bool sameItem = first.name == host.name;
  const bool sameHost = sameItem && first.virtualHost == host.virtualHost;

  Item sourceAfter = *sourceBefore;
  auto& sourceConfig = as<route::RouteConfiguration>(sourceAfter);
  if (first.virtualHost < 0 || first.virtualHost >= sourceConfig.virtual_hosts_size()) return std::nullopt;
  auto* sourceRoutes = sourceConfig.mutable_virtual_hosts(first.virtualHost)->mutable_routes();

  std::vector<int> indexes;
  for (const ResourceRef& r : routes) {
    if (r.route < 0 || r.route >= sourceRoutes->size()) return std::nullopt;
    indexes.push_back(r.route);
  }
  std::sort(indexes.begin(), indexes.end());
  indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());

  const auto& targetHostBefore = [&]() -> const route::VirtualHost* {
    const auto& config = targetBefore->as<route::RouteConfiguration>();
    if (host.virtualHost < 0 || host.virtualHost >= config.virtual_hosts_size()) return nullptr;
    return &config.virtual_hosts(host.virtualHost);
  }();
  if (targetHostBefore == nullptr) return std::nullopt;
  const int targetSize = targetHostBefore->routes_size();
  if (row < 0 || row > targetSize) row = targetSize;

  // The route the moved ones land before, named as the user sees it before the move.
  QString beforeLabel;
  if (row < targetSize && !(sameHost && std::count(indexes.begin(), indexes.end(), row))) {
    beforeLabel = ResourceTree::routeLabel(targetHostBefore->routes(row));
  }
  if (sameHost) {
    // Nothing moves when the routes already sit just before `row`, in one block.
    bool block = true;
    for (std::size_t i = 0; i < indexes.size(); ++i) block &= indexes[i] == row - int(indexes.size()) + int(i);
    bool blockAt = true;
    for (std::size_t i = 0; i < indexes.size(); ++i) blockAt &= indexes[i] == row + int(i);
    if (block || blockAt) {
      fail(why, tr("The route is already there."));
      return std::nullopt;
    }
  }

  std::vector<route::Route> moved;
  for (int i : indexes) moved.push_back(sourceRoutes->Get(i));
  for (auto it = indexes.rbegin(); it != indexes.rend(); ++it) sourceRoutes->DeleteSubrange(*it, 1);

  Item targetAfter = sameItem ? sourceAfter : *targetBefore;
  Item& target = sameItem ? sourceAfter : targetAfter;
  auto* targetRoutes =
      as<route::RouteConfiguration>(target).mutable_virtual_hosts(host.virtualHost)->mutable_routes();
  int at = row;
  if (sameHost) at -= static_cast<int>(std::count_if(indexes.begin(), indexes.end(), [&](int i) { return i < row; }));
  for (std::size_t i = 0; i < moved.size(); ++i) {
    targetRoutes->Add()->CopyFrom(moved[i]);
    for (int j = targetRoutes->size() - 1; j > at + int(i); --j) targetRoutes->SwapElements(j, j - 1);
  }

  if (targetOrigins != nullptr) {
    // Which route (as the tree shows it now) ends up at each place of the target host.
    QList<ResourceRef> origins;
    for (int i = 0; i < targetSize; ++i) {
      if (sameHost && std::count(indexes.begin(), indexes.end(), i)) continue;
      ResourceRef r = host;
      r.level = Level::Route;
      r.route = i;
      origins << r;
    }
    for (std::size_t i = 0; i < indexes.size(); ++i) {
      ResourceRef r = first;
      r.route = indexes[i];
      origins.insert(at + int(i), r);
    }
    *targetOrigins = origins;
  }

  WorkspaceEdit edit;
  const QString what = moved.size() == 1 ? tr("route %1").arg(ResourceTree::routeLabel(moved.front()))
                                         : tr("%n routes", "", static_cast<int>(moved.size()));
  const QString hostName = qs(targetHostBefore->name());
  if (!beforeLabel.isEmpty()) {
    edit.text = sameHost ? tr("Move %1 before %2").arg(what, beforeLabel)
                         : tr("Move %1 to virtual host %2, before %3").arg(what, hostName, beforeLabel);
  } else {
    edit.text = sameHost ? tr("Move %1 to the end of virtual host %2").arg(what, hostName)
                         : tr("Move %1 to virtual host %2").arg(what, hostName);
  }
  edit.changes.push_back(replaceChange(*sourceBefore, sourceAfter));
  if (!sameItem) edit.changes.push_back(replaceChange(*targetBefore, std::move(targetAfter)));
  return edit;
}

ResourceEdits::Result ResourceEdits::targetCluster(const Workspace& ws, const ResourceRef& ref,
                                                   const QString& clusterName, bool addToSplit,
                                                   QString* why) {
  if (ref.level != Level::Route) return std::nullopt;
  std::optional<Item> before = copyOf(ws, Kind::kRoute, ref.name);
  if (!before) return std::nullopt;
  Item after = *before;
  auto& config = as<route::RouteConfiguration>(after);
  if (ref.virtualHost < 0 || ref.virtualHost >= config.virtual_hosts_size()) return std::nullopt;
  auto* host = config.mutable_virtual_hosts(ref.virtualHost);
  if (ref.route < 0 || ref.route >= host->routes_size()) return std::nullopt;
  route::Route& r = *host->mutable_routes(ref.route);
  const std::string name = clusterName.toStdString();
  const QString label = ResourceTree::routeLabel(r);
  if (r.action_case() != route::Route::kRoute && r.action_case() != route::Route::ACTION_NOT_SET) {
    fail(why, tr("Route %1 does not forward to clusters (it redirects or answers itself).").arg(label));
    return std::nullopt;
  }
  auto* action = r.mutable_route();
  WorkspaceEdit edit;
  if (!addToSplit) {
    if (action->cluster() == name) {
      fail(why, tr("Route %1 already goes to cluster %2.").arg(label, clusterName));
      return std::nullopt;
    }
    action->clear_weighted_clusters();
    action->clear_cluster_header();
    action->set_cluster(name);
    edit.text = tr("Route %1 to cluster %2").arg(label, clusterName);
  } else {
    if (action->has_weighted_clusters()) {
      auto* split = action->mutable_weighted_clusters();
      std::uint32_t sum = 0;
      for (const auto& w : split->clusters()) {
        if (w.name() == name) {
          fail(why, tr("Cluster %1 is already in the split of route %2.").arg(clusterName, label));
          return std::nullopt;
        }
        sum += w.weight().value();
      }
      auto* added = split->add_clusters();
      added->set_name(name);
      added->mutable_weight()->set_value(
          std::max<std::uint32_t>(1, sum / std::max(1, split->clusters_size() - 1)));
    } else {
      const std::string old = action->cluster();
      if (old == name) {
        fail(why, tr("Route %1 already goes to cluster %2.").arg(label, clusterName));
        return std::nullopt;
      }
      action->clear_cluster();
      auto* split = action->mutable_weighted_clusters();
      if (!old.empty()) {
        auto* kept = split->add_clusters();
        kept->set_name(old);
        kept->mutable_weight()->set_value(50);
      }
      auto* added = split->add_clusters();
      added->set_name(name);
      added->mutable_weight()->set_value(old.empty() ? 100 : 50);
    }
    edit.text = tr("Add cluster %1 to the split of route %2").arg(clusterName, label);
  }
  edit.changes.push_back(replaceChange(*before, std::move(after)));
  return edit;
}

ResourceEdits::Result ResourceEdits::moveEndpoint(const Workspace& ws, const ResourceRef& ref,
                                                  const ResourceRef& target, bool copy,
                                                  QString* why) {
  if (ref.level != Level::Endpoint || target.level != Level::Item ||
      (target.kind != Kind::kCluster && target.kind != Kind::kEndpoint)) {
    return std::nullopt;
  }
  auto [homeKind, homeName] = target.kind == Kind::kCluster ? endpointHome(ws, target.name)
                                                             : std::pair{target.kind, target.name};
  if (homeKind == ref.kind && homeName == ref.name) {
    fail(why, tr("The endpoint is already there."));
    return std::nullopt;
  }
  std::optional<Item> sourceBefore = copyOf(ws, ref.kind, ref.name);
  if (!sourceBefore) return std::nullopt;
  Item sourceAfter = *sourceBefore;
  auto* sourceCla = assignmentOf(sourceAfter);
  if (sourceCla == nullptr || ref.locality < 0 || ref.locality >= sourceCla->endpoints_size()) return std::nullopt;
  const endpoint::LocalityLbEndpoints sourceLocality = sourceCla->endpoints(ref.locality);
  if (ref.endpoint < 0 || ref.endpoint >= sourceLocality.lb_endpoints_size()) return std::nullopt;
  const endpoint::LbEndpoint moved = sourceLocality.lb_endpoints(ref.endpoint);
  if (!copy) {
    auto* list = sourceCla->mutable_endpoints(ref.locality)->mutable_lb_endpoints();
    list->DeleteSubrange(ref.endpoint, 1);
    if (list->empty()) sourceCla->mutable_endpoints()->DeleteSubrange(ref.locality, 1);
  }

  WorkspaceEdit edit;
  std::optional<Item> targetBefore = copyOf(ws, homeKind, homeName);
  Item targetAfter = targetBefore ? *targetBefore : Item(Kind::kEndpoint);
  auto* targetCla = assignmentOf(targetAfter);
  if (targetCla->cluster_name().empty()) targetCla->set_cluster_name(homeName.toStdString());
  // Into the locality of the same place and priority, or a new one like the source's.
  endpoint::LocalityLbEndpoints* into = nullptr;
  for (auto& locality : *targetCla->mutable_endpoints()) {
    if (locality.priority() == sourceLocality.priority() &&
        locality.locality().SerializeAsString() == sourceLocality.locality().SerializeAsString()) {
      into = &locality;
      break;
    }
  }
  if (into == nullptr) {
    into = targetCla->add_endpoints();
    into->mutable_locality()->CopyFrom(sourceLocality.locality());
    into->set_priority(sourceLocality.priority());
    if (sourceLocality.has_load_balancing_weight())
      into->mutable_load_balancing_weight()->CopyFrom(sourceLocality.load_balancing_weight());
  }
  into->add_lb_endpoints()->CopyFrom(moved);

  const QString label = ResourceTree::endpointLabel(moved);
  const QString from = ResourceTree::kindLabel(ref.kind) + QLatin1Char(' ') + ref.name;
  const QString to = target.kind == Kind::kCluster
                         ? ResourceTree::kindLabel(Kind::kCluster) + QLatin1Char(' ') + target.name
                         : ResourceTree::kindLabel(Kind::kEndpoint) + QLatin1Char(' ') + target.name;
  edit.text = copy ? tr("Copy endpoint %1 from %2 to %3").arg(label, from, to)
                   : tr("Move endpoint %1 from %2 to %3").arg(label, from, to);
  if (!copy) edit.changes.push_back(replaceChange(*sourceBefore, std::move(sourceAfter)));
  if (targetBefore) {
    edit.changes.push_back(replaceChange(*targetBefore, std::move(targetAfter)));
  } else {
    ItemChange change;
    change.kind = Kind::kEndpoint;
    change.after = std::move(targetAfter);
    edit.changes.push_back(std::move(change));
  }
  return edit;
}

}  // namespace meshdesk::app
