#pragma once
// The "Resources" pane: the workspace as a tree, with a filter box. Selecting a row announces
// what it stands for; the central view shows it.

#include <QDockWidget>

#include <vector>

#include "workspace/resource_tree.h"

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace meshdesk::app {

class ResourcesDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit ResourcesDock(QWidget* parent = nullptr);

  // Shows `workspace` (and the problems found reading it), keeping the selection if that
  // resource is still there, else selecting the first resource.
  void showWorkspace(const workspace::Workspace& workspace,
                     const std::vector<workspace::WorkspaceError>& errors);
  // Selects the row standing for `ref`; false if there is none.
  bool select(const ResourceRef& ref);
  ResourceRef current() const;

  QTreeView* tree() const { return tree_; }
  QLineEdit* filter() const { return filter_; }

 signals:
  void selected(const meshdesk::app::ResourceRef& ref);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();

  QLineEdit* filter_;
  QStandardItemModel* model_;
  QSortFilterProxyModel* filtered_;
  QTreeView* tree_;
};

}  // namespace meshdesk::app
