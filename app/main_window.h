#pragma once
// The console's main window, after Wireshark's: dock panes around a central editor, a status bar
// instead of pop-ups, everything reachable from the keyboard.
//
//   Resources (left)  the workspace's resources as a tree
//   editor (centre)   the selected resource
//   Fleet (bottom)    connected proxies and their per-type sync status
//   Log (bottom)      the console's own messages
//
// The status bar always shows where the xDS server listens and how many proxies are connected.

#include <QMainWindow>

#include <memory>
#include <vector>

#include "workspace/workspace_error.h"

class QLabel;
class QActionGroup;

namespace meshdesk::fleet {
class FleetRegistry;
struct FleetBatch;
}  // namespace meshdesk::fleet
namespace meshdesk::snapshot {
class SnapshotStore;
}
namespace meshdesk::workspace {
class Workspace;
}

namespace meshdesk::app {

class CoreBridge;
class FleetDock;
class FleetTableModel;
class LogDock;
class MessageLog;
class ResourceView;
class ResourcesDock;
class Translations;
class WorkspaceLoader;
struct OpenedWorkspace;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  // `fleet` is shown; workspaces opened are published into `store`; `log` feeds the Log pane.
  MainWindow(fleet::FleetRegistry& fleet, snapshot::SnapshotStore& store, MessageLog& log,
             QWidget* parent = nullptr);
  ~MainWindow() override;

  // What the status bar says about the embedded xDS server. `error` empty means serving.
  void setServerStatus(const QString& address, const QString& error = {});
  // Loads and publishes the workspace in the background; workspaceOpened() follows.
  void openWorkspace(const QString& path);
  // The workspace shown, or null before the first one is read.
  std::shared_ptr<const workspace::Workspace> workspace() const { return workspace_; }
  QString workspacePath() const { return workspacePath_; }

  // "en" or "de"; false for a language the console does not have.
  bool setLanguage(const QString& code);
  QString language() const;

  FleetTableModel& fleetModel() const { return *fleetModel_; }
  FleetDock* fleetDock() const { return fleetDock_; }
  LogDock* logDock() const { return logDock_; }
  ResourcesDock* resourcesDock() const { return resourcesDock_; }
  ResourceView* resourceView() const { return resourceView_; }

 signals:
  // After a workspace was read (and, if it had no errors, published).
  void workspaceOpened(const meshdesk::app::OpenedWorkspace& result);

 protected:
  void changeEvent(QEvent* event) override;
  void closeEvent(QCloseEvent* event) override;

 private:
  void createActions();
  void createMenus();
  void createStatusBar();
  void retranslate();
  void updateServerLabel();
  void updateProxyCount();
  void logFleetEvents(const fleet::FleetBatch& batch);
  void chooseWorkspace();
  void showOpenedWorkspace(const OpenedWorkspace& result);
  void updateWindowTitle();
  void showPreferences();
  void showAbout();
  void restoreLayout();
  void saveLayout() const;

  Translations* translations_;
  CoreBridge* bridge_;
  FleetTableModel* fleetModel_;
  FleetDock* fleetDock_;
  LogDock* logDock_;
  ResourcesDock* resourcesDock_;
  ResourceView* resourceView_;
  WorkspaceLoader* loader_;

  std::shared_ptr<const workspace::Workspace> workspace_;
  QString workspacePath_;
  std::vector<workspace::WorkspaceError> workspaceErrors_;

  QString serverAddress_;
  QString serverError_;
  QLabel* serverLabel_;
  QLabel* proxiesLabel_;

  QMenu* fileMenu_;
  QMenu* editMenu_;
  QMenu* viewMenu_;
  QMenu* languageMenu_;
  QMenu* helpMenu_;
  QAction* openAction_;
  QAction* quitAction_;
  QAction* preferencesAction_;
  QAction* findProxyAction_;
  QAction* aboutAction_;
  QActionGroup* languageGroup_;
};

}  // namespace meshdesk::app
