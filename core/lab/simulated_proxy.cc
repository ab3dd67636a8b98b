#include "lab/simulated_proxy.h"

#include <algorithm>
#include <deque>

#include "snapshot/type_url.h"
#include "lab/resource_interest.h"

namespace meshdesk::lab {

namespace tu = snapshot::type_url;
using envoy::service::discovery::v3::DiscoveryRequest;
using envoy::service::discovery::v3::DiscoveryResponse;

namespace {

// A dropped stream is retried after this long, as Envoy's default backoff starts.
constexpr std::chrono::milliseconds kRetryDelay{1000};

// Field 1 of a serialized resource, without parsing it: every xDS resource type keeps its name
// there (ClusterLoadAssignment its cluster_name), and 1000 proxies parsing every response in
// full would cost more than the control plane being measured.
std::string nameOf(const std::string& bytes) {
  std::size_t i = 0;
  auto varint = [&](std::uint64_t& out) {
    out = 0;
    for (int shift = 0; i < bytes.size() && shift < 64; shift += 7) {
      auto b = static_cast<unsigned char>(bytes[i++]);
      out |= std::uint64_t(b & 0x7f) << shift;
      if (!(b & 0x80)) return true;
    }
    return false;
  };
  while (i < bytes.size()) {
    std::uint64_t key, len;
    if (!varint(key)) return {};
    switch (key & 7) {
      case 0: if (!varint(len)) return {}; break;
      case 1: i += 8; break;
      case 5: i += 4; break;
      case 2:
        if (!varint(len) || i + len > bytes.size()) return {};
        if ((key >> 3) == 1) return bytes.substr(i, len);
        i += len;
        break;
      default: return {};
    }
  }
  return {};
}

bool named(const std::string& typeUrl) {
  return typeUrl == tu::kClusterLoadAssignment || typeUrl == tu::kRouteConfiguration ||
         typeUrl == tu::kSecret;
}

}  // namespace

const char* linkStateName(LinkState state) {
  switch (state) {
    case LinkState::Stopped: return "stopped";
    case LinkState::Connecting: return "connecting";
    case LinkState::Connected: return "connected";
    case LinkState::Waiting: return "waiting";
  }
  return "?";
}

const std::vector<std::string>& SimulatedProxy::subscribedTypes() {
  static const std::vector<std::string> types{
      std::string(tu::kCluster), std::string(tu::kClusterLoadAssignment),
      std::string(tu::kListener), std::string(tu::kRouteConfiguration),
      std::string(tu::kSecret)};
  return types;
}

// One ADS stream. Every write holds the stream open (AddHold) until it completes, and reading
// holds it until the stream ends, so a write started from a timer thread never races the
// stream's end: once `closed_` is set no new write starts, and OnDone waits for the rest.
class SimulatedProxy::Stream final : public grpc::ClientBidiReactor<Request, Response> {
 public:
  Stream(std::shared_ptr<SimulatedProxy> owner, const std::string& address)
      : owner_(std::move(owner)) {
    grpc::ChannelArguments args;
    // Each proxy its own TCP connection, as separate Envoys have: channels with equal
    // arguments would otherwise share one subchannel through gRPC's global pool.
    args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    args.SetMaxReceiveMessageSize(64 << 20);
    channel_ = grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(), args);
    stub_ = envoy::service::discovery::v3::AggregatedDiscoveryService::NewStub(channel_);
  }

  void begin(std::shared_ptr<Stream> self, std::vector<Request> initial) {
    self_ = std::move(self);
    stub_->async()->StreamAggregatedResources(&context_, this);
    AddHold();
    for (auto& r : initial) send(std::move(r));
    StartRead(&response_);
    StartCall();
  }

  void send(Request request) {
    Request* next = nullptr;
    {
      std::lock_guard lock(mutex_);
      if (closed_) return;
      AddHold();
      outbox_.push_back(std::move(request));
      if (!writing_) {
        writing_ = true;
        next = &outbox_.front();
      }
    }
    if (next) StartWrite(next);
  }

  void cancel() { context_.TryCancel(); }

