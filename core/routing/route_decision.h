#pragma once
// Where a request goes and why: the listener, route configuration, virtual host and route it
// reaches, what that route does with it, and every step that led there.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace meshdesk::routing {

// One upstream cluster the route sends to, with its share of the traffic.
struct ClusterShare {
  // The cluster's name. For a cluster_header, the header's value (empty when the request does
  // not carry the header: Envoy then answers 404).
  std::string name;
  // Relative weight; 1 for a route with a single cluster.
  std::uint32_t weight = 1;
  // Set when the name came from a request header (cluster_header).
  std::string fromHeader;
  // Whether the workspace defines a cluster of that name (Envoy answers 503 for one it lacks).
  bool inWorkspace = false;
};

enum class RouteActionKind {
  kNone,                    // nothing matched
  kCluster,                 // route.cluster
  kWeightedClusters,        // route.weighted_clusters
  kClusterHeader,           // route.cluster_header
  kClusterSpecifierPlugin,  // chosen at run time by a plugin, not evaluated here
  kRedirect,
  kDirectResponse,
  kFilterAction,
  kNonForwarding,
};

struct RedirectOutcome {
  int status = 301;
  // The Location header Envoy would send.
  std::string location;
};

struct DirectResponseOutcome {
  int status = 200;
  // Inline body, or empty when the body comes from a file or variable (see bodySource).
  std::string body;
  // "inline", "file /etc/envoy/maintenance.html", "environment variable X", or "none".
  std::string bodySource = "none";
};

struct RouteDecision {
  // A route was reached (its action may still be a redirect or a direct response).
  bool matched = false;

  std::string listener;
  // The filter chain's name, "filter_chains[i]" when it has none, "default_filter_chain", or
  // "api_listener".
  std::string filterChain;
  // The route configuration's name ("" for an unnamed inline one).
  std::string routeConfiguration;
  std::string virtualHost;
  // Position of the route in its virtual host (0-based); -1 when none matched.
  int routeIndex = -1;
  std::string routeName;

  RouteActionKind action = RouteActionKind::kNone;
  std::vector<ClusterShare> clusters;
  // Sum of the weights (or the deprecated total_weight when the config sets it).
  std::uint32_t totalWeight = 0;
  // cluster_specifier_plugin / inline_cluster_specifier_plugin: the plugin's name or type.
  std::string clusterSpecifierPlugin;
  std::optional<RedirectOutcome> redirect;
  // The :path sent upstream when the route rewrites it (prefix_rewrite, regex_rewrite).
  std::string upstreamPath;
  std::optional<DirectResponseOutcome> directResponse;

  // Readable steps, in order: why each listener, chain, virtual host and route was taken or not.
  std::vector<std::string> trace;
  // Where this answer rests on an assumption the real Envoy may not share (something not
  // evaluated, or a filter whose run-time behaviour is unknown here). Empty when exact.
  std::vector<std::string> caveats;
};

std::string actionKindName(RouteActionKind kind);

// Several lines: the outcome, then the caveats, then the trace; for logs, tests and the CLI.
std::string describe(const RouteDecision& decision);

}  // namespace meshdesk::routing
