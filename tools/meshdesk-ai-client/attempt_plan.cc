#include "attempt_plan.h"

#include <numeric>

#include "ai/model_route_rules.h"

namespace meshdesk::aiclient {

int attemptsAllowed(const ai::v1::ModelRoute& route) {
  if (!route.has_retry()) return 1;
  const auto& retry = route.retry();
  if (!retry.on_429() && !retry.on_5xx() && !retry.on_connect_failure()) return 1;
  return 1 + static_cast<int>(retry.num_retries() > 0 ? retry.num_retries() : 1);
}

std::vector<const ai::v1::Backend*> attemptOrder(const ai::v1::ModelRoute& route,
                                                 std::mt19937_64& random) {
  auto levels = ai::priorityLevels(route);
  if (levels.empty()) return {};
  std::vector<const ai::v1::Backend*> picks;
  for (const auto& level : levels) {
    auto weights = ai::effectiveWeights(level);
    std::uint64_t total = std::accumulate(weights.begin(), weights.end(), std::uint64_t{0});
    std::uint64_t ticket = std::uniform_int_distribution<std::uint64_t>(0, total - 1)(random);
    std::size_t chosen = 0;
    while (ticket >= weights[chosen]) ticket -= weights[chosen++];
    picks.push_back(level[chosen]);
  }
  std::vector<const ai::v1::Backend*> order;
  int attempts = attemptsAllowed(route);
  for (int i = 0; i < attempts; ++i) order.push_back(picks[static_cast<std::size_t>(i) % picks.size()]);
  return order;
}

const ai::v1::ModelRoute* routeFor(const std::vector<const ai::v1::ModelRoute*>& routesByName,
                                   std::string_view model) {
  for (const auto* route : routesByName)
    if (ai::servesModel(*route, model)) return route;
  return nullptr;
}

}  // namespace meshdesk::aiclient
