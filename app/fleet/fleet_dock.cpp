#include "fleet/fleet_dock.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "models/fleet_table_model.h"

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

  // Fit the columns to the first proxies; afterwards the user's widths win.
  connect(&model_, &FleetTableModel::proxyCountChanged, this, [this](int count) {
    static constexpr int kFitUntil = 8;
    if (count > 0 && count <= kFitUntil) table_->resizeColumnsToContents();
  });
  retranslate();
}

void FleetDock::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDockWidget::changeEvent(event);
}

void FleetDock::retranslate() {
  setWindowTitle(tr("Fleet"));
  filter_->setPlaceholderText(tr("Filter proxies by node, cluster, group, peer or status"));
  filter_->setToolTip(tr("Shows only the proxies with this text in any column (Ctrl+F)"));
}

}  // namespace meshdesk::app
