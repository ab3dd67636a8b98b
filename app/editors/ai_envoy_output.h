#pragma once
// What Envoy gets from one AI route, read-only: the compiler's output for that route (the
// listeners and route configurations it changes, the clusters it makes, the ModelRoute that
// subscribers get) and its errors and warnings. The whole workspace is compiled, because an AI
// route joins a listener and virtual host of it; that runs on a worker a moment after the last
// edit, and a result older than the workspace is dropped.

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <string>
#include <vector>

#include "workspace/workspace.h"

class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;

namespace meshdesk::app {

class WorkspaceDocument;

// The compiler's answer for one route.
struct AiRouteOutput {
  QString yaml;  // ai::compiledToYaml of the route's part, without its problems
  struct Problem {
    bool error = true;
    QString field;    // relative to the route: "backends[1].host"; "" for the route
    QString message;
    int line = 0;
  };
  std::vector<Problem> problems;
  quint64 revision = 0;
};

// Compiles `ws` and keeps the part of AI route `index` (named `name`).
AiRouteOutput aiRouteOutput(const workspace::Workspace& ws, int index, const std::string& name);

class AiEnvoyOutput : public QWidget {
  Q_OBJECT

 public:
  explicit AiEnvoyOutput(WorkspaceDocument& document, QWidget* parent = nullptr);
  ~AiEnvoyOutput() override;

  // The route shown: its place in `ai_routes` and its name. Compiles soon.
  void setRoute(int index, const QString& name);
  // Compiles now (after a run in progress); shown() follows.
  void compileNow();

  QString text() const;
  QStringList problems() const;
  QPlainTextEdit* textView() const { return text_; }
  QListWidget* problemList() const { return problems_; }
  // The output shown is of the workspace as it is now.
  bool current() const;

 signals:
  // After each result is shown.
  void shown();
  // A problem was activated: the field it is about, relative to the route.
  void fieldActivated(const QString& field);

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void start();
  void display(const AiRouteOutput& output);

  WorkspaceDocument& document_;
  int index_ = -1;
  QString name_;
  quint64 shownRevision_ = 0;
  QPlainTextEdit* text_;
  QListWidget* problems_;
  QTimer pause_;
  QFutureWatcher<AiRouteOutput> watcher_;
  bool again_ = false;
};

}  // namespace meshdesk::app
