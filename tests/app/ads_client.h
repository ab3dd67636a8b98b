#pragma once
// A minimal xDS client for the console's tests: one ADS stream over a real gRPC channel to
// 127.0.0.1, driven synchronously from its own thread so that the test's GUI thread is free to
// run the event loop.

#include <grpcpp/grpcpp.h>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "envoy/service/discovery/v3/ads.grpc.pb.h"

namespace meshdesk::app::testing {

class AdsClient {
 public:
  using Request = envoy::service::discovery::v3::DiscoveryRequest;
  using Response = envoy::service::discovery::v3::DiscoveryResponse;

  AdsClient(const std::string& address, const std::string& nodeId);
  ~AdsClient();

  // Subscribes to every resource of `typeUrl` (a wildcard request).
  bool subscribe(const std::string& typeUrl);
  // Subscribes to the named resources of `typeUrl` (RDS and EDS are never wildcards).
  bool subscribe(const std::string& typeUrl, const std::vector<std::string>& names);
  // Blocks for the next response; nullopt when the stream ended.
  std::optional<Response> read();
  // ACKs `response` (its version and nonce), or NACKs it with `error`.
  bool ack(const Response& response);
  bool nack(const Response& response, const std::string& error);
  // Cancels the stream: the server sees the proxy go.
  void close();
  // Cancels the stream from another thread (a read() blocked there returns nullopt).
  void cancel() { context_.TryCancel(); }

 private:
  Request base(const std::string& typeUrl) const;

  std::string nodeId_;
  std::map<std::string, std::vector<std::string>> names_;  // what ACKs must keep asking for
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<envoy::service::discovery::v3::AggregatedDiscoveryService::Stub> stub_;
  grpc::ClientContext context_;
  std::unique_ptr<grpc::ClientReaderWriter<Request, Response>> stream_;
  bool closed_ = false;
};

// A proxy that subscribes to one type on its own thread and ACKs every response it gets, keeping
// them for the test to look at.
class AckingSubscriber {
 public:
  // No `names`: a wildcard subscription.
  AckingSubscriber(const std::string& address, const std::string& nodeId, const std::string& typeUrl,
                   std::vector<std::string> names = {});
  ~AckingSubscriber();

  std::optional<AdsClient::Response> last() const;

 private:
  mutable std::mutex mutex_;
  std::vector<AdsClient::Response> responses_;
  std::unique_ptr<AdsClient> client_;
  std::thread thread_;
};

}  // namespace meshdesk::app::testing
