#include "xds/delta_session.h"

#include <algorithm>
#include <cstdlib>

#include "envoy/service/discovery/v3/discovery.pb.h"
#include "envoy/service/status/v3/csds.pb.h"
#include "snapshot/type_url.h"
#include "xds/resource_status.h"

namespace meshdesk::xds {

using envoy::service::discovery::v3::DeltaDiscoveryRequest;

namespace {
// Versions we hand out are 16 hex digits of a content hash. Anything else the client claims to
// hold (another server's version) cannot match: treat it as "some other content".
std::uint64_t parseVersion(const std::string& v) {
  if (v.size() == 16) {
    char* end = nullptr;
    auto parsed = std::strtoull(v.c_str(), &end, 16);
    if (end == v.c_str() + 16 && parsed != 0) return parsed;
  }
  return 1;
}
}  // namespace

RequestOutcome DeltaSession::onRequest(const DeltaDiscoveryRequest& request) {
  if (auto refused = checkType(request.type_url())) return *refused;
  const std::string type = typeOf(request.type_url());

  auto [it, created] = types_.try_emplace(type, snapshot::isFullStateType(type));
  TypeState& state = it->second;

  if (created) {
    // What the client kept from an earlier stream; nothing else carries over.
    for (const auto& [name, version] : request.initial_resource_versions()) {
      auto& entry = state.entries[std::string_view(name)];
      entry.held = entry.sent = parseVersion(version);
    }
  }
  if (!request.response_nonce().empty()) answer(state, type, request);

  // Subscription changes count even with a stale nonce.
  std::vector<snapshot::ResourceName> unsubscribed;
  auto added = state.subscription.applyDelta(request.resource_names_subscribe(),
                                             request.resource_names_unsubscribe(), &unsubscribed);
  for (const auto& name : unsubscribed) {
    if (!state.subscription.wants(name)) {
      state.entries.erase(name);
      state.toldAbsent.erase(name);
    }
  }
  for (const auto& name : added) {
    // A re-subscribed name is sent again, whatever the client held before.
    ResourceEntry* e = state.entries.find(name);
    if (e && !created) {
      e->held = e->sent = 0;
      e->rejected = 0;
    }
    state.toldAbsent.erase(name);
  }
  if (created || !added.empty() || !unsubscribed.empty() ||
      !request.resource_names_subscribe().empty())
    markDirty(type);
  return {};
}

void DeltaSession::answer(TypeState& state, const std::string& type,
                          const DeltaDiscoveryRequest& request) {
  auto match = std::find_if(state.inflight.begin(), state.inflight.end(),
                            [&](const Inflight& f) { return f.nonce == request.response_nonce(); });
  if (match == state.inflight.end()) return;  // unknown or too old: nothing to settle
  const bool nack = request.has_error_detail();
  std::size_t hint = 0;
  for (const auto& [name, version] : match->sent) {
    ResourceEntry* e = state.entries.find(name, hint);
    if (!e) continue;
    if (nack) {
      e->rejected = version;
      state.errors[name.str()] = request.error_detail().message();
      e->sent = e->held;
      e->resend = true;
    } else {
      e->held = version;
      e->rejected = 0;
      if (!state.errors.empty()) state.errors.erase(name.str());
    }
  }
  if (options_.fleet) {
    if (nack)
      options_.fleet->nacked(options_.proxy, type, match->version, match->nonce,
                             request.error_detail().message(), request.error_detail().code());
    else
      options_.fleet->acked(options_.proxy, type, match->version, match->nonce);
  }
  // Responses before this one were answered implicitly (the client processes in order).
  state.inflight.erase(state.inflight.begin(), match + 1);
}

std::vector<std::string> DeltaSession::subscribedTypes() const {
  std::vector<std::string> out;
  for (const auto& [type, _] : types_) out.push_back(type);
  return out;
}

std::optional<EncodedResponse> DeltaSession::build(const std::string& type) {
  auto it = types_.find(type);
  if (it == types_.end() || !snapshot_) return std::nullopt;
  TypeState& state = it->second;
  const auto& available = snapshot_->resources(type);

  EncodedResponse response;
  response.delta = true;
  std::size_t hint = 0;  // both loops below go in name order
  auto consider = [&](const snapshot::ResourcePtr& r) {
    auto& entry = state.entries.obtain(r->key(), hint);
    bool reverted = entry.resend && r->hash() == entry.held;
    if (reverted || (entry.sent != r->hash() && entry.rejected != r->hash()))
      response.resources.push_back(r);
  };
  if (state.subscription.wildcard()) {
    for (const auto& [_, r] : available) consider(r);
  }
  for (const auto& name : state.subscription.names()) {
    auto r = available.find(name.view());
    if (r != available.end()) {
      if (!state.subscription.wildcard()) consider(r->second);
      if (!state.toldAbsent.empty()) state.toldAbsent.erase(name);
    } else if (!state.toldAbsent.contains(name)) {
      const ResourceEntry* e = state.entries.find(name);
      // Never held: tell the client it does not exist (held ones are covered below).
      if (!e || e->sent == 0) {
        response.removed.push_back(name);
        state.toldAbsent.insert(name);
      }
    }
  }
  // The entries and the snapshot's resources are both in name order: one walk.
  auto a = available.begin();
  auto present = [&](const snapshot::ResourceName& name) {
    while (a != available.end() && a->second->key() != name && a->second->name() < name.view())
      ++a;
    return a != available.end() && a->second->key() == name;
  };
  state.entries.eraseIf([&](const ResourceEntries::Row& row) {
    const ResourceEntry& e = row.entry;
    if (e.sent != 0 && !present(row.name)) {
      response.removed.push_back(row.name);
      if (state.subscription.named(row.name)) state.toldAbsent.insert(row.name);
      return true;
    }
    return e.sent == 0 && e.held == 0 && e.rejected == 0;
  });
  if (response.resources.empty() && response.removed.empty()) return std::nullopt;
  std::sort(response.removed.begin(), response.removed.end());
  response.removed.erase(std::unique(response.removed.begin(), response.removed.end()),
                         response.removed.end());

  response.typeUrl = type;
  response.version = snapshot_->version();
  response.nonce = nextNonce();
  response.controlPlane = options_.controlPlane;
  response.withTtl = options_.resourceTtl;
  Inflight flight{response.nonce, response.version, {}};
  flight.sent.reserve(response.resources.size());
  hint = 0;
  for (const auto& r : response.resources) {
    auto& entry = state.entries.obtain(r->key(), hint);
    entry.sent = r->hash();
    entry.resend = false;
    flight.sent.emplace_back(r->key(), r->hash());
  }
  state.entries.compact();
  state.inflight.push_back(std::move(flight));
  if (state.inflight.size() > kMaxInflight) state.inflight.erase(state.inflight.begin());
  if (options_.fleet)
    options_.fleet->sent(options_.proxy, type, response.version, response.nonce);
  return response;
}

std::optional<EncodedResponse> DeltaSession::buildHeartbeat(const std::string& type) {
  auto it = types_.find(type);
  if (it == types_.end() || !snapshot_) return std::nullopt;
  TypeState& state = it->second;
  auto heartbeat = heartbeatOf(type, state.entries, true);
  if (!heartbeat) return std::nullopt;
  EncodedResponse& response = *heartbeat;
  // Its answer settles nothing.
  state.inflight.push_back(Inflight{response.nonce, response.version, {}});
  if (state.inflight.size() > kMaxInflight) state.inflight.erase(state.inflight.begin());
  if (options_.fleet)
    options_.fleet->sent(options_.proxy, type, response.version, response.nonce);
  return heartbeat;
}

void DeltaSession::describe(envoy::service::status::v3::ClientConfig& out) const {
  for (const auto& [type, state] : types_)
    describeType(type, state.entries, state.errors, snapshot_, state.subscription, out);
}

}  // namespace meshdesk::xds