  void OnWriteDone(bool ok) override {
    Request* next = nullptr;
    std::size_t done = 1;
    {
      std::lock_guard lock(mutex_);
      outbox_.pop_front();
      if (!ok) {
        done += outbox_.size();
        outbox_.clear();
        writing_ = false;
        closed_ = true;
      } else if (outbox_.empty()) {
        writing_ = false;
      } else {
        next = &outbox_.front();
      }
    }
    if (next) StartWrite(next);
    for (std::size_t i = 0; i < done; ++i) RemoveHold();
  }

  void OnReadDone(bool ok) override {
    if (!ok) {
      {
        std::lock_guard lock(mutex_);
        closed_ = true;
      }
      RemoveHold();
      return;
    }
    owner_->received(this);
    std::chrono::milliseconds delay{0};
    std::vector<Request> replies = owner_->answer(response_, &delay);
    if (delay.count() == 0) {
      for (auto& r : replies) send(std::move(r));
    } else {
      std::weak_ptr<Stream> weak = self_;
      owner_->timers_.after(delay, [weak, replies = std::move(replies)]() mutable {
        if (auto stream = weak.lock())
          for (auto& r : replies) stream->send(std::move(r));
      });
    }
    response_.Clear();
    StartRead(&response_);
  }

  void OnDone(const grpc::Status& status) override {
    owner_->streamEnded(this, status);
    // The stream owns its channel, and a channel must not be destroyed on one of gRPC's own
    // callback threads: if it is the process's last channel, that thread would shut down the
    // pool it runs in (gRPC PR 32584; it aborts in grpc_cq_internal_unref). So the last
    // reference goes on the timer thread.
    owner_->timers_.after(std::chrono::milliseconds(0), [keep = std::move(self_)]() mutable { keep.reset(); });
  }

 private:
  std::shared_ptr<SimulatedProxy> owner_;
  std::shared_ptr<Stream> self_;  // until gRPC is done with the stream
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<envoy::service::discovery::v3::AggregatedDiscoveryService::Stub> stub_;
  grpc::ClientContext context_;
  Response response_;
  std::mutex mutex_;
  std::deque<Request> outbox_;  // front is being written
  bool writing_ = false;
  bool closed_ = false;
};

std::shared_ptr<SimulatedProxy> SimulatedProxy::create(std::string address, LabNode node,
                                                       ProxyBehaviour behaviour,
                                                       TimerQueue& timers) {
  return std::shared_ptr<SimulatedProxy>(
      new SimulatedProxy(std::move(address), std::move(node), std::move(behaviour), timers));
}

SimulatedProxy::SimulatedProxy(std::string address, LabNode node, ProxyBehaviour behaviour,
                               TimerQueue& timers)
    : node_(std::move(node)),
      timers_(timers),
      address_(std::move(address)),
      behaviour_(std::move(behaviour)) {}

SimulatedProxy::~SimulatedProxy() = default;

std::shared_ptr<SimulatedProxy::Stream> SimulatedProxy::open() {
  auto stream = std::make_shared<Stream>(shared_from_this(), address_);
  stream_ = stream;
  ++open_;
  ++generation_;
  ++connects_;
  flapping_ = false;
  state_ = LinkState::Connecting;
  if (behaviour_.flapUp.count() > 0) {
    std::weak_ptr<SimulatedProxy> weak = weak_from_this();
    std::uint64_t generation = generation_;
    timers_.after(behaviour_.flapUp, [weak, generation] {
      if (auto self = weak.lock()) self->flap(generation);
    });
  }
  return stream;
}

void SimulatedProxy::start() {
  std::shared_ptr<Stream> stream;
  std::vector<Request> initial;
  {
    std::lock_guard lock(mutex_);
    running_ = true;
    if (stream_) return;
    stream = open();
    initial = initialRequests();
  }
  stream->begin(stream, std::move(initial));
}

void SimulatedProxy::stop() {
  std::shared_ptr<Stream> stream;
  {
    std::lock_guard lock(mutex_);
    running_ = false;
    reconnectNow_ = false;
    stream = stream_;
    if (!stream) state_ = LinkState::Stopped;
  }
  if (stream) stream->cancel();
}

