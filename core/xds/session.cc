#include "xds/session.h"

#include <algorithm>

#include "snapshot/type_url.h"

namespace meshdesk::xds {

void Session::setSnapshot(snapshot::SnapshotPtr snapshot) {
  // Only the types whose resources changed are looked at again: a publish that changes one
  // cluster costs each stream one type's work, not every type's.
  for (const auto& type : subscribedTypes()) {
    if (snapshot_ && snapshot && snapshot_->typeHash(type) == snapshot->typeHash(type)) continue;
    dirty_.insert(type);
  }
  snapshot_ = std::move(snapshot);
}

namespace {
// When the next heartbeat of a resource with `ttl` is due: half its TTL after `from`. A TTL of
// centuries (possible for a Resource made in code) would overflow the clock's nanoseconds.
std::chrono::steady_clock::time_point halfTtlAfter(std::chrono::steady_clock::time_point from,
                                                   std::chrono::milliseconds ttl) {
  const auto room = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::time_point::max() - from);
  return ttl / 2 >= room ? std::chrono::steady_clock::time_point::max() : from + ttl / 2;
}
}  // namespace

void Session::heartbeat(std::chrono::steady_clock::time_point now) {
  lastCheck_ = now;
  if (!options_.resourceTtl || !snapshot_) return;
  for (const auto& type : subscribedTypes()) {
    auto ttl = snapshot_->shortestTtl(type);
    if (ttl.count() == 0) {
      nextHeartbeat_.erase(type);
      continue;
    }
    // The first look schedules: what the client holds was sent at most one check ago.
    auto [it, fresh] = nextHeartbeat_.try_emplace(type, halfTtlAfter(now, ttl));
    if (!fresh && now >= it->second) heartbeats_.insert(type);
  }
}

void Session::heartbeatDone(const std::string& type) {
  if (!snapshot_) return;
  auto ttl = snapshot_->shortestTtl(type);
  if (ttl.count()) nextHeartbeat_[type] = halfTtlAfter(lastCheck_, ttl);
}

std::optional<EncodedResponse> Session::heartbeatOf(const std::string& type,
                                                    const ResourceEntries& entries, bool delta) {
  heartbeatDone(type);
  // Only what the client holds, unchanged: anything else is an update, sent by build().
  const auto& available = snapshot_->resources(type);
  EncodedResponse response;
  response.delta = delta;
  for (const auto& [name, entry] : entries) {
    if (entry.held == 0 || entry.sent != entry.held) continue;
    auto r = available.find(name.view());
    if (r != available.end() && r->second->ttl().count() && r->second->hash() == entry.held)
      response.resources.push_back(r->second);
  }
  if (response.resources.empty()) return std::nullopt;
  response.typeUrl = type;
  response.version = snapshot_->version();
  response.nonce = nextNonce();
  response.controlPlane = options_.controlPlane;
  response.heartbeat = true;
  return response;
}

std::string Session::typeOf(const std::string& requested) const {
  return options_.fixedTypeUrl.empty() ? requested : options_.fixedTypeUrl;
}

std::optional<RequestOutcome> Session::checkType(const std::string& requested) const {
  if (options_.aggregated && requested.empty())
    return RequestOutcome{false, "type_url is required on an aggregated stream"};
  if (!options_.fixedTypeUrl.empty() && !requested.empty() && requested != options_.fixedTypeUrl)
    return RequestOutcome{false, "this service serves " + options_.fixedTypeUrl + ", not " + requested};
  return std::nullopt;
}

bool Session::referencesPending() const {
  namespace t = snapshot::type_url;
  for (const auto& type : dirty_)
    if (type == t::kListener || type == t::kRouteConfiguration ||
        type == t::kScopedRouteConfiguration || type == t::kVirtualHost)
      return true;
  return false;
}

std::optional<EncodedResponse> Session::next() {
  while (!dirty_.empty()) {
    // Make before break: clusters, endpoints, listeners, routes, then the rest; a type whose
    // cleanup (removing what nothing references any more) was deferred goes last.
    auto rank = [this](const std::string& t) {
      return std::make_pair((deferred_.count(t) ? 100 : 0) + snapshot::aggregatedOrder(t), t);
    };
    auto best = std::min_element(dirty_.begin(), dirty_.end(),
                                 [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
    std::string type = *best;
    dirty_.erase(best);
    deferred_.erase(type);
    if (auto response = build(type)) return response;
  }
  // Updates first: a type with changes is refreshed by them.
  while (!heartbeats_.empty()) {
    std::string type = *heartbeats_.begin();
    heartbeats_.erase(heartbeats_.begin());
    if (auto response = buildHeartbeat(type)) return response;
  }
  return std::nullopt;
}

}  // namespace meshdesk::xds
