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
  for (auto e = state.entries.begin(); e != state.entries.end();) {
    if (!state.subscription.wants(e->first) && e->second.sent == e->second.held)
      e = state.entries.erase(e);
    else
      ++e;
  }
  for (auto& name : added) state.force.insert(std::move(name));
  // A wildcard that starts now wants everything the client did not name: send it.
  if (created || !state.force.empty() || (!wasWildcard && state.subscription.wildcard()))
    markDirty(type);
  return {};
}

void SotwSession::acknowledge(TypeState& state, const std::string& type,
                              const DiscoveryRequest& request) {
  const bool nack = request.has_error_detail();
  for (const auto& name : state.inflight) {
    auto e = state.entries.find(name);
    if (e == state.entries.end()) continue;
    ResourceEntry& entry = e->second;
    if (nack) {
      if (entry.sent != entry.held) {
        entry.rejected = entry.sent;
        state.errors[name] = request.error_detail().message();
        entry.resend = true;
      }
      entry.sent = entry.held;
    } else {
      entry.held = entry.sent;
      entry.rejected = 0;
      state.errors.erase(name);
    }
    if (entry.held == 0 && entry.sent == 0 && entry.rejected == 0) state.entries.erase(e);
  }
  // Answered: the names go, and so does their memory (a proxy keeps its stream for hours).
  std::vector<std::string>().swap(state.inflight);
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
    for (const auto& name : state.subscription.names()) {
      auto r = available.find(name);
      if (r != available.end()) wanted.push_back(r->second);
    }
    std::sort(wanted.begin(), wanted.end(),
              [](const auto& a, const auto& b) { return a->name() < b->name(); });
  }

  std::vector<snapshot::ResourcePtr> changed;
  for (const auto& r : wanted) {
    auto e = state.entries.find(r->name());
    bool forced = state.force.count(r->name()) != 0;
    std::uint64_t sent = e == state.entries.end() ? 0 : e->second.sent;
    std::uint64_t rejected = e == state.entries.end() ? 0 : e->second.rejected;
    bool reverted = e != state.entries.end() && e->second.resend && r->hash() == e->second.held;
    // After a NACK the same content is not sent again: the client said it cannot take it.
    if (forced || reverted || (sent != r->hash() && rejected != r->hash())) changed.push_back(r);
  }
  std::vector<std::string> removed;
  if (state.fullState) {
    for (const auto& [name, entry] : state.entries)
      if (entry.sent != 0 && (!available.count(name) || !state.subscription.wants(name)))
        removed.push_back(name);
    std::sort(removed.begin(), removed.end());
  }
  state.force.clear();

  const bool first = state.fullState && !state.everSent;
  if (changed.empty() && removed.empty() && !first) return std::nullopt;

  EncodedResponse response;
  response.typeUrl = type;
  response.version = snapshot_->version();
  response.nonce = nextNonce();
  response.controlPlane = options_.controlPlane;

  std::vector<std::string> touched;
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
    for (const auto& r : response.resources) touched.push_back(r->name());
    for (const auto& name : removed) touched.push_back(name);
  } else {
    response.resources = changed;
    for (const auto& r : changed) touched.push_back(r->name());
  }

  for (const auto& r : response.resources) {
    auto& entry = state.entries[r->name()];
    entry.sent = r->hash();
    entry.resend = false;
  }
  for (const auto& name : removed) state.entries[name].sent = 0;
  state.inflight = std::move(touched);
  state.inflightNonce = response.nonce;
  state.inflightVersion = response.version;
  state.everSent = true;
  state.sentFrom = snapshot_;
  if (options_.fleet)
    options_.fleet->sent(options_.proxy, type, response.version, response.nonce);
  return response;
}

void SotwSession::describe(envoy::service::status::v3::ClientConfig& out) const {
  for (const auto& [type, state] : types_) {
    describeType(type, state.entries, state.errors, snapshot_, state.subscription, out);
  }
}

}  // namespace meshdesk::xds
