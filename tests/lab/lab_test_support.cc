#include "lab_test_support.h"

#include <unistd.h>

#include <fstream>
#include <stdexcept>
#include <thread>

namespace meshdesk::labtest {

namespace fs = std::filesystem;

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return {std::istreambuf_iterator<char>(in), {}};
}

std::string dataFile(const std::string& name) {
  return readFile(fs::path(MESHDESK_SOURCE_DIR) / "tests/lab/data" / name);
}

ServedWorkspace::ServedWorkspace(const std::string& tag, const std::string& yaml) {
  dir_ = fs::temp_directory_path() / ("meshdesk-" + tag + "-" + std::to_string(::getpid()));
  fs::remove_all(dir_);
  fs::create_directories(dir_);
  std::ofstream(dir_ / "workspace.yaml") << yaml;
  controlplane::Options options;
  options.workspacePath = file();
  options.xdsAddress = "127.0.0.1:0";
  options.debounce = std::chrono::milliseconds(5);
  options.author = "tester";
  plane_ = std::make_unique<controlplane::ControlPlane>(options);
  if (!plane_->start(&error_) && error_.empty()) error_ = "the control plane did not start";
}

ServedWorkspace::~ServedWorkspace() {
  plane_.reset();
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

std::string ServedWorkspace::address() const { return plane_->xds().address(); }
int ServedWorkspace::port() const { return plane_->xds().port(); }

controlplane::PublishOutcome ServedWorkspace::publish(const std::string& yaml,
                                                      const std::string& message) {
  auto parsed = workspace::Workspace::parse(yaml, "edited");
  if (!parsed.ok()) {
    controlplane::PublishOutcome failed;
    failed.detail = "the test's workspace does not parse: " + parsed.errors.front().message;
    return failed;
  }
  return plane_->publish(parsed.workspace, message);
}

bool eventually(const std::function<bool()>& condition, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!condition()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return true;
}

std::string replaced(std::string yaml, const std::string& from, const std::string& to) {
  auto at = yaml.find(from);
  if (at == std::string::npos) throw std::runtime_error("\"" + from + "\" is not in the workspace");
  return yaml.replace(at, from.size(), to);
}

}  // namespace meshdesk::labtest
