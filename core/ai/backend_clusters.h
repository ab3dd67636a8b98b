#pragma once
// The Envoy clusters of an AI route: one per backend, with upstream TLS and the API key injected
// from an SDS secret by upstream HTTP filters (so that each backend gets its own key, whichever
// the route picked), and one aggregate cluster per first-choice backend when the route falls
// back to other priorities.

#include <string>
#include <vector>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "meshdesk/ai/v1/model_route.pb.h"

namespace meshdesk::ai {

// "ai-<route>-<backend>".
std::string backendClusterName(const v1::ModelRoute& route, const v1::Backend& backend);
// "ai-<route>-<backend>-fallback": `backend` first, then the fallback levels.
std::string fallbackClusterName(const v1::ModelRoute& route, const v1::Backend& backend);

// What a backend's cluster does to each request before it goes upstream, beyond injecting the
// backend's key. Retries and fallbacks of one request may go through several clusters, each
// attempt starting from what the previous one left; so where backends of a route differ, each
// cluster says its own value instead of relying on what came before.
struct UpstreamRequestEdits {
  // Set :path to this (when the backends do not agree on one path the route could rewrite to).
  std::string path;
  // Removed before the key is injected: the key headers of the route's other backends, so that
  // no backend receives a key meant for another.
  std::vector<std::string> removedHeaders;
};

// `route` and `backend` with defaults (model_route_rules.h).
envoy::config::cluster::v3::Cluster backendCluster(const v1::ModelRoute& route,
                                                   const v1::Backend& backend,
                                                   const UpstreamRequestEdits& edits);

// An aggregate cluster trying `clusters` in order (envoy.clusters.aggregate).
envoy::config::cluster::v3::Cluster fallbackCluster(const std::string& name,
                                                    const std::vector<std::string>& clusters);

}  // namespace meshdesk::ai
