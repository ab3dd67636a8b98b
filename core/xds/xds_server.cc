#include "xds/xds_server.h"

#include <grpcpp/generic/async_generic_service.h>
#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <set>
#include <thread>

#include "fleet/fleet_registry.h"
#include "snapshot/snapshot_store.h"
#include "xds/csds_service.h"
#include "xds/method_table.h"
#include "xds/stream_hub.h"
#include "xds/xds_stream.h"

namespace meshdesk::xds {

namespace {
// Ends calls to methods we do not serve.
class Unimplemented final : public grpc::ServerGenericBidiReactor {
 public:
  explicit Unimplemented(std::string method) {
    Finish({grpc::StatusCode::UNIMPLEMENTED, "unknown method " + method});
  }
  void OnDone() override { delete this; }
};
}  // namespace

class XdsServer::Impl : public grpc::CallbackGenericService {
 public:
  Impl(snapshot::SnapshotStore& store, fleet::FleetRegistry& fleet, ServerOptions options)
      : store_(store), fleet_(fleet), options_(std::move(options)), csds_(hub_) {}

  grpc::ServerGenericBidiReactor* CreateReactor(
      grpc::GenericCallbackServerContext* context) override {
    auto method = findXdsMethod(context->method());
    if (!method) return new Unimplemented(context->method());
    return new XdsStreamReactor(context, std::move(*method), hub_, store_, fleet_, counters_,
                                options_.controlPlaneId, nextStream_.fetch_add(1) + 1);
  }

  bool start(std::string* error) {
    grpc::ServerBuilder builder;
    builder.AddListeningPort(options_.address, grpc::InsecureServerCredentials(), &port_);
    builder.RegisterCallbackGenericService(this);
    builder.RegisterService(&csds_);
    // Proxies keep their streams for hours; let idle connections be probed, not dropped.
    // gRPC sets SO_REUSEPORT by default: a second control plane on the same port would then
    // "listen" too and silently share the proxies with the first.
    builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
    builder.AddChannelArgument(GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS, 10000);
    builder.AddChannelArgument(GRPC_ARG_MAX_CONCURRENT_STREAMS, 1000);
    server_ = builder.BuildAndStart();
    if (!server_ || port_ == 0) {
      if (error) *error = "cannot listen on " + options_.address;
      server_.reset();
      return false;
    }
    auto colon = options_.address.rfind(':');
    boundAddress_ = options_.address.substr(0, colon) + ":" + std::to_string(port_);
    listener_ = store_.addListener([this](const std::string& group) { changed(group); });
    pusher_ = std::thread([this] { pushLoop(); });
    return true;
  }

  void stop() {
    if (!server_) return;
    store_.removeListener(listener_);
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    if (pusher_.joinable()) pusher_.join();
    server_->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(1));
    server_->Wait();
    server_.reset();
  }

  void changed(const std::string& group) {
    {
      std::lock_guard lock(mutex_);
      pending_.insert(group);
    }
    wake_.notify_all();
  }

  // How often to look for due heartbeats: a quarter of the shortest TTL served (within 10 ms
  // and 1 s), or never if no resource has a TTL.
  std::chrono::milliseconds heartbeatTick() const {
    std::chrono::milliseconds shortest{0};
    for (const auto& [_, snapshot] : store_.all()) {
      auto ttl = snapshot ? snapshot->shortestTtl() : std::chrono::milliseconds(0);
      if (ttl.count() && (shortest.count() == 0 || ttl < shortest)) shortest = ttl;
    }
    if (shortest.count() == 0) return shortest;
    return std::clamp(shortest / 4, std::chrono::milliseconds(10), std::chrono::milliseconds(1000));
  }

  void sendHeartbeats() {
    auto now = std::chrono::steady_clock::now();
    for (const auto& stream : hub_.streams()) stream->heartbeat(now);
  }

  // Coalesces bursts of snapshot changes and pushes them to the streams of the groups involved;
  // a stream whose node moved to another group (the groups changed) follows it.
  // Between pushes it sends the heartbeats that are due.
  void pushLoop() {
    std::unique_lock lock(mutex_);
    auto nextBeat = std::chrono::steady_clock::now();
    while (true) {
      auto work = [this] { return stopping_ || !pending_.empty(); };
      lock.unlock();
      auto tick = heartbeatTick();
      lock.lock();
      if (tick.count() == 0) {
        wake_.wait(lock, work);
      } else if (!wake_.wait_until(lock, nextBeat, work)) {
        lock.unlock();
        sendHeartbeats();
        nextBeat = std::chrono::steady_clock::now() + tick;
        lock.lock();
        continue;
      }
      if (stopping_) return;
      wake_.wait_for(lock, options_.debounce, [this] { return stopping_; });
      if (stopping_) return;
      std::set<std::string> groups;
      groups.swap(pending_);
      lock.unlock();
      for (const auto& stream : hub_.streams()) {
        if (!stream->identified()) continue;
        std::string group = store_.groupOf(stream->node());
        std::string before = stream->group();
        if (group == before && !groups.count(group)) continue;
        if (group != before) {
          stream->setGroup(group);
          fleet_.regrouped(stream->proxy(), group);
        }
        stream->push(store_.get(group));
      }
      counters_.pushes.fetch_add(1, std::memory_order_relaxed);
      // Pushes in quick succession must not starve the heartbeats.
      if (tick.count() && std::chrono::steady_clock::now() >= nextBeat) {
        sendHeartbeats();
        nextBeat = std::chrono::steady_clock::now() + tick;
      }
      lock.lock();
    }
  }

  snapshot::SnapshotStore& store_;
  fleet::FleetRegistry& fleet_;
  ServerOptions options_;
  StreamHub hub_;
  CsdsService csds_;
  ServerCounters counters_;
  std::atomic<std::uint64_t> nextStream_{0};
  std::unique_ptr<grpc::Server> server_;
  int port_ = 0;
  std::string boundAddress_;
  int listener_ = 0;

  std::mutex mutex_;
  std::condition_variable wake_;
  std::set<std::string> pending_;
  bool stopping_ = false;
  std::thread pusher_;
};

XdsServer::XdsServer(snapshot::SnapshotStore& store, fleet::FleetRegistry& fleet,
                     ServerOptions options)
    : impl_(std::make_unique<Impl>(store, fleet, std::move(options))) {}

XdsServer::~XdsServer() { stop(); }

bool XdsServer::start(std::string* error) { return impl_->start(error); }
void XdsServer::stop() { impl_->stop(); }
bool XdsServer::running() const { return impl_->server_ != nullptr; }
int XdsServer::port() const { return impl_->port_; }
std::string XdsServer::address() const { return impl_->boundAddress_; }

ServerStats XdsServer::stats() const {
  const auto& c = impl_->counters_;
  ServerStats s;
  s.streamsOpened = c.streamsOpened.load();
  s.streamsActive = c.streamsActive.load();
  s.responses = c.responses.load();
  s.resourcesSent = c.resourcesSent.load();
  s.acks = c.acks.load();
  s.nacks = c.nacks.load();
  s.pushes = c.pushes.load();
  return s;
}

}  // namespace meshdesk::xds
