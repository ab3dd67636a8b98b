#include "fleet/fleet_filter_model.h"

#include "models/fleet_table_model.h"
#include "snapshot/type_url.h"

namespace meshdesk::app {

using fleet::SyncStatus;

namespace {

bool contains(const std::string& haystack, const QString& needle) {
  return QString::fromStdString(haystack).contains(needle, Qt::CaseInsensitive);
}

std::optional<SyncStatus> statusNamed(const QString& word) {
  if (word == QLatin1String("synced")) return SyncStatus::Synced;
  if (word == QLatin1String("stale")) return SyncStatus::Stale;
  if (word == QLatin1String("nacked")) return SyncStatus::Nacked;
  if (word == QLatin1String("notsent") || word == QLatin1String("not-sent")) return SyncStatus::NotSent;
  return std::nullopt;
}

bool statusMatches(SyncStatus status, const QString& word) {
  if (word == QLatin1String("problem")) return status == SyncStatus::Nacked || status == SyncStatus::Stale;
  auto named = statusNamed(word);
  return named && *named == status;
}

const QStringList& identityFields() {
  static const QStringList fields{"node", "cluster", "zone", "locality", "agent", "peer", "group"};
  return fields;
}

}  // namespace

FleetFilterModel::FleetFilterModel(FleetTableModel& source, QObject* parent)
    : QSortFilterProxyModel(parent), source_(source) {
  setSourceModel(&source);
  setSortRole(FleetTableModel::SortRole);
  setSortCaseSensitivity(Qt::CaseInsensitive);
  // Re-sorting and re-filtering only the rows a batch changed is what dataChanged ranges buy.
  setDynamicSortFilter(true);
}

void FleetFilterModel::setFilterText(const QString& text) {
  terms_.clear();
  unknown_.clear();
  for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
    const int colon = word.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
      terms_.push_back({{}, word.toLower()});
      continue;
    }
    const QString field = word.left(colon).toLower();
    const QString value = word.mid(colon + 1).toLower();
    const bool typeField = [&] {
      for (const auto& url : source_.typeUrls())
        if (QString::fromStdString(snapshot::shortTypeName(url)).toLower() == field) return true;
      return false;
    }();
    const bool known = identityFields().contains(field) || field == QLatin1String("version") ||
                       ((field == QLatin1String("status") || typeField) &&
                        (value == QLatin1String("problem") || statusNamed(value)));
    if (known) terms_.push_back({field, value});
    else unknown_ << word;
  }
  invalidateRowsFilter();
}

void FleetFilterModel::setStatusFilter(StatusFilter filter) {
  if (filter == status_) return;
  status_ = filter;
  invalidateRowsFilter();
}

bool FleetFilterModel::matches(const fleet::ProxyState& p, const Term& t) const {
  if (t.field.isEmpty()) {
    for (const std::string* f : {&p.nodeId, &p.cluster, &p.region, &p.zone, &p.subZone,
                                 &p.userAgent, &p.peer, &p.group})
      if (contains(*f, t.value)) return true;
    return false;
  }
  if (t.field == QLatin1String("node")) return contains(p.nodeId, t.value);
  if (t.field == QLatin1String("cluster")) return contains(p.cluster, t.value);
  if (t.field == QLatin1String("zone") || t.field == QLatin1String("locality"))
    return contains(p.region, t.value) || contains(p.zone, t.value) || contains(p.subZone, t.value);
  if (t.field == QLatin1String("agent")) return contains(p.userAgent, t.value);
  if (t.field == QLatin1String("peer")) return contains(p.peer, t.value);
  if (t.field == QLatin1String("group")) return contains(p.group, t.value);
  if (t.field == QLatin1String("version")) {
    for (const auto& [_, state] : p.types)
      if (QString::fromStdString(FleetTableModel::statusVersion(state)).toLower() == t.value) return true;
    return false;
  }
  // status:<s> over every column's type, or <type>:<s> for one.
  for (const auto& url : source_.typeUrls()) {
    if (t.field != QLatin1String("status") &&
        QString::fromStdString(snapshot::shortTypeName(url)).toLower() != t.field)
      continue;
    auto it = p.types.find(url);
    SyncStatus s = it == p.types.end() ? SyncStatus::NotSent : it->second.status;
    if (statusMatches(s, t.value)) return true;
  }
  return false;
}

bool FleetFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
  const fleet::ProxyState* p = source_.proxyAt(sourceRow);
  if (!p) return false;
  if (status_ != StatusFilter::All) {
    bool any = false;
    for (const auto& [_, state] : p->types) {
      switch (status_) {
        case StatusFilter::Problems:
          any = state.status == SyncStatus::Nacked || state.status == SyncStatus::Stale;
          break;
        case StatusFilter::Nacked: any = state.status == SyncStatus::Nacked; break;
        case StatusFilter::Stale: any = state.status == SyncStatus::Stale; break;
        case StatusFilter::NotSynced: any = state.status != SyncStatus::Synced; break;
        case StatusFilter::All: any = true; break;
      }
      if (any) break;
    }
    if (!any) return false;
  }
  for (const Term& t : terms_)
    if (!matches(*p, t)) return false;
  return true;
}

}  // namespace meshdesk::app
