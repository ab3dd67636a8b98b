#include "ads_client.h"

namespace meshdesk::app::testing {

AdsClient::AdsClient(const std::string& address, const std::string& nodeId)
    : nodeId_(nodeId),
      channel_(grpc::CreateChannel(address, grpc::InsecureChannelCredentials())),
      stub_(envoy::service::discovery::v3::AggregatedDiscoveryService::NewStub(channel_)) {
  stream_ = stub_->StreamAggregatedResources(&context_);
}

AdsClient::~AdsClient() { close(); }

AdsClient::Request AdsClient::base(const std::string& typeUrl) const {
  Request request;
  request.mutable_node()->set_id(nodeId_);
  request.mutable_node()->set_cluster("console-test");
  request.mutable_node()->set_user_agent_name("meshdesk-app-tests");
  request.set_type_url(typeUrl);
  // An ACK or NACK repeats the names subscribed to; without, it would unsubscribe them.
  if (auto it = names_.find(typeUrl); it != names_.end()) {
    for (const auto& name : it->second) request.add_resource_names(name);
  }
  return request;
}

bool AdsClient::subscribe(const std::string& typeUrl) { return stream_->Write(base(typeUrl)); }

bool AdsClient::subscribe(const std::string& typeUrl, const std::vector<std::string>& names) {
  names_[typeUrl] = names;
  Request request = base(typeUrl);
  return stream_->Write(request);
}

std::optional<AdsClient::Response> AdsClient::read() {
  Response response;
  if (!stream_->Read(&response)) return std::nullopt;
  return response;
}

bool AdsClient::ack(const Response& response) {
  Request request = base(response.type_url());
  request.set_version_info(response.version_info());
  request.set_response_nonce(response.nonce());
  return stream_->Write(request);
}

bool AdsClient::nack(const Response& response, const std::string& error) {
  Request request = base(response.type_url());
  request.set_response_nonce(response.nonce());  // version_info stays at what it last ACKed
  request.mutable_error_detail()->set_code(3);    // INVALID_ARGUMENT, as Envoy sends
  request.mutable_error_detail()->set_message(error);
  return stream_->Write(request);
}

void AdsClient::close() {
  if (closed_) return;
  closed_ = true;
  context_.TryCancel();
  stream_->Finish();
}

AckingSubscriber::AckingSubscriber(const std::string& address, const std::string& nodeId,
                                   const std::string& typeUrl, std::vector<std::string> names)
    : client_(std::make_unique<AdsClient>(address, nodeId)),
      thread_([this, typeUrl, names = std::move(names)] {
        const bool subscribed = names.empty() ? client_->subscribe(typeUrl) : client_->subscribe(typeUrl, names);
        if (!subscribed) return;
        while (auto response = client_->read()) {
          {
            std::lock_guard lock(mutex_);
            responses_.push_back(*response);
          }
          client_->ack(*response);
        }
      }) {}

AckingSubscriber::~AckingSubscriber() {
  // Cancelling the stream ends the blocked read(); the thread then finishes.
  client_->cancel();
  thread_.join();
}

std::optional<AdsClient::Response> AckingSubscriber::last() const {
  std::lock_guard lock(mutex_);
  if (responses_.empty()) return std::nullopt;
  return responses_.back();
}

}  // namespace meshdesk::app::testing
