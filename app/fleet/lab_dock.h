#pragma once
// The "Lab" pane: the proxies a console runs itself.
//   Simulated proxies  add many at once (node ids from a pattern, zones round robin) with a
//                      behaviour (ACK, NACK rules, late answers, flapping); start, stop,
//                      reconnect, change behaviour, remove.
//   Envoy processes    real Envoys from the configured binary or PATH: Meshdesk writes each
//                      bootstrap, starts and stops the process, shows its log, and compares its
//                      /config_dump with what it should hold (drift).
// Blocking work (stopping a process, asking an admin port) runs off the GUI thread.

#include <QDockWidget>
#include <QFutureWatcher>

#include <optional>
#include <string>
#include <vector>

#include "lab/config_dump.h"
#include "lab/lab_envoys.h"
#include "lab/lab_fleet.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace meshdesk::controlplane {
class ControlPlane;
}

namespace meshdesk::app {

class LabProxyModel;

class LabDock : public QDockWidget {
  Q_OBJECT

 public:
  LabDock(lab::LabFleet& fleet, lab::LabEnvoys& envoys, controlplane::ControlPlane& plane,
          QWidget* parent = nullptr);
  ~LabDock() override;

  // What the form says, as a batch; nothing (and the reason shown) if a NACK rule is wrong.
  std::optional<lab::ProxyBatch> batchFromForm();
  // The form's actions, also for tests and menus.
  std::vector<int> addProxies();
  void startSelected();
  void stopSelected();
  void reconnectSelected();
  void applyBehaviourToSelected();
  void removeSelected();
  void removeAll();
  std::vector<int> selectedProxies() const;

  int addEnvoy();
  void startEnvoy();
  void stopEnvoy();
  void removeEnvoy();
  void checkDrift();
  int selectedEnvoy() const;
  void refreshEnvoys();

  LabProxyModel* proxyModel() const { return model_; }
  QTableView* proxyTable() const { return proxies_; }
  QTableWidget* envoyTable() const { return envoyList_; }
  QTableWidget* driftTable() const { return drift_; }
  QPlainTextEdit* envoyLog() const { return log_; }
  QLabel* message() const { return message_; }
  QSpinBox* countBox() const { return count_; }
  QLineEdit* idPatternBox() const { return idPattern_; }
  QLineEdit* nackRulesBox() const { return nackRules_; }
  QSpinBox* answerDelayBox() const { return answerDelay_; }
  QLineEdit* envoyBinaryBox() const { return binary_; }
  QLineEdit* envoyNodeBox() const { return envoyNode_; }
  bool envoyBusy() const { return envoyWork_.isRunning(); }

 signals:
  void driftChecked(int findings);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  QWidget* simulatedTab();
  QWidget* envoysTab();
  void say(const QString& text, bool error = false);
  // The console may start its control plane after this pane: proxies and Envoys are pointed
  // at where it listens each time they connect.
  void syncAddress();
  void runEnvoyWork(std::function<QString()> work);
  void retranslate();

  lab::LabFleet& fleet_;
  lab::LabEnvoys& envoys_;
  controlplane::ControlPlane& plane_;
  LabProxyModel* model_;
  QTimer* poll_;
  QTabWidget* tabs_;
  QLabel* message_;
  // Simulated proxies
  QSpinBox* count_;
  QLineEdit* idPattern_;
  QLineEdit* cluster_;
  QLineEdit* zones_;
  QLineEdit* nackRules_;
  QSpinBox* answerDelay_;
  QSpinBox* flapUp_;
  QSpinBox* flapDown_;
  QTableView* proxies_;
  std::vector<QPushButton*> proxyButtons_;
  std::vector<QLabel*> formLabels_;
  // Envoys
  QLineEdit* binary_;
  QLabel* binaryFound_;
  QLineEdit* envoyNode_;
  QLineEdit* envoyCluster_;
  QTableWidget* envoyList_;
  QPlainTextEdit* log_;
  QTableWidget* drift_;
  std::vector<QPushButton*> envoyButtons_;
  std::vector<QLabel*> envoyLabels_;
  QFutureWatcher<QString> envoyWork_;
  QFutureWatcher<std::pair<QString, std::vector<lab::Drift>>> driftWork_;
};

}  // namespace meshdesk::app
