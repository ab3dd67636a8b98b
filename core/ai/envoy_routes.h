#pragma once
// The Envoy routes of an AI route. Two, because a client names the model in one of two ways:
//  - by header (default x-ai-model): matched directly;
//  - only in the JSON body ("model": ...): the HTTP connection manager's json_to_metadata filter
//    copies it into dynamic metadata (namespace meshdesk.ai, key model) and clears the route
//    cache, and the second route matches that metadata.
// Both carry the same action: the split over the first priority's backends (weighted_clusters),
// fallback to later priorities through aggregate clusters and retries that move to the next
// priority (previous_priorities), the timeout, the path rewrite, and the per-route rate limit.

#include <string>
#include <string_view>

#include "envoy/config/route/v3/route_components.pb.h"
#include "meshdesk/ai/v1/model_route.pb.h"

namespace meshdesk::ai {

// Where json_to_metadata puts the body's model.
inline constexpr std::string_view kModelMetadataNamespace = "meshdesk.ai";
inline constexpr std::string_view kModelMetadataKey = "model";

struct EnvoyRoutes {
  envoy::config::route::v3::Route byHeader;  // "ai-<route>-header"
  envoy::config::route::v3::Route byBody;    // "ai-<route>-body"
};

// `route` with defaults (model_route_rules.h) and an attachment. With `pathPerCluster` the
// clusters rewrite the path and the route does not (see backend_clusters.h). The rate limit, if
// any, is the typed_per_filter_config of `rateLimitFilter` (the HTTP filter's name).
EnvoyRoutes envoyRoutes(const v1::ModelRoute& route, bool pathPerCluster,
                        std::string_view rateLimitFilter);

// The route action alone.
envoy::config::route::v3::RouteAction routeAction(const v1::ModelRoute& route, bool pathPerCluster);

}  // namespace meshdesk::ai
