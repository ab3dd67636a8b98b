#include "validation/validation_dock.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "models/finding_list_model.h"

namespace meshdesk::app {

ValidationDock::ValidationDock(QWidget* parent) : QDockWidget(parent) {
  setObjectName(QStringLiteral("ValidationDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  layout->setContentsMargins(2, 2, 2, 2);
  summary_ = new QLabel(body);
  summary_->setObjectName(QStringLiteral("ValidationSummary"));
  layout->addWidget(summary_);
  model_ = new FindingListModel(this);
  table_ = new QTableView(body);
  table_->setObjectName(QStringLiteral("FindingTable"));
  table_->setModel(model_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->verticalHeader()->setVisible(false);
  table_->horizontalHeader()->setSectionResizeMode(FindingListModel::MessageColumn, QHeaderView::Stretch);
  table_->setWordWrap(false);
  layout->addWidget(table_);
  setWidget(body);
  connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) { activate(index.row()); });
  connect(table_, &QTableView::clicked, this, [this](const QModelIndex& index) { activate(index.row()); });
  retranslate();
}

void ValidationDock::setFindings(const std::vector<validate::Finding>& findings) {
  model_->setFindings(findings);
  table_->resizeColumnToContents(FindingListModel::SeverityColumn);
  table_->resizeColumnToContents(FindingListModel::ResourceColumn);
  retranslate();
}

QString ValidationDock::summary() const {
  const int errors = model_->errorCount();
  const int warnings = model_->warningCount();
  if (errors == 0 && warnings == 0) return tr("No problems");
  if (warnings == 0) return tr("%n error(s)", "", errors);
  if (errors == 0) return tr("%n warning(s)", "", warnings);
  return tr("%1, %2").arg(tr("%n error(s)", "", errors), tr("%n warning(s)", "", warnings));
}

void ValidationDock::activate(int row) {
  if (row < 0 || row >= model_->rowCount()) return;
  emit activated(placeOf(model_->findings()[row]));
}

void ValidationDock::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    model_->retranslate();
  }
  QDockWidget::changeEvent(event);
}

void ValidationDock::retranslate() {
  setWindowTitle(tr("Validation"));
  summary_->setText(summary());
}

}  // namespace meshdesk::app
