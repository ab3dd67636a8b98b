#include "server_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <thread>

namespace meshdesk::bench {

ServerProcess::~ServerProcess() { stop(); }

bool ServerProcess::start(const std::string& program, const std::vector<std::string>& args,
                          std::chrono::milliseconds timeout, std::string* error) {
  int in[2], out[2];
  if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0) {
    *error = std::string("pipe: ") + std::strerror(errno);
    return false;
  }
  std::vector<std::string> argvStrings{program};
  argvStrings.insert(argvStrings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argvStrings) argv.push_back(a.data());
  argv.push_back(nullptr);

  pid_ = fork();
  if (pid_ < 0) {
    *error = std::string("fork: ") + std::strerror(errno);
    return false;
  }
  if (pid_ == 0) {
    dup2(in[0], STDIN_FILENO);
    dup2(out[1], STDOUT_FILENO);
    execvp(program.c_str(), argv.data());
    std::fprintf(stderr, "cannot run %s: %s\n", program.c_str(), std::strerror(errno));
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  toChild_ = in[1];
  fromChild_ = out[0];

  // A wrapper (valgrind, heaptrack) may print its own lines first.
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    auto line = left.count() > 0 ? readLine(left) : std::nullopt;
    if (!line) {
      *error = "no ready line from " + program + " within " + std::to_string(timeout.count()) +
               " ms";
      stop();
      return false;
    }
    ready_ = ControlLine::parse(*line);
    if (ready_.verb == "ready") return true;
    std::fprintf(stderr, "  [server] %s\n", line->c_str());
  }
}

std::optional<std::string> ServerProcess::readLine(std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    auto nl = buffered_.find('\n');
    if (nl != std::string::npos) {
      std::string line = buffered_.substr(0, nl);
      buffered_.erase(0, nl + 1);
      return line;
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0 || fromChild_ < 0) return std::nullopt;
    pollfd p{fromChild_, POLLIN, 0};
    int ready = poll(&p, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) return std::nullopt;
    char chunk[4096];
    ssize_t n = read(fromChild_, chunk, sizeof chunk);
    if (n <= 0) return std::nullopt;  // the server exited
    buffered_.append(chunk, static_cast<std::size_t>(n));
  }
}

std::optional<ControlLine> ServerProcess::ask(const std::string& command,
                                              std::chrono::milliseconds timeout) {
  if (toChild_ < 0) return std::nullopt;
  std::string line = command + "\n";
  if (write(toChild_, line.data(), line.size()) != static_cast<ssize_t>(line.size()))
    return std::nullopt;
  auto reply = readLine(timeout);
  if (!reply) return std::nullopt;
  return ControlLine::parse(*reply);
}

void ServerProcess::stop() {
  if (pid_ <= 0) return;
  if (toChild_ >= 0) {
    (void)!write(toChild_, "quit\n", 5);
    close(toChild_);  // EOF on its stdin ends it too
    toChild_ = -1;
  }
  // Up to 5 s to stop cleanly, then it is killed.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  int status = 0;
  while (waitpid(pid_, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (fromChild_ >= 0) close(fromChild_);
  fromChild_ = -1;
  pid_ = -1;
}

}  // namespace meshdesk::bench
