#pragma once
// The registry of connected proxies. The xDS server reports into it from its threads; observers
// (the console, the admin endpoint, metrics) read it, or receive the changes in batches from the
// registry's own delivery thread, never on the server's threads.
//
// A proxy is one node on one connection: the per-type streams that an Envoy opens over one
// channel land in one entry.

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "fleet/latency_histogram.h"
#include "fleet/proxy_state.h"

namespace meshdesk::fleet {

struct FleetEvent {
  enum class Kind { Connected, Disconnected, Sent, Acked, Nacked };
  Kind kind;
  ProxyId proxy = 0;
  std::string nodeId;
  std::string typeUrl;
  std::string version;
  std::string message;  // NACK text
  Clock::time_point at;
};

struct FleetBatch {
  std::vector<FleetEvent> events;       // in order of occurrence
  std::vector<ProxyState> changed;      // current state of proxies that changed
  std::vector<ProxyId> removed;         // proxies gone since the last batch
};

struct ProxyIdentity {
  std::string nodeId, cluster, region, zone, subZone, userAgent, metadataJson;
  std::string peer;
  std::string group;
  bool delta = false;
};

// Counters since start, per resource type; they survive the proxies that made them.
struct TypeTotals {
  std::uint64_t responses = 0;
  std::uint64_t acks = 0;
  std::uint64_t nacks = 0;
};

struct FleetTotals {
  std::map<std::string, TypeTotals> byType;
  std::uint64_t connects = 0;
  std::uint64_t disconnects = 0;
  LatencyHistogram pushLatency;         // publish -> response sent
  LatencyHistogram convergenceLatency;  // publish -> ACK
};

class FleetRegistry {
 public:
  using Observer = std::function<void(const FleetBatch&)>;

  explicit FleetRegistry(std::chrono::milliseconds batchInterval = std::chrono::milliseconds(100));
  ~FleetRegistry();
  FleetRegistry(const FleetRegistry&) = delete;
  FleetRegistry& operator=(const FleetRegistry&) = delete;

  // Reports from the server. A stream opens with streamOpened and closes with streamClosed; the
  // proxy disappears with its last stream.
  ProxyId streamOpened(const ProxyIdentity& who);
  void streamClosed(ProxyId proxy);
  void sent(ProxyId proxy, const std::string& typeUrl, const std::string& version,
            const std::string& nonce);
  void acked(ProxyId proxy, const std::string& typeUrl, const std::string& version,
             const std::string& nonce);
  void nacked(ProxyId proxy, const std::string& typeUrl, const std::string& rejectedVersion,
              const std::string& nonce, const std::string& message, int code);
  // A version was published now: pushes and ACKs of it are timed from here.
  void published(const std::string& version);
  FleetTotals totals() const;

  // Which node group a proxy is now served from.
  void regrouped(ProxyId proxy, const std::string& group);

  std::vector<ProxyState> proxies() const;
  std::optional<ProxyState> proxy(ProxyId id) const;
  std::size_t size() const;

  // Observers are called on the delivery thread, with everything since the previous batch.
  int subscribe(Observer observer);
  void unsubscribe(int id);

  static constexpr std::size_t kNackHistory = 50;

 private:
  void touch(ProxyId id, FleetEvent event);
  void deliveryLoop();

  mutable std::mutex mutex_;
  std::map<ProxyId, ProxyState> proxies_;
  std::map<std::string, ProxyId> byKey_;  // node id + peer -> proxy
  ProxyId nextId_ = 1;
  FleetTotals totals_;
  std::map<std::string, Clock::time_point> publishedAt_;  // recent versions only

  // Pending for the next batch.
  std::vector<FleetEvent> events_;
  std::set<ProxyId> changed_;
  std::set<ProxyId> removed_;

  std::mutex observersMutex_;
  std::map<int, std::shared_ptr<Observer>> observers_;
  int nextObserver_ = 1;

  std::chrono::milliseconds interval_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread delivery_;
};

}  // namespace meshdesk::fleet
