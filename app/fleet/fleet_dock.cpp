#include "fleet/fleet_dock.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "fleet/fleet_filter_model.h"
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

  auto* bar = new QHBoxLayout;
  filter_ = new QLineEdit(body);
  filter_->setObjectName(QStringLiteral("FleetFilter"));
  filter_->setClearButtonEnabled(true);
  bar->addWidget(filter_, 1);
  status_ = new QComboBox(body);
  status_->setObjectName(QStringLiteral("FleetStatusFilter"));
  for (int i = 0; i < 5; ++i) status_->addItem(QString());
  bar->addWidget(status_);
  unknown_ = new QLabel(body);
  unknown_->setObjectName(QStringLiteral("FleetFilterUnknown"));
  unknown_->setStyleSheet(QStringLiteral("color: #c01c28"));
  unknown_->hide();
  bar->addWidget(unknown_);
  layout->addLayout(bar);

  sorted_ = new FleetFilterModel(model_, this);
  connect(filter_, &QLineEdit::textChanged, this, [this](const QString& text) {
    sorted_->setFilterText(text);
    const QStringList unknown = sorted_->unknownTerms();
    unknown_->setVisible(!unknown.isEmpty());
    unknown_->setText(tr("Not understood: %1").arg(unknown.join(QStringLiteral(", "))));
  });
  connect(status_, &QComboBox::currentIndexChanged, this, [this](int index) {
    sorted_->setStatusFilter(static_cast<FleetFilterModel::StatusFilter>(std::max(index, 0)));
  });

  table_ = new QTableView(body);
  table_->setObjectName(QStringLiteral("FleetTable"));
  table_->setModel(sorted_);
  table_->setSortingEnabled(true);
  table_->sortByColumn(-1, Qt::AscendingOrder);  // arrival order until the user sorts
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setAlternatingRowColors(true);
  table_->setWordWrap(false);
  table_->verticalHeader()->hide();
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
  // Fixed row heights: the view never measures 10,000 rows.
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  table_->horizontalHeader()->setHighlightSections(false);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  table_->horizontalHeader()->setStretchLastSection(true);
  layout->addWidget(table_);
  setWidget(body);

  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) {
            const fleet::ProxyId id =
                current.isValid() ? current.data(FleetTableModel::ProxyIdRole).toULongLong() : 0;
            if (id == current_) return;
            current_ = id;
            emit proxySelected(id);
          });

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

fleet::ProxyId FleetDock::currentProxy() const { return current_; }

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
  filter_->setPlaceholderText(
      tr("Filter: words, or node: cluster: zone: group: status:nacked cds:stale version:7"));
  filter_->setToolTip(tr("Shows only the proxies that match every word (Ctrl+F)"));
  const QStringList statuses{tr("All proxies"), tr("NACKED or STALE"), tr("NACKED"), tr("STALE"),
                             tr("Not SYNCED")};
  for (int i = 0; i < statuses.size(); ++i) status_->setItemText(i, statuses[i]);
  status_->setToolTip(tr("Shows only the proxies with a resource type in this status"));
}

}  // namespace meshdesk::app
