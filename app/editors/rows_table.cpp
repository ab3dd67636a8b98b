#include "editors/rows_table.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace meshdesk::app {

namespace {

constexpr int kOriginRole = Qt::UserRole + 10;

// An editable combo for columns with a fixed set of usual values.
class ChoiceDelegate : public QStyledItemDelegate {
 public:
  ChoiceDelegate(const std::vector<QStringList>& choices, QObject* parent)
      : QStyledItemDelegate(parent), choices_(choices) {}
  QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                        const QModelIndex& index) const override {
    if (index.column() < static_cast<int>(choices_.size()) && !choices_[index.column()].isEmpty()) {
      auto* combo = new QComboBox(parent);
      combo->setEditable(true);
      combo->addItems(choices_[index.column()]);
      return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
  }
  void setEditorData(QWidget* editor, const QModelIndex& index) const override {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
      combo->setCurrentText(index.data(Qt::EditRole).toString());
      return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
  }
  void setModelData(QWidget* editor, QAbstractItemModel* model,
                    const QModelIndex& index) const override {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
      model->setData(index, combo->currentText().trimmed());
      return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
  }

 private:
  const std::vector<QStringList>& choices_;
};

}  // namespace

RowsTable::RowsTable(const QStringList& columns, QWidget* parent) : QWidget(parent) {
  choices_.resize(columns.size());
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  table_ = new QTableWidget(0, static_cast<int>(columns.size()), this);
  table_->setHorizontalHeaderLabels(columns);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->verticalHeader()->setVisible(false);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setItemDelegate(new ChoiceDelegate(choices_, table_));
  table_->setMinimumHeight(90);
  table_->setMaximumHeight(200);
  table_->installEventFilter(this);
  layout->addWidget(table_, 1);

  auto* buttons = new QVBoxLayout;
  buttons->setSpacing(2);
  auto button = [&](const QString& text, const QString& tip, auto slot) {
    auto* b = new QToolButton(this);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    connect(b, &QToolButton::clicked, this, slot);
    buttons->addWidget(b);
  };
  button(QStringLiteral("+"), tr("Add a row (Insert)"), [this] { addRow(); });
  button(QStringLiteral("\u2212"), tr("Remove the selected row (Delete)"),
         [this] { removeRow(table_->currentRow()); });
  button(QStringLiteral("\u2191"), tr("Move up (Alt+Up)"),
         [this] { moveRow(table_->currentRow(), table_->currentRow() - 1); });
  button(QStringLiteral("\u2193"), tr("Move down (Alt+Down)"),
         [this] { moveRow(table_->currentRow(), table_->currentRow() + 1); });
  buttons->addStretch(1);
  layout->addLayout(buttons);

  connect(table_, &QTableWidget::itemChanged, this, [this] {
    if (!filling_) emit changed();
  });
}

void RowsTable::setChoices(int column, const QStringList& values) {
  if (column >= 0 && column < static_cast<int>(choices_.size())) choices_[column] = values;
}

void RowsTable::setRows(const std::vector<QStringList>& rows) {
  filling_ = true;
  table_->setRowCount(static_cast<int>(rows.size()));
  for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
    for (int c = 0; c < table_->columnCount(); ++c) {
      auto* cell = new QTableWidgetItem(c < rows[r].size() ? rows[r][c] : QString());
      if (c == 0) cell->setData(kOriginRole, r);
      table_->setItem(r, c, cell);
    }
  }
  table_->resizeColumnsToContents();
  filling_ = false;
}

std::vector<QStringList> RowsTable::rows() const {
  std::vector<QStringList> out;
  for (int r = 0; r < table_->rowCount(); ++r) {
    QStringList row;
    for (int c = 0; c < table_->columnCount(); ++c) {
      const auto* cell = table_->item(r, c);
      row << (cell ? cell->text().trimmed() : QString());
    }
    out.push_back(row);
  }
  return out;
}

std::vector<int> RowsTable::origins() const {
  std::vector<int> out;
  for (int r = 0; r < table_->rowCount(); ++r) {
    const auto* cell = table_->item(r, 0);
    out.push_back(cell && cell->data(kOriginRole).isValid() ? cell->data(kOriginRole).toInt() : -1);
  }
  return out;
}

int RowsTable::rowCount() const { return table_->rowCount(); }

void RowsTable::addRow(const QStringList& values) {
  filling_ = true;
  const int r = table_->rowCount();
  table_->insertRow(r);
  const QStringList& fill = values.isEmpty() ? defaults_ : values;
  for (int c = 0; c < table_->columnCount(); ++c) {
    table_->setItem(r, c, new QTableWidgetItem(c < fill.size() ? fill[c] : QString()));
  }
  table_->setCurrentCell(r, 0);
  filling_ = false;
  emit changed();
}

void RowsTable::removeRow(int row) {
  if (row < 0 || row >= table_->rowCount()) return;
  table_->removeRow(row);
  emit changed();
}

void RowsTable::moveRow(int row, int to) {
  if (row < 0 || to < 0 || row >= table_->rowCount() || to >= table_->rowCount() || row == to) return;
  filling_ = true;
  for (int c = 0; c < table_->columnCount(); ++c) {
    QTableWidgetItem* a = table_->takeItem(row, c);
    QTableWidgetItem* b = table_->takeItem(to, c);
    table_->setItem(row, c, b);
    table_->setItem(to, c, a);
  }
  table_->setCurrentCell(to, table_->currentColumn() < 0 ? 0 : table_->currentColumn());
  filling_ = false;
  emit changed();
}

void RowsTable::setCell(int row, int column, const QString& value) {
  if (row < 0 || row >= table_->rowCount()) return;
  QTableWidgetItem* cell = table_->item(row, column);
  if (cell == nullptr) {
    table_->setItem(row, column, new QTableWidgetItem(value));  // emits itemChanged
  } else {
    cell->setText(value);
  }
}

bool RowsTable::eventFilter(QObject* watched, QEvent* event) {
  // Keys typed into a cell's editor go to the editor, not the table.
  if (watched == table_ && event->type() == QEvent::KeyPress) {
    auto* key = static_cast<QKeyEvent*>(event);
    const int row = table_->currentRow();
    if (key->key() == Qt::Key_Insert) {
      addRow();
      return true;
    }
    if (key->key() == Qt::Key_Delete) {
      removeRow(row);
      return true;
    }
    if (key->modifiers() & Qt::AltModifier) {
      if (key->key() == Qt::Key_Up) {
        moveRow(row, row - 1);
        return true;
      }
      if (key->key() == Qt::Key_Down) {
        moveRow(row, row + 1);
        return true;
      }
    }
  }
  return QWidget::eventFilter(watched, event);
}

}  // namespace meshdesk::app
