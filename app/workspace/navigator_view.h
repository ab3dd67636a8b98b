#pragma once
// The navigator's tree view: drag and drop through the model's MIME data, with the routes a
// drop would shadow marked while the drag hovers (the model computes them), and the reason a
// drop is refused shown in the status bar rather than a dialog.

#include <QTreeView>

namespace meshdesk::app {

class ResourceTreeModel;

class NavigatorView : public QTreeView {
  Q_OBJECT

 public:
  explicit NavigatorView(QWidget* parent = nullptr);
  // The model under the filter proxy.
  void setSourceModel(ResourceTreeModel* model) { source_ = model; }

 protected:
  void dragMoveEvent(QDragMoveEvent* event) override;
  void dragLeaveEvent(QDragLeaveEvent* event) override;
  void dropEvent(QDropEvent* event) override;
  // The model's state and highlight changes (whole branches at a time) only need a repaint.
  void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                   const QList<int>& roles = QList<int>()) override;

 private:
  // Where a drop at the cursor would go, in the source model: (parent, row).
  std::pair<QModelIndex, int> dropPlace(const QPoint& position) const;

  ResourceTreeModel* source_ = nullptr;
  QModelIndex lastParent_;
  int lastRow_ = -2;
  Qt::DropAction lastAction_ = Qt::IgnoreAction;
};

}  // namespace meshdesk::app
