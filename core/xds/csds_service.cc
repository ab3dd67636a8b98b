#include "xds/csds_service.h"

#include <map>

#include "xds/node_matcher.h"
#include "xds/stream_hub.h"

namespace meshdesk::xds {

using envoy::service::status::v3::ClientStatusRequest;
using envoy::service::status::v3::ClientStatusResponse;

ClientStatusResponse clientStatus(const StreamHub& hub, const ClientStatusRequest& request) {
  ClientStatusResponse response;
  // The per-type streams of one proxy are reported as one client.
  std::map<fleet::ProxyId, envoy::service::status::v3::ClientConfig*> byProxy;
  for (const auto& stream : hub.streams()) {
    if (!stream->identified()) continue;
    auto node = stream->node();
    bool wanted = request.node_matchers().empty();
    for (const auto& m : request.node_matchers()) wanted = wanted || matchesNode(m, node);
    if (!wanted) continue;
    auto& config = byProxy[stream->proxy()];
    if (!config) {
      config = response.add_config();
      *config->mutable_node() = node;
    }
    stream->describe(*config);
  }
  if (request.exclude_resource_contents()) {
    for (auto& config : *response.mutable_config())
      for (auto& generic : *config.mutable_generic_xds_configs()) generic.clear_xds_config();
  }
  return response;
}

namespace {
class StatusStream final
    : public grpc::ServerBidiReactor<ClientStatusRequest, ClientStatusResponse> {
 public:
  explicit StatusStream(const StreamHub& hub) : hub_(hub) { StartRead(&request_); }

  void OnReadDone(bool ok) override {
    if (!ok) {
      Finish(grpc::Status::OK);
      return;
    }
    response_ = clientStatus(hub_, request_);
    StartWrite(&response_);
  }
  void OnWriteDone(bool ok) override {
    if (!ok) {
      Finish(grpc::Status::CANCELLED);
      return;
    }
    StartRead(&request_);
  }
  void OnDone() override { delete this; }

 private:
  const StreamHub& hub_;
  ClientStatusRequest request_;
  ClientStatusResponse response_;
};
}  // namespace

grpc::ServerBidiReactor<ClientStatusRequest, ClientStatusResponse>*
CsdsService::StreamClientStatus(grpc::CallbackServerContext*) {
  return new StatusStream(hub_);
}

grpc::ServerUnaryReactor* CsdsService::FetchClientStatus(grpc::CallbackServerContext* context,
                                                         const ClientStatusRequest* request,
                                                         ClientStatusResponse* response) {
  *response = clientStatus(hub_, *request);
  auto* reactor = context->DefaultReactor();
  reactor->Finish(grpc::Status::OK);
  return reactor;
}

}  // namespace meshdesk::xds
