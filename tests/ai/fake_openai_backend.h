#pragma once
// A fake OpenAI-compatible backend for tests: an HTTP server on 127.0.0.1 (free port) that
// answers any POST with JSON saying which backend it is, the model it was asked for, the path
// and the key header it got. It can be told to fail with a status (429, 503, ...).

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace httplib {
class Server;
}

namespace meshdesk::testing {

class FakeOpenAiBackend {
 public:
  explicit FakeOpenAiBackend(std::string name);
  ~FakeOpenAiBackend();
  FakeOpenAiBackend(const FakeOpenAiBackend&) = delete;
  FakeOpenAiBackend& operator=(const FakeOpenAiBackend&) = delete;

  const std::string& name() const { return name_; }
  int port() const { return port_; }

  // Answer every request with this status (and an OpenAI-style error body); 0 for success.
  void failWith(int status) { failWith_ = status; }
  // Requests received, failed ones included.
  int requests() const { return requests_; }

  struct Seen {
    std::string path;
    std::string model;          // the body's "model"
    std::string modelHeader;    // x-ai-model
    std::string authorization;  // the key header the provider reads, whichever it is
  };
  Seen lastRequest() const;

 private:
  std::string name_;
  int port_ = 0;
  std::atomic<int> failWith_{0};
  std::atomic<int> requests_{0};
  mutable std::mutex mutex_;
  Seen last_;
  std::unique_ptr<httplib::Server> server_;
  std::thread thread_;
};

}  // namespace meshdesk::testing
