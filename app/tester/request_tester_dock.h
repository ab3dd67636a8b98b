#pragma once
// The "Request Tester" pane: type a request (host, method, path, headers, the model of an AI
// request) and see which listener, virtual host, route and clusters it reaches in the edited
// workspace, with core's trace of why; the route and its clusters light up in the navigator.
// Evaluation runs on a worker (indexing 10,000 routes is not for the GUI thread); the index is
// kept until the workspace changes.
//
// The workspace is evaluated as Envoy gets it, AI routes compiled in (ai::withCompiledAiRoutes):
// for a model (in the body field, or a header such as x-ai-model) the answer names the AI route
// and its backends with their shares and fallbacks, and the AI route lights up in the navigator.

#include <QDockWidget>
#include <QFutureWatcher>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "routing/route_decision.h"
#include "routing/route_evaluator.h"
#include "routing/test_request.h"
#include "workspace/resource_tree.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace meshdesk::app {

class AiClusterIndex;
struct AiBackendReach;
class WorkspaceDocument;

class RequestTesterDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit RequestTesterDock(WorkspaceDocument& document, QWidget* parent = nullptr);
  ~RequestTesterDock() override;

  // The request as the form says.
  routing::TestRequest request() const;
  void setRequest(const QString& host, const QString& path, const QString& headers = {},
                  const QString& model = {});
  // Evaluates the request; decided() follows.
  void evaluate();
  QString resultText() const;
  QLineEdit* host() const { return host_; }

 signals:
  // The decision and the rows it lights up (route, then clusters).
  void decided(const meshdesk::routing::RouteDecision& decision,
               const QList<meshdesk::app::ResourceRef>& refs);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();

  // What the evaluator was built from: the workspace with its AI routes compiled in.
  struct Served {
    routing::RouteEvaluator evaluator;
    std::shared_ptr<const AiClusterIndex> ai;
    // For each route configuration: how many AI routes the compiler put first in each virtual
    // host, so a decision's route index can be named in the user's own routes.
    std::map<std::string, std::vector<int>> aiRoutesAhead;
  };
  struct Answer {
    routing::RouteDecision decision;
    std::shared_ptr<const Served> served;
    quint64 revision = 0;
  };

  void showDecision(const routing::RouteDecision& decision, const Served& served);
  static std::shared_ptr<const Served> serve(const workspace::Workspace& workspace);

  WorkspaceDocument& document_;
  QComboBox* listener_;
  QLineEdit* host_;
  QComboBox* method_;
  QLineEdit* path_;
  QPlainTextEdit* headers_;
  QLineEdit* model_;
  QPushButton* run_;
  QLabel* summary_;
  QPlainTextEdit* trace_;
  QLabel* labels_[6];
  std::shared_ptr<const Served> served_;
  quint64 servedRevision_ = 0;
  QFutureWatcher<Answer> watcher_;
};

}  // namespace meshdesk::app

Q_DECLARE_METATYPE(meshdesk::routing::RouteDecision)
