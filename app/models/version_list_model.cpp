#include "models/version_list_model.h"

#include <QDateTime>
#include <QFont>
#include <QApplication>

namespace meshdesk::app {

VersionListModel::VersionListModel(QObject* parent) : QAbstractTableModel(parent) {}

void VersionListModel::setVersions(std::vector<history::VersionInfo> versions, std::optional<int> live) {
  beginResetModel();
  versions_ = std::move(versions);
  live_ = live;
  endResetModel();
}

void VersionListModel::addNewer(std::vector<history::VersionInfo> newer, std::optional<int> live) {
  if (!newer.empty()) {
    beginInsertRows({}, 0, static_cast<int>(newer.size()) - 1);
    versions_.insert(versions_.end(), std::make_move_iterator(newer.begin()),
                     std::make_move_iterator(newer.end()));
    endInsertRows();
  }
  setLive(live);
}

void VersionListModel::setLive(std::optional<int> live) {
  if (live == live_) return;
  const int before = live_ ? rowOf(*live_) : -1;
  live_ = live;
  const int after = live_ ? rowOf(*live_) : -1;
  for (int row : {before, after})
    if (row >= 0) emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int VersionListModel::sequenceAt(int row) const {
  return row >= 0 && row < rowCount() ? at(row).sequence : 0;
}

int VersionListModel::rowOf(int sequence) const {
  for (int row = 0; row < rowCount(); ++row) {
    if (at(row).sequence == sequence) return row;
  }
  return -1;
}

void VersionListModel::retranslate() {
  if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
  emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int VersionListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(versions_.size());
}

int VersionListModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const history::VersionInfo& v = at(index.row());
  const bool live = live_ && *live_ == v.sequence;
  if (role == kSequenceRole) return v.sequence;
  if (role == Qt::FontRole && live) {
    QFont bold = QApplication::font();
    bold.setBold(true);
    return bold;
  }
  if (role == Qt::ToolTipRole) return QString::fromStdString(v.commit);
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case VersionColumn:
      return live ? tr("v%1 (live)").arg(v.sequence) : tr("v%1").arg(v.sequence);
    case TimeColumn: {
      const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(v.time.time_since_epoch()).count();
      return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    case AuthorColumn: return QString::fromStdString(v.author);
    case MessageColumn: {
      QString message = QString::fromStdString(v.message);
      if (v.rollbackOf) message = tr("%1 (restores v%2)").arg(message).arg(*v.rollbackOf);
      return message;
    }
    default: return {};
  }
}

QVariant VersionListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case VersionColumn: return tr("Version");
    case TimeColumn: return tr("Published");
    case AuthorColumn: return tr("By");
    case MessageColumn: return tr("Message");
    default: return {};
  }
}

}  // namespace meshdesk::app
