#pragma once
// From the clusters a request reaches to the AI backends behind them: the compiler names each
// backend's cluster "ai-<route>-<backend>" and, for a route that falls back, routes to aggregate
// clusters "ai-<route>-<backend>-fallback" that try the backend and then each fallback priority.
// The request tester evaluates the workspace with its AI routes compiled in, and this says, for
// a model, which AI route took the request and how it is spread over its backends.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ai/ai_compiler.h"
#include "routing/route_decision.h"

namespace meshdesk::app {

struct AiBackendShare {
  std::string backend;
  std::uint32_t weight = 1;  // as the route's split gives it (relative)
};

struct AiBackendReach {
  std::string route;  // the AI route's name
  // First choices with their share of the traffic, as the route splits it.
  std::vector<AiBackendShare> first;
  std::uint32_t totalWeight = 0;
  // Then, on a retry condition, each fallback priority in order (its backends in order).
  std::vector<std::vector<std::string>> fallbacks;
};

// Which compiled cluster belongs to which AI route and backend.
class AiClusterIndex {
 public:
  AiClusterIndex() = default;
  explicit AiClusterIndex(const ai::CompiledAiRoutes& compiled);

  // Nothing when the decision reaches no AI backend cluster.
  std::optional<AiBackendReach> reach(const routing::RouteDecision& decision) const;
  bool empty() const { return owners_.empty(); }

 private:
  struct Owner {
    std::string route;
    std::string backend;
    bool aggregate = false;  // the backend, then the route's fallback priorities
  };
  std::map<std::string, Owner> owners_;  // by cluster name (backend and fallback clusters)
  std::map<std::string, std::vector<std::vector<std::string>>> fallbacks_;  // by route
};

// "openai 80%, vllm 20%; then gemini; then ollama" (shares rounded).
std::string describe(const AiBackendReach& reach);

}  // namespace meshdesk::app
