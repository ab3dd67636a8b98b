#include "workspace/workspace_loader.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include "publish/publication.h"
#include "snapshot/snapshot_store.h"

namespace meshdesk::app {

WorkspaceLoader::WorkspaceLoader(snapshot::SnapshotStore& store, QObject* parent)
    : QObject(parent), store_(store) {
  qRegisterMetaType<OpenedWorkspace>();
  worker_.setMaxThreadCount(1);  // one at a time, in order
  worker_.setObjectName(QStringLiteral("WorkspaceLoader"));
}

WorkspaceLoader::~WorkspaceLoader() {
  // The tasks use store_; let the one running finish and drop the rest.
  worker_.clear();
  worker_.waitForDone();
}

void WorkspaceLoader::open(const QString& path) {
  ++pending_;
  worker_.start([this, path] {
    QElapsedTimer timer;
    timer.start();
    OpenedWorkspace result;
    result.path = path;
    workspace::LoadResult loaded = workspace::Workspace::load(path.toStdString());
    result.errors = std::move(loaded.errors);
    auto ws = std::make_shared<const workspace::Workspace>(std::move(loaded.workspace));
    if (result.errors.empty()) {
      const publish::Publication publication = publish::publish(*ws, store_);
      const auto def = publication.snapshots.find(snapshot::NodeGroups::kDefaultGroup);
      if (def != publication.snapshots.end()) {
        result.version = QString::fromStdString(def->second->version());
      }
      result.groups = static_cast<int>(publication.snapshots.size());
      result.published = true;
    }
    result.workspace = std::move(ws);
    result.elapsedMs = timer.elapsed();
    // The destructor waits for this task, so `this` is alive here; the queued call is dropped
    // if the loader is gone by the time the event loop would run it.
    QMetaObject::invokeMethod(
        this,
        [this, result = std::move(result)] {
          --pending_;
          emit opened(result);
        },
        Qt::QueuedConnection);
  });
}

}  // namespace meshdesk::app
