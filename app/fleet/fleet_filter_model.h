#pragma once
// The fleet table's filter and sort: what the filter bar and status box above the table ask
// for, read straight from the proxies (no display text is built to filter 10,000 rows).
//
// The filter text is words, all of which a row must match:
//   edge-1            in the node id, cluster, locality, agent, peer or group
//   cluster:edge      in that field (node:, cluster:, zone:, locality:, agent:, peer:, group:)
//   status:nacked     any type in that status (synced, stale, nacked, notsent, problem)
//   cds:nacked        that type (lds, rds, cds, eds, sds, rtds, ...) in that status
//   version:7         any type holding, waiting on or having rejected that version

#include <QSortFilterProxyModel>

#include <optional>

#include "fleet/proxy_state.h"

namespace meshdesk::app {

class FleetTableModel;

class FleetFilterModel : public QSortFilterProxyModel {
  Q_OBJECT

 public:
  // Which statuses the status box lets through.
  enum class StatusFilter { All, Problems, Nacked, Stale, NotSynced };

  explicit FleetFilterModel(FleetTableModel& source, QObject* parent = nullptr);

  void setFilterText(const QString& text);
  void setStatusFilter(StatusFilter filter);
  // The words of the filter text not understood ("colour:red"), to show beside the bar.
  QStringList unknownTerms() const { return unknown_; }

 protected:
  bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

 private:
  struct Term {
    QString field;  // "" for any identity field
    QString value;  // lower case
  };
  bool matches(const fleet::ProxyState& proxy, const Term& term) const;

  FleetTableModel& source_;
  std::vector<Term> terms_;
  QStringList unknown_;
  StatusFilter status_ = StatusFilter::All;
};

}  // namespace meshdesk::app
