#pragma once
// How the console's event loop holds up while N real ADS streams are connected and the console
// publishes to them: the proxies (simulated, in a child process) connect, then the console edits
// and publishes a few times, each publish waited for until every proxy has ACKed it. A 5 ms
// heartbeat on the GUI thread records the longest gap in each phase.

#include <QString>

#include <vector>

#include "event_loop_heartbeat.h"

namespace meshdesk::app {
class MainWindow;
}
namespace meshdesk::controlplane {
class ControlPlane;
}

namespace meshdesk::bench {

struct PhaseFigures {
  QString name;        // "connect", "publish v2", ...
  double seconds = 0;  // until every proxy held what was served
  EventLoopHeartbeat::Stalls stalls;
  bool done = false;   // false: the deadline passed first
};

struct StallFigures {
  int proxies = 0;
  std::vector<PhaseFigures> phases;
  QString error;
};

// `self` is this benchmark's program (started again with --serve-proxies).
StallFigures measurePublishStalls(app::MainWindow& window, controlplane::ControlPlane& plane,
                                  const QString& self, int proxies, int niceness, int publishes,
                                  int deadlineSeconds);

}  // namespace meshdesk::bench
