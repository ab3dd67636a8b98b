#pragma once
// The benchmark server as a child process, spoken to over its stdin and stdout. Every wait has
// a deadline; the child is ended (by its pid) when this object goes.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

#include "control_line.h"

namespace meshdesk::bench {

class ServerProcess {
 public:
  ServerProcess() = default;
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  // Starts `program` (looked up in PATH if it has no slash) with `args` and waits for its "ready" line. False with a reason otherwise.
  bool start(const std::string& program, const std::vector<std::string>& args,
             std::chrono::milliseconds timeout, std::string* error);
  const ControlLine& ready() const { return ready_; }
  pid_t pid() const { return pid_; }

  // Sends one command and returns the reply line, or nothing if none came in time.
  std::optional<ControlLine> ask(const std::string& command,
                                 std::chrono::milliseconds timeout = std::chrono::seconds(10));
  // Asks the server to quit, then makes sure it is gone.
  void stop();

 private:
  std::optional<std::string> readLine(std::chrono::milliseconds timeout);

  pid_t pid_ = -1;
  int toChild_ = -1;
  int fromChild_ = -1;
  std::string buffered_;
  ControlLine ready_;
};

}  // namespace meshdesk::bench
