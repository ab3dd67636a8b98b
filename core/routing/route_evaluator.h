#pragma once
// Which listener, virtual host, route and clusters a request reaches under Envoy's matching
// rules, and why: the console's "where does this request go?".
//
//   RouteEvaluator evaluator(workspace);
//   RouteDecision d = evaluator.evaluate({.listener = "edge", .host = "api.example.com",
//                                         .path = "/v1/users?id=7"});
//   // d.virtualHost == "api", d.clusters[0].name == "users", d.trace says why
//
// The evaluator indexes the workspace once (route configurations by name, the HTTP connection
// manager of every listener chain and api_listener, every regex compiled with RE2) and keeps its
// own copies, so it stays valid while the workspace is edited; build a new one to see edits.
// evaluate() is const and may be called from several threads at once.
//
// Faithful to Envoy where a test request says enough; where it does not (TLS details, runtime
// fractions, run-time plugins, what a Lua script or an external processor does) the decision
// says so in `caveats`. docs/route-evaluator.md lists the rules.

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "routing/route_decision.h"
#include "routing/test_request.h"
#include "workspace/workspace.h"

namespace meshdesk::routing {

class RouteEvaluator {
 public:
  struct Options {
    // Rejected routes of a virtual host explained one by one in the trace; beyond that they are
    // counted by reason, so a 10,000-route table gives a readable (and fast) trace.
    std::size_t maxExplainedRoutes = 100;
    // Envoy picks the route when the headers arrive; metadata written later by filters
    // (json_to_metadata from the body, header_to_metadata) reaches route matching only if a
    // later filter clears the route cache. True: behave as if one did (the decision then
    // carries a caveat saying so). False: what Envoy does, with a caveat naming the route the
    // metadata would have selected.
    bool assumeRouteCacheCleared = false;
  };

  explicit RouteEvaluator(const workspace::Workspace& workspace);
  RouteEvaluator(const workspace::Workspace& workspace, Options options);
  ~RouteEvaluator();
  RouteEvaluator(RouteEvaluator&&) noexcept;
  RouteEvaluator& operator=(RouteEvaluator&&) noexcept;

  RouteDecision evaluate(const TestRequest& request) const;

  // Configuration errors found while indexing (bad regexes, repeated domains, undecodable
  // connection managers, ...), each naming its place. Envoy would reject these.
  const std::vector<std::string>& problems() const;
  std::size_t routeConfigurationCount() const;
  std::size_t listenerCount() const;

  // The indexed workspace; opaque (defined in route_evaluator.cc).
  struct Index;

 private:
  std::unique_ptr<const Index> index_;
  Options options_;
};

}  // namespace meshdesk::routing
