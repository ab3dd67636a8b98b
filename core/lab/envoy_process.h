#pragma once
// One Envoy process of the lab: started from its bootstrap file with its output going to a log
// file, stopped with SIGTERM (then SIGKILL if it does not go), and reaped.

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace meshdesk::lab {

// The envoy binary: `configured` if it is an executable file, else "envoy" found on PATH.
// Nothing if there is none.
std::optional<std::string> findEnvoy(const std::string& configured = {});

struct EnvoyCommand {
  std::string binary;
  std::string bootstrapPath;
  std::string logPath;  // stdout and stderr, appended
  std::string logLevel = "info";
  std::vector<std::string> extraArgs;

  std::vector<std::string> argv() const;
};

class EnvoyProcess {
 public:
  EnvoyProcess() = default;
  // Stops it if it runs.
  ~EnvoyProcess();
  EnvoyProcess(const EnvoyProcess&) = delete;
  EnvoyProcess& operator=(const EnvoyProcess&) = delete;

  // False, with `error`, if it could not be started (no such binary, log not writable).
  bool start(const EnvoyCommand& command, std::string* error = nullptr);
  // SIGTERM, up to `grace` to exit, then SIGKILL. Returns how it ended.
  std::string stop(std::chrono::milliseconds grace = std::chrono::seconds(5));
  bool running();
  pid_t pid() const { return pid_; }
  // "exited with 0", "killed by signal 9", or "" while it runs / before it ran.
  const std::string& ending() const { return ending_; }

 private:
  bool reap(bool wait);

  pid_t pid_ = -1;
  std::string ending_;
};

// The last `maxBytes` of a log file (from the start of a line), or "" if there is none.
std::string tailOfFile(const std::string& path, std::size_t maxBytes = 64 * 1024);

}  // namespace meshdesk::lab
