#pragma once
// How long the console's event loop goes without turning: a precise 5 ms timer on the GUI thread
// notes the gap between its ticks. A gap well over 5 ms is time the loop spent on something else,
// which the user feels as a stall once it passes ~50 ms.
//
// Each gap is also split by what the GUI thread did in it: computed (its CPU time: the console's
// doing), waited for a core while ready (the scheduler's run delay: the machine's doing), or
// neither (blocked: waiting on a lock or I/O).

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace meshdesk::bench {

class EventLoopHeartbeat : public QObject {
 public:
  static constexpr int kIntervalMs = 5;

  explicit EventLoopHeartbeat(QObject* parent = nullptr);

  struct Stalls {
    double maxGapMs = 0;
    double p99GapMs = 0;
    int over50ms = 0;
    int ticks = 0;
    double cpuInMaxGapMs = 0;  // GUI-thread CPU time within the longest gap
    double waitInMaxGapMs = 0;  // time within it the thread was ready but had no core
    double maxCpuMs = 0;       // most GUI-thread CPU time within any one gap
  };
  // The gaps since the previous take(); starts a new window (so time the caller blocks the loop
  // itself between windows is not counted).
  Stalls take();

 private:
  void beat();

  QTimer timer_;
  QElapsedTimer clock_;
  qint64 last_ = -1;
  qint64 lastCpu_ = 0;
  qint64 lastDelay_ = 0;
  std::vector<double> gaps_;
  Stalls window_;
};

}  // namespace meshdesk::bench
