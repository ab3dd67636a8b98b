#include "models/fleet_table_model.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <unordered_set>

#include "models/sync_status_look.h"
#include "snapshot/type_url.h"

namespace meshdesk::app {

using fleet::ProxyState;
using fleet::SyncStatus;
using fleet::TypeState;

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

// Versions may be content hashes; the table shows a prefix, the tooltip the whole thing.
QString shortVersion(const std::string& version) {
  QString v = qs(version);
  return v.size() > 12 ? v.left(8) + QChar(0x2026) : v;
}

QString when(fleet::Clock::time_point at) {
  if (at.time_since_epoch().count() == 0) return {};
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
  const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms);
  // Today's times without the date, which would only push the time out of a narrow column.
  if (time.date() == QDate::currentDate()) return QLocale().toString(time.time(), QStringLiteral("HH:mm:ss"));
  return QLocale().toString(time, QLocale::ShortFormat);
}

// The types every proxy of a typical mesh asks for, in the order people name them; others get
// a column once a proxy uses them.
std::vector<std::string> initialTypeColumns() {
  using namespace snapshot::type_url;
  return {std::string(kListener), std::string(kRouteConfiguration), std::string(kCluster),
          std::string(kClusterLoadAssignment), std::string(kSecret), std::string(kRuntime)};
}

QString locality(const ProxyState& proxy) {
  QStringList parts;
  for (const std::string* part : {&proxy.region, &proxy.zone, &proxy.subZone}) {
    if (!part->empty()) parts << qs(*part);
  }
  return parts.join(QLatin1Char('/'));
}

qint64 msecs(fleet::Clock::time_point at) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
}

}  // namespace

FleetTableModel::FleetTableModel(QObject* parent)
    : QAbstractTableModel(parent), typeUrls_(initialTypeColumns()) {}

void FleetTableModel::applyBatch(const fleet::FleetBatch& batch) {
  const int before = proxyCount();

  // Removals, bottom-up in contiguous runs, so the rows still to remove keep their numbers.
  std::vector<int> gone;
  for (fleet::ProxyId id : batch.removed) {
    if (auto it = rowOf_.find(id); it != rowOf_.end()) gone.push_back(it->second);
  }
  std::sort(gone.begin(), gone.end(), std::greater<>());
  gone.erase(std::unique(gone.begin(), gone.end()), gone.end());
  for (std::size_t i = 0; i < gone.size();) {
    const int last = gone[i];
    int first = last;
    std::size_t j = i + 1;
    while (j < gone.size() && gone[j] == first - 1) first = gone[j++];
    beginRemoveRows({}, first, last);
    rows_.erase(rows_.begin() + first, rows_.begin() + last + 1);
    endRemoveRows();
    i = j;
  }
  if (!gone.empty()) reindex();

  addTypeColumns(batch);

  std::vector<int> changedRows;
  std::vector<const ProxyState*> added;
  std::unordered_set<fleet::ProxyId> addedIds;
  for (const ProxyState& proxy : batch.changed) {
    if (auto it = rowOf_.find(proxy.id); it != rowOf_.end()) {
      rows_[it->second] = proxy;
      changedRows.push_back(it->second);
    } else if (addedIds.insert(proxy.id).second) {
      added.push_back(&proxy);
    } else {
      // The same new proxy twice in one batch: the later state wins.
      auto same = std::find_if(added.begin(), added.end(),
                               [&](const ProxyState* p) { return p->id == proxy.id; });
      *same = &proxy;
    }
  }
  signalRows(changedRows);
  if (!added.empty()) {
    const int first = proxyCount();
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    for (const ProxyState* proxy : added) {
      rowOf_[proxy->id] = static_cast<int>(rows_.size());
      rows_.push_back(*proxy);
    }
    endInsertRows();
  }

  if (proxyCount() != before) emit proxyCountChanged(proxyCount());
}

void FleetTableModel::clear() {
  if (rows_.empty()) return;
  beginResetModel();
  rows_.clear();
  rowOf_.clear();
  endResetModel();
  emit proxyCountChanged(0);
}

