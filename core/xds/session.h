#pragma once
// The protocol state of one xDS stream, apart from gRPC: what each resource type's client asked
// for, what it holds, what is in flight, what it rejected, and which response to send next.
// SotwSession and DeltaSession implement the two protocol variants. Not thread-safe: the
// stream that owns a session serializes access.

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "fleet/fleet_registry.h"
#include "snapshot/snapshot.h"
#include "xds/encoded_response.h"
#include "xds/resource_entries.h"

namespace envoy::service::status::v3 {
class ClientConfig;
}

namespace meshdesk::xds {

struct SessionOptions {
  fleet::FleetRegistry* fleet = nullptr;
  fleet::ProxyId proxy = 0;
  std::string controlPlane;
  bool aggregated = true;
  // For the per-type services: the one type the stream serves.
  std::string fixedTypeUrl;
  // The client advertised xds.config.supports-resource-ttl (and, in SotW,
  // xds.config.resource-in-sotw): resources with a TTL go with it, and get heartbeats.
  bool resourceTtl = false;
};

// What handling a request decided.
struct RequestOutcome {
  bool ok = true;
  std::string error;  // when !ok: why the stream must end (INVALID_ARGUMENT)
};

class Session {
 public:
  explicit Session(SessionOptions options) : options_(std::move(options)) {}
  virtual ~Session() = default;

  void setProxy(fleet::ProxyId proxy) { options_.proxy = proxy; }
  void setResourceTtl(bool supported) { options_.resourceTtl = supported; }
  const SessionOptions& options() const { return options_; }

  // A new snapshot for this stream's node: every subscribed type is looked at again.
  void setSnapshot(snapshot::SnapshotPtr snapshot);
  const snapshot::SnapshotPtr& snapshot() const { return snapshot_; }

  // The next response to write, types in make-before-break order, or nothing to send.
  std::optional<EncodedResponse> next();
  bool hasWork() const { return !dirty_.empty() || !heartbeats_.empty(); }

  // Time passes: types whose resources have TTLs get a heartbeat (from next()) every half of
  // their shortest TTL, while the client holds them.
  void heartbeat(std::chrono::steady_clock::time_point now);

  // Per resource, its status on this client (CSDS).
  virtual void describe(envoy::service::status::v3::ClientConfig& out) const = 0;

 protected:
  // Builds the response for one type, or nothing if the client is up to date.
  virtual std::optional<EncodedResponse> build(const std::string& typeUrl) = 0;
  virtual std::vector<std::string> subscribedTypes() const = 0;
  // A heartbeat response for the type's resources with a TTL that the client holds, or nothing.
  // Calls heartbeatDone() unless it must be tried again later (an answer is pending).
  virtual std::optional<EncodedResponse> buildHeartbeat(const std::string& typeUrl) = 0;
  void heartbeatDone(const std::string& typeUrl);
  // What both protocols' heartbeats carry: each resource of `entries` that the client holds
  // unchanged and that has a TTL, with a new nonce; nothing when there is none. Calls
  // heartbeatDone().
  std::optional<EncodedResponse> heartbeatOf(const std::string& typeUrl, const ResourceEntries& entries,
                                             bool delta);

  void markDirty(const std::string& typeUrl) { dirty_.insert(typeUrl); }
  void deferCleanup(const std::string& typeUrl) { deferred_.insert(typeUrl); }
  std::string nextNonce() { return std::to_string(++nonce_); }
  std::string typeOf(const std::string& requested) const;
  // Why a request's type_url cannot be served on this stream (missing on ADS, another type on a
  // per-type service), or nothing.
  std::optional<RequestOutcome> checkType(const std::string& requested) const;
  // Whether listeners or routes, which may still reference clusters being removed, wait to be
  // sent: the clusters' removal then goes after them.
  bool referencesPending() const;

  SessionOptions options_;
  snapshot::SnapshotPtr snapshot_;

 private:
  std::set<std::string> dirty_;
  std::set<std::string> deferred_;  // dirty, but only after everything else
  std::uint64_t nonce_ = 0;
  // Only for clients that support TTLs, and types that have them.
  std::map<std::string, std::chrono::steady_clock::time_point> nextHeartbeat_;
  std::set<std::string> heartbeats_;  // due
  std::chrono::steady_clock::time_point lastCheck_;
};

}  // namespace meshdesk::xds
