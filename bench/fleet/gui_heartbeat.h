#pragma once
// How responsive the GUI thread is: a 10 ms timer on it notes the gap between its ticks. A gap
// well over 10 ms is time the event loop spent on something else (a stall the user feels).

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
  };
  // What was seen since the last call; starts a new window.
  Window take();
  // Over the whole run.
  double worstGapMs() const { return worst_; }
  int totalStalls() const { return totalStalls_; }

 private:
  void beat();
  QTimer timer_;
  QElapsedTimer clock_;
  qint64 last_ = -1;
  std::vector<double> gaps_;
  double worst_ = 0;
  int totalStalls_ = 0;
};

}  // namespace meshdesk::bench
