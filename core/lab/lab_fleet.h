#pragma once
// The simulated proxies of a lab, managed together: added in batches with a node id pattern,
// started, stopped, reconnected and removed one by one, each with its own behaviour. They all
// connect to one control plane address over real gRPC connections.

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "lab/simulated_proxy.h"
#include "lab/timer_queue.h"

namespace meshdesk::lab {

// Proxies to add: `count` of them, node ids from `idPattern` with "{n}" replaced by 1, 2, ...
// (skipping ids the lab has already; without "{n}" and more than one, "-{n}" is appended),
// localities spread over `zones` round robin.
struct ProxyBatch {
  std::string idPattern = "lab-{n}";
  std::string cluster = "lab";
  int count = 1;
  std::string region;
  std::vector<std::string> zones;
  std::map<std::string, std::string> metadata;
  ProxyBehaviour behaviour;
  bool start = true;
};

struct LabProxyInfo {
  int labId = 0;  // the lab's own number of the proxy, stable while it exists
  ProxyStatus status;
};

class LabFleet {
 public:
  explicit LabFleet(std::string xdsAddress);
  // Stops every proxy and waits (bounded) for their streams to end.
  ~LabFleet();
  LabFleet(const LabFleet&) = delete;
  LabFleet& operator=(const LabFleet&) = delete;

  // Returns the new proxies' lab ids.
  std::vector<int> add(const ProxyBatch& batch);
  int add(LabNode node, ProxyBehaviour behaviour, bool start = true);
  bool start(int labId);
  bool stop(int labId);
  bool reconnect(int labId);
  bool remove(int labId);
  bool setBehaviour(int labId, ProxyBehaviour behaviour);
  void startAll();
  void stopAll();
  // Stops and forgets every proxy; waits up to `timeout` for their streams to end.
  void clear(std::chrono::milliseconds timeout = std::chrono::seconds(5));

  // Where proxies connect from their next connection on (the control plane moved).
  void setAddress(std::string xdsAddress);
  std::string address() const;

  std::vector<LabProxyInfo> proxies() const;
  std::optional<LabProxyInfo> proxy(int labId, bool withResources = false) const;
  std::shared_ptr<SimulatedProxy> simulated(int labId) const;
  std::size_t size() const;
  // Proxies whose stream has received a response.
  std::size_t connected() const;

 private:
  std::shared_ptr<SimulatedProxy> find(int labId) const;

  TimerQueue timers_;  // first: outlives the proxies' streams (the destructor waits for them)
  mutable std::mutex mutex_;
  std::string address_;
  std::map<int, std::shared_ptr<SimulatedProxy>> proxies_;
  // Removed proxies whose stream may still be ending: waited for before the timers go.
  std::vector<std::shared_ptr<SimulatedProxy>> retired_;
  int nextId_ = 1;
};

}  // namespace meshdesk::lab
