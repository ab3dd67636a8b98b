#include "models/finding_list_model.h"

#include <QColor>

#include "workspace/resource_tree.h"

namespace meshdesk::app {

FindingListModel::FindingListModel(QObject* parent) : QAbstractTableModel(parent) {}

void FindingListModel::setFindings(std::vector<validate::Finding> findings) {
  beginResetModel();
  findings_ = std::move(findings);
  endResetModel();
}

int FindingListModel::errorCount() const { return static_cast<int>(validate::countErrors(findings_)); }
int FindingListModel::warningCount() const { return static_cast<int>(validate::countWarnings(findings_)); }

void FindingListModel::retranslate() {
  if (!findings_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
  emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int FindingListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(findings_.size());
}

int FindingListModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const validate::Finding& f = findings_[index.row()];
  const bool error = f.severity == validate::Severity::kError;
  if (role == kIndexRole) return index.row();
  if (role == Qt::ToolTipRole) return QString::fromStdString(f.toString());
  if (role == Qt::ForegroundRole && index.column() == SeverityColumn) {
    return error ? QColor(0xc0, 0x1c, 0x28) : QColor(0xb5, 0x7b, 0x00);
  }
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case SeverityColumn: return error ? tr("error") : tr("warning");
    case ResourceColumn:
      if (!f.kind) {
        return f.rule == "ai_route" && !f.resource.empty()
                   ? tr("AI route %1").arg(QString::fromStdString(f.resource))
                   : tr("(file)");
      }
      return ResourceTree::kindLabel(*f.kind) + QLatin1Char(' ') + QString::fromStdString(f.resource);
    case FieldColumn: return QString::fromStdString(f.path);
    case MessageColumn: return QString::fromStdString(f.message);
    case RuleColumn: return QString::fromStdString(f.rule);
    default: return {};
  }
}

QVariant FindingListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case SeverityColumn: return tr("Severity");
    case ResourceColumn: return tr("Resource");
    case FieldColumn: return tr("Field");
    case MessageColumn: return tr("Message");
    case RuleColumn: return tr("Rule");
    default: return {};
  }
}

}  // namespace meshdesk::app
