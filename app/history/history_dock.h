#pragma once
// The "History" pane: every published version (the Git history in the workspace folder), the
// live one in bold. Select one version to see what it changed, or two to see what lies between
// them; roll back to the selected version with one action (Ctrl+Shift+Z in the pane).

#include <QDockWidget>

#include <optional>

class QAction;
class QPlainTextEdit;
class QTableView;

namespace meshdesk::controlplane {
class ControlPlane;
}

namespace meshdesk::app {

class VersionListModel;

class HistoryDock : public QDockWidget {
  Q_OBJECT

 public:
  HistoryDock(controlplane::ControlPlane& plane, QWidget* parent = nullptr);

  // Reads the versions again (after a publish).
  void refresh();
  VersionListModel* model() const { return model_; }
  QTableView* table() const { return table_; }
  QAction* rollbackAction() const { return rollback_; }
  QString diffText() const;
  // Selects the rows of these versions (one or two), as a user would.
  void selectVersions(const QList<int>& sequences);

 signals:
  // The user asked to roll back to `sequence`.
  void rollbackRequested(int sequence);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void showDiff();
  void retranslate();

  controlplane::ControlPlane& plane_;
  VersionListModel* model_;
  QTableView* table_;
  QPlainTextEdit* diff_;
  QAction* rollback_;
};

}  // namespace meshdesk::app
