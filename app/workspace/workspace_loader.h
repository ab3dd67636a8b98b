#pragma once
// Opening a workspace: read and parse the YAML, and if it is sound publish it into the snapshot
// store, all on a worker thread so that a large workspace never freezes the window.
//
// Requests run one at a time in the order made, so the store always ends up serving the
// workspace opened last and the results arrive in that order too.

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <vector>

#include "workspace/workspace.h"

namespace meshdesk::snapshot {
class SnapshotStore;
}

namespace meshdesk::app {

struct OpenedWorkspace {
  QString path;
  // What could be read, also when there are errors; null only if nothing could be.
  std::shared_ptr<const workspace::Workspace> workspace;
  std::vector<workspace::WorkspaceError> errors;
  // Published only when there were no errors: half a workspace would take resources away from
  // proxies that still need them, so the store keeps serving what it served.
  bool published = false;
  // The default group's snapshot version and the number of node groups, when published.
  QString version;
  int groups = 0;
  qint64 elapsedMs = 0;
};

class WorkspaceLoader : public QObject {
  Q_OBJECT

 public:
  explicit WorkspaceLoader(snapshot::SnapshotStore& store, QObject* parent = nullptr);
  ~WorkspaceLoader() override;

  // Returns at once; opened() follows on this object's thread.
  void open(const QString& path);
  // Requests made and not yet reported.
  int pending() const { return pending_; }

 signals:
  void opened(const meshdesk::app::OpenedWorkspace& result);

 private:
  snapshot::SnapshotStore& store_;
  QThreadPool worker_;
  int pending_ = 0;
};

}  // namespace meshdesk::app

Q_DECLARE_METATYPE(meshdesk::app::OpenedWorkspace)
