#pragma once
// Reading a workspace file, or importing an Envoy configuration, on a worker thread so that a
// large file never freezes the window. Requests run one at a time in the order made, so the
// results arrive in that order too. Nothing is published here: publishing is the Review and
// Publish step.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <memory>
#include <vector>

#include "workspace/workspace.h"

namespace meshdesk::app {

struct OpenedWorkspace {
  QString path;
  // What could be read, also when there are errors; null only if nothing could be.
  std::shared_ptr<const workspace::Workspace> workspace;
  std::vector<workspace::WorkspaceError> errors;
  // An Envoy bootstrap or config dump made into a workspace (it has no workspace file yet).
  bool imported = false;
  // What the import left out or changed, one sentence each.
  QStringList notes;
  qint64 elapsedMs = 0;
};

class WorkspaceLoader : public QObject {
  Q_OBJECT

 public:
  explicit WorkspaceLoader(QObject* parent = nullptr);
  ~WorkspaceLoader() override;

  // Returns at once; opened() follows on this object's thread.
  void open(const QString& path);
  // An Envoy bootstrap or /config_dump (YAML or JSON); opened() follows with imported set.
  void import(const QString& path);
  int pending() const { return pending_; }

 signals:
  void opened(const meshdesk::app::OpenedWorkspace& result);

 private:
  void run(const QString& path, bool import);

  QThreadPool worker_;
  int pending_ = 0;
};

}  // namespace meshdesk::app

Q_DECLARE_METATYPE(meshdesk::app::OpenedWorkspace)
