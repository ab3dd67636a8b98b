#pragma once
// A gRPC server for tests that answers every unary call, whatever the method, with its own name
// as the reply payload. Several of them stand for the endpoints an xDS client is routed to: the
// reply says which one a call reached.

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

namespace grpc {
class Server;
}

namespace meshdesk::testpeers {

class NamedBackend {
 public:
  explicit NamedBackend(std::string name);
  ~NamedBackend();
  NamedBackend(const NamedBackend&) = delete;
  NamedBackend& operator=(const NamedBackend&) = delete;

  // Binds 127.0.0.1 on a free port. False, with a reason, if it cannot.
  bool start(std::string* error = nullptr);
  void stop();

  const std::string& name() const { return name_; }
  int port() const { return port_; }
  // Calls answered since start.
  std::uint64_t calls() const { return calls_->load(); }

 private:
  class Service;
  std::string name_;
  int port_ = 0;
  std::shared_ptr<std::atomic<std::uint64_t>> calls_;
  std::unique_ptr<Service> service_;
  std::unique_ptr<grpc::Server> server_;
};

}  // namespace meshdesk::testpeers
