#pragma once
// Live validation: a short pause after the last edit, core's validate() runs on a worker over
// the document's snapshot, and the findings come back to the GUI thread. A result for a
// revision that has been edited since is dropped, so what is shown is never older than what
// the user sees (and a run is never started for every keystroke).

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <vector>

#include "validate/finding.h"

namespace meshdesk::app {

class WorkspaceDocument;

class ValidationRunner : public QObject {
  Q_OBJECT

 public:
  explicit ValidationRunner(WorkspaceDocument& document, QObject* parent = nullptr);
  ~ValidationRunner() override;

  void setDelay(int milliseconds) { pause_.setInterval(milliseconds); }
  // Validates now (after any run in progress).
  void runNow();
  const std::vector<validate::Finding>& findings() const { return findings_; }
  // The revision the findings are of; 0 before the first run.
  quint64 revision() const { return revision_; }
  bool running() const { return watcher_.isRunning(); }

 signals:
  void findingsReady(const std::vector<meshdesk::validate::Finding>& findings);

 private:
  void start();

  WorkspaceDocument& document_;
  QTimer pause_;
  QFutureWatcher<std::vector<validate::Finding>> watcher_;
  quint64 running_ = 0;
  quint64 revision_ = 0;
  bool again_ = false;
  std::vector<validate::Finding> findings_;
};

}  // namespace meshdesk::app
