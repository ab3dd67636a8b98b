#include "peer_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

extern char** environ;

namespace meshdesk::integration {

std::unique_ptr<PeerProcess> PeerProcess::spawn(const std::string& program,
                                                const std::vector<std::string>& args,
                                                const std::map<std::string, std::string>& env,
                                                const std::string& stderrPath,
                                                std::string* error) {
  auto fail = [&](const std::string& what, int err) {
    if (error) *error = what + ": " + std::strerror(err);
    return nullptr;
  };
  int in[2], out[2];
  if (::pipe2(in, O_CLOEXEC) != 0) return fail("pipe", errno);
  if (::pipe2(out, O_CLOEXEC) != 0) {
    int err = errno;
    ::close(in[0]);
    ::close(in[1]);
    return fail("pipe", err);
  }

  std::vector<std::string> envStrings;
  for (char** e = environ; *e; ++e) {
    std::string entry = *e;
    auto eq = entry.find('=');
    if (eq != std::string::npos && env.count(entry.substr(0, eq))) continue;
    envStrings.push_back(std::move(entry));
  }
  for (const auto& [key, value] : env) envStrings.push_back(key + "=" + value);
  std::vector<char*> envp;
  for (auto& s : envStrings) envp.push_back(s.data());
  envp.push_back(nullptr);

  std::vector<std::string> argStrings{program};
  argStrings.insert(argStrings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : argStrings) argv.push_back(s.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, stderrPath.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  // The test process holds gRPC sockets; the child must not keep any of them open.
  posix_spawn_file_actions_addclosefrom_np(&actions, 3);

  pid_t pid = -1;
  int rc = ::posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(in[0]);
  ::close(out[1]);
  if (rc != 0) {
    ::close(in[1]);
    ::close(out[0]);
    return fail("cannot start " + program, rc);
  }

  std::unique_ptr<PeerProcess> process(new PeerProcess());
  process->pid_ = pid;
  process->stdinFd_ = in[1];
  process->stderrPath_ = stderrPath;
  int readFd = out[0];
  process->reader_ = std::thread([p = process.get(), readFd] { p->readLoop(readFd); });
  return process;
}

PeerProcess::~PeerProcess() { kill(); }

void PeerProcess::readLoop(int fd) {
  std::string partial;
  char buf[4096];
  while (true) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    partial.append(buf, static_cast<std::size_t>(n));
    std::size_t start = 0, nl;
    std::vector<std::string> complete;
    while ((nl = partial.find('\n', start)) != std::string::npos) {
      complete.push_back(partial.substr(start, nl - start));
      start = nl + 1;
    }
    partial.erase(0, start);
    if (!complete.empty()) {
      std::lock_guard lock(mutex_);
      for (auto& line : complete) lines_.push_back(std::move(line));
      grew_.notify_all();
    }
  }
  ::close(fd);
  std::lock_guard lock(mutex_);
  if (!partial.empty()) lines_.push_back(std::move(partial));
  eof_ = true;
  grew_.notify_all();
}

void PeerProcess::kill() {
  {
    std::lock_guard lock(mutex_);
    if (reaped_) return;
    reaped_ = true;
  }
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
  }
  if (stdinFd_ >= 0) ::close(stdinFd_);
  stdinFd_ = -1;
  // The child is gone, so its end of the pipe is closed and the reader sees the end.
  if (reader_.joinable()) reader_.join();
}

std::size_t PeerProcess::lineCount() const {
  std::lock_guard lock(mutex_);
  return lines_.size();
}

std::vector<std::string> PeerProcess::lines(std::size_t from) const {
  std::lock_guard lock(mutex_);
  if (from >= lines_.size()) return {};
  return {lines_.begin() + static_cast<std::ptrdiff_t>(from), lines_.end()};
}

bool PeerProcess::waitFor(std::size_t from,
                          const std::function<bool(const std::vector<std::string>&)>& done,
                          std::chrono::milliseconds timeout) const {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::unique_lock lock(mutex_);
  while (true) {
    std::vector<std::string> since;
    if (from < lines_.size())
      since.assign(lines_.begin() + static_cast<std::ptrdiff_t>(from), lines_.end());
    if (done(since)) return true;
    if (eof_) return false;
    if (grew_.wait_until(lock, deadline) == std::cv_status::timeout) {
      since.clear();
      if (from < lines_.size())
        since.assign(lines_.begin() + static_cast<std::ptrdiff_t>(from), lines_.end());
      return done(since);
    }
  }
}

std::string PeerProcess::tail(std::size_t count) const {
  std::ostringstream out;
  {
    std::lock_guard lock(mutex_);
    out << "peer pid " << pid_ << ", " << lines_.size() << " lines on stdout, last:\n";
    std::size_t first = lines_.size() > count ? lines_.size() - count : 0;
    for (std::size_t i = first; i < lines_.size(); ++i) out << "  | " << lines_[i] << "\n";
  }
  std::ifstream err(stderrPath_);
  std::vector<std::string> errLines;
  for (std::string line; std::getline(err, line);) errLines.push_back(line);
  out << "stderr (" << stderrPath_ << "), last:\n";
  std::size_t first = errLines.size() > count * 3 ? errLines.size() - count * 3 : 0;
  for (std::size_t i = first; i < errLines.size(); ++i) out << "  ! " << errLines[i] << "\n";
  return out.str();
}

bool endsWithRun(const std::vector<std::string>& lines, const std::string& line, std::size_t n) {
  if (lines.size() < n) return false;
  for (std::size_t i = lines.size() - n; i < lines.size(); ++i)
    if (lines[i] != line) return false;
  return true;
}

}  // namespace meshdesk::integration