void SimulatedProxy::reconnect() {
  std::shared_ptr<Stream> stream;
  std::vector<Request> initial;
  bool cancel = false;
  {
    std::lock_guard lock(mutex_);
    running_ = true;
    held_.clear();
    names_.clear();
    if (stream_) {
      reconnectNow_ = true;
      stream = stream_;
      cancel = true;
    } else {
      stream = open();
      initial = initialRequests();
    }
  }
  if (cancel) stream->cancel();
  else stream->begin(stream, std::move(initial));
}

bool SimulatedProxy::waitStopped(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  return ended_.wait_for(lock, timeout, [this] { return open_ == 0; });
}

void SimulatedProxy::retry(std::uint64_t generation) {
  std::shared_ptr<Stream> stream;
  std::vector<Request> initial;
  {
    std::lock_guard lock(mutex_);
    if (!running_ || stream_ || generation_ != generation) return;
    stream = open();
    initial = initialRequests();
  }
  stream->begin(stream, std::move(initial));
}

void SimulatedProxy::flap(std::uint64_t generation) {
  std::shared_ptr<Stream> stream;
  {
    std::lock_guard lock(mutex_);
    if (!running_ || !stream_ || generation_ != generation) return;
    flapping_ = true;
    stream = stream_;
  }
  stream->cancel();
}

void SimulatedProxy::setBehaviour(ProxyBehaviour behaviour) {
  std::lock_guard lock(mutex_);
  behaviour_ = std::move(behaviour);
}

void SimulatedProxy::setAddress(std::string address) {
  std::lock_guard lock(mutex_);
  address_ = std::move(address);
}

ProxyStatus SimulatedProxy::status(bool withResources) const {
  std::lock_guard lock(mutex_);
  ProxyStatus s;
  s.node = node_;
  s.behaviour = behaviour_;
  s.state = state_;
  s.connects = connects_;
  s.disconnects = disconnects_;
  s.lastError = lastError_;
  for (const auto& [type, held] : held_) {
    HeldType& out = s.types[type];
    out.version = held.version;
    out.nonce = held.nonce;
    out.responses = held.responses;
    out.acks = held.acks;
    out.nacks = held.nacks;
    out.lastNack = held.lastNack;
    out.lastNackVersion = held.lastNackVersion;
    if (withResources) out.resources = held.resources;
  }
  return s;
}

LinkState SimulatedProxy::state() const {
  std::lock_guard lock(mutex_);
  return state_;
}

SimulatedProxy::Request SimulatedProxy::request(const std::string& typeUrl) const {
  Request r;
  r.set_type_url(typeUrl);
  if (auto it = held_.find(typeUrl); it != held_.end()) {
    r.set_version_info(it->second.version);
    r.set_response_nonce(it->second.nonce);
  }
  if (auto it = names_.find(typeUrl); it != names_.end())
    for (const auto& name : it->second) r.add_resource_names(name);
  return r;
}

std::vector<SimulatedProxy::Request> SimulatedProxy::initialRequests() const {
  // Clusters and listeners by wildcard; on a reconnect also what it named before, with the
  // versions it holds (a new stream carries no nonce).
  std::vector<Request> out;
  for (const auto& type : subscribedTypes()) {
    if (named(type) && names_.count(type) == 0) continue;
    Request r = request(type);
    r.clear_response_nonce();
    out.push_back(std::move(r));
  }
  auto* node = out.front().mutable_node();
  node->set_id(node_.id);
  node->set_cluster(node_.cluster);
  node->set_user_agent_name(node_.userAgent);
  node->set_user_agent_version("1.0");
  if (!node_.region.empty() || !node_.zone.empty() || !node_.subZone.empty()) {
    node->mutable_locality()->set_region(node_.region);
    node->mutable_locality()->set_zone(node_.zone);
    node->mutable_locality()->set_sub_zone(node_.subZone);
  }
  for (const auto& [key, value] : node_.metadata)
    (*node->mutable_metadata()->mutable_fields())[key].set_string_value(value);
  return out;
}

void SimulatedProxy::received(Stream* stream) {
  std::lock_guard lock(mutex_);
  if (stream_.get() == stream) state_ = LinkState::Connected;
}

