#include "workspace/workspace_loader.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include "system/worker_priority.h"
#include "workspace/import.h"

namespace meshdesk::app {

WorkspaceLoader::WorkspaceLoader(QObject* parent) : QObject(parent) {
  qRegisterMetaType<OpenedWorkspace>();
  worker_.setMaxThreadCount(1);  // one at a time, in order
  worker_.setObjectName(QStringLiteral("WorkspaceLoader"));
}

WorkspaceLoader::~WorkspaceLoader() {
  worker_.clear();
  worker_.waitForDone();
}

void WorkspaceLoader::open(const QString& path) { run(path, false); }

void WorkspaceLoader::import(const QString& path) { run(path, true); }

void WorkspaceLoader::run(const QString& path, bool import) {
  ++pending_;
  worker_.start([this, path, import] {
    // The read keeps both cores busy (it parses a large file in two pieces): below the GUI thread.
    WorkerPriority::lowerCurrentThread();
    QElapsedTimer timer;
    timer.start();
    OpenedWorkspace result;
    result.path = path;
    result.imported = import;
    if (import) {
      workspace::ImportResult imported = workspace::importEnvoyFile(path.toStdString());
      result.errors = std::move(imported.errors);
      for (const auto& note : imported.notes) result.notes << QString::fromStdString(note);
      result.workspace = std::make_shared<const workspace::Workspace>(std::move(imported.workspace));
    } else {
      workspace::LoadResult loaded = workspace::Workspace::load(path.toStdString());
      result.errors = std::move(loaded.errors);
      result.workspace = std::make_shared<const workspace::Workspace>(std::move(loaded.workspace));
    }
    result.elapsedMs = timer.elapsed();
    QMetaObject::invokeMethod(
        this,
        [this, result = std::move(result)]() mutable {
          --pending_;
          emit opened(result);
          // Whoever needed the workspace has copied it or kept a reference. Freeing a large one
          // (10,000 routes) takes a tenth of a second, and it was made on the worker, so it is
          // released there too.
          worker_.start([workspace = std::move(result.workspace)]() mutable { workspace.reset(); });
        },
        Qt::QueuedConnection);
  });
}

}  // namespace meshdesk::app
