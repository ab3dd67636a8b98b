#pragma once
// The "Canary" pane: try a version on some proxies before all of them. The candidate is the
// workspace file as saved, the editor's copy, or a version from the history; the proxies are a
// percentage of those connected or the nodes a selector matches; the rollout rolls back by
// itself on any NACK or when it has not converged in time, or promotes itself after a bake
// time. The audit trail below lists every step with who took it.

#include <QDockWidget>
#include <QFutureWatcher>

#include <functional>
#include <optional>

#include "controlplane/publish_outcome.h"
#include "rollout/canary_rollout.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace meshdesk::app {

class CanaryDock : public QDockWidget {
  Q_OBJECT

 public:
  // The editor's copy of the workspace, if the console has one.
  using EditedWorkspace = std::function<std::optional<workspace::Workspace>()>;

  CanaryDock(rollout::CanaryRollout& rollout, controlplane::ControlPlane& plane,
             EditedWorkspace edited, QWidget* parent = nullptr);
  ~CanaryDock() override;

  // The form's candidate, or nothing with the reason shown.
  std::optional<workspace::Workspace> candidate();
  rollout::CanarySelector selector() const;
  rollout::CanaryPolicy policy() const;
  // Start, promote and roll back run off the GUI thread (they publish); `done` tells.
  void start();
  void promote();
  void rollback();
  bool busy() const { return work_.isRunning(); }
  // Shows `status` (called on the GUI thread).
  void showStatus(const rollout::RolloutStatus& status);
  void reloadAudit();
  // Lists the history's versions (read off the GUI thread: a long history is a long walk);
  // while hidden it waits until shown.
  void reloadCandidates();

  QComboBox* candidateBox() const { return source_; }
  QDoubleSpinBox* percentBox() const { return percent_; }
  QRadioButton* selectorMode() const { return bySelector_; }
  QLineEdit* idPatternBox() const { return idPattern_; }
  QCheckBox* rollbackOnNackBox() const { return onNack_; }
  QSpinBox* convergeBox() const { return converge_; }
  QLabel* statusLabel() const { return status_; }
  QTableWidget* nodesTable() const { return nodes_; }
  QTableWidget* auditTable() const { return audit_; }
  QPushButton* startButton() const { return startButton_; }
  QPushButton* promoteButton() const { return promoteButton_; }
  QPushButton* rollbackButton() const { return rollbackButton_; }

 signals:
  void done(const QString& message);

 protected:
  void changeEvent(QEvent* event) override;
  void showEvent(QShowEvent* event) override;

 private:
  void run(std::function<QString()> work);
  void retranslate();
  QString who() const;

  rollout::CanaryRollout& rollout_;
  controlplane::ControlPlane& plane_;
  EditedWorkspace edited_;
  QComboBox* source_;
  QLineEdit* message_;
  QRadioButton* byPercent_;
  QRadioButton* bySelector_;
  QDoubleSpinBox* percent_;
  QLineEdit* idPattern_;
  QLineEdit* clusterPattern_;
  QLineEdit* metadata_;
  QCheckBox* onNack_;
  QSpinBox* converge_;
  QCheckBox* autoPromote_;
  QSpinBox* promoteAfter_;
  QPushButton* startButton_;
  QPushButton* promoteButton_;
  QPushButton* rollbackButton_;
  QLabel* status_;
  QTableWidget* nodes_;
  QTableWidget* audit_;
  std::vector<QLabel*> labels_;
  QFutureWatcher<QString> work_;
  QFutureWatcher<std::vector<history::VersionInfo>> versions_;
  bool candidatesStale_ = true;
  void fillCandidates(const std::vector<history::VersionInfo>& versions);
};

}  // namespace meshdesk::app
