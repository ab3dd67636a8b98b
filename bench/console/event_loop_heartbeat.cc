#include "event_loop_heartbeat.h"

#include <time.h>

#include <algorithm>
#include <cstdio>

namespace meshdesk::bench {

namespace {
qint64 threadCpuNs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// Time this thread has spent runnable but waiting for a core (Linux schedstat, second field).
qint64 threadRunDelayNs() {
  std::FILE* file = std::fopen("/proc/thread-self/schedstat", "r");
  if (file == nullptr) return 0;
  unsigned long long running = 0, waiting = 0;
  const int read = std::fscanf(file, "%llu %llu", &running, &waiting);
  std::fclose(file);
  return read == 2 ? static_cast<qint64>(waiting) : 0;
}
}  // namespace

EventLoopHeartbeat::EventLoopHeartbeat(QObject* parent) : QObject(parent) {
  timer_.setTimerType(Qt::PreciseTimer);
  timer_.setInterval(kIntervalMs);
  connect(&timer_, &QTimer::timeout, this, [this] { beat(); });
  clock_.start();
  lastCpu_ = threadCpuNs();
  lastDelay_ = threadRunDelayNs();
  timer_.start();
}

void EventLoopHeartbeat::beat() {
  const qint64 now = clock_.nsecsElapsed();
  const qint64 cpu = threadCpuNs();
  const qint64 delay = threadRunDelayNs();
  if (last_ >= 0) {
    const double gap = double(now - last_) / 1e6;
    const double used = double(cpu - lastCpu_) / 1e6;
    gaps_.push_back(gap);
    if (gap > window_.maxGapMs) {
      window_.maxGapMs = gap;
      window_.cpuInMaxGapMs = used;
      window_.waitInMaxGapMs = double(delay - lastDelay_) / 1e6;
    }
    window_.maxCpuMs = std::max(window_.maxCpuMs, used);
  }
  last_ = now;
  lastCpu_ = cpu;
  lastDelay_ = delay;
}

EventLoopHeartbeat::Stalls EventLoopHeartbeat::take() {
  Stalls out = window_;
  out.ticks = static_cast<int>(gaps_.size());
  if (!gaps_.empty()) {
    std::sort(gaps_.begin(), gaps_.end());
    out.p99GapMs = gaps_[std::min(gaps_.size() - 1, gaps_.size() * 99 / 100)];
    out.over50ms = static_cast<int>(std::count_if(gaps_.begin(), gaps_.end(), [](double g) { return g > 50; }));
  }
  gaps_.clear();
  window_ = {};
  last_ = -1;  // the next window starts at its first tick, not at this window's last
  return out;
}

}  // namespace meshdesk::bench
