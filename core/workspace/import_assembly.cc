#include "workspace/import_assembly.h"

#include <memory>

#include "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.pb.h"
#include "workspace/import_config_sources.h"

namespace meshdesk::workspace::import {

namespace {

using envoy::config::cluster::v3::Cluster;
using envoy::config::endpoint::v3::ClusterLoadAssignment;
using envoy::config::listener::v3::Listener;
using envoy::config::route::v3::RouteConfiguration;
using HttpConnectionManager =
    envoy::extensions::filters::network::http_connection_manager::v3::HttpConnectionManager;

// Byte comparison, not MessageDifferencer: that one unpacks each Any through the generated pool
// and logs every type it does not find there (most extension types).
bool sameContent(const google::protobuf::Message& a, const google::protobuf::Message& b) {
  return canonicalBytes(a) == canonicalBytes(b);
}

// "a, b, c and 4 more": a summary note stays readable for a file with thousands of clusters.
std::string listed(const std::vector<std::string>& names) {
  constexpr std::size_t kShown = 12;
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < kShown; ++i) {
    if (i > 0) out += ", ";
    out += names[i];
  }
  if (names.size() > kShown) out += " and " + std::to_string(names.size() - kShown) + " more";
  return out;
}

std::string inQuotes(const std::string& name) { return "'" + name + "'"; }

}  // namespace

void ImportAssembly::error(const ImportPlace& place, std::string message) {
  result_.errors.push_back({fileName_, place.location().line, place.location().column,
                            place.path(), std::move(message)});
}

void ImportAssembly::error(int line, int column, std::string path, std::string message) {
  result_.errors.push_back({fileName_, line, column, std::move(path), std::move(message)});
}

void ImportAssembly::note(std::string message) { result_.notes.push_back(std::move(message)); }

void ImportAssembly::skip(Kind kind, const std::string& name, const std::string& why) {
  std::pair<Kind, std::string> key{kind, name};
  if (origin_.count(key) > 0) return;
  origin_[key] = "";
  skipped_.insert(key);
  note("not imported: " + std::string(kindInfo(kind).label) + " " + inQuotes(name) + ": " + why);
}

bool ImportAssembly::keep(Item item, const ImportPlace& place) {
  std::pair<Kind, std::string> key{item.kind(), item.name()};
  if (skipped_.count(key) > 0) return false;
  if (auto it = origin_.find(key); it != origin_.end()) {
    const Item* existing = result_.workspace.find(item.kind(), key.second);
    if (existing != nullptr && !sameContent(existing->message(), item.message())) {
      note("two different " + std::string(kindInfo(item.kind()).label) + "s are named " +
           inQuotes(key.second) + " (" + it->second + " and " + place.path() +
           "); the first is imported");
    }
    return false;
  }
  origin_[key] = place.path();
  result_.workspace.put(std::move(item));
  return true;
}

// What adding one listener changes elsewhere, applied only if the listener is kept (a dump can
// list a listener twice; the second must not add routes or notes).
struct ImportAssembly::ListenerChanges {
  std::vector<std::pair<RouteConfiguration, ImportPlace>> routes;
  std::vector<std::string> inlineRoutes;
  std::vector<std::string> moved;
  std::vector<std::string> sources;
  std::vector<std::string> notes;
  std::vector<std::pair<std::string, std::string>> references;
};

std::string ImportAssembly::routeNameFor(const std::string& listener, RouteConfiguration& routes,
                                         const ListenerChanges& changes) {
  std::string written = routes.name();
  std::vector<std::string> candidates;
  if (!written.empty()) candidates.push_back(written);
  std::string own = listener + "-routes";
  candidates.push_back(own);
  for (int n = 2; n < 1000; ++n) candidates.push_back(own + "-" + std::to_string(n));
  for (const std::string& candidate : candidates) {
    routes.set_name(candidate);
    const google::protobuf::Message* existing = nullptr;
    if (const Item* item = result_.workspace.find(Kind::kRoute, candidate)) existing = &item->message();
    for (const auto& [pending, place] : changes.routes)
      if (pending.name() == candidate) existing = &pending;
    bool taken = existing != nullptr || skipped_.count({Kind::kRoute, candidate}) > 0;
    // The same route configuration inline in two listeners is imported once, shared.
    if (taken && !(existing != nullptr && sameContent(*existing, routes))) continue;
    return candidate;
  }
  return {};
}

