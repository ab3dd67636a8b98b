#pragma once
// Where AI routes join the user's configuration: the named virtual host of the route
// configuration that the named listener's HTTP connection manager uses (through RDS or inline).
// The AI routes go first in that virtual host (header routes of every AI route, then body
// routes, each in route-name order) so that the user's catch-all routes cannot shadow them; the
// connection manager gets the json_to_metadata filter (and, for rate-limited routes, the
// local_ratelimit filter) just before its router.
//
// A listener that is not in the workspace is created when the attachment gives a port: it
// listens on address:port with a connection manager whose route configuration "ai-<listener>"
// (served over ADS) has the one virtual host named by the attachment, for every domain. Any
// other missing piece (listener without port, virtual host, router filter) is an error: a
// guess would be configuration nobody wrote.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "ai/envoy_routes.h"
#include "ai/model_route_rules.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "workspace/workspace.h"

namespace meshdesk::ai {

inline constexpr std::string_view kJsonToMetadataFilter = "meshdesk.ai.json_to_metadata";
inline constexpr std::string_view kRateLimitFilter = "meshdesk.ai.local_ratelimit";

// A listener or route configuration as the compiler leaves it.
struct EditedItem {
  workspace::Item item;
  bool replacesUserItem = false;       // false: created by the compiler
  std::vector<std::string> aiRoutes;   // the AI routes that touched it, by name
};

class RouteAttachments {
 public:
  explicit RouteAttachments(const workspace::Workspace& workspace) : workspace_(workspace) {}

  // Records that `routes` join the virtual host `route.attach()` names. On a problem nothing is
  // recorded. `route` has defaults (model_route_rules.h).
  std::optional<RouteProblem> attach(const v1::ModelRoute& route, const EnvoyRoutes& routes);

  // The listeners and route configurations changed or created, listeners first, each by name.
  std::vector<EditedItem> items() const;

 private:
  // Where a connection manager sits in a listener: filter chain (-1 for the default one) and
  // filter index.
  struct ManagerPlace {
    std::string listener;
    int chain = 0;
    int filter = 0;
    auto operator<=>(const ManagerPlace&) const = default;
  };
  // A virtual host to add routes to: in a route configuration (`inlineIn` empty) or inline in a
  // connection manager.
  struct HostPlace {
    std::string routeConfiguration;
    std::optional<ManagerPlace> inlineIn;
    std::string virtualHost;
    auto operator<=>(const HostPlace&) const = default;
  };
  struct PendingRoutes {
    std::vector<envoy::config::route::v3::Route> byHeader;
    std::vector<envoy::config::route::v3::Route> byBody;
  };
  struct CreatedListener {
    std::string address;
    unsigned port = 0;
    std::string virtualHost;
    std::string byRoute;
  };

  std::optional<RouteProblem> attachToCreated(const v1::ModelRoute& route,
                                              std::vector<HostPlace>& hosts,
                                              std::vector<ManagerPlace>& managers);
  std::optional<RouteProblem> attachToExisting(const v1::ModelRoute& route,
                                               const EnvoyRoutes& routes,
                                               const envoy::config::listener::v3::Listener& listener,
                                               std::vector<HostPlace>& hosts,
                                               std::vector<ManagerPlace>& managers);
  const envoy::config::route::v3::RouteConfiguration* userRouteConfiguration(
      const std::string& name) const;

  envoy::config::listener::v3::Listener listenerToEdit(const std::string& name) const;
  envoy::config::route::v3::RouteConfiguration routeConfigurationToEdit(const std::string& name) const;

  const workspace::Workspace& workspace_;
  std::map<std::string, CreatedListener> created_;          // by listener name
  std::map<HostPlace, PendingRoutes> pending_;
  std::map<ManagerPlace, bool> managers_;                    // -> needs the rate-limit filter
  std::map<std::string, std::set<std::string>> listenerRoutes_;       // listener -> AI routes
  std::map<std::string, std::set<std::string>> configurationRoutes_;  // route config -> AI routes
};

}  // namespace meshdesk::ai
