#pragma once
// envoy.service.status.v3.ClientStatusDiscoveryService: for each connected node (filtered by the
// request's node matchers), each resource it was sent, its version and status.

#include "envoy/service/status/v3/csds.grpc.pb.h"

namespace meshdesk::xds {

class StreamHub;

// The status of every matching node, as one response.
envoy::service::status::v3::ClientStatusResponse clientStatus(
    const StreamHub& hub, const envoy::service::status::v3::ClientStatusRequest& request);

class CsdsService final
    : public envoy::service::status::v3::ClientStatusDiscoveryService::CallbackService {
 public:
  explicit CsdsService(const StreamHub& hub) : hub_(hub) {}

  grpc::ServerBidiReactor<envoy::service::status::v3::ClientStatusRequest,
                          envoy::service::status::v3::ClientStatusResponse>*
  StreamClientStatus(grpc::CallbackServerContext* context) override;

  grpc::ServerUnaryReactor* FetchClientStatus(
      grpc::CallbackServerContext* context,
      const envoy::service::status::v3::ClientStatusRequest* request,
      envoy::service::status::v3::ClientStatusResponse* response) override;

 private:
  const StreamHub& hub_;
};

}  // namespace meshdesk::xds
