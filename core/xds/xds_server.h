#pragma once
// The xDS control plane's gRPC server: ADS and the per-type discovery services, state of the
// world and delta, plus CSDS, on one port (127.0.0.1 by default).

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

namespace meshdesk::snapshot {
class SnapshotStore;
}
namespace meshdesk::fleet {
class FleetRegistry;
}

namespace meshdesk::xds {

struct ServerOptions {
  // host:port; port 0 picks a free one (see XdsServer::port()).
  std::string address = "127.0.0.1:18000";
  // Changes to the snapshot store within this window are pushed together.
  std::chrono::milliseconds debounce{20};
  // Sent as DiscoveryResponse.control_plane.identifier.
  std::string controlPlaneId = "meshdesk";
};

// Counters since start, for metrics and benchmarks.
struct ServerStats {
  std::uint64_t streamsOpened = 0;
  std::uint64_t streamsActive = 0;
  std::uint64_t responses = 0;
  std::uint64_t resourcesSent = 0;
  std::uint64_t acks = 0;
  std::uint64_t nacks = 0;
  std::uint64_t pushes = 0;  // snapshot changes pushed to streams
};

class XdsServer {
 public:
  XdsServer(snapshot::SnapshotStore& store, fleet::FleetRegistry& fleet, ServerOptions options);
  ~XdsServer();
  XdsServer(const XdsServer&) = delete;
  XdsServer& operator=(const XdsServer&) = delete;

  // Binds and starts serving. False, with a reason, if the address cannot be bound.
  bool start(std::string* error = nullptr);
  // Closes every stream and stops. Idempotent; the destructor calls it.
  void stop();
  bool running() const;

  int port() const;
  // host:port actually bound.
  std::string address() const;
  ServerStats stats() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace meshdesk::xds
