#include "fleet/lab_proxy_model.h"

#include <QColor>

#include <algorithm>
#include <map>

namespace meshdesk::app {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }

struct Totals {
  std::uint64_t responses = 0, acks = 0, nacks = 0;
};
Totals totalsOf(const lab::ProxyStatus& s) {
  Totals t;
  for (const auto& [_, held] : s.types) {
    t.responses += held.responses;
    t.acks += held.acks;
    t.nacks += held.nacks;
  }
  return t;
}
}  // namespace

LabProxyModel::LabProxyModel(lab::LabFleet& fleet, QObject* parent)
    : QAbstractTableModel(parent), fleet_(fleet) {}

void LabProxyModel::refresh() {
  std::vector<lab::LabProxyInfo> fresh = fleet_.proxies();  // by lab id, ascending
  std::map<int, std::size_t> position;
  for (std::size_t i = 0; i < fresh.size(); ++i) position[fresh[i].labId] = i;

  // Gone rows, bottom-up.
  for (int row = static_cast<int>(rows_.size()) - 1; row >= 0; --row) {
    if (position.count(rows_[row].labId)) continue;
    beginRemoveRows({}, row, row);
    rows_.erase(rows_.begin() + row);
    endRemoveRows();
  }
  // Rows that stay keep their place and take the new state.
  std::map<int, bool> present;
  for (auto& r : rows_) {
    r = fresh[position[r.labId]];
    present[r.labId] = true;
  }
  if (!rows_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
  std::vector<lab::LabProxyInfo> added;
  for (auto& f : fresh)
    if (!present.count(f.labId)) added.push_back(std::move(f));
  if (!added.empty()) {
    beginInsertRows({}, rowCount(), rowCount() + static_cast<int>(added.size()) - 1);
    for (auto& a : added) rows_.push_back(std::move(a));
    endInsertRows();
  }
}

int LabProxyModel::labIdAt(int row) const {
  return row >= 0 && row < rowCount() ? rows_[row].labId : 0;
}

const lab::LabProxyInfo* LabProxyModel::infoAt(int row) const {
  return row >= 0 && row < rowCount() ? &rows_[row] : nullptr;
}

int LabProxyModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int LabProxyModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant LabProxyModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const lab::LabProxyInfo& info = rows_[index.row()];
  const lab::ProxyStatus& s = info.status;
  if (role == LabIdRole) return info.labId;
  if (role == Qt::ForegroundRole && index.column() == StateColumn) {
    switch (s.state) {
      case lab::LinkState::Connected: return QColor(0x1b, 0x7a, 0x34);
      case lab::LinkState::Waiting: return QColor(0xa8, 0x62, 0x00);
      default: return QColor(0x6e, 0x6e, 0x6e);
    }
  }
  if (role == Qt::TextAlignmentRole && index.column() >= ConnectsColumn && index.column() <= NacksColumn)
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
  const Totals t = totalsOf(s);
  switch (index.column()) {
    case LabIdColumn: return info.labId;
    case NodeColumn: return qs(s.node.id);
    case ClusterColumn: return qs(s.node.cluster);
    case ZoneColumn: return qs(s.node.zone);
    case StateColumn:
      switch (s.state) {
        case lab::LinkState::Stopped: return tr("stopped");
        case lab::LinkState::Connecting: return tr("connecting");
        case lab::LinkState::Connected: return tr("connected");
        case lab::LinkState::Waiting: return tr("reconnecting");
      }
      return {};
    case BehaviourColumn: return qs(s.behaviour.summary());
    case ConnectsColumn: return QVariant::fromValue<qulonglong>(s.connects);
    case ResponsesColumn: return QVariant::fromValue<qulonglong>(t.responses);
    case AcksColumn: return QVariant::fromValue<qulonglong>(t.acks);
    case NacksColumn: return QVariant::fromValue<qulonglong>(t.nacks);
    case ErrorColumn: return qs(s.lastError);
  }
  return {};
}

QVariant LabProxyModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case LabIdColumn: return tr("#");
    case NodeColumn: return tr("Node");
    case ClusterColumn: return tr("Cluster");
    case ZoneColumn: return tr("Zone");
    case StateColumn: return tr("Link");
    case BehaviourColumn: return tr("Behaviour");
    case ConnectsColumn: return tr("Connects");
    case ResponsesColumn: return tr("Responses");
    case AcksColumn: return tr("ACKs");
    case NacksColumn: return tr("NACKs");
    case ErrorColumn: return tr("Last error");
  }
  return {};
}

}  // namespace meshdesk::app
