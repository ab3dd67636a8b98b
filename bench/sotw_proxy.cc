#include "sotw_proxy.h"

namespace meshdesk::bench {

using envoy::service::discovery::v3::DiscoveryRequest;

SotwProxy::SotwProxy(const std::string& address, int id, const ExpectedConfig& expected,
                     FleetTally& tally)
    : SimulatedProxy(id, expected, tally), channel_(makeChannel(address)) {
  stub_ = envoy::service::discovery::v3::AggregatedDiscoveryService::NewStub(channel_);
}

DiscoveryRequest SotwProxy::request(int type) const {
  DiscoveryRequest r;
  r.set_type_url(typeUrlOf(type));
  // Like Envoy: clusters and listeners by wildcard (an empty list), endpoints and routes by name.
  if (type == kEndpoints)
    for (const auto& name : expected_.clusterNames) r.add_resource_names(name);
  if (type == kRoutes) r.add_resource_names(expected_.routeConfigName);
  return r;
}

void SotwProxy::start() {
  stub_->async()->StreamAggregatedResources(&context_, this);
  {
    std::lock_guard lock(mutex_);
    startedAt_ = Clock::now();
  }
  for (int type = 0; type < kTypeCount; ++type) send(request(type));
  StartRead(&response_);
  StartCall();
}

void SotwProxy::cancel() {
  expectEnd();
  context_.TryCancel();
}

void SotwProxy::send(DiscoveryRequest request) {
  DiscoveryRequest* next = nullptr;
  {
    std::lock_guard lock(mutex_);
    if (!nodeSent_) {
      // Envoy sends its node on the first request of a stream only.
      auto* node = request.mutable_node();
      node->set_id("bench-proxy-" + std::to_string(id_));
      node->set_cluster("bench");
      node->set_user_agent_name("meshdesk-bench");
      nodeSent_ = true;
    }
    outbox_.push_back(std::move(request));
    if (!writing_) {
      writing_ = true;
      next = &outbox_.front();
    }
  }
  if (next) StartWrite(next);
}

void SotwProxy::OnWriteDone(bool ok) {
  DiscoveryRequest* next = nullptr;
  {
    std::lock_guard lock(mutex_);
    outbox_.pop_front();
    if (!ok) {
      outbox_.clear();
      writing_ = false;
      return;
    }
    if (outbox_.empty()) writing_ = false;
    else next = &outbox_.front();
  }
  if (next) StartWrite(next);
}

void SotwProxy::OnReadDone(bool ok) {
  if (!ok) return;  // the stream is over; OnDone follows
  const auto at = Clock::now();
  const int type = typeIndexOf(response_.type_url());
  DiscoveryRequest ack;
  if (type >= 0) {
    ack = request(type);
    std::lock_guard lock(mutex_);
    auto& held = held_[type];
    // Clusters and listeners come as the full set; endpoints and routes one by one.
    if (type == kClusters || type == kListeners) held.clear();
    for (const auto& any : response_.resources())
      held.insert(std::string(stringField(any.value(), 1)));
    noteResponse(type, response_.version_info(), response_.resources_size(), at);
    noteAck(type, response_.version_info(), Clock::now());
  } else {
    ack.set_type_url(response_.type_url());
  }
  ack.set_version_info(response_.version_info());
  ack.set_response_nonce(response_.nonce());
  response_.Clear();
  send(std::move(ack));
  StartRead(&response_);
}

void SotwProxy::OnDone(const grpc::Status& status) { noteFinished(status); }

}  // namespace meshdesk::bench
