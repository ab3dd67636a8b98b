#pragma once
// One simulated Envoy: its own gRPC channel (its own connection) and one ADS stream that asks
// for clusters (wildcard), their endpoints, listeners (wildcard) and one route configuration,
// and ACKs every response. It records when it first held the whole configuration and when it
// ACKed each version, for the load generator to read once the run settles.

#include <grpcpp/grpcpp.h>

#include <array>
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace meshdesk::bench {

using Clock = std::chrono::steady_clock;

// The four types, in the order the proxy asks for them.
enum TypeIndex { kClusters = 0, kEndpoints = 1, kListeners = 2, kRoutes = 3, kTypeCount = 4 };
const std::string& typeUrlOf(int type);
const char* shortNameOf(int type);
int typeIndexOf(const std::string& typeUrl);  // -1 for another type

// What a proxy must hold to have the full configuration.
struct ExpectedConfig {
  std::vector<std::string> clusterNames;  // also the EDS names it subscribes to
  std::string routeConfigName;
  std::size_t listeners = 1;
};

// Progress of all proxies, polled by the load generator.
struct FleetTally {
  std::atomic<int> full{0};      // proxies that hold the full configuration
  std::atomic<int> finished{0};  // proxies whose stream ended
  std::atomic<int> failed{0};    // ... with an error before they were cancelled
  std::atomic<std::uint64_t> responses{0};
  std::atomic<std::uint64_t> acks{0};
};

// What a proxy received and ACKed of one version.
struct VersionSeen {
  int responses = 0;
  int resources = 0;
  std::optional<Clock::time_point> ackedAt;  // first ACK of that version for the asked type
};

class SimulatedProxy {
 public:
  virtual ~SimulatedProxy() = default;
  // Opens the stream and sends the four initial requests.
  virtual void start() = 0;
  // Cancels the stream; finished() becomes true once gRPC is done with it.
  virtual void cancel() = 0;
  // From now on the stream ending, however it ends, is no failure.
  void expectEnd() { ending_.store(true); }

  bool finished() const { return finished_.load(); }
  Clock::time_point startedAt() const;
  std::optional<Clock::time_point> fullAt() const;
  // Responses carrying `version` (version_info / system_version_info), and when `type` of it
  // was ACKed.
  VersionSeen seen(const std::string& version, int type) const;
  std::string error() const;

 protected:
  SimulatedProxy(int id, const ExpectedConfig& expected, FleetTally& tally);

  std::shared_ptr<grpc::Channel> makeChannel(const std::string& address) const;
  // Called with mutex_ held, after a response was applied to the holdings.
  void noteResponse(int type, const std::string& version, int resources, Clock::time_point at);
  void noteAck(int type, const std::string& version, Clock::time_point at);
  void noteFinished(const grpc::Status& status);

  const int id_;
  const ExpectedConfig& expected_;
  FleetTally& tally_;

  mutable std::mutex mutex_;
  std::array<std::unordered_set<std::string>, kTypeCount> held_;
  Clock::time_point startedAt_{};
  std::optional<Clock::time_point> fullAt_;
  struct Event {
    int type;
    bool ack;
    int resources;
    std::string version;
    Clock::time_point at;
  };
  std::vector<Event> events_;
  std::string error_;
  std::atomic<bool> finished_{false};
  std::atomic<bool> ending_{false};
};

enum class Protocol { Sotw, Delta };
const char* protocolName(Protocol p);

std::unique_ptr<SimulatedProxy> makeProxy(Protocol protocol, const std::string& address, int id,
                                          const ExpectedConfig& expected, FleetTally& tally);

// Field `field` (a string) of a serialized message, or empty. Every resource type here carries
// its name in field 1, so a proxy learns names without parsing whole resources.
std::string_view stringField(std::string_view message, int field);

}  // namespace meshdesk::bench
