#pragma once
// A simulated proxy on the state-of-the-world ADS stream (StreamAggregatedResources).

#include <deque>

#include "envoy/service/discovery/v3/ads.grpc.pb.h"
#include "simulated_proxy.h"

namespace meshdesk::bench {

class SotwProxy final
    : public SimulatedProxy,
      public grpc::ClientBidiReactor<envoy::service::discovery::v3::DiscoveryRequest,
                                     envoy::service::discovery::v3::DiscoveryResponse> {
 public:
  SotwProxy(const std::string& address, int id, const ExpectedConfig& expected,
            FleetTally& tally);

  void start() override;
  void cancel() override;

  void OnReadDone(bool ok) override;
  void OnWriteDone(bool ok) override;
  void OnDone(const grpc::Status& status) override;

 private:
  envoy::service::discovery::v3::DiscoveryRequest request(int type) const;
  void send(envoy::service::discovery::v3::DiscoveryRequest request);

  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<envoy::service::discovery::v3::AggregatedDiscoveryService::Stub> stub_;
  grpc::ClientContext context_;
  envoy::service::discovery::v3::DiscoveryResponse response_;
  // Writes go one at a time; deque keeps the one in flight where it is while others queue.
  std::deque<envoy::service::discovery::v3::DiscoveryRequest> outbox_;
  bool writing_ = false;
  bool nodeSent_ = false;
};

}  // namespace meshdesk::bench
