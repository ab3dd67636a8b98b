#pragma once
// Importing, internals: the workspace being built from imported resources. Each add*() takes a
// resource as Envoy had it, makes the changes import.h lists (inline routes out of listeners,
// STATIC clusters to EDS, config sources to ADS) and keeps it unless a resource of the same kind
// and name is already there; whatever is left out or changed becomes a note.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/core/v3/extension.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "envoy/config/route/v3/scoped_route.pb.h"
#include "envoy/extensions/transport_sockets/tls/v3/secret.pb.h"
#include "workspace/import.h"
#include "workspace/import_place.h"

namespace meshdesk::workspace::import {

class ImportAssembly {
 public:
  explicit ImportAssembly(std::string fileName) : fileName_(std::move(fileName)) {}

  void error(const ImportPlace& place, std::string message);
  void error(int line, int column, std::string path, std::string message);
  void note(std::string message);

  // Clusters through which Envoy reaches its management server: left out of the workspace.
  void addControlPlaneCluster(std::string name) { controlPlaneClusters_.insert(std::move(name)); }
  // Appended to the note about an EDS cluster without endpoints (a dump made without
  // ?include_eds has none).
  void setMissingEndpointsHint(std::string hint) { missingEndpointsHint_ = std::move(hint); }

  void addListener(envoy::config::listener::v3::Listener listener, const ImportPlace& place);
  // `fromDump`: a static route configuration of a /config_dump, which lists the inline route
  // configurations of listeners too; those were already taken out of their listener.
  void addRouteConfiguration(envoy::config::route::v3::RouteConfiguration routes,
                             const ImportPlace& place, bool fromDump = false);
  void addScopedRouteConfiguration(envoy::config::route::v3::ScopedRouteConfiguration scoped,
                                   const ImportPlace& place);
  void addCluster(envoy::config::cluster::v3::Cluster cluster, const ImportPlace& place);
  void addEndpoints(envoy::config::endpoint::v3::ClusterLoadAssignment endpoints,
                    const ImportPlace& place);
  void addSecret(envoy::extensions::transport_sockets::tls::v3::Secret secret,
                 const ImportPlace& place);
  void addExtensionConfig(envoy::config::core::v3::TypedExtensionConfig config,
                          const ImportPlace& place);

  // Leaves a resource out with a note saying why; a later resource of that kind and name is
  // then left out without another note (a dump lists some resources twice).
  void skip(Kind kind, const std::string& name, const std::string& why);
  bool has(Kind kind, const std::string& name) const { return origin_.count({kind, name}) > 0; }

  // Adds the notes that need everything (references to resources not in the file, summaries
  // of what was changed) and hands over the result.
  ImportResult finish();

 private:
  struct ListenerChanges;

  // Keeps the item unless its kind and name are taken; a different one of the same name is
  // noted. True when kept.
  bool keep(Item item, const ImportPlace& place);
  // If `typedConfig` is an HTTP connection manager: its inline route configuration moved out
  // (into `changes`) and its config sources made ADS.
  void moveRoutesOut(const std::string& listener, google::protobuf::Any& typedConfig,
                     const ImportPlace& place, ListenerChanges& changes);
  // Sets the name the inline `routes` of `listener` get in the workspace and returns it: its
  // own, or "<listener>-routes" when it has none or its own is taken by different routes.
  std::string routeNameFor(const std::string& listener,
                           envoy::config::route::v3::RouteConfiguration& routes,
                           const ListenerChanges& changes);

  // Bootstrap listeners and clusters name static secrets without an sds_config.
  void referSecretsOverAds();

  std::string fileName_;
  ImportResult result_;
  std::set<std::string> controlPlaneClusters_;
  std::string missingEndpointsHint_;
  // (kind, name) -> path in the imported file of the kept (or skipped) resource.
  std::map<std::pair<Kind, std::string>, std::string> origin_;
  std::set<std::pair<Kind, std::string>> skipped_;
  // Inline route configurations as written in their listener, to recognize them again among a
  // dump's static route configurations.
  std::set<std::string> inlineRoutes_;
  // For the closing notes.
  std::vector<std::pair<std::string, std::string>> routeReferences_;  // listener, route name
  std::vector<std::string> movedRoutes_;       // "listener -> routes"
  std::vector<std::string> staticToEds_;       // cluster names
  std::vector<std::string> sourcesToAds_;      // "listener 'x' (rds)", "cluster 'y' (eds_config)"
};

}  // namespace meshdesk::workspace::import
