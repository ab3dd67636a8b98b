#include "xds/sotw_session.h"

#include "envoy/service/discovery/v3/discovery.pb.h"
#include "envoy/service/status/v3/csds.pb.h"
#include "snapshot/type_url.h"
#include "xds/resource_status.h"

namespace meshdesk::xds {

using envoy::service::discovery::v3::DiscoveryRequest;

RequestOutcome SotwSession::onRequest(const DiscoveryRequest& request) {
  if (auto refused = checkType(request.type_url())) return *refused;
  const std::string type = typeOf(request.type_url());

  auto [it, created] = types_.try_emplace(type, snapshot::isFullStateType(type));
  TypeState& state = it->second;

  const std::string& nonce = request.response_nonce();
  if (!nonce.empty()) {
    // A request that answers an older response is stale: a newer one is on its way to the
    // client, whose answer will carry its current subscription too.
    if (nonce != state.inflightNonce) return {};
    acknowledge(state, type, request);
  }

  const bool wasWildcard = state.subscription.wildcard();
  auto added = state.subscription.applySotw(request.resource_names());
  // Names the client no longer wants are dropped on its side; forget what it held of them.
  if (!state.subscription.wildcard()) {
    // Both tables are in name order: one walk.
    const NameSet& names = state.subscription.names();
    auto cursor = names.begin();
    state.entries.eraseIf([&](const ResourceEntries::Row& row) {
      while (cursor != names.end() && *cursor != row.name && cursor->view() < row.name.view())
        ++cursor;
      bool wanted = cursor != names.end() && *cursor == row.name;
      return !wanted && row.entry.sent == row.entry.held;
    });
  }
  for (const auto& name : added) state.force.insert(name);
  // A wildcard that starts now wants everything the client did not name: send it.
  if (created || !state.force.empty() || (!wasWildcard && state.subscription.wildcard()))
    markDirty(type);
  return {};
}

void SotwSession::acknowledge(TypeState& state, const std::string& type,
                              const DiscoveryRequest& request) {
  const bool nack = request.has_error_detail();
  bool emptied = false;
  std::size_t hint = 0;
  for (const auto& name : state.inflight) {
    ResourceEntry* e = state.entries.find(name, hint);
    if (!e) continue;
    ResourceEntry& entry = *e;
    if (nack) {
      if (entry.sent != entry.held) {
        entry.rejected = entry.sent;
        state.errors[name.str()] = request.error_detail().message();
        entry.resend = true;
      }
      entry.sent = entry.held;
    } else {
      entry.held = entry.sent;
      entry.rejected = 0;
      if (!state.errors.empty()) state.errors.erase(name.str());
    }
    emptied = emptied || (entry.held == 0 && entry.sent == 0 && entry.rejected == 0);
  }
  if (emptied) {
    state.entries.eraseIf([](const ResourceEntries::Row& row) {
      return row.entry.held == 0 && row.entry.sent == 0 && row.entry.rejected == 0;
    });
    state.entries.compact();
  }
  // Answered: the names go, and so does their memory (a proxy keeps its stream for hours).
  std::vector<snapshot::ResourceName>().swap(state.inflight);
  if (options_.fleet) {
    if (nack) {
      options_.fleet->nacked(options_.proxy, type, state.inflightVersion, state.inflightNonce,
                             request.error_detail().message(), request.error_detail().code());
    } else {
      options_.fleet->acked(options_.proxy, type, request.version_info(), state.inflightNonce);
    }
  }
  if (!nack) state.ackedVersion = request.version_info();
  state.inflightNonce.clear();
}

std::vector<std::string> SotwSession::subscribedTypes() const {
  std::vector<std::string> out;
  out.reserve(types_.size());
  for (const auto& [type, _] : types_) out.push_back(type);
  return out;
}

std::optional<EncodedResponse> SotwSession::build(const std::string& type) {
  auto it = types_.find(type);
  if (it == types_.end() || !snapshot_) return std::nullopt;
  TypeState& state = it->second;
  const auto& available = snapshot_->resources(type);

  // What the client should hold of this type now.
  std::vector<snapshot::ResourcePtr> wanted;
  if (state.subscription.wildcard()) {
    wanted.reserve(available.size());
    for (const auto& [_, r] : available) wanted.push_back(r);
  } else {
    // The subscription is in name order, and so is the result.
    for (const auto& name : state.subscription.names()) {
      auto r = available.find(name.view());
      if (r != available.end()) wanted.push_back(r->second);
    }
  }

  std::vector<snapshot::ResourcePtr> changed;
  std::size_t hint = 0;
  for (const auto& r : wanted) {
    const ResourceEntry* e = state.entries.find(r->key(), hint);
    bool forced = !state.force.empty() && state.force.contains(r->name());
    std::uint64_t sent = e ? e->sent : 0;
    std::uint64_t rejected = e ? e->rejected : 0;
    bool reverted = e && e->resend && r->hash() == e->held;
    // After a NACK the same content is not sent again: the client said it cannot take it.
    if (forced || reverted || (sent != r->hash() && rejected != r->hash())) changed.push_back(r);
  }
  std::vector<snapshot::ResourceName> removed;  // in name order, as the entries are
  if (state.fullState) {
    // The entries and the snapshot's resources are both in name order: one walk.
    auto a = available.begin();
    auto present = [&](const snapshot::ResourceName& name) {
      while (a != available.end() && a->second->key() != name && a->second->name() < name.view())
        ++a;
      return a != available.end() && a->second->key() == name;
    };
    for (const auto& [name, entry] : state.entries)
      if (entry.sent != 0 && (!present(name) || !state.subscription.wants(name)))
        removed.push_back(name);
  }
  state.force.clear();

  const bool first = state.fullState && !state.everSent;
  if (changed.empty() && removed.empty() && !first) return std::nullopt;

  EncodedResponse response;
  response.typeUrl = type;
  response.version = snapshot_->version();
  response.nonce = nextNonce();
  response.controlPlane = options_.controlPlane;
  response.withTtl = options_.resourceTtl;

  std::vector<snapshot::ResourceName> touched;
  if (state.fullState) {
    // Make before break: while listeners or routes still wait to be sent, keep the clusters
    // they may reference; the removal follows once everything else went out.
    response.resources = wanted;
    if (options_.aggregated && !removed.empty() && type == snapshot::type_url::kCluster &&
        referencesPending() && state.sentFrom) {
      for (const auto& name : removed)
        if (auto old = state.sentFrom->find(type, name)) response.resources.push_back(old);
      removed.clear();
      markDirty(type);
      deferCleanup(type);
    }
    touched.reserve(response.resources.size() + removed.size());
    for (const auto& r : response.resources) touched.push_back(r->key());
    for (const auto& name : removed) touched.push_back(name);
  } else {
    response.resources = changed;
    touched.reserve(changed.size());
    for (const auto& r : changed) touched.push_back(r->key());
  }

  hint = 0;
  for (const auto& r : response.resources) {
    auto& entry = state.entries.obtain(r->key(), hint);
    entry.sent = r->hash();
    entry.resend = false;
  }
  hint = 0;
  for (const auto& name : removed) state.entries.obtain(name, hint).sent = 0;
  state.entries.compact();
  state.inflight = std::move(touched);
  state.inflightNonce = response.nonce;
  state.inflightVersion = response.version;
  state.everSent = true;
  state.sentFrom = snapshot_;
  if (options_.fleet)
    options_.fleet->sent(options_.proxy, type, response.version, response.nonce);
  return response;
}

std::optional<EncodedResponse> SotwSession::buildHeartbeat(const std::string& type) {
  auto it = types_.find(type);
  if (it == types_.end() || !snapshot_) return std::nullopt;
  TypeState& state = it->second;
  // One response in flight per type: the heartbeat waits for the client's answer.
  if (!state.inflightNonce.empty()) return std::nullopt;
  auto heartbeat = heartbeatOf(type, state.entries, false);
  if (!heartbeat) return std::nullopt;
  EncodedResponse& response = *heartbeat;
  // Its answer settles nothing: no names in flight.
  state.inflight.clear();
  state.inflightNonce = response.nonce;
  state.inflightVersion = response.version;
  if (options_.fleet)
    options_.fleet->sent(options_.proxy, type, response.version, response.nonce);
  return heartbeat;
}

void SotwSession::describe(envoy::service::status::v3::ClientConfig& out) const {
  for (const auto& [type, state] : types_) {
    describeType(type, state.entries, state.errors, snapshot_, state.subscription, out);
  }
}

}  // namespace meshdesk::xds
