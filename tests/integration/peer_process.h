#pragma once
// A program run as a child process by a test: its stdout is collected line by line on a reader
// thread, its stderr goes to a file (to show when a test fails), and it is killed when the
// object goes. Waits are bounded; nothing here sleeps without a deadline.

#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace meshdesk::integration {

class PeerProcess {
 public:
  // Starts `program` with `args`, the test's environment plus `env`. Null, with a reason, if
  // the program cannot be started.
  static std::unique_ptr<PeerProcess> spawn(const std::string& program,
                                            const std::vector<std::string>& args,
                                            const std::map<std::string, std::string>& env,
                                            const std::string& stderrPath, std::string* error);
  ~PeerProcess();
  PeerProcess(const PeerProcess&) = delete;
  PeerProcess& operator=(const PeerProcess&) = delete;

  pid_t pid() const { return pid_; }
  // SIGKILL, then reaps the child and drains its stdout. Idempotent.
  void kill();

  std::size_t lineCount() const;
  std::vector<std::string> lines(std::size_t from = 0) const;
  // Waits until `done` holds for the lines printed since `from` (index into all lines), or the
  // timeout passes, or the program's stdout closes. Whether `done` held.
  bool waitFor(std::size_t from, const std::function<bool(const std::vector<std::string>&)>& done,
               std::chrono::milliseconds timeout) const;

  // The last lines of stdout and stderr, for failure messages.
  std::string tail(std::size_t count = 8) const;

 private:
  PeerProcess() = default;
  void readLoop(int fd);

  pid_t pid_ = -1;
  int stdinFd_ = -1;
  std::string stderrPath_;
  std::thread reader_;

  mutable std::mutex mutex_;
  mutable std::condition_variable grew_;
  std::vector<std::string> lines_;
  bool eof_ = false;
  bool reaped_ = false;
};

// True once `n` lines in a row, ending with the last one, equal `line`.
bool endsWithRun(const std::vector<std::string>& lines, const std::string& line, std::size_t n);

}  // namespace meshdesk::integration
