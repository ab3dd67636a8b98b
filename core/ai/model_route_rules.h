#pragma once
// What a usable ModelRoute is, and what an unset field means. Shared by the compiler (which
// refuses a route with problems, naming the line) and by subscribers (which NACK it), so that
// both read a route the same way.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "meshdesk/ai/v1/model_route.pb.h"

namespace meshdesk::ai {

inline constexpr std::string_view kDefaultModelHeader = "x-ai-model";
inline constexpr std::string_view kDefaultPath = "/v1/chat/completions";
inline constexpr std::string_view kDefaultVirtualHost = "ai";
inline constexpr std::string_view kDefaultListenerAddress = "127.0.0.1";
inline constexpr std::string_view kDefaultCaFile = "/etc/ssl/certs/ca-certificates.crt";
inline constexpr int kDefaultTimeoutSeconds = 60;
inline constexpr int kDefaultConnectTimeoutSeconds = 5;

// The route with every default written out (model header, path, provider, port, SNI, timeout,
// retry of a route that falls back, rate-limit interval), so that what is published says
// everything and a subscriber need not know the defaults.
v1::ModelRoute withDefaults(v1::ModelRoute route);

// A problem with one field; `field` is relative to the route ("backends[1].host"), "" for the
// route as a whole.
struct RouteProblem {
  std::string field;
  std::string message;
};

// Everything that makes the route unusable: no name, no models, no backends, a backend without
// host or with a duplicate name, an out-of-range port, a path without '/', ... Empty when the
// route can carry requests.
std::vector<RouteProblem> problemsOf(const v1::ModelRoute& route);

// "a", "a-b.c_1": letters, digits, '.', '_', '-' (names end up inside Envoy names and stats).
bool isPlainName(std::string_view name);

// Backends grouped by priority, lowest priority first; within a level in the order written.
std::vector<std::vector<const v1::Backend*>> priorityLevels(const v1::ModelRoute& route);

// Weight of each backend of a level as traffic sees it: as written, or 1 each when the whole
// level is 0 (unset).
std::vector<std::uint32_t> effectiveWeights(const std::vector<const v1::Backend*>& level);

// True if `model` is one this route serves.
bool servesModel(const v1::ModelRoute& route, std::string_view model);

}  // namespace meshdesk::ai