void ImportAssembly::moveRoutesOut(const std::string& listener, google::protobuf::Any& typedConfig,
                                   const ImportPlace& place, ListenerChanges& changes) {
  if (!typedConfig.Is<HttpConnectionManager>()) return;
  HttpConnectionManager manager;
  if (!typedConfig.UnpackTo(&manager)) {
    error(place, "the HTTP connection manager of listener " + inQuotes(listener) +
                     " does not read back (a string that is not valid UTF-8, or nesting deeper "
                     "than 100 levels); its routes stay inline");
    return;
  }
  bool changed = false;
  if (manager.has_route_config()) {
    RouteConfiguration routes = manager.route_config();
    std::string written = routes.name();
    changes.inlineRoutes.push_back(canonicalBytes(routes));
    std::string name = routeNameFor(listener, routes, changes);
    if (name.empty()) {
      error(place, "no free name for the inline route configuration of listener " +
                       inQuotes(listener) + "; its routes stay inline");
      return;
    }
    if (!written.empty() && written != name) {
      changes.notes.push_back("listener " + inQuotes(listener) + ": its inline route configuration " +
                              inQuotes(written) + " is imported as " + inQuotes(name) +
                              ", since another " + inQuotes(written) + " differs");
    }
    bool shared = false;
    for (const auto& [pending, at] : changes.routes) shared = shared || pending.name() == name;
    if (!shared) changes.routes.emplace_back(routes, place.field("route_config"));
    auto* rds = manager.mutable_rds();  // clears route_config: they are one oneof
    *rds->mutable_config_source() = adsSource();
    rds->set_route_config_name(name);
    changes.moved.push_back(listener + " -> " + name);
    changes.references.emplace_back(listener, name);
    changed = true;
  } else if (manager.has_rds()) {
    if (!servedByMeshdesk(manager.rds().config_source())) {
      *manager.mutable_rds()->mutable_config_source() = adsSource();
      changes.sources.push_back("listener " + inQuotes(listener) + " (rds)");
      changed = true;
    }
    changes.references.emplace_back(listener, manager.rds().route_config_name());
  } else if (manager.has_scoped_routes()) {
    auto* scoped = manager.mutable_scoped_routes();
    if (scoped->has_rds_config_source() && !servedByMeshdesk(scoped->rds_config_source())) {
      *scoped->mutable_rds_config_source() = adsSource();
      changes.sources.push_back("listener " + inQuotes(listener) + " (scoped_routes.rds_config_source)");
      changed = true;
    }
    if (scoped->has_scoped_rds() &&
        !servedByMeshdesk(scoped->scoped_rds().scoped_rds_config_source())) {
      *scoped->mutable_scoped_rds()->mutable_scoped_rds_config_source() = adsSource();
      changes.sources.push_back("listener " + inQuotes(listener) +
                                " (scoped_routes.scoped_rds.scoped_rds_config_source)");
      changed = true;
    }
  }
  if (changed) packAny(typedConfig, manager);
}

void ImportAssembly::addListener(Listener listener, const ImportPlace& place) {
  const std::string name = listener.name();
  if (name.empty()) {
    error(place, "a listener needs a name; this one is not imported");
    return;
  }
  if (skipped_.count({Kind::kListener, name}) > 0) return;
  ListenerChanges changes;
  ImportPlace chains = place.field("filter_chains");
  for (int c = 0; c < listener.filter_chains_size(); ++c) {
    auto* chain = listener.mutable_filter_chains(c);
    for (int f = 0; f < chain->filters_size(); ++f) {
      if (!chain->filters(f).has_typed_config()) continue;
      moveRoutesOut(name, *chain->mutable_filters(f)->mutable_typed_config(),
                    chains.index(c).field("filters").index(f).field("typed_config"), changes);
    }
  }
  if (listener.has_default_filter_chain()) {
    auto* chain = listener.mutable_default_filter_chain();
    for (int f = 0; f < chain->filters_size(); ++f) {
      if (!chain->filters(f).has_typed_config()) continue;
      moveRoutesOut(name, *chain->mutable_filters(f)->mutable_typed_config(),
                    place.field("default_filter_chain").field("filters").index(f).field("typed_config"),
                    changes);
    }
  }
  if (listener.has_api_listener() && listener.api_listener().has_api_listener()) {
    moveRoutesOut(name, *listener.mutable_api_listener()->mutable_api_listener(),
                  place.field("api_listener").field("api_listener"), changes);
  }
  if (!keep(Item(Kind::kListener, std::make_unique<Listener>(std::move(listener))), place)) return;
  for (auto& [routes, at] : changes.routes)
    keep(Item(Kind::kRoute, std::make_unique<RouteConfiguration>(std::move(routes))), at);
  inlineRoutes_.insert(changes.inlineRoutes.begin(), changes.inlineRoutes.end());
  movedRoutes_.insert(movedRoutes_.end(), changes.moved.begin(), changes.moved.end());
  sourcesToAds_.insert(sourcesToAds_.end(), changes.sources.begin(), changes.sources.end());
  routeReferences_.insert(routeReferences_.end(), changes.references.begin(),
                          changes.references.end());
  for (auto& n : changes.notes) note(std::move(n));
}

