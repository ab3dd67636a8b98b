#include "model_route_subscription.h"

#include <set>

#include <grpcpp/grpcpp.h>

#include "ai/model_route_rules.h"
#include "envoy/service/discovery/v3/ads.grpc.pb.h"

namespace meshdesk::aiclient {

namespace discovery = envoy::service::discovery::v3;

namespace {

constexpr const char* kModelRouteType = "type.googleapis.com/meshdesk.ai.v1.ModelRoute";

discovery::DiscoveryRequest request(const std::string& version, const std::string& nonce) {
  discovery::DiscoveryRequest r;
  r.set_type_url(kModelRouteType);
  r.add_resource_names("*");
  r.set_version_info(version);
  r.set_response_nonce(nonce);
  return r;
}

}  // namespace

std::string rejectionOf(const discovery::DiscoveryResponse& response) {
  // Built with append: GCC 12 warns (-Wrestrict, a false positive) on long + chains of strings.
  std::string problems;
  auto add = [&](std::initializer_list<std::string_view> parts) {
    if (!problems.empty()) problems += '\n';
    for (auto part : parts) problems.append(part);
  };
  std::set<std::string> names;
  for (int i = 0; i < response.resources_size(); ++i) {
    const auto& any = response.resources(i);
    ai::v1::ModelRoute route;
    if (any.type_url() != kModelRouteType || !any.UnpackTo(&route)) {
      add({"resource ", std::to_string(i), ": not a meshdesk.ai.v1.ModelRoute (", any.type_url(), ")"});
      continue;
    }
    std::string label = "model route '" + route.name() + "': ";
    if (!route.name().empty() && !names.insert(route.name()).second) add({label, "sent twice"});
    for (const auto& p : ai::problemsOf(route)) {
      if (p.field.empty()) {
        add({label, p.message});
      } else {
        add({label, p.field, ": ", p.message});
      }
    }
  }
  return problems;
}

ModelRouteSubscription::ModelRouteSubscription(Options options) : options_(std::move(options)) {}

ModelRouteSubscription::~ModelRouteSubscription() { stop(); }

bool ModelRouteSubscription::start(std::string* error) {
  channel_ = grpc::CreateChannel(options_.server, grpc::InsecureChannelCredentials());
  auto stub = discovery::AggregatedDiscoveryService::NewStub(channel_);
  context_ = std::make_unique<grpc::ClientContext>();
  stream_ = stub->StreamAggregatedResources(context_.get());
  discovery::DiscoveryRequest first = request("", "");
  first.mutable_node()->set_id(options_.nodeId);
  first.mutable_node()->set_cluster(options_.nodeCluster);
  first.mutable_node()->set_user_agent_name("meshdesk-ai-client");
  if (!stream_->Write(first)) {
    grpc::Status status = stream_->Finish();
    if (error) *error = "cannot reach the xDS server at " + options_.server + ": " + status.error_message();
    stream_.reset();
    return false;
  }
  reader_ = std::thread([this] { read(); });
  return true;
}

void ModelRouteSubscription::stop() {
  if (context_) context_->TryCancel();
  if (reader_.joinable()) reader_.join();
}

void ModelRouteSubscription::read() {
  discovery::DiscoveryResponse response;
  while (stream_->Read(&response)) answer(response);
  std::lock_guard lock(mutex_);
  closed_ = true;
  changed_.notify_all();
}

void ModelRouteSubscription::answer(const discovery::DiscoveryResponse& response) {
  std::string rejection = response.type_url() == kModelRouteType
                              ? rejectionOf(response)
                              : "unexpected type " + response.type_url();
  std::string keptVersion;
  {
    std::lock_guard lock(mutex_);
    keptVersion = table_.version;
  }
  if (!rejection.empty()) {
    discovery::DiscoveryRequest nack = request(keptVersion, response.nonce());
    nack.set_type_url(response.type_url());
    nack.mutable_error_detail()->set_code(grpc::StatusCode::INVALID_ARGUMENT);
    nack.mutable_error_detail()->set_message(rejection);
    stream_->Write(nack);
  } else {
    RouteTable table;
    table.version = response.version_info();
    for (const auto& any : response.resources()) {
      ai::v1::ModelRoute route;
      any.UnpackTo(&route);
      std::string name = route.name();
      table.routes.emplace(name, ai::withDefaults(std::move(route)));
    }
    {
      std::lock_guard lock(mutex_);
      table_ = std::move(table);
    }
    stream_->Write(request(response.version_info(), response.nonce()));
  }
  std::lock_guard lock(mutex_);
  lastRejection_ = rejection;
  ++answered_;
  changed_.notify_all();
}

RouteTable ModelRouteSubscription::routes() const {
  std::lock_guard lock(mutex_);
  return table_;
}

std::size_t ModelRouteSubscription::answered() const {
  std::lock_guard lock(mutex_);
  return answered_;
}

std::string ModelRouteSubscription::lastRejection() const {
  std::lock_guard lock(mutex_);
  return lastRejection_;
}

bool ModelRouteSubscription::waitForAnswer(std::size_t count, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  return changed_.wait_for(lock, timeout, [&] { return answered_ > count || closed_; }) &&
         answered_ > count;
}

}  // namespace meshdesk::aiclient
