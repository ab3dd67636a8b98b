#pragma once
// The "Fleet" pane: every connected proxy and, per resource type, whether it holds what was
// sent. A filter bar (words, field:value, status:...) and a status box narrow the table; the
// selected proxy is announced for the details pane.

#include <QDockWidget>

#include "fleet/proxy_state.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace meshdesk::app {

class FleetFilterModel;
class FleetTableModel;

class FleetDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit FleetDock(FleetTableModel& model, QWidget* parent = nullptr);

  QTableView* table() const { return table_; }
  QLineEdit* filter() const { return filter_; }
  QComboBox* statusFilter() const { return status_; }
  FleetFilterModel* filterModel() const { return sorted_; }
  // The proxy of the current row, or 0.
  fleet::ProxyId currentProxy() const;

 signals:
  // The current row moved to another proxy (0: none).
  void proxySelected(meshdesk::fleet::ProxyId proxy);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  // Type columns wide enough for any status with a shortened version, in the current language.
  void widenTypeColumns();

  FleetTableModel& model_;
  QLineEdit* filter_;
  QComboBox* status_;
  QLabel* unknown_;
  FleetFilterModel* sorted_;
  QTableView* table_;
  fleet::ProxyId current_ = 0;
};

}  // namespace meshdesk::app