void ImportAssembly::addRouteConfiguration(RouteConfiguration routes, const ImportPlace& place,
                                           bool fromDump) {
  if (fromDump && inlineRoutes_.count(canonicalBytes(routes)) > 0) return;
  if (routes.name().empty()) {
    if (fromDump) {
      note("not imported: the unnamed route configuration at " + place.path() +
           ": no listener of this file holds it inline");
    } else {
      error(place, "a route configuration needs a name; this one is not imported");
    }
    return;
  }
  keep(Item(Kind::kRoute, std::make_unique<RouteConfiguration>(std::move(routes))), place);
}

void ImportAssembly::addScopedRouteConfiguration(
    envoy::config::route::v3::ScopedRouteConfiguration scoped, const ImportPlace& place) {
  if (scoped.name().empty()) {
    error(place, "a scoped route configuration needs a name; this one is not imported");
    return;
  }
  keep(Item(Kind::kScopedRoute,
            std::make_unique<envoy::config::route::v3::ScopedRouteConfiguration>(std::move(scoped))),
       place);
}

void ImportAssembly::addCluster(Cluster cluster, const ImportPlace& place) {
  const std::string name = cluster.name();
  if (name.empty()) {
    error(place, "a cluster needs a name; this one is not imported");
    return;
  }
  if (controlPlaneClusters_.count(name) > 0) {
    skip(Kind::kCluster, name,
         "Envoy reaches its management server through it (the bootstrap's dynamic_resources "
         "name it); it stays in each proxy's bootstrap");
    return;
  }
  // Envoy reads an unset discovery type as STATIC.
  bool isStatic = cluster.cluster_discovery_type_case() == Cluster::CLUSTER_DISCOVERY_TYPE_NOT_SET ||
                  (cluster.has_type() && cluster.type() == Cluster::STATIC);
  bool isEds = cluster.has_type() && cluster.type() == Cluster::EDS;
  std::optional<ClusterLoadAssignment> endpoints;
  std::string renamedEndpoints;
  bool sourceChanged = false;
  if (isStatic && cluster.has_load_assignment()) {
    endpoints = cluster.load_assignment();
    if (!endpoints->cluster_name().empty() && endpoints->cluster_name() != name)
      renamedEndpoints = endpoints->cluster_name();
    endpoints->set_cluster_name(name);
    cluster.clear_load_assignment();
    cluster.set_type(Cluster::EDS);
    *cluster.mutable_eds_cluster_config()->mutable_eds_config() = adsSource();
  } else if (isEds && !servedByMeshdesk(cluster.eds_cluster_config().eds_config())) {
    *cluster.mutable_eds_cluster_config()->mutable_eds_config() = adsSource();
    sourceChanged = true;
  }
  if (!keep(Item(Kind::kCluster, std::make_unique<Cluster>(std::move(cluster))), place)) return;
  if (sourceChanged) sourcesToAds_.push_back("cluster " + inQuotes(name) + " (eds_config)");
  if (!endpoints) return;
  staticToEds_.push_back(name);
  if (!renamedEndpoints.empty())
    note("cluster " + inQuotes(name) + ": its load_assignment named " + inQuotes(renamedEndpoints) +
         " is imported as endpoints " + inQuotes(name) + ", the name EDS asks for");
  keep(Item(Kind::kEndpoint, std::make_unique<ClusterLoadAssignment>(std::move(*endpoints))),
       place.field("load_assignment"));
}

void ImportAssembly::addEndpoints(ClusterLoadAssignment endpoints, const ImportPlace& place) {
  if (endpoints.cluster_name().empty()) {
    error(place, "a cluster load assignment needs a cluster_name; this one is not imported");
    return;
  }
  keep(Item(Kind::kEndpoint, std::make_unique<ClusterLoadAssignment>(std::move(endpoints))), place);
}

void ImportAssembly::addSecret(envoy::extensions::transport_sockets::tls::v3::Secret secret,
                               const ImportPlace& place) {
  if (secret.name().empty()) {
    error(place, "a secret needs a name; this one is not imported");
    return;
  }
  if (hasRedactedValue(secret)) {
    skip(Kind::kSecret, secret.name(),
         "the file shows part of it as \"[redacted]\" (Envoy's admin hides private keys and "
         "passwords); add it to the workspace from its source");
    return;
  }
  keep(Item(Kind::kSecret, std::make_unique<envoy::extensions::transport_sockets::tls::v3::Secret>(
                               std::move(secret))),
       place);
}

