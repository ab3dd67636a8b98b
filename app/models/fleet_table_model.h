#pragma once
// The connected proxies as a table: who each proxy is, then one column per xDS resource type
// with that type's sync status and version. Fed with FleetRegistry batches on the GUI thread.
//
// Built for 10,000 rows changing a hundred times a second: a batch updates rows in place and
// signals each run of consecutive changed rows with one dataChanged (never a reset), so views
// and the sort/filter proxy above redo only what changed.

#include <QAbstractTableModel>

#include <string>
#include <unordered_map>
#include <vector>

#include "fleet/fleet_registry.h"

namespace meshdesk::app {

class FleetTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    NodeColumn,
    ClusterColumn,
    LocalityColumn,
    AgentColumn,
    PeerColumn,
    ConnectedColumn,
    GroupColumn,
    TypeColumns
  };
  enum Role {
    ProxyIdRole = Qt::UserRole + 1,  // the row's fleet::ProxyId (qulonglong)
    SyncStatusRole,                  // a type column's fleet::SyncStatus (int)
    TypeUrlRole,                     // a type column's type URL, also in headerData
    SortRole,                        // what the column sorts by: NACKED first, then STALE, ...
  };

  explicit FleetTableModel(QObject* parent = nullptr);

  // Applies the removals, then the changes of `batch`. Rows keep their place; new proxies are
  // appended; a type URL not seen before gets a new column at the end.
  void applyBatch(const fleet::FleetBatch& batch);
  void clear();
  // The texts are translated when asked for; this tells the views to ask again.
  void retranslate();

  int proxyCount() const { return static_cast<int>(rows_.size()); }
  const fleet::ProxyState* proxyAt(int row) const;
  int rowOf(fleet::ProxyId id) const;
  // The column showing `typeUrl`, or -1.
  int columnOf(const std::string& typeUrl) const;
  std::string typeUrlAt(int column) const;
  const std::vector<std::string>& typeUrls() const { return typeUrls_; }
  // Sorting rank of a status: problems first.
  static int statusRank(fleet::SyncStatus status);
  // The version a type's status is about (what it holds, waits on, or rejected).
  static std::string statusVersion(const fleet::TypeState& state);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 signals:
  void proxyCountChanged(int count);

 private:
  QVariant proxyData(const fleet::ProxyState& proxy, int column, int role) const;
  QVariant typeData(const fleet::ProxyState& proxy, const std::string& typeUrl, int role) const;
  void addTypeColumns(const fleet::FleetBatch& batch);
  void reindex();
  // One dataChanged per run of consecutive rows in `rows` (sorted here).
  void signalRows(std::vector<int>& rows);

  std::vector<fleet::ProxyState> rows_;
  std::unordered_map<fleet::ProxyId, int> rowOf_;
  std::vector<std::string> typeUrls_;
};

}  // namespace meshdesk::app
