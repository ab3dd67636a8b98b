#pragma once
// The "Validation" pane: what core's validator finds in the edited workspace, live. Activating
// a finding (Enter or a click) announces its place; the window selects the resource and puts
// the cursor on the field.

#include <QDockWidget>

#include "validation/finding_place.h"

class QLabel;
class QTableView;

namespace meshdesk::app {

class FindingListModel;

class ValidationDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit ValidationDock(QWidget* parent = nullptr);

  void setFindings(const std::vector<validate::Finding>& findings);
  FindingListModel* model() const { return model_; }
  QTableView* table() const { return table_; }
  // "No problems", "2 errors, 1 warning".
  QString summary() const;
  // As a click on row `row` would.
  void activate(int row);

 signals:
  void activated(const meshdesk::app::FindingPlace& place);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();

  FindingListModel* model_;
  QTableView* table_;
  QLabel* summary_;
};

}  // namespace meshdesk::app
