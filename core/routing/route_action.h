#pragma once
// What a matched route does with the request: which clusters get it and with what weight,
// the Location of a redirect, the status and body of a direct response.

#include <set>
#include <string>

#include "envoy/config/route/v3/route_components.pb.h"
#include "routing/request_view.h"
#include "routing/route_decision.h"

namespace meshdesk::routing {

// Fills the action part of `decision` (action, clusters, totalWeight, redirect, directResponse,
// upstreamPath) and appends its trace line. `matchedPath` is the part of the path the route
// matched (its prefix, or the whole path), which prefix_rewrite replaces. `clusters` are the
// workspace's cluster names.
void resolveAction(const envoy::config::route::v3::Route& route, const RequestView& request,
                   const std::string& matchedPath, const std::set<std::string>& clusters,
                   RouteDecision& decision);

// Where require_tls sends a plaintext request: the same URL with https (and without the :80
// of the plaintext request).
std::string httpsLocation(const RequestView& request);

}  // namespace meshdesk::routing
