#include "fleet/fleet_dock.h"

#include <QEvent>
#include <QStyle>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "models/fleet_table_model.h"
#include "models/sync_status_look.h"

namespace meshdesk::app {

FleetDock::FleetDock(FleetTableModel& model, QWidget* parent)
    : QDockWidget(parent), model_(model) {
  setObjectName(QStringLiteral("FleetDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->setSpacing(2);

  filter_ = new QLineEdit(body);
  filter_->setObjectName(QStringLiteral("FleetFilter"));
  filter_->setClearButtonEnabled(true);
  layout->addWidget(filter_);

  sorted_ = new QSortFilterProxyModel(this);
  sorted_->setSourceModel(&model_);
  sorted_->setFilterKeyColumn(-1);
  sorted_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  sorted_->setSortCaseSensitivity(Qt::CaseInsensitive);
  connect(filter_, &QLineEdit::textChanged, sorted_, &QSortFilterProxyModel::setFilterFixedString);

  table_ = new QTableView(body);
  table_->setObjectName(QStringLiteral("FleetTable"));
  table_->setModel(sorted_);
  table_->setSortingEnabled(true);
  table_->sortByColumn(-1, Qt::AscendingOrder);  // arrival order until the user sorts
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setAlternatingRowColors(true);
  table_->setWordWrap(false);
  table_->verticalHeader()->hide();
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
  table_->horizontalHeader()->setHighlightSections(false);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  table_->horizontalHeader()->setStretchLastSection(true);
  layout->addWidget(table_);
  setWidget(body);

  // Fit the identity columns to the first proxies; afterwards the user's widths win.
  connect(&model_, &FleetTableModel::proxyCountChanged, this, [this](int count) {
    static constexpr int kFitUntil = 8;
    if (count == 0 || count > kFitUntil) return;
    for (int column = 0; column < FleetTableModel::TypeColumns; ++column) {
      table_->resizeColumnToContents(column);
    }
  });
  connect(&model_, &QAbstractItemModel::columnsInserted, this, &FleetDock::widenTypeColumns);
  retranslate();
}

void FleetDock::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDockWidget::changeEvent(event);
}

void FleetDock::widenTypeColumns() {
  const QFontMetrics metrics = table_->fontMetrics();
  const QString version = QStringLiteral("  00000000") + QChar(0x2026);
  // "NOT SENT" has no version; the others show one.
  int text = metrics.horizontalAdvance(SyncStatusLook::label(fleet::SyncStatus::NotSent));
  for (auto status : {fleet::SyncStatus::Stale, fleet::SyncStatus::Synced,
                      fleet::SyncStatus::Nacked}) {
    text = std::max(text, metrics.horizontalAdvance(SyncStatusLook::label(status) + version));
  }
  const int icon = table_->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, table_);
  const int width = text + icon + 2 * metrics.averageCharWidth();
  for (int column = FleetTableModel::TypeColumns; column < model_.columnCount(); ++column) {
    if (table_->columnWidth(column) < width) table_->setColumnWidth(column, width);
  }
}

void FleetDock::retranslate() {
  widenTypeColumns();
  setWindowTitle(tr("Fleet"));
  filter_->setPlaceholderText(tr("Filter proxies by node, cluster, group, peer or status"));
  filter_->setToolTip(tr("Shows only the proxies with this text in any column (Ctrl+F)"));
}

}  // namespace meshdesk::app
