#include "controlplane/workspace_watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <filesystem>

namespace meshdesk::controlplane {

WorkspaceWatcher::WorkspaceWatcher(std::string file, std::function<void()> changed,
                                   int quietMilliseconds)
    : file_(std::filesystem::absolute(file).string()),
      changed_(std::move(changed)),
      quietMs_(quietMilliseconds) {
  inotify_ = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  if (pipe(stopPipe_) != 0) stopPipe_[0] = stopPipe_[1] = -1;
  auto dir = std::filesystem::path(file_).parent_path().string();
  if (inotify_ >= 0)
    inotify_add_watch(inotify_, dir.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE);
  thread_ = std::thread([this] { run(); });
}

WorkspaceWatcher::~WorkspaceWatcher() {
  if (stopPipe_[1] >= 0) (void)!write(stopPipe_[1], "x", 1);
  if (thread_.joinable()) thread_.join();
  for (int fd : {inotify_, stopPipe_[0], stopPipe_[1]})
    if (fd >= 0) close(fd);
}

void WorkspaceWatcher::run() {
  const std::string name = std::filesystem::path(file_).filename().string();
  bool pending = false;
  while (true) {
    pollfd fds[2] = {{inotify_, POLLIN, 0}, {stopPipe_[0], POLLIN, 0}};
    int ready = poll(fds, 2, pending ? quietMs_ : -1);
    if (ready < 0) continue;
    if (fds[1].revents) return;
    if (ready == 0) {
      // Quiet since the last event: the file is settled.
      pending = false;
      changed_();
      continue;
    }
    alignas(inotify_event) char buffer[4096];
    ssize_t n;
    while ((n = read(inotify_, buffer, sizeof buffer)) > 0) {
      for (char* p = buffer; p < buffer + n;) {
        auto* event = reinterpret_cast<inotify_event*>(p);
        if (event->len > 0 && name == event->name) pending = true;
        p += sizeof(inotify_event) + event->len;
      }
    }
  }
}

}  // namespace meshdesk::controlplane