void FleetTableModel::retranslate() {
  emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
  if (!rows_.empty()) emit dataChanged(index(0, 0), index(proxyCount() - 1, columnCount() - 1));
}

void FleetTableModel::addTypeColumns(const fleet::FleetBatch& batch) {
  std::vector<std::string> fresh;
  for (const ProxyState& proxy : batch.changed) {
    for (const auto& [typeUrl, _] : proxy.types) {
      if (columnOf(typeUrl) < 0 &&
          std::find(fresh.begin(), fresh.end(), typeUrl) == fresh.end()) {
        fresh.push_back(typeUrl);
      }
    }
  }
  if (fresh.empty()) return;
  std::sort(fresh.begin(), fresh.end(), [](const std::string& a, const std::string& b) {
    return std::pair(snapshot::aggregatedOrder(a), a) < std::pair(snapshot::aggregatedOrder(b), b);
  });
  const int first = columnCount();
  beginInsertColumns({}, first, first + static_cast<int>(fresh.size()) - 1);
  typeUrls_.insert(typeUrls_.end(), fresh.begin(), fresh.end());
  endInsertColumns();
}

void FleetTableModel::signalRows(std::vector<int>& rows) {
  if (rows.empty()) return;
  std::sort(rows.begin(), rows.end());
  rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  const int last = columnCount() - 1;
  std::size_t i = 0;
  while (i < rows.size()) {
    std::size_t j = i;
    while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1) ++j;
    emit dataChanged(index(rows[i], 0), index(rows[j], last));
    i = j + 1;
  }
}

int FleetTableModel::statusRank(SyncStatus status) {
  switch (status) {
    case SyncStatus::Nacked: return 0;
    case SyncStatus::Stale: return 1;
    case SyncStatus::NotSent: return 2;
    case SyncStatus::Synced: return 3;
  }
  return 4;
}

std::string FleetTableModel::statusVersion(const TypeState& state) {
  switch (state.status) {
    case SyncStatus::Synced: return state.versionAcked;
    case SyncStatus::Stale: return state.versionSent;
    case SyncStatus::Nacked: return state.lastNack ? state.lastNack->version : "";
    case SyncStatus::NotSent: return {};
  }
  return {};
}

void FleetTableModel::reindex() {
  rowOf_.clear();
  for (int row = 0; row < proxyCount(); ++row) rowOf_[rows_[row].id] = row;
}

const ProxyState* FleetTableModel::proxyAt(int row) const {
  return row >= 0 && row < proxyCount() ? &rows_[row] : nullptr;
}

int FleetTableModel::rowOf(fleet::ProxyId id) const {
  auto it = rowOf_.find(id);
  return it == rowOf_.end() ? -1 : it->second;
}

int FleetTableModel::columnOf(const std::string& typeUrl) const {
  auto it = std::find(typeUrls_.begin(), typeUrls_.end(), typeUrl);
  return it == typeUrls_.end() ? -1 : TypeColumns + static_cast<int>(it - typeUrls_.begin());
}

std::string FleetTableModel::typeUrlAt(int column) const {
  const int i = column - TypeColumns;
  return i >= 0 && i < static_cast<int>(typeUrls_.size()) ? typeUrls_[i] : std::string();
}

int FleetTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : proxyCount();
}

int FleetTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : TypeColumns + static_cast<int>(typeUrls_.size());
}

QVariant FleetTableModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
    return {};
  }
  const ProxyState& proxy = rows_[index.row()];
  if (role == ProxyIdRole) return QVariant::fromValue<qulonglong>(proxy.id);
  if (index.column() >= TypeColumns) return typeData(proxy, typeUrlAt(index.column()), role);
  return proxyData(proxy, index.column(), role);
}

