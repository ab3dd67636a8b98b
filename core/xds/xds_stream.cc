#include "xds/xds_stream.h"

#include <google/protobuf/util/json_util.h>
#include <grpcpp/support/proto_buffer_reader.h>

#include <algorithm>

#include "envoy/service/discovery/v3/discovery.pb.h"
#include "envoy/service/status/v3/csds.pb.h"
#include "xds/delta_session.h"
#include "xds/sotw_session.h"
#include "xds/stream_hub.h"

namespace meshdesk::xds {

using envoy::service::discovery::v3::DeltaDiscoveryRequest;
using envoy::service::discovery::v3::DiscoveryRequest;

namespace {
bool parse(grpc::ByteBuffer& buffer, google::protobuf::Message& message) {
  grpc::ProtoBufferReader reader(&buffer);
  return message.ParseFromZeroCopyStream(&reader);
}

fleet::ProxyIdentity identityOf(const envoy::config::core::v3::Node& node, std::string peer,
                                bool delta) {
  fleet::ProxyIdentity who;
  who.nodeId = node.id();
  who.cluster = node.cluster();
  who.region = node.locality().region();
  who.zone = node.locality().zone();
  who.subZone = node.locality().sub_zone();
  who.userAgent = node.user_agent_name();
  if (node.has_user_agent_build_version()) {
    const auto& v = node.user_agent_build_version().version();
    who.userAgent += " " + std::to_string(v.major_number()) + "." +
                     std::to_string(v.minor_number()) + "." + std::to_string(v.patch());
  } else if (!node.user_agent_version().empty()) {
    who.userAgent += " " + node.user_agent_version();
  }
  if (node.has_metadata())
    (void)google::protobuf::util::MessageToJsonString(node.metadata(), &who.metadataJson);
  who.peer = std::move(peer);
  who.delta = delta;
  return who;
}
}  // namespace

StreamState::StreamState(std::uint64_t id, XdsMethod method, std::unique_ptr<Session> session)
    : id_(id), method_(std::move(method)), session_(std::move(session)) {}

void StreamState::push(snapshot::SnapshotPtr snapshot) {
  std::lock_guard lock(mutex_);
  if (!identified_ || finished_) return;
  session_->setSnapshot(std::move(snapshot));
  pumpLocked();
}

void StreamState::heartbeat(std::chrono::steady_clock::time_point now) {
  std::lock_guard lock(mutex_);
  if (!identified_ || finished_) return;
  session_->heartbeat(now);
  pumpLocked();
}

void StreamState::pumpLocked() {
  if (writing_ || !reactor_ || finished_) return;
  if (finishing_) {
    finished_ = true;
    reactor_->Finish(finishStatus_);
    return;
  }
  auto response = session_->next();
  if (!response && method_.variant == XdsMethod::Variant::Fetch) {
    // A unary fetch always gets its one response, even when there is nothing to hold.
    response.emplace();
    response->typeUrl = method_.typeUrl;
    if (const auto& snapshot = session_->snapshot()) response->version = snapshot->version();
    response->nonce = "0";
  }
  if (!response) return;
  counters_->responses.fetch_add(1, std::memory_order_relaxed);
  counters_->resourcesSent.fetch_add(response->resources.size(), std::memory_order_relaxed);
  writeBuffer_ = response->toByteBuffer();
  writing_ = true;
  if (method_.variant == XdsMethod::Variant::Fetch) {
    finishing_ = true;
    finishStatus_ = grpc::Status::OK;
  }
  reactor_->StartWrite(&writeBuffer_);
}

bool StreamState::identified() const {
  std::lock_guard lock(mutex_);
  return identified_;
}

envoy::config::core::v3::Node StreamState::node() const {
  std::lock_guard lock(mutex_);
  return node_;
}

std::string StreamState::group() const {
  std::lock_guard lock(mutex_);
  return group_;
}

void StreamState::setGroup(const std::string& group) {
  std::lock_guard lock(mutex_);
  group_ = group;
}

fleet::ProxyId StreamState::proxy() const {
  std::lock_guard lock(mutex_);
  return proxy_;
}

void StreamState::describe(envoy::service::status::v3::ClientConfig& out) const {
  std::lock_guard lock(mutex_);
  session_->describe(out);
}

XdsStreamReactor::XdsStreamReactor(grpc::GenericCallbackServerContext* context, XdsMethod method,
                                   StreamHub& hub, snapshot::SnapshotStore& store,
                                   fleet::FleetRegistry& fleet, ServerCounters& counters,
                                   std::string controlPlane, std::uint64_t id)
    : context_(context), hub_(hub), store_(store), fleet_(fleet), counters_(counters) {
  SessionOptions options;
  options.fleet = &fleet;
  options.controlPlane = std::move(controlPlane);
  options.aggregated = method.typeUrl.empty();
  options.fixedTypeUrl = method.typeUrl;
  std::unique_ptr<Session> session;
  if (method.variant == XdsMethod::Variant::Delta)
    session = std::make_unique<DeltaSession>(std::move(options));
  else
    session = std::make_unique<SotwSession>(std::move(options));
  state_ = std::make_shared<StreamState>(id, std::move(method), std::move(session));
  state_->reactor_ = this;
  state_->counters_ = &counters;
  counters_.streamsOpened.fetch_add(1, std::memory_order_relaxed);
  counters_.streamsActive.fetch_add(1, std::memory_order_relaxed);
  hub_.add(state_);
  StartRead(&request_);
}

bool XdsStreamReactor::identify(const envoy::config::core::v3::Node& node, bool delta) {
  // Called with the state's lock held.
  state_->node_ = node;
  state_->identified_ = true;
  state_->group_ = store_.groupOf(node);
  auto who = identityOf(node, context_->peer(), delta);
  who.group = state_->group_;
  state_->proxy_ = fleet_.streamOpened(who);
  state_->session_->setProxy(state_->proxy_);
  // TTLs only for clients that say they support them; in SotW they come in Resource wrappers,
  // which the client must also say it can unwrap.
  const auto& features = node.client_features();
  auto has = [&](std::string_view feature) {
    return std::find(features.begin(), features.end(), feature) != features.end();
  };
  state_->session_->setResourceTtl(has("xds.config.supports-resource-ttl") &&
                                   (delta || has("xds.config.resource-in-sotw")));
  state_->session_->setSnapshot(store_.get(state_->group_));
  return true;
}

void XdsStreamReactor::OnReadDone(bool ok) {
  std::lock_guard lock(state_->mutex_);
  if (!ok) {
    // The client half-closed or went away.
    finishLocked(grpc::Status::OK);
    return;
  }
  handleRequest();
  if (!state_->finishing_) StartRead(&request_);
}

void XdsStreamReactor::handleRequest() {
  const bool delta = state_->method_.variant == XdsMethod::Variant::Delta;
  RequestOutcome outcome;
  if (delta) {
    DeltaDiscoveryRequest request;
    if (!parse(request_, request)) {
      finishLocked({grpc::StatusCode::INVALID_ARGUMENT, "malformed DeltaDiscoveryRequest"});
      return;
    }
    if (!state_->identified_) identify(request.node(), true);
    if (!request.response_nonce().empty())
      (request.has_error_detail() ? counters_.nacks : counters_.acks)
          .fetch_add(1, std::memory_order_relaxed);
    outcome = static_cast<DeltaSession&>(*state_->session_).onRequest(request);
  } else {
    DiscoveryRequest request;
    if (!parse(request_, request)) {
      finishLocked({grpc::StatusCode::INVALID_ARGUMENT, "malformed DiscoveryRequest"});
      return;
    }
    if (!state_->identified_) identify(request.node(), false);
    if (!request.response_nonce().empty())
      (request.has_error_detail() ? counters_.nacks : counters_.acks)
          .fetch_add(1, std::memory_order_relaxed);
    outcome = static_cast<SotwSession&>(*state_->session_).onRequest(request);
  }
  request_.Clear();
  if (!outcome.ok) {
    finishLocked({grpc::StatusCode::INVALID_ARGUMENT, outcome.error});
    return;
  }
  state_->pumpLocked();
}

void XdsStreamReactor::OnWriteDone(bool ok) {
  std::lock_guard lock(state_->mutex_);
  state_->writing_ = false;
  state_->writeBuffer_.Clear();
  if (!ok) {
    finishLocked(grpc::Status::CANCELLED);
    return;
  }
  state_->pumpLocked();
}

void XdsStreamReactor::OnCancel() {
  std::lock_guard lock(state_->mutex_);
  finishLocked(grpc::Status::CANCELLED);
}

void XdsStreamReactor::finishLocked(grpc::Status status) {
  if (state_->finishing_ || state_->finished_) {
    if (!state_->writing_ && !state_->finished_) {
      state_->finished_ = true;
      Finish(state_->finishStatus_);
    }
    return;
  }
  state_->finishing_ = true;
  state_->finishStatus_ = std::move(status);
  if (!state_->writing_) {
    state_->finished_ = true;
    Finish(state_->finishStatus_);
  }
}

void XdsStreamReactor::OnDone() {
  fleet::ProxyId proxy = 0;
  bool identified = false;
  {
    std::lock_guard lock(state_->mutex_);
    state_->reactor_ = nullptr;
    proxy = state_->proxy_;
    identified = state_->identified_;
  }
  hub_.remove(state_->id());
  if (identified) fleet_.streamClosed(proxy);
  counters_.streamsActive.fetch_sub(1, std::memory_order_relaxed);
  delete this;
}

}  // namespace meshdesk::xds
