#pragma once
// Which backends one request tries, in order, read from a ModelRoute the way Envoy reads the
// compiled route: a weighted pick among the first priority's backends; each retry the route
// allows moves to the next priority (and, past the last, starts over, as Envoy's
// previous_priorities does); a route with one priority retries the backend it picked.

#include <random>
#include <string_view>
#include <vector>

#include "meshdesk/ai/v1/model_route.pb.h"

namespace meshdesk::aiclient {

// 1 + the retries the route allows (none without a retry condition; a condition without
// num_retries allows one, as in Envoy).
int attemptsAllowed(const ai::v1::ModelRoute& route);

// Backends in the order they are tried; at most attemptsAllowed(route) entries. Empty for a route
// without backends.
std::vector<const ai::v1::Backend*> attemptOrder(const ai::v1::ModelRoute& route,
                                                 std::mt19937_64& random);

// The first route, by name, that serves `model`; null if none does.
const ai::v1::ModelRoute* routeFor(const std::vector<const ai::v1::ModelRoute*>& routesByName,
                                   std::string_view model);

}  // namespace meshdesk::aiclient
