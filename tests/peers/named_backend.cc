#include "named_backend.h"

#include <grpcpp/generic/async_generic_service.h>
#include <grpcpp/grpcpp.h>

namespace meshdesk::testpeers {

namespace {
// One call: read the request (whatever it holds), reply with the backend's name, finish.
class NameReply final : public grpc::ServerGenericBidiReactor {
 public:
  NameReply(const std::string& name, std::atomic<std::uint64_t>& calls)
      : name_(name), calls_(calls) {
    StartRead(&request_);
  }

  void OnReadDone(bool ok) override {
    if (!ok) {
      // The client sent no message: not a unary call.
      Finish({grpc::StatusCode::INVALID_ARGUMENT, "expected one request message"});
      return;
    }
    grpc::Slice slice(name_);
    reply_ = grpc::ByteBuffer(&slice, 1);
    calls_.fetch_add(1);
    StartWriteAndFinish(&reply_, grpc::WriteOptions(), grpc::Status::OK);
  }
  void OnDone() override { delete this; }

 private:
  const std::string& name_;
  std::atomic<std::uint64_t>& calls_;
  grpc::ByteBuffer request_;
  grpc::ByteBuffer reply_;
};
}  // namespace

class NamedBackend::Service final : public grpc::CallbackGenericService {
 public:
  Service(const std::string& name, std::shared_ptr<std::atomic<std::uint64_t>> calls)
      : name_(name), calls_(std::move(calls)) {}

  grpc::ServerGenericBidiReactor* CreateReactor(grpc::GenericCallbackServerContext*) override {
    return new NameReply(name_, *calls_);
  }

 private:
  const std::string& name_;
  std::shared_ptr<std::atomic<std::uint64_t>> calls_;
};

NamedBackend::NamedBackend(std::string name)
    : name_(std::move(name)), calls_(std::make_shared<std::atomic<std::uint64_t>>(0)) {}

NamedBackend::~NamedBackend() { stop(); }

bool NamedBackend::start(std::string* error) {
  service_ = std::make_unique<Service>(name_, calls_);
  grpc::ServerBuilder builder;
  builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port_);
  builder.RegisterCallbackGenericService(service_.get());
  server_ = builder.BuildAndStart();
  if (!server_ || port_ == 0) {
    if (error) *error = "backend " + name_ + " cannot listen on 127.0.0.1";
    server_.reset();
    return false;
  }
  return true;
}

void NamedBackend::stop() {
  if (!server_) return;
  server_->Shutdown(std::chrono::system_clock::now() + std::chrono::milliseconds(500));
  server_->Wait();
  server_.reset();
}

}  // namespace meshdesk::testpeers
