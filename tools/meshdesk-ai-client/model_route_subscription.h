#pragma once
// A subscriber to Meshdesk's ModelRoute resources over ADS (state of the world, wildcard "*"),
// as any non-Envoy client of the control plane would be: it checks each response, ACKs it and
// takes its routes, or NACKs it (with error_detail saying what is unusable) and keeps the routes
// it had.

#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "meshdesk/ai/v1/model_route.pb.h"

namespace grpc {
class Channel;
class ClientContext;
template <class W, class R>
class ClientReaderWriter;
}  // namespace grpc
namespace envoy::service::discovery::v3 {
class DiscoveryRequest;
class DiscoveryResponse;
}  // namespace envoy::service::discovery::v3

namespace meshdesk::aiclient {

// The routes of the last response taken (ACKed), with defaults written out, by name.
struct RouteTable {
  std::string version;
  std::map<std::string, ai::v1::ModelRoute> routes;
};

class ModelRouteSubscription {
 public:
  struct Options {
    std::string server = "127.0.0.1:18000";  // host:port of the xDS server
    std::string nodeId = "meshdesk-ai-client";
    std::string nodeCluster = "meshdesk-ai-client";
  };

  explicit ModelRouteSubscription(Options options);
  ~ModelRouteSubscription();
  ModelRouteSubscription(const ModelRouteSubscription&) = delete;
  ModelRouteSubscription& operator=(const ModelRouteSubscription&) = delete;

  // Opens the stream and subscribes. False, with a reason, if the stream cannot be opened.
  bool start(std::string* error = nullptr);
  void stop();

  RouteTable routes() const;
  // Responses answered so far (ACK or NACK).
  std::size_t answered() const;
  // The error_detail of the last NACK, "" if the last response was taken.
  std::string lastRejection() const;
  // Waits until `answered()` exceeds `count` or the stream ends; false on timeout.
  bool waitForAnswer(std::size_t count, std::chrono::milliseconds timeout);

 private:
  using Stream = grpc::ClientReaderWriter<envoy::service::discovery::v3::DiscoveryRequest,
                                          envoy::service::discovery::v3::DiscoveryResponse>;
  void read();
  void answer(const envoy::service::discovery::v3::DiscoveryResponse& response);

  Options options_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<grpc::ClientContext> context_;
  std::unique_ptr<Stream> stream_;
  std::thread reader_;

  mutable std::mutex mutex_;
  std::condition_variable changed_;
  RouteTable table_;
  std::size_t answered_ = 0;
  std::string lastRejection_;
  bool closed_ = false;
};

// Problems that make a response unusable, one line each ("model route 'chat': backends: no
// backends: ..."); empty when every route can carry requests. Exposed for tests.
std::string rejectionOf(const envoy::service::discovery::v3::DiscoveryResponse& response);

}  // namespace meshdesk::aiclient
