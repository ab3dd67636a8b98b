#pragma once
// The lab's simulated proxies as a table, polled from the LabFleet (whose state changes on
// gRPC threads) once a second and whenever the dock acts on it.

#include <QAbstractTableModel>

#include <vector>

#include "lab/lab_fleet.h"

namespace meshdesk::app {

class LabProxyModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    LabIdColumn, NodeColumn, ClusterColumn, ZoneColumn, StateColumn, BehaviourColumn,
    ConnectsColumn, ResponsesColumn, AcksColumn, NacksColumn, ErrorColumn, ColumnCount
  };
  static constexpr int LabIdRole = Qt::UserRole + 1;

  explicit LabProxyModel(lab::LabFleet& fleet, QObject* parent = nullptr);

  // Reads the fleet again: rows for new proxies appended, gone ones removed, the rest updated.
  void refresh();
  int labIdAt(int row) const;
  const lab::LabProxyInfo* infoAt(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  lab::LabFleet& fleet_;
  std::vector<lab::LabProxyInfo> rows_;
};

}  // namespace meshdesk::app
