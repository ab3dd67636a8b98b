#include "gui_heartbeat.h"

#include <algorithm>

namespace meshdesk::bench {

GuiHeartbeat::GuiHeartbeat(QObject* parent) : QObject(parent) {
  timer_.setTimerType(Qt::PreciseTimer);
  timer_.setInterval(10);
  connect(&timer_, &QTimer::timeout, this, [this] { beat(); });
  clock_.start();
  timer_.start();
}

void GuiHeartbeat::beat() {
  const qint64 now = clock_.nsecsElapsed();
  if (last_ >= 0) {
    const double gap = (now - last_) / 1e6;
    gaps_.push_back(gap);
    worst_ = std::max(worst_, gap);
    if (gap > 50) ++totalStalls_;
  }
  last_ = now;
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
  gaps_.clear();
  return w;
}

}  // namespace meshdesk::bench
