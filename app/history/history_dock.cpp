#include "history/history_dock.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

#include "controlplane/control_plane.h"
#include "history/diff_highlighter.h"
#include "models/version_list_model.h"

namespace meshdesk::app {

HistoryDock::HistoryDock(controlplane::ControlPlane& plane, QWidget* parent)
    : QDockWidget(parent), plane_(plane) {
  setObjectName(QStringLiteral("HistoryDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  layout->setContentsMargins(2, 2, 2, 2);
  auto* tools = new QToolBar(body);
  rollback_ = new QAction(this);
  rollback_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
  rollback_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  rollback_->setEnabled(false);
  tools->addAction(rollback_);
  addAction(rollback_);
  layout->addWidget(tools);

  auto* split = new QSplitter(Qt::Vertical, body);
  model_ = new VersionListModel(this);
  table_ = new QTableView(split);
  table_->setObjectName(QStringLiteral("VersionTable"));
  table_->setModel(model_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  table_->verticalHeader()->setVisible(false);
  table_->horizontalHeader()->setSectionResizeMode(VersionListModel::MessageColumn, QHeaderView::Stretch);
  diff_ = new QPlainTextEdit(split);
  diff_->setObjectName(QStringLiteral("VersionDiff"));
  diff_->setReadOnly(true);
  diff_->setLineWrapMode(QPlainTextEdit::NoWrap);
  diff_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  new DiffHighlighter(diff_->document());
  split->addWidget(table_);
  split->addWidget(diff_);
  layout->addWidget(split, 1);
  setWidget(body);

  connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryDock::showDiff);
  connect(rollback_, &QAction::triggered, this, [this] {
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    if (rows.size() == 1) emit rollbackRequested(model_->sequenceAt(rows.front().row()));
  });
  retranslate();
}

void HistoryDock::refresh() {
  const auto live = plane_.liveVersion();
  const std::optional<int> liveSequence = live ? std::optional<int>(live->sequence) : std::nullopt;
  if (model_->rowCount() > 0) {
    // A publish adds a version: only it is read and shown, in O(1), and the selection stays
    // (with a version a second for hours, a full reload was O(versions) each time).
    model_->addNewer(plane_.versionsAfter(model_->newestSequence()), liveSequence);
    return;
  }
  model_->setVersions(plane_.versions(), liveSequence);
  table_->resizeColumnsToContents();
  table_->horizontalHeader()->setSectionResizeMode(VersionListModel::MessageColumn, QHeaderView::Stretch);
}

void HistoryDock::selectVersions(const QList<int>& sequences) {
  table_->clearSelection();
  for (int sequence : sequences) {
    const int row = model_->rowOf(sequence);
    if (row >= 0) {
      table_->selectionModel()->select(model_->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
  }
}

QString HistoryDock::diffText() const { return diff_->toPlainText(); }

void HistoryDock::showDiff() {
  QList<int> chosen;
  for (const QModelIndex& index : table_->selectionModel()->selectedRows()) {
    chosen << model_->sequenceAt(index.row());
  }
  std::sort(chosen.begin(), chosen.end());
  const auto live = plane_.liveVersion();
  rollback_->setEnabled(chosen.size() == 1 && !(live && live->sequence == chosen.front()));
  if (chosen.size() == 1) {
    // What this version changed.
    const int v = chosen.front();
    const auto text = v > 1 ? plane_.diff(v - 1, v) : std::optional<std::string>();
    diff_->setPlainText(text ? (text->empty() ? tr("v%1 has the same content as v%2.").arg(v).arg(v - 1)
                                              : QString::fromStdString(*text))
                             : tr("v%1 is the first version.").arg(v));
  } else if (chosen.size() == 2) {
    const auto text = plane_.diff(chosen[0], chosen[1]);
    diff_->setPlainText(text ? (text->empty() ? tr("v%1 and v%2 have the same content.").arg(chosen[0]).arg(chosen[1])
                                              : QString::fromStdString(*text))
                             : QString());
  } else {
    diff_->setPlainText(tr("Select a version to see what it changed, or two to compare them."));
  }
}

void HistoryDock::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    model_->retranslate();
  }
  QDockWidget::changeEvent(event);
}

void HistoryDock::retranslate() {
  setWindowTitle(tr("History"));
  rollback_->setText(tr("&Roll Back to This Version"));
  rollback_->setStatusTip(tr("Publish the selected version's content again, as a new version"));
  showDiff();
}

}  // namespace meshdesk::app