void ImportAssembly::addExtensionConfig(envoy::config::core::v3::TypedExtensionConfig config,
                                        const ImportPlace& place) {
  if (config.name().empty()) {
    error(place, "an extension config needs a name; this one is not imported");
    return;
  }
  keep(Item(Kind::kExtensionConfig,
            std::make_unique<envoy::config::core::v3::TypedExtensionConfig>(std::move(config))),
       place);
}

void ImportAssembly::referSecretsOverAds() {
  std::set<std::string> served;
  for (const auto& item : result_.workspace.items(Kind::kSecret)) served.insert(item.name());
  for (const auto& [kind, name] : skipped_)
    if (kind == Kind::kSecret) served.insert(name);
  if (served.empty()) return;
  std::vector<std::string> changed;
  auto describe = [](const std::string& what, const std::set<std::string>& names) {
    std::string out = what + " (";
    for (const auto& name : names) out += (out.back() == '(' ? "" : ", ") + name;
    return out + ")";
  };
  for (const Item& original : std::vector<Item>(result_.workspace.items(Kind::kListener))) {
    Listener listener = original.as<Listener>();
    std::set<std::string> names;
    for (auto& chain : *listener.mutable_filter_chains())
      if (chain.has_transport_socket())
        names.merge(import::referSecretsOverAds(*chain.mutable_transport_socket(), served));
    if (listener.has_default_filter_chain() && listener.default_filter_chain().has_transport_socket())
      names.merge(import::referSecretsOverAds(
          *listener.mutable_default_filter_chain()->mutable_transport_socket(), served));
    if (names.empty()) continue;
    changed.push_back(describe("listener " + inQuotes(listener.name()), names));
    std::string name = listener.name();
    result_.workspace.replace(Kind::kListener, name,
                              Item(Kind::kListener, std::make_unique<Listener>(std::move(listener))));
  }
  for (const Item& original : std::vector<Item>(result_.workspace.items(Kind::kCluster))) {
    Cluster cluster = original.as<Cluster>();
    std::set<std::string> names;
    if (cluster.has_transport_socket())
      names.merge(import::referSecretsOverAds(*cluster.mutable_transport_socket(), served));
    for (auto& match : *cluster.mutable_transport_socket_matches())
      if (match.has_transport_socket())
        names.merge(import::referSecretsOverAds(*match.mutable_transport_socket(), served));
    if (names.empty()) continue;
    changed.push_back(describe("cluster " + inQuotes(cluster.name()), names));
    std::string name = cluster.name();
    result_.workspace.replace(Kind::kCluster, name,
                              Item(Kind::kCluster, std::make_unique<Cluster>(std::move(cluster))));
  }
  if (!changed.empty())
    note("references to the workspace's secrets made SDS over ADS, since Meshdesk serves "
         "them: " + listed(changed));
}

ImportResult ImportAssembly::finish() {
  referSecretsOverAds();
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& [listener, routes] : routeReferences_) {
    if (routes.empty() || !seen.insert({listener, routes}).second) continue;
    if (result_.workspace.find(Kind::kRoute, routes) == nullptr)
      note("listener " + inQuotes(listener) + " asks for route configuration " + inQuotes(routes) +
           " over RDS, which is not in this file");
  }
  for (const auto& item : result_.workspace.items(Kind::kCluster)) {
    const auto& cluster = item.as<Cluster>();
    if (!cluster.has_type() || cluster.type() != Cluster::EDS) continue;
    std::string service = cluster.eds_cluster_config().service_name();
    if (service.empty()) service = cluster.name();
    if (result_.workspace.find(Kind::kEndpoint, service) == nullptr)
      note("cluster " + inQuotes(cluster.name()) + " is EDS, but this file has no endpoints " +
           inQuotes(service) + missingEndpointsHint_);
  }
  if (!movedRoutes_.empty())
    note("inline route configurations moved out of their listener, which now asks for them "
         "over RDS (ADS): " + listed(movedRoutes_));
  if (!staticToEds_.empty())
    note("STATIC clusters made EDS over ADS, their load_assignment now an endpoints item of "
         "the same name: " + listed(staticToEds_));
  if (!sourcesToAds_.empty())
    note("config sources changed to ADS, since Meshdesk serves the workspace: " +
         listed(sourcesToAds_));
  return std::move(result_);
}

}  // namespace meshdesk::workspace::import
