#pragma once
// A simulated Envoy for demos and drills where no Envoy runs: a real gRPC ADS stream (state of
// the world) over its own connection to the control plane, asking for what an Envoy would
// (clusters and listeners by wildcard, then the endpoints, routes and secrets they name), and
// answering each response as its ProxyBehaviour says. Many run in one process: they use gRPC's
// callback API, so no proxy holds a thread.
//
// Thread-safe. Owned through shared_ptr: a stream keeps its proxy alive until gRPC is done.

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "envoy/service/discovery/v3/ads.grpc.pb.h"
#include "lab/proxy_behaviour.h"
#include "lab/timer_queue.h"

namespace meshdesk::lab {

struct LabNode {
  std::string id;
  std::string cluster;
  std::string region, zone, subZone;
  std::map<std::string, std::string> metadata;  // string values
  std::string userAgent = "meshdesk-lab-proxy";
};

// What the proxy holds of one resource type.
struct HeldType {
  std::string version;  // the version it ACKed last ("" before any)
  std::string nonce;    // of the last response
  // By name, as ACKed: the whole set for listeners and clusters, and for the types asked for by
  // name what the responses brought (a response carries only what changed).
  std::map<std::string, google::protobuf::Any> resources;
  std::uint64_t responses = 0, acks = 0, nacks = 0;
  std::string lastNack;  // the text of its last NACK
  std::string lastNackVersion;
};

enum class LinkState {
  Stopped,     // not connected and not trying
  Connecting,  // the stream is open, nothing received yet
  Connected,   // has received a response on this stream
  Waiting,     // the stream ended; it reconnects soon
};
const char* linkStateName(LinkState state);

struct ProxyStatus {
  LabNode node;
  ProxyBehaviour behaviour;
  LinkState state = LinkState::Stopped;
  std::uint64_t connects = 0;      // streams opened
  std::uint64_t disconnects = 0;   // streams ended
  std::string lastError;           // why the last stream ended, if not by request
  std::map<std::string, HeldType> types;  // by type URL
};

class SimulatedProxy : public std::enable_shared_from_this<SimulatedProxy> {
 public:
  // `timers` runs slow answers and reconnects; it must outlive the proxy's streams (see
  // LabFleet, which owns both).
  static std::shared_ptr<SimulatedProxy> create(std::string address, LabNode node,
                                                ProxyBehaviour behaviour, TimerQueue& timers);
  ~SimulatedProxy();

  // Connects (again); reconnects by itself after a stream ends until stop().
  void start();
  // Ends the stream and stays disconnected.
  void stop();
  // Ends the stream and opens a new one at once, as a restarted Envoy would (what it held is
  // forgotten).
  void reconnect();
  // Blocks until no stream of this proxy is open (after stop()); false on timeout.
  bool waitStopped(std::chrono::milliseconds timeout);

  void setBehaviour(ProxyBehaviour behaviour);
  // The control plane to connect to from the next connection on.
  void setAddress(std::string address);

  // With `withResources`, each type's resources too (copies; costly for a large fleet).
  ProxyStatus status(bool withResources = false) const;
  LinkState state() const;
  const LabNode& node() const { return node_; }

  // Resource types asked for on connect, in the order Envoy asks.
  static const std::vector<std::string>& subscribedTypes();

 private:
  class Stream;
  friend class Stream;
  using Request = envoy::service::discovery::v3::DiscoveryRequest;
  using Response = envoy::service::discovery::v3::DiscoveryResponse;

  SimulatedProxy(std::string address, LabNode node, ProxyBehaviour behaviour, TimerQueue& timers);

  std::vector<Request> initialRequests() const;  // with mutex_ held
  // Called by the stream with a response; returns the requests to send back, in order.
  std::vector<Request> answer(const Response& response, std::chrono::milliseconds* delay);
  Request request(const std::string& typeUrl) const;  // with mutex_ held
  void streamEnded(Stream* stream, const grpc::Status& status);
  void received(Stream* stream);
  std::shared_ptr<Stream> open();  // with mutex_ held; the caller begins it unlocked
  void retry(std::uint64_t generation);
  void flap(std::uint64_t generation);

  const LabNode node_;
  TimerQueue& timers_;

  mutable std::mutex mutex_;
  std::condition_variable ended_;
  std::string address_;
  ProxyBehaviour behaviour_;
  bool running_ = false;
  bool reconnectNow_ = false;
  bool flapping_ = false;  // the open stream is being dropped by the flap behaviour
  std::shared_ptr<Stream> stream_;  // the open stream, if any
  int open_ = 0;                    // streams gRPC has not finished with
  std::uint64_t generation_ = 0;    // of stream_, so a stale timer leaves a newer one alone
  LinkState state_ = LinkState::Stopped;
  std::uint64_t connects_ = 0, disconnects_ = 0;
  std::string lastError_;
  std::map<std::string, HeldType> held_;
  std::map<std::string, std::vector<std::string>> names_;  // named subscriptions by type URL
};

}  // namespace meshdesk::lab
