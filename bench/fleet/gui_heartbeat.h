#pragma once
// How responsive the GUI thread is: a 10 ms timer on it notes the gap between its ticks. A gap
// well over 10 ms is time the event loop spent on something else (a stall the user feels).
//
// Each gap is also measured in the GUI thread's own CPU time, which tells the two kinds of
// stall apart on a busy machine: a gap the thread spent computing is the console's doing; a
// gap it spent waiting for a core is the machine's.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace meshdesk::bench {

class GuiHeartbeat : public QObject {
 public:
  explicit GuiHeartbeat(QObject* parent = nullptr);

  struct Window {
    double maxGapMs = 0;
    int stallsOver50ms = 0;
    int ticks = 0;
    double p99GapMs = 0;
    double maxCpuMs = 0;   // most GUI-thread CPU time within one gap
    int busyStalls = 0;    // gaps with more than 50 ms of GUI-thread CPU time
  };
  // What was seen since the last call; starts a new window.
  Window take();
  // Over the whole run.
  double worstGapMs() const { return worst_; }
  int totalStalls() const { return totalStalls_; }
  double worstCpuMs() const { return worstCpu_; }
  // The GUI thread's own CPU time within the worst gap (the rest it was waiting).
  double worstGapCpuMs() const { return worstGapCpu_; }
  int totalBusyStalls() const { return totalBusy_; }

 private:
  void beat();
  QTimer timer_;
  QElapsedTimer clock_;
  qint64 last_ = -1;
  qint64 lastCpu_ = 0;
  std::vector<double> gaps_;
  double worst_ = 0, worstGapCpu_ = 0, worstCpu_ = 0, windowCpu_ = 0;
  int totalStalls_ = 0, totalBusy_ = 0, windowBusy_ = 0;
};

}  // namespace meshdesk::bench