QVariant FleetTableModel::proxyData(const ProxyState& proxy, int column, int role) const {
  if (role == Qt::DisplayRole) {
    switch (column) {
      case NodeColumn: return qs(proxy.nodeId);
      case ClusterColumn: return qs(proxy.cluster);
      case LocalityColumn: return locality(proxy);
      case AgentColumn: return qs(proxy.userAgent);
      case PeerColumn: return qs(proxy.peer);
      case ConnectedColumn: return when(proxy.connectedAt);
      case GroupColumn: return qs(proxy.group);
    }
  }
  if (role == SortRole) {
    if (column == ConnectedColumn) return msecs(proxy.connectedAt);
    return proxyData(proxy, column, Qt::DisplayRole);
  }
  if (role == Qt::ToolTipRole && column == NodeColumn) {
    const QString place = locality(proxy);
    return tr("Node %1\nCluster: %2\nLocality: %3\nAgent: %4\nConnected: %5\nProtocol: %6")
               .arg(qs(proxy.nodeId), qs(proxy.cluster), place.isEmpty() ? tr("(none)") : place,
                    qs(proxy.userAgent), when(proxy.connectedAt),
                    proxy.delta ? tr("incremental (delta)") : tr("state of the world")) +
           QLatin1Char('\n') + tr("%n stream(s)", "", proxy.streams);
  }
  if (role == Qt::ToolTipRole && column == GroupColumn && proxy.group.rfind("canary~", 0) == 0) {
    return tr("In a canary rollout: served the candidate version");
  }
  return {};
}

QVariant FleetTableModel::typeData(const ProxyState& proxy, const std::string& typeUrl,
                                   int role) const {
  static const TypeState notSent;
  auto found = proxy.types.find(typeUrl);
  const TypeState& state = found == proxy.types.end() ? notSent : found->second;

  // The version the status is about: what the proxy holds when synced, what it is still
  // answering for when stale, what it rejected when NACKed.
  const std::string version = statusVersion(state);

  switch (role) {
    case Qt::DisplayRole: {
      QString text = SyncStatusLook::label(state.status);
      if (!version.empty()) text += QStringLiteral("  ") + shortVersion(version);
      return text;
    }
    case Qt::DecorationRole: return SyncStatusLook::icon(state.status);
    case Qt::ForegroundRole: return SyncStatusLook::color(state.status);
    case SyncStatusRole: return static_cast<int>(state.status);
    case SortRole: return QString::number(statusRank(state.status)) + QLatin1Char(' ') + qs(version);
    case TypeUrlRole: return qs(typeUrl);
    case Qt::ToolTipRole: {
      QStringList lines;
      lines << tr("%1: %2").arg(qs(snapshot::shortTypeName(typeUrl)),
                                SyncStatusLook::label(state.status));
      if (!state.versionSent.empty()) {
        lines << tr("Sent: version %1 at %2").arg(qs(state.versionSent), when(state.sentAt));
      }
      if (!state.versionAcked.empty()) {
        lines << tr("ACKed: version %1 at %2").arg(qs(state.versionAcked), when(state.ackedAt));
      }
      if (state.lastNack) {
        lines << tr("Last NACK: version %1 at %2").arg(qs(state.lastNack->version),
                                                      when(state.lastNack->at));
        lines << qs(state.lastNack->message);
      }
      if (state.responses > 0) {
        lines << tr("%n response(s)", "", static_cast<int>(state.responses)) + QStringLiteral(", ") +
                     tr("%n ACK(s)", "", static_cast<int>(state.acks)) + QStringLiteral(", ") +
                     tr("%n NACK(s)", "", static_cast<int>(state.nacks));
      }
      return lines.join(QLatin1Char('\n'));
    }
  }
  return {};
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
    return QAbstractTableModel::headerData(section, orientation, role);
  }
  if (section >= TypeColumns) {
    const std::string typeUrl = typeUrlAt(section);
    if (role == Qt::DisplayRole) return qs(snapshot::shortTypeName(typeUrl));
    if (role == Qt::ToolTipRole || role == TypeUrlRole) return qs(typeUrl);
    return {};
  }
  if (role != Qt::DisplayRole) return {};
  switch (section) {
    case NodeColumn: return tr("Node");
    case ClusterColumn: return tr("Cluster");
    case LocalityColumn: return tr("Locality");
    case AgentColumn: return tr("Agent");
    case PeerColumn: return tr("Peer");
    case ConnectedColumn: return tr("Connected since");
    case GroupColumn: return tr("Group");
  }
  return {};
}

}  // namespace meshdesk::app
