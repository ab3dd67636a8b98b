#pragma once
// What the lab, rollout and fleet monitor tests share: a real control plane serving a copy of a
// workspace from tests/lab/data in a temporary folder, on a free port of 127.0.0.1, and waiting
// for what arrives from other threads.

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "controlplane/control_plane.h"

namespace meshdesk::labtest {

std::string readFile(const std::filesystem::path& path);
// tests/lab/data/<name>
std::string dataFile(const std::string& name);

class ServedWorkspace {
 public:
  // Writes `yaml` to <tmp>/<tag>-<pid>/workspace.yaml and starts a control plane on it.
  explicit ServedWorkspace(const std::string& tag, const std::string& yaml = dataFile("fleet.yaml"));
  ~ServedWorkspace();

  controlplane::ControlPlane& plane() { return *plane_; }
  std::string address() const;
  int port() const;
  const std::filesystem::path& dir() const { return dir_; }
  std::string file() const { return (dir_ / "workspace.yaml").string(); }
  // Parses `yaml` as a workspace (asserting it reads) and publishes it.
  controlplane::PublishOutcome publish(const std::string& yaml, const std::string& message = "test");
  std::string started() const { return error_; }

 private:
  std::filesystem::path dir_;
  std::unique_ptr<controlplane::ControlPlane> plane_;
  std::string error_;
};

// Polls `condition` every 10 ms until it holds; false after `timeout`.
bool eventually(const std::function<bool()>& condition,
                std::chrono::milliseconds timeout = std::chrono::seconds(10));

// `yaml` with the first occurrence of `from` replaced by `to` (which must be there).
std::string replaced(std::string yaml, const std::string& from, const std::string& to);

}  // namespace meshdesk::labtest
