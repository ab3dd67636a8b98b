#include "delta_proxy.h"

namespace meshdesk::bench {

using envoy::service::discovery::v3::DeltaDiscoveryRequest;

namespace {
// Explicit wildcard subscription (the xDS protocol's "*").
const std::string kWildcard = "*";
}  // namespace

DeltaProxy::DeltaProxy(const std::string& address, int id, const ExpectedConfig& expected,
                       FleetTally& tally)
    : SimulatedProxy(id, expected, tally), channel_(makeChannel(address)) {
  stub_ = envoy::service::discovery::v3::AggregatedDiscoveryService::NewStub(channel_);
}

void DeltaProxy::start() {
  stub_->async()->DeltaAggregatedResources(&context_, this);
  {
    std::lock_guard lock(mutex_);
    startedAt_ = Clock::now();
  }
  for (int type = 0; type < kTypeCount; ++type) {
    DeltaDiscoveryRequest r;
    r.set_type_url(typeUrlOf(type));
    if (type == kClusters || type == kListeners) *r.add_resource_names_subscribe() = kWildcard;
    if (type == kEndpoints)
      for (const auto& name : expected_.clusterNames) r.add_resource_names_subscribe(name);
    if (type == kRoutes) r.add_resource_names_subscribe(expected_.routeConfigName);
    send(std::move(r));
  }
  StartRead(&response_);
  StartCall();
}

void DeltaProxy::cancel() {
  expectEnd();
  context_.TryCancel();
}

void DeltaProxy::send(DeltaDiscoveryRequest request) {
  DeltaDiscoveryRequest* next = nullptr;
  {
    std::lock_guard lock(mutex_);
    if (!nodeSent_) {
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

void DeltaProxy::OnWriteDone(bool ok) {
  DeltaDiscoveryRequest* next = nullptr;
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

void DeltaProxy::OnReadDone(bool ok) {
  if (!ok) return;
  const auto at = Clock::now();
  const int type = typeIndexOf(response_.type_url());
  if (type >= 0) {
    std::lock_guard lock(mutex_);
    auto& held = held_[type];
    for (const auto& resource : response_.resources()) held.insert(resource.name());
    for (const auto& name : response_.removed_resources()) held.erase(name);
    noteResponse(type, response_.system_version_info(), response_.resources_size(), at);
    noteAck(type, response_.system_version_info(), Clock::now());
  }
  DeltaDiscoveryRequest ack;
  ack.set_type_url(response_.type_url());
  ack.set_response_nonce(response_.nonce());
  response_.Clear();
  send(std::move(ack));
  StartRead(&response_);
}

void DeltaProxy::OnDone(const grpc::Status& status) { noteFinished(status); }

}  // namespace meshdesk::bench
