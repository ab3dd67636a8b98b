#include "tester/ai_backend_reach.h"

#include <cmath>
#include <cstdint>

#include "ai/backend_clusters.h"
#include "ai/model_route_rules.h"

namespace meshdesk::app {

AiClusterIndex::AiClusterIndex(const ai::CompiledAiRoutes& compiled) {
  for (const auto& route : compiled.modelRoutes) {
    for (const auto& backend : route.backends()) {
      owners_[ai::backendClusterName(route, backend)] = {route.name(), backend.name(), false};
      owners_[ai::fallbackClusterName(route, backend)] = {route.name(), backend.name(), true};
    }
    const auto levels = ai::priorityLevels(route);
    auto& fallbacks = fallbacks_[route.name()];
    for (std::size_t i = 1; i < levels.size(); ++i) {
      std::vector<std::string> names;
      for (const auto* b : levels[i]) names.push_back(b->name());
      fallbacks.push_back(std::move(names));
    }
  }
}

std::optional<AiBackendReach> AiClusterIndex::reach(const routing::RouteDecision& decision) const {
  if (!decision.matched) return std::nullopt;
  AiBackendReach out;
  bool fallsBack = false;
  for (const auto& share : decision.clusters) {
    const auto it = owners_.find(share.name);
    if (it == owners_.end()) return std::nullopt;  // not (only) AI backends
    if (!out.route.empty() && out.route != it->second.route) return std::nullopt;
    out.route = it->second.route;
    out.first.push_back({it->second.backend, share.weight});
    out.totalWeight += share.weight;
    fallsBack |= it->second.aggregate;
  }
  if (out.route.empty()) return std::nullopt;
  if (fallsBack) {
    if (const auto f = fallbacks_.find(out.route); f != fallbacks_.end()) out.fallbacks = f->second;
  }
  return out;
}

std::string describe(const AiBackendReach& reach) {
  std::string out;
  for (const auto& share : reach.first) {
    if (!out.empty()) out += ", ";
    out += share.backend;
    if (reach.first.size() > 1 && reach.totalWeight > 0) {
      const long percent = std::lround(100.0 * share.weight / reach.totalWeight);
      out += " " + std::to_string(percent) + "%";
    }
  }
  for (const auto& level : reach.fallbacks) {
    out += "; then ";
    for (std::size_t i = 0; i < level.size(); ++i) out += (i > 0 ? ", " : "") + level[i];
  }
  return out;
}

}  // namespace meshdesk::app
