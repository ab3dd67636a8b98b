#include "lab/envoy_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <thread>

extern char** environ;

namespace meshdesk::lab {

namespace {
bool executable(const std::string& path) {
  struct stat st;
  return !path.empty() && ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
         ::access(path.c_str(), X_OK) == 0;
}
}  // namespace

std::optional<std::string> findEnvoy(const std::string& configured) {
  if (!configured.empty()) {
    if (executable(configured)) return configured;
    return std::nullopt;
  }
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
  std::size_t start = 0;
  while (start <= dirs.size()) {
    auto end = dirs.find(':', start);
    // An empty entry means the current directory, as for execvp.
    std::string candidate =
        end == start ? std::string("./envoy")
                     : dirs.substr(start, end == std::string::npos ? std::string::npos : end - start) + "/envoy";
    if (executable(candidate)) return candidate;
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return std::nullopt;
}

std::vector<std::string> EnvoyCommand::argv() const {
  // No hot restart: each lab Envoy is its own process with no shared memory to collide on.
  std::vector<std::string> out{binary, "-c", bootstrapPath, "--log-level", logLevel,
                               "--disable-hot-restart"};
  out.insert(out.end(), extraArgs.begin(), extraArgs.end());
  return out;
}

EnvoyProcess::~EnvoyProcess() {
  if (pid_ > 0) stop(std::chrono::seconds(2));
}

bool EnvoyProcess::start(const EnvoyCommand& command, std::string* error) {
  auto fail = [&](std::string why) {
    if (error) *error = std::move(why);
    return false;
  };
  if (pid_ > 0 && running()) return fail("it is already running (pid " + std::to_string(pid_) + ")");
  if (!executable(command.binary)) return fail(command.binary + ": not an executable file");
  int log = ::open(command.logPath.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (log < 0) return fail(command.logPath + ": " + std::strerror(errno));

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, log, 1);
  posix_spawn_file_actions_adddup2(&actions, log, 2);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  // Its own process group, so a Ctrl+C in the terminal that runs the console does not reach it
  // before the console has stopped it in order.
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attr, 0);

  std::vector<std::string> args = command.argv();
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  int rc = ::posix_spawn(&pid, command.binary.c_str(), &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  ::close(log);
  if (rc != 0) return fail(command.binary + ": " + std::strerror(rc));
  pid_ = pid;
  ending_.clear();
  return true;
}

bool EnvoyProcess::reap(bool wait) {
  if (pid_ <= 0) return true;
  int status = 0;
  pid_t r = ::waitpid(pid_, &status, wait ? 0 : WNOHANG);
  if (r == 0) return false;
  if (r < 0) {
    ending_ = "gone (" + std::string(std::strerror(errno)) + ")";
  } else if (WIFEXITED(status)) {
    ending_ = "exited with " + std::to_string(WEXITSTATUS(status));
  } else if (WIFSIGNALED(status)) {
    ending_ = "killed by signal " + std::to_string(WTERMSIG(status));
  }
  pid_ = -1;
  return true;
}

bool EnvoyProcess::running() { return pid_ > 0 && !reap(false); }

std::string EnvoyProcess::stop(std::chrono::milliseconds grace) {
  if (!running()) return ending_;
  ::kill(pid_, SIGTERM);
  const auto deadline = std::chrono::steady_clock::now() + grace;
  while (std::chrono::steady_clock::now() < deadline) {
    if (reap(false)) return ending_;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ::kill(pid_, SIGKILL);
  reap(true);
  return ending_;
}

std::string tailOfFile(const std::string& path, std::size_t maxBytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  const std::streamoff from = size > static_cast<std::streamoff>(maxBytes) ? size - maxBytes : 0;
  in.seekg(from);
  std::string text(static_cast<std::size_t>(size - from), '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (from > 0) {
    auto newline = text.find('\n');
    text.erase(0, newline == std::string::npos ? 0 : newline + 1);
  }
  return text;
}

}  // namespace meshdesk::lab
