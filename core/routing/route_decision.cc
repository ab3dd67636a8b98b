#include "routing/route_decision.h"

namespace meshdesk::routing {

std::string actionKindName(RouteActionKind kind) {
  switch (kind) {
    case RouteActionKind::kNone: return "none";
    case RouteActionKind::kCluster: return "cluster";
    case RouteActionKind::kWeightedClusters: return "weighted_clusters";
    case RouteActionKind::kClusterHeader: return "cluster_header";
    case RouteActionKind::kClusterSpecifierPlugin: return "cluster_specifier_plugin";
    case RouteActionKind::kRedirect: return "redirect";
    case RouteActionKind::kDirectResponse: return "direct_response";
    case RouteActionKind::kFilterAction: return "filter_action";
    case RouteActionKind::kNonForwarding: return "non_forwarding_action";
  }
  return "?";
}

std::string describe(const RouteDecision& d) {
  std::string out;
  if (!d.matched) {
    out += "no route\n";
  } else {
    out += "listener " + d.listener;
    if (!d.filterChain.empty()) out += " (" + d.filterChain + ")";
    out += ", route configuration " +
           (d.routeConfiguration.empty() ? std::string("(inline)") : d.routeConfiguration) +
           ", virtual host " + d.virtualHost;
    if (d.routeIndex >= 0)
      out.append(", route #").append(std::to_string(d.routeIndex));
    else
      out += " (before its routes)";
    if (!d.routeName.empty()) out += " '" + d.routeName + "'";
    out += "\n";
    out += actionKindName(d.action) + ":";
    for (const auto& c : d.clusters) {
      out += " ";
      out += c.name.empty() ? std::string("(no cluster)") : c.name;
      if (d.action == RouteActionKind::kWeightedClusters)
        out.append(" ").append(std::to_string(c.weight)).append("/").append(
            std::to_string(d.totalWeight));
      if (!c.fromHeader.empty()) out += " (from header " + c.fromHeader + ")";
    }
    if (!d.clusterSpecifierPlugin.empty()) out += " " + d.clusterSpecifierPlugin;
    if (d.redirect)
      out.append(" ").append(std::to_string(d.redirect->status)).append(" ").append(
          d.redirect->location);
    if (d.directResponse)
      out.append(" ")
          .append(std::to_string(d.directResponse->status))
          .append(" (body: ")
          .append(d.directResponse->bodySource)
          .append(")");
    out += "\n";
  }
  for (const auto& c : d.caveats) out += "caveat: " + c + "\n";
  for (const auto& t : d.trace) out += "  " + t + "\n";
  return out;
}

}  // namespace meshdesk::routing
