#pragma once
// The console's main window, after Wireshark's: dock panes around a central editor, a status bar
// instead of pop-ups, everything reachable from the keyboard.
//
//   Resources (left)        the edited workspace as a tree; drag and drop, new, delete, ...
//   editor (centre)         the selected resource as a form beside its YAML
//   Validation (bottom)     core's findings, live as the user edits
//   Fleet, Log (bottom)     connected proxies and their sync status; the console's messages
//   History, Request Tester (right)
//
// Publishing goes through Review and Publish (Ctrl+Shift+P) to the embedded control plane, on a
// worker; the status bar shows the live version, the validation state, where the xDS server
// listens and how many proxies are connected.

#include <QMainWindow>

#include <memory>
#include <vector>

#include "validate/finding.h"
#include "workspace/resource_tree.h"

class QLabel;
class QActionGroup;

namespace meshdesk::controlplane {
class ControlPlane;
struct PublishOutcome;
}  // namespace meshdesk::controlplane
namespace meshdesk::fleet {
struct FleetBatch;
}
namespace meshdesk::workspace {
class Workspace;
}

namespace meshdesk::app {

class CoreBridge;
class EditorPanel;
class FleetDock;
class FleetMonitor;
class FleetTableModel;
class HistoryDock;
class LogDock;
class MessageLog;
class Publisher;
class RequestTesterDock;
class ResourcesDock;
class Translations;
class ValidationDock;
class ValidationRunner;
class WorkspaceDocument;
class WorkspaceLoader;
struct FindingPlace;
struct OpenedWorkspace;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  // Edits are published into `plane` (started or not: see startControlPlane()); `log` feeds the
  // Log pane.
  MainWindow(controlplane::ControlPlane& plane, MessageLog& log, QWidget* parent = nullptr);
  ~MainWindow() override;

  // Starts the control plane's servers on a worker (it publishes its workspace file);
  // setServerStatus() follows with the outcome.
  void startControlPlane();
  // What the status bar says about the embedded xDS server. `error` empty means serving.
  void setServerStatus(const QString& address, const QString& error = {});
  // Reads the workspace in the background into the editor; workspaceOpened() follows.
  void openWorkspace(const QString& path);
  void importEnvoyConfig(const QString& path);
  // Saves the edited workspace (to `path`, or where it came from). Returns "" or why not.
  QString saveWorkspace(const QString& path = {});
  // Publishes the edited workspace to every proxy, or to `group`, on the publisher's worker;
  // published() follows.
  void publish(const QString& message, const QString& group = {});
  void rollback(int sequence);

  // The edited workspace, as of now.
  std::shared_ptr<const workspace::Workspace> workspace() const;
  QString workspacePath() const;

  // "en" or "de"; false for a language the console does not have.
  bool setLanguage(const QString& code);
  QString language() const;
  QStringList recentWorkspaces() const;

  WorkspaceDocument& document() const { return *document_; }
  FleetTableModel& fleetModel() const { return *fleetModel_; }
  FleetDock* fleetDock() const { return fleetDock_; }
  // The proxy details, charts, lab and canary panes and the Fleet menu.
  FleetMonitor* fleetMonitor() const { return fleetMonitor_; }
  LogDock* logDock() const { return logDock_; }
  ResourcesDock* resourcesDock() const { return resourcesDock_; }
  EditorPanel* editorPanel() const { return editorPanel_; }
  ValidationDock* validationDock() const { return validationDock_; }
  ValidationRunner* validation() const { return validation_; }
  HistoryDock* historyDock() const { return historyDock_; }
  RequestTesterDock* requestTester() const { return requestTester_; }
  Publisher* publisher() const { return publisher_; }
  CoreBridge* bridge() const { return bridge_; }
  QAction* publishAction() const { return publishAction_; }

 signals:
  // After a workspace was read (or imported) into the editor.
  void workspaceOpened(const meshdesk::app::OpenedWorkspace& result);
  // After a publish or rollback the user asked for.
  void published(const meshdesk::controlplane::PublishOutcome& outcome);

 protected:
  void changeEvent(QEvent* event) override;
  void closeEvent(QCloseEvent* event) override;

 private:
  void createActions();
  void createMenus();
  void createStatusBar();
  void installFleetPanes();
  void retranslate();
  void updateServerLabel();
  void updateProxyCount();
  void updateLiveLabel();
  void updateValidationLabel();
  void logFleetEvents(const fleet::FleetBatch& batch);
  void chooseWorkspace();
  void chooseImport();
  void saveAs();
  void exportWorkspace();
  void showOpenedWorkspace(const OpenedWorkspace& result);
  void showOutcome(const controlplane::PublishOutcome& outcome, const QString& group, int rollback);
  void reviewAndPublish();
  void goToFinding(const FindingPlace& place);
  void updateWindowTitle();
  void addRecent(const QString& path);
  void fillRecentMenu();
  void showPreferences();
  void showAbout();
  void restoreLayout();
  void saveLayout() const;
  void status(const QString& text, int milliseconds = 6000);

  controlplane::ControlPlane& plane_;
  Translations* translations_;
  CoreBridge* bridge_;
  WorkspaceDocument* document_;
  Publisher* publisher_;
  FleetTableModel* fleetModel_;
  FleetDock* fleetDock_;
  FleetMonitor* fleetMonitor_ = nullptr;
  LogDock* logDock_;
  ResourcesDock* resourcesDock_;
  EditorPanel* editorPanel_;
  ValidationRunner* validation_;
  ValidationDock* validationDock_;
  HistoryDock* historyDock_;
  RequestTesterDock* requestTester_;
  WorkspaceLoader* loader_;

  QString serverAddress_;
  QString serverError_;
  QLabel* serverLabel_;
  QLabel* proxiesLabel_;
  QLabel* liveLabel_;
  QLabel* validationLabel_;

  QMenu* fileMenu_;
  QMenu* recentMenu_;
  QMenu* editMenu_;
  QMenu* viewMenu_;
  QMenu* publishMenu_;
  QMenu* languageMenu_;
  QMenu* helpMenu_;
  QAction* openAction_;
  QAction* importAction_;
  QAction* saveAction_;
  QAction* saveAsAction_;
  QAction* exportAction_;
  QAction* quitAction_;
  QAction* undoAction_;
  QAction* redoAction_;
  QAction* findResourceAction_;
  QAction* preferencesAction_;
  QAction* findProxyAction_;
  QAction* publishAction_;
  QAction* validateAction_;
  QAction* testRequestAction_;
  QAction* aboutAction_;
  QActionGroup* languageGroup_;
};

}  // namespace meshdesk::app
