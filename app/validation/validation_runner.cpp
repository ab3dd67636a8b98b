#include "validation/validation_runner.h"

#include <QtConcurrent/QtConcurrentRun>

#include "ai/ai_compiler.h"
#include "document/workspace_document.h"
#include "editors/ai_compilation.h"
#include "validate/validate.h"

namespace meshdesk::app {

namespace {

// The AI route compiler's errors and warnings, as findings of rule "ai_route" about the route
// (by name) whose entry their path starts in: publishing refuses the same errors.
void addAiRouteFindings(const workspace::Workspace& ws, std::vector<validate::Finding>& findings) {
  if (ws.aiRoutes().empty()) return;
  const ai::CompiledAiRoutes compiled = compileAiRoutes(ws);
  for (const auto* list : {&compiled.errors, &compiled.warnings}) {
    for (const auto& e : *list) {
      validate::Finding f;
      f.severity = list == &compiled.errors ? validate::Severity::kError : validate::Severity::kWarning;
      f.rule = "ai_route";
      f.path = e.path;
      f.line = e.line;
      f.column = e.column;
      f.message = e.message;
      const std::size_t open = e.path.find('['), close = e.path.find(']');
      if (e.path.rfind("ai_routes[", 0) == 0 && close != std::string::npos) {
        const std::size_t index = std::stoul(e.path.substr(open + 1, close - open - 1));
        if (index < ws.aiRoutes().size()) f.resource = ws.aiRoutes()[index].name;
      }
      findings.push_back(std::move(f));
    }
  }
}

}  // namespace

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
    addAiRouteFindings(*snapshot, findings);
    validate::sortByPlace(findings);
    return findings;
  }));
}

}  // namespace meshdesk::app
