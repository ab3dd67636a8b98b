#pragma once
// The "Fleet" pane: every connected proxy and, per resource type, whether it holds what was
// sent. A filter box narrows the table by any column's text.

#include <QDockWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace meshdesk::app {

class FleetTableModel;

class FleetDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit FleetDock(FleetTableModel& model, QWidget* parent = nullptr);

  QTableView* table() const { return table_; }
  QLineEdit* filter() const { return filter_; }

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  // Type columns wide enough for any status with a shortened version, in the current language.
  void widenTypeColumns();

  FleetTableModel& model_;
  QLineEdit* filter_;
  QSortFilterProxyModel* sorted_;
  QTableView* table_;
};

}  // namespace meshdesk::app
