#pragma once
// A repeated field as a small table (endpoints, header matchers, weighted clusters, HTTP
// filters, ...): add, remove and move rows with the buttons or the keyboard (Insert, Delete,
// Alt+Up, Alt+Down). Each row remembers which element it came from, so an editor rebuilding the
// repeated field keeps the fields the table does not show.

#include <QStringList>
#include <QWidget>

#include <vector>

class QTableWidget;
class QToolButton;

namespace meshdesk::app {

class RowsTable : public QWidget {
  Q_OBJECT

 public:
  explicit RowsTable(const QStringList& columns, QWidget* parent = nullptr);

  // Column `column` offers these values (a combo box); still editable as text.
  void setChoices(int column, const QStringList& values);
  // What a new row holds.
  void setDefaults(const QStringList& values) { defaults_ = values; }

  // Replaces the rows; their origins are 0, 1, 2, ... Never emits changed().
  void setRows(const std::vector<QStringList>& rows);
  std::vector<QStringList> rows() const;
  // For each row, the index it had in the last setRows(), or -1 for a row added since.
  std::vector<int> origins() const;
  int rowCount() const;

  // As a user would: emit changed() afterwards.
  void addRow(const QStringList& values = {});
  void removeRow(int row);
  void moveRow(int row, int to);
  void setCell(int row, int column, const QString& value);

  QTableWidget* table() const { return table_; }

 signals:
  void changed();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  QTableWidget* table_;
  QStringList defaults_;
  std::vector<QStringList> choices_;
  bool filling_ = false;
};

}  // namespace meshdesk::app
