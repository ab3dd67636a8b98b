#include "validation/validation_runner.h"

#include <QtConcurrent/QtConcurrentRun>

#include "document/workspace_document.h"
#include "validate/validate.h"

namespace meshdesk::app {

ValidationRunner::ValidationRunner(WorkspaceDocument& document, QObject* parent)
    : QObject(parent), document_(document) {
  pause_.setSingleShot(true);
  pause_.setInterval(300);
  connect(&pause_, &QTimer::timeout, this, &ValidationRunner::start);
  connect(&document_, &WorkspaceDocument::changed, &pause_, qOverload<>(&QTimer::start));
  connect(&watcher_, &QFutureWatcher<std::vector<validate::Finding>>::finished, this, [this] {
    const quint64 of = running_;
    if (of == document_.revision()) {
      findings_ = watcher_.result();
      revision_ = of;
      emit findingsReady(findings_);
    }
    if (again_ || of != document_.revision()) {
      again_ = false;
      start();
    }
  });
}

ValidationRunner::~ValidationRunner() { watcher_.waitForFinished(); }

void ValidationRunner::runNow() {
  pause_.stop();
  start();
}

void ValidationRunner::start() {
  if (watcher_.isRunning()) {
    again_ = true;
    return;
  }
  running_ = document_.revision();
  auto snapshot = document_.snapshot();
  auto loadErrors = document_.loadErrors();
  watcher_.setFuture(QtConcurrent::run([snapshot, loadErrors] {
    std::vector<validate::Finding> findings = validate::findingsFromLoadErrors(loadErrors);
    std::vector<validate::Finding> more = validate::validate(*snapshot);
    findings.insert(findings.end(), std::make_move_iterator(more.begin()),
                    std::make_move_iterator(more.end()));
    validate::sortByPlace(findings);
    return findings;
  }));
}

}  // namespace meshdesk::app
