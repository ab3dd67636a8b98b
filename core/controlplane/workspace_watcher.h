#pragma once
// Follows one file with inotify. Editors save in place (write, close) or write a temporary file
// and rename it over the original; watching the directory sees both. Bursts of events (an
// editor's write, chmod, rename) are settled for a short quiet time before `changed` runs, on
// the watcher's own thread.

#include <functional>
#include <string>
#include <thread>

namespace meshdesk::controlplane {

class WorkspaceWatcher {
 public:
  WorkspaceWatcher(std::string file, std::function<void()> changed,
                   int quietMilliseconds = 150);
  ~WorkspaceWatcher();
  WorkspaceWatcher(const WorkspaceWatcher&) = delete;
  WorkspaceWatcher& operator=(const WorkspaceWatcher&) = delete;

 private:
  void run();

  std::string file_;
  std::function<void()> changed_;
  int quietMs_;
  int inotify_ = -1;
  int stopPipe_[2] = {-1, -1};
  std::thread thread_;
};

}  // namespace meshdesk::controlplane
