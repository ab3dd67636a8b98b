#pragma once
// What the HTTP connection manager does to a request before routing it: Host becomes
// :authority, the host is normalized (strip_trailing_host_dot, strip_any_host_port,
// strip_matching_host_port), the path is normalized (path_with_escaped_slashes_action,
// normalize_path, merge_slashes), the pseudo-headers are set. A proxyless gRPC client
// (api_listener) sends POST with content-type application/grpc to its target's authority.

#include <optional>
#include <string>
#include <vector>

#include "routing/listener_entry.h"
#include "routing/request_view.h"
#include "routing/test_request.h"

namespace meshdesk::routing {

// The view route matching sees, or nullopt when the connection manager rejects the request
// before routing (the reason is in `trace`).
std::optional<RequestView> prepareRequest(const TestRequest& request, const ListenerEntry& listener,
                                          const HttpConnectionManager& hcm,
                                          std::vector<std::string>& trace);

}  // namespace meshdesk::routing
