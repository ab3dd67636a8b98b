#include "workspace/navigator_view.h"

#include <QDragMoveEvent>
#include <QSortFilterProxyModel>

#include "models/resource_tree_model.h"

namespace meshdesk::app {

NavigatorView::NavigatorView(QWidget* parent) : QTreeView(parent) {
  setDragEnabled(true);
  setAcceptDrops(true);
  setDropIndicatorShown(true);
  setDragDropMode(QAbstractItemView::DragDrop);
  setDefaultDropAction(Qt::MoveAction);
  setSelectionMode(QAbstractItemView::ExtendedSelection);
}

void NavigatorView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                const QList<int>& roles) {
  if (topLeft == bottomRight) {
    QTreeView::dataChanged(topLeft, bottomRight, roles);  // an open editor follows its row
    return;
  }
  // Rows have uniform heights, so repainting what is shown is all a range needs. Qt would work
  // out the range's exact rectangle row by row, and a row under a collapsed parent costs it a
  // scan of every shown row: with 10,000 routes a validation result took a third of a second.
  const QModelIndex parent = topLeft.parent();
  if (parent.isValid() && !isExpanded(parent)) return;
  viewport()->update();
}

std::pair<QModelIndex, int> NavigatorView::dropPlace(const QPoint& position) const {
  const QModelIndex at = indexAt(position);
  QModelIndex parent;
  int row = -1;
  switch (dropIndicatorPosition()) {
    case AboveItem: parent = at.parent(); row = at.row(); break;
    case BelowItem: parent = at.parent(); row = at.row() + 1; break;
    case OnItem: parent = at; row = -1; break;
    case OnViewport: break;
  }
  if (auto* proxy = qobject_cast<QSortFilterProxyModel*>(model())) {
    // A row between filtered rows maps to the source row it stands before.
    const QModelIndex sourceParent = proxy->mapToSource(parent);
    if (row >= 0) {
      if (row < proxy->rowCount(parent)) {
        row = proxy->mapToSource(proxy->index(row, 0, parent)).row();
      } else {
        row = proxy->sourceModel()->rowCount(sourceParent);
      }
    }
    parent = sourceParent;
  }
  return {parent, row};
}

void NavigatorView::dragMoveEvent(QDragMoveEvent* event) {
  QTreeView::dragMoveEvent(event);
  if (source_ == nullptr) return;
  const auto [parent, row] = dropPlace(event->position().toPoint());
  if (parent == lastParent_ && row == lastRow_ && event->dropAction() == lastAction_) return;
  lastParent_ = parent;
  lastRow_ = row;
  lastAction_ = event->dropAction();
  source_->previewDrop(event->mimeData(), event->dropAction(), row, parent);
}

void NavigatorView::dragLeaveEvent(QDragLeaveEvent* event) {
  if (source_ != nullptr) source_->clearPreview();
  lastRow_ = -2;
  QTreeView::dragLeaveEvent(event);
}

void NavigatorView::dropEvent(QDropEvent* event) {
  lastRow_ = -2;
  QTreeView::dropEvent(event);
  if (source_ != nullptr) source_->clearPreview();
}

}  // namespace meshdesk::app
