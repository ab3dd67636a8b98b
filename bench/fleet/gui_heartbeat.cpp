#include "gui_heartbeat.h"

#include <time.h>

#include <algorithm>

namespace meshdesk::bench {

namespace {
qint64 threadCpuNs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}
}  // namespace

GuiHeartbeat::GuiHeartbeat(QObject* parent) : QObject(parent) {
  timer_.setTimerType(Qt::PreciseTimer);
  timer_.setInterval(10);
  connect(&timer_, &QTimer::timeout, this, [this] { beat(); });
  clock_.start();
  lastCpu_ = threadCpuNs();
  timer_.start();
}

void GuiHeartbeat::beat() {
  const qint64 now = clock_.nsecsElapsed();
  const qint64 cpu = threadCpuNs();
  if (last_ >= 0) {
    const double gap = (now - last_) / 1e6;
    const double used = (cpu - lastCpu_) / 1e6;
    gaps_.push_back(gap);
    if (gap > worst_) {
      worst_ = gap;
      worstGapCpu_ = used;
    }
    worstCpu_ = std::max(worstCpu_, used);
    windowCpu_ = std::max(windowCpu_, used);
    if (gap > 50) ++totalStalls_;
    if (used > 50) {
      ++totalBusy_;
      ++windowBusy_;
    }
  }
  last_ = now;
  lastCpu_ = cpu;
}

GuiHeartbeat::Window GuiHeartbeat::take() {
  Window w;
  w.ticks = static_cast<int>(gaps_.size());
  if (!gaps_.empty()) {
    std::sort(gaps_.begin(), gaps_.end());
    w.maxGapMs = gaps_.back();
    w.p99GapMs = gaps_[std::min(gaps_.size() - 1, gaps_.size() * 99 / 100)];
    w.stallsOver50ms = static_cast<int>(std::count_if(gaps_.begin(), gaps_.end(), [](double g) { return g > 50; }));
  }
  w.maxCpuMs = windowCpu_;
  w.busyStalls = windowBusy_;
  windowCpu_ = 0;
  windowBusy_ = 0;
  gaps_.clear();
  return w;
}

}  // namespace meshdesk::bench
