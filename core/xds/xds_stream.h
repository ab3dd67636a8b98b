#pragma once
// One xDS stream on the gRPC callback API. The reactor reads requests and writes responses, one
// write in flight at a time; what to write is decided by the session at the moment a write can
// start, so a slow client never queues more than one response per type and always gets the
// newest content.

#include <grpcpp/generic/async_generic_service.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>

#include "envoy/config/core/v3/base.pb.h"
#include "fleet/fleet_registry.h"
#include "snapshot/snapshot_store.h"
#include "xds/method_table.h"
#include "xds/session.h"

namespace meshdesk::xds {

struct ServerCounters {
  std::atomic<std::uint64_t> streamsOpened{0};
  std::atomic<std::uint64_t> streamsActive{0};
  std::atomic<std::uint64_t> responses{0};
  std::atomic<std::uint64_t> resourcesSent{0};
  std::atomic<std::uint64_t> acks{0};
  std::atomic<std::uint64_t> nacks{0};
  std::atomic<std::uint64_t> pushes{0};
};

class StreamHub;
class XdsStreamReactor;

// The part of a stream that outlives no one: shared between its reactor (gRPC's threads) and
// the hub (pushes from the server's pusher thread, CSDS queries).
class StreamState {
 public:
  StreamState(std::uint64_t id, XdsMethod method, std::unique_ptr<Session> session);

  std::uint64_t id() const { return id_; }
  // Delivers a new snapshot and starts a write if none is in flight.
  void push(snapshot::SnapshotPtr snapshot);
  // Sends the heartbeats that are due (resources with a TTL, clients that support them).
  void heartbeat(std::chrono::steady_clock::time_point now);
  // The node and its group, once the first request named it.
  bool identified() const;
  envoy::config::core::v3::Node node() const;
  std::string group() const;
  void setGroup(const std::string& group);
  fleet::ProxyId proxy() const;
  // CSDS: the session's per-resource status, under the stream's lock.
  void describe(envoy::service::status::v3::ClientConfig& out) const;

 private:
  friend class XdsStreamReactor;
  // Called with mutex_ held.
  void pumpLocked();

  const std::uint64_t id_;
  const XdsMethod method_;
  mutable std::mutex mutex_;
  std::unique_ptr<Session> session_;
  XdsStreamReactor* reactor_ = nullptr;  // null once gRPC is done with the stream
  bool writing_ = false;
  bool finishing_ = false;
  bool finished_ = false;
  grpc::Status finishStatus_;
  bool identified_ = false;
  envoy::config::core::v3::Node node_;
  std::string group_;
  fleet::ProxyId proxy_ = 0;
  ServerCounters* counters_ = nullptr;
  grpc::ByteBuffer writeBuffer_;
};

class XdsStreamReactor : public grpc::ServerGenericBidiReactor {
 public:
  XdsStreamReactor(grpc::GenericCallbackServerContext* context, XdsMethod method,
                   StreamHub& hub, snapshot::SnapshotStore& store, fleet::FleetRegistry& fleet,
                   ServerCounters& counters, std::string controlPlane, std::uint64_t id);

  void OnReadDone(bool ok) override;
  void OnWriteDone(bool ok) override;
  void OnCancel() override;
  void OnDone() override;

 private:
  friend class StreamState;
  void handleRequest();
  bool identify(const envoy::config::core::v3::Node& node, bool delta);
  // Ends the stream once the write in flight (if any) completed. Called with the lock held.
  void finishLocked(grpc::Status status);

  grpc::GenericCallbackServerContext* context_;
  std::shared_ptr<StreamState> state_;
  StreamHub& hub_;
  snapshot::SnapshotStore& store_;
  fleet::FleetRegistry& fleet_;
  ServerCounters& counters_;
  grpc::ByteBuffer request_;
};

}  // namespace meshdesk::xds
