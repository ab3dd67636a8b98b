#pragma once
// The validation findings as a table: severity, resource, field, message, rule.

#include <QAbstractTableModel>

#include <vector>

#include "validate/finding.h"

namespace meshdesk::app {

class FindingListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { SeverityColumn, ResourceColumn, FieldColumn, MessageColumn, RuleColumn, ColumnCount };
  // int index into findings().
  static constexpr int kIndexRole = Qt::UserRole + 1;

  explicit FindingListModel(QObject* parent = nullptr);

  void setFindings(std::vector<validate::Finding> findings);
  const std::vector<validate::Finding>& findings() const { return findings_; }
  int errorCount() const;
  int warningCount() const;
  void retranslate();

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  std::vector<validate::Finding> findings_;
};

}  // namespace meshdesk::app
