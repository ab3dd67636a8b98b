#pragma once
// Test support for the xDS protocol tests: the real server on 127.0.0.1:0, real gRPC client
// streams (generated stubs), and small Envoy resources.

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <grpcpp/grpcpp.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "envoy/service/discovery/v3/ads.grpc.pb.h"
#include "fleet/fleet_registry.h"
#include "snapshot/snapshot_store.h"
#include "snapshot/type_url.h"
#include "xds/xds_server.h"

namespace meshdesk::testing {

using namespace std::chrono_literals;
namespace discovery = envoy::service::discovery::v3;

// A bidirectional stream with a reader thread, so tests can wait for a response with a deadline
// or assert that none comes.
template <class Request, class Response>
class StreamClient {
 public:
  template <class Open>
  explicit StreamClient(Open open) {
    stream_ = open(&context_);
    reader_ = std::thread([this] {
      Response response;
      while (stream_->Read(&response)) {
        std::lock_guard lock(mutex_);
        responses_.push_back(response);
        arrived_.notify_all();
      }
      std::lock_guard lock(mutex_);
      closed_ = true;
      arrived_.notify_all();
    });
  }
  ~StreamClient() {
    context_.TryCancel();
    reader_.join();
  }

  void send(const Request& request) { ASSERT_TRUE(stream_->Write(request)); }

  // The next response, or nothing if none arrived within `timeout`.
  std::optional<Response> next(std::chrono::milliseconds timeout = 5s) {
    std::unique_lock lock(mutex_);
    arrived_.wait_for(lock, timeout, [this] { return !responses_.empty() || closed_; });
    if (responses_.empty()) return std::nullopt;
    Response r = std::move(responses_.front());
    responses_.pop_front();
    return r;
  }

  // True if no response arrives within `window`.
  bool quiet(std::chrono::milliseconds window = 300ms) { return !next(window).has_value(); }

  // Waits for the server to end the stream and returns its status.
  grpc::Status status(std::chrono::milliseconds timeout = 5s) {
    std::unique_lock lock(mutex_);
    arrived_.wait_for(lock, timeout, [this] { return closed_; });
    if (!closed_) return {grpc::StatusCode::DEADLINE_EXCEEDED, "stream still open"};
    lock.unlock();
    return stream_->Finish();
  }

 private:
  grpc::ClientContext context_;
  std::unique_ptr<grpc::ClientReaderWriter<Request, Response>> stream_;
  std::thread reader_;
  std::mutex mutex_;
  std::condition_variable arrived_;
  std::deque<Response> responses_;
  bool closed_ = false;
};

using SotwStream = StreamClient<discovery::DiscoveryRequest, discovery::DiscoveryResponse>;
using DeltaStream =
    StreamClient<discovery::DeltaDiscoveryRequest, discovery::DeltaDiscoveryResponse>;

// Envoy resources, small but real.
envoy::config::cluster::v3::Cluster edsCluster(const std::string& name, int connectTimeoutMs = 250);
envoy::config::endpoint::v3::ClusterLoadAssignment endpoints(const std::string& cluster, int port);
envoy::config::listener::v3::Listener apiListener(const std::string& name,
                                                  const std::string& routeConfig);
envoy::config::route::v3::RouteConfiguration routes(const std::string& name,
                                                    const std::string& cluster);

// The names of a SotW response's resources, in order.
std::vector<std::string> names(const discovery::DiscoveryResponse& response);
std::vector<std::string> names(const discovery::DeltaDiscoveryResponse& response);
// A SotW response's entries that are wrapped in envoy.service.discovery.v3.Resource (those
// carrying a TTL), unwrapped, by name.
std::map<std::string, discovery::Resource> wrappedByName(const discovery::DiscoveryResponse& response);

discovery::DiscoveryRequest sotwRequest(std::string_view typeUrl,
                                        std::vector<std::string> resourceNames = {},
                                        const std::string& nodeId = "");
discovery::DeltaDiscoveryRequest deltaRequest(std::string_view typeUrl,
                                              std::vector<std::string> subscribe = {},
                                              const std::string& nodeId = "");
// An ACK (or, with an error, a NACK) of `response`.
discovery::DiscoveryRequest answer(const discovery::DiscoveryResponse& response,
                                   std::vector<std::string> resourceNames = {},
                                   const std::string& error = "",
                                   const std::string& keptVersion = "");

class XdsServerTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Replaces the default group's snapshot.
  void publish(const std::string& version, std::vector<snapshot::ResourcePtr> resources,
               const std::string& group = "default");

  std::unique_ptr<SotwStream> openAds();
  std::unique_ptr<DeltaStream> openDeltaAds();

  // Polls the fleet registry until `predicate` holds for the one connected proxy.
  bool waitForProxy(const std::function<bool(const fleet::ProxyState&)>& predicate,
                    std::chrono::milliseconds timeout = 5s);

  snapshot::SnapshotStore store_;
  fleet::FleetRegistry fleet_{std::chrono::milliseconds(10)};
  std::unique_ptr<xds::XdsServer> server_;
  std::shared_ptr<grpc::Channel> channel_;
};

}  // namespace meshdesk::testing
