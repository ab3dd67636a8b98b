#include "system/worker_priority.h"

#include <QTimer>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace meshdesk::app {

namespace {
long currentThread() { return static_cast<long>(::syscall(SYS_gettid)); }
}  // namespace

WorkerPriority::WorkerPriority(int niceness, QObject* parent)
    : QObject(parent), guiThread_(currentThread()), niceness_(niceness), timer_(new QTimer(this)) {
  timer_->setInterval(1000);
  connect(timer_, &QTimer::timeout, this, [this] { sweep(); });
  timer_->start();
  sweep();
}

int WorkerPriority::sweep() {
  errno = 0;
  const int base = ::getpriority(PRIO_PROCESS, static_cast<id_t>(guiThread_));
  if (errno != 0) return 0;
  int changed = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/task", error)) {
    const long tid = std::strtol(entry.path().filename().c_str(), nullptr, 10);
    if (tid <= 0 || tid == guiThread_) continue;
    errno = 0;
    const int now = ::getpriority(PRIO_PROCESS, static_cast<id_t>(tid));
    // Gone already, or lowered before (by us or by whoever made it): leave it.
    if (errno != 0 || now >= base + niceness_) continue;
    if (::setpriority(PRIO_PROCESS, static_cast<id_t>(tid), base + niceness_) == 0) ++changed;
  }
  return changed;
}

void WorkerPriority::lowerCurrentThread() {
  errno = 0;
  const int base = ::getpriority(PRIO_PROCESS, static_cast<id_t>(::getpid()));
  const long self = currentThread();
  if (errno != 0 || self == ::getpid()) return;
  errno = 0;
  const int now = ::getpriority(PRIO_PROCESS, static_cast<id_t>(self));
  if (errno == 0 && now < base + kConsoleNiceness)
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(self), base + kConsoleNiceness);
}

}  // namespace meshdesk::app
