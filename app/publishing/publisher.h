#pragma once
// Runs the control plane's slow calls (starting, publishing, rolling back) on a worker thread,
// one at a time in the order asked, so the window never waits for a publish however large the
// workspace or the fleet. Each result comes back on the GUI thread as a signal.

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

#include "controlplane/publish_outcome.h"
#include "workspace/workspace.h"

namespace meshdesk::controlplane {
class ControlPlane;
}

namespace meshdesk::app {

class Publisher : public QObject {
  Q_OBJECT

 public:
  explicit Publisher(controlplane::ControlPlane& plane, QObject* parent = nullptr);
  ~Publisher() override;

  controlplane::ControlPlane& plane() const { return plane_; }

  // Starts the servers and publishes the workspace file; started() follows.
  void start();
  // Publishes `workspace` to every proxy, or with `group` set to that node group only.
  void publish(std::shared_ptr<const workspace::Workspace> workspace, const QString& message,
               const QString& group = {});
  void rollback(int sequence, const QString& message = {});
  // Requests made and not yet answered.
  int pending() const { return pending_; }

 signals:
  void started(bool ok, const QString& error);
  // `group` is empty for a publish to every proxy; `rollback` is the version restored, or 0.
  void finished(const meshdesk::controlplane::PublishOutcome& outcome, const QString& group,
                int rollback);

 private:
  template <typename Work>
  void run(Work work);

  controlplane::ControlPlane& plane_;
  QThreadPool worker_;
  int pending_ = 0;
};

}  // namespace meshdesk::app
