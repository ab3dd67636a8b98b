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

class QLabel;
class QActionGroup;

namespace meshdesk::fleet {
class FleetRegistry;
struct FleetBatch;
}  // namespace meshdesk::fleet

namespace meshdesk::app {

class CoreBridge;
class FleetDock;
class FleetTableModel;
class LogDock;
class MessageLog;
class Translations;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  MainWindow(fleet::FleetRegistry& fleet, MessageLog& log, QWidget* parent = nullptr);
  ~MainWindow() override;

  // What the status bar says about the embedded xDS server. `error` empty means serving.
  void setServerStatus(const QString& address, const QString& error = {});
  // "en" or "de"; false for a language the console does not have.
  bool setLanguage(const QString& code);
  QString language() const;

  FleetTableModel& fleetModel() const { return *fleetModel_; }
  FleetDock* fleetDock() const { return fleetDock_; }
  LogDock* logDock() const { return logDock_; }

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
  void showPreferences();
  void showAbout();
  void restoreLayout();
  void saveLayout() const;

  Translations* translations_;
  CoreBridge* bridge_;
  FleetTableModel* fleetModel_;
  FleetDock* fleetDock_;
  LogDock* logDock_;

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