std::vector<SimulatedProxy::Request> SimulatedProxy::answer(const Response& response,
                                                            std::chrono::milliseconds* delay) {
  std::lock_guard lock(mutex_);
  *delay = behaviour_.answerDelay;
  const std::string& type = response.type_url();
  HeldType& held = held_[type];
  ++held.responses;
  held.nonce = response.nonce();

  std::vector<std::string> names;
  std::vector<NamedResource> resources;
  names.reserve(response.resources_size());
  for (const auto& any : response.resources()) names.push_back(nameOf(any.value()));
  for (int i = 0; i < response.resources_size(); ++i)
    resources.push_back({names[i], &response.resources(i)});

  std::vector<Request> out;
  Request reply = request(type);
  reply.set_response_nonce(response.nonce());
  if (auto why = rejectionOf(behaviour_.nackRules, type, resources)) {
    // A NACK names the version the proxy still holds, and why it refused the new one.
    ++held.nacks;
    held.lastNack = *why;
    held.lastNackVersion = response.version_info();
    reply.mutable_error_detail()->set_code(3);  // INVALID_ARGUMENT, as Envoy sends
    reply.mutable_error_detail()->set_message(*why);
    out.push_back(std::move(reply));
    return out;
  }
  ++held.acks;
  held.version = response.version_info();
  // Listeners and clusters come as the full set; the others as those that changed, so what is
  // not in the response is kept (unless the proxy no longer asks for it).
  if (snapshot::isFullStateType(type)) {
    held.resources.clear();
  } else if (auto wanted = names_.find(type); wanted != names_.end()) {
    std::erase_if(held.resources, [&](const auto& kv) {
      return std::find(wanted->second.begin(), wanted->second.end(), kv.first) == wanted->second.end();
    });
  }
  for (int i = 0; i < response.resources_size(); ++i)
    held.resources[names[i]] = response.resources(i);
  reply.set_version_info(held.version);
  out.push_back(std::move(reply));

  if (type == tu::kCluster || type == tu::kListener) {
    std::vector<const google::protobuf::Any*> clusters, listeners;
    for (const auto& [_, any] : held_[std::string(tu::kCluster)].resources) clusters.push_back(&any);
    for (const auto& [_, any] : held_[std::string(tu::kListener)].resources) listeners.push_back(&any);
    ResourceInterest interest = interestOf(clusters, listeners);
    auto follow = [&](std::string_view t, const std::set<std::string>& wanted) {
      std::string typeUrl(t);
      std::vector<std::string> list(wanted.begin(), wanted.end());
      auto it = names_.find(typeUrl);
      if (it == names_.end() ? list.empty() : it->second == list) return;
      names_[typeUrl] = std::move(list);
      out.push_back(request(typeUrl));
    };
    if (type == tu::kCluster) follow(tu::kClusterLoadAssignment, interest.endpoints);
    if (type == tu::kListener) follow(tu::kRouteConfiguration, interest.routes);
    follow(tu::kSecret, interest.secrets);
  }
  return out;
}

void SimulatedProxy::streamEnded(Stream* stream, const grpc::Status& status) {
  std::shared_ptr<Stream> next;
  std::vector<Request> initial;
  {
    std::lock_guard lock(mutex_);
    --open_;
    ++disconnects_;
    if (stream_.get() == stream) {
      stream_.reset();
      const bool asked = !running_ || reconnectNow_ || flapping_;
      if (!asked && !status.ok())
        lastError_ = "stream ended: " + status.error_message() + " (code " +
                     std::to_string(status.error_code()) + ")";
      if (!running_) {
        state_ = LinkState::Stopped;
      } else if (reconnectNow_) {
        reconnectNow_ = false;
        next = open();
        initial = initialRequests();
      } else {
        state_ = LinkState::Waiting;
        auto delay = flapping_ ? behaviour_.flapDown : kRetryDelay;
        std::weak_ptr<SimulatedProxy> weak = weak_from_this();
        std::uint64_t generation = generation_;
        timers_.after(delay, [weak, generation] {
          if (auto self = weak.lock()) self->retry(generation);
        });
      }
    }
  }
  ended_.notify_all();
  if (next) next->begin(next, std::move(initial));
}

}  // namespace meshdesk::lab
