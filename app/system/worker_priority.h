#pragma once
// Keeps the console's other threads (gRPC's, the control plane's push and watch threads, the
// lab's proxies, Qt's thread pool) one notch below the GUI thread in the scheduler's eyes.
//
// On a two-core workstation serving thousands of streams, those threads are runnable most of
// the time during a publish; at equal priority the GUI thread, waking for its next event, can
// wait 100 ms and more for a core (docs/console.md measured it). A higher nice value on the
// workers needs no privilege, and Linux gives a new thread its creator's nice value, so threads
// that gRPC starts later from its own threads follow; a periodic sweep catches the rest.

#include <QObject>

class QTimer;

namespace meshdesk::app {

class WorkerPriority : public QObject {
  Q_OBJECT

 public:
  // How far below the GUI thread the console puts the others (docs/console.md, (b)).
  static constexpr int kConsoleNiceness = 5;

  // Must be made on the GUI thread: that is the thread left alone.
  explicit WorkerPriority(int niceness, QObject* parent = nullptr);

  // Lowers every other thread of the process still at the GUI thread's priority. Returns how
  // many it changed. Runs once a second by itself.
  int sweep();

  int niceness() const { return niceness_; }

  // Lowers the calling thread to kConsoleNiceness below the process's main thread at once, for
  // work that starts before the next sweep (a workspace read on a fresh pool thread; threads it
  // starts inherit the value).
  static void lowerCurrentThread();

 private:
  long guiThread_;
  int niceness_;
  QTimer* timer_;
};

}  // namespace meshdesk::app
