#pragma once
// A simulated proxy on the incremental ADS stream (DeltaAggregatedResources).

#include <deque>

#include "envoy/service/discovery/v3/ads.grpc.pb.h"
#include "simulated_proxy.h"

namespace meshdesk::bench {

class DeltaProxy final
    : public SimulatedProxy,
      public grpc::ClientBidiReactor<envoy::service::discovery::v3::DeltaDiscoveryRequest,
                                     envoy::service::discovery::v3::DeltaDiscoveryResponse> {
 public:
  DeltaProxy(const std::string& address, int id, const ExpectedConfig& expected,
             FleetTally& tally);

  void start() override;
  void cancel() override;

  void OnReadDone(bool ok) override;
  void OnWriteDone(bool ok) override;
  void OnDone(const grpc::Status& status) override;

 private:
  void send(envoy::service::discovery::v3::DeltaDiscoveryRequest request);

  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<envoy::service::discovery::v3::AggregatedDiscoveryService::Stub> stub_;
  grpc::ClientContext context_;
  envoy::service::discovery::v3::DeltaDiscoveryResponse response_;
  std::deque<envoy::service::discovery::v3::DeltaDiscoveryRequest> outbox_;
  bool writing_ = false;
  bool nodeSent_ = false;
};

}  // namespace meshdesk::bench
