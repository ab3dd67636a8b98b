#include "fake_openai_backend.h"

#include <httplib.h>

#include <chrono>

#include <nlohmann/json.hpp>

namespace meshdesk::testing {

FakeOpenAiBackend::FakeOpenAiBackend(std::string name)
    : name_(std::move(name)), server_(std::make_unique<httplib::Server>()) {
  server_->Post(".*", [this](const httplib::Request& request, httplib::Response& response) {
    ++requests_;
    nlohmann::json body = nlohmann::json::parse(request.body, nullptr, false);
    Seen seen;
    seen.path = request.path;
    if (body.is_object()) seen.model = body.value("model", "");
    seen.modelHeader = request.get_header_value("x-ai-model");
    for (const char* header : {"authorization", "x-api-key", "api-key"})
      if (request.has_header(header)) seen.authorization = request.get_header_value(header);
    {
      std::lock_guard lock(mutex_);
      last_ = seen;
    }
    if (int status = failWith_; status != 0) {
      response.status = status;
      nlohmann::json error{{"error", {{"message", name_ + " fails on purpose"}, {"code", status}}}};
      response.set_content(error.dump(), "application/json");
      return;
    }
    nlohmann::json answer{
        {"object", "chat.completion"},
        {"backend", name_},
        {"model", seen.model},
        {"path", seen.path},
        {"choices", nlohmann::json::array({{{"index", 0},
                                             {"message", {{"role", "assistant"},
                                                          {"content", "answered by " + name_}}}}})}};
    response.set_content(answer.dump(), "application/json");
  });
  port_ = server_->bind_to_any_port("127.0.0.1");
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  // So that stop() in the destructor cannot come before the accept loop has started.
  while (!server_->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

FakeOpenAiBackend::~FakeOpenAiBackend() {
  server_->stop();
  thread_.join();
}

FakeOpenAiBackend::Seen FakeOpenAiBackend::lastRequest() const {
  std::lock_guard lock(mutex_);
  return last_;
}

}  // namespace meshdesk::testing
