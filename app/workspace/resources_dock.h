#pragma once
// The "Resources" pane (the navigator): the edited workspace as a tree with a filter box, each
// row's validation state as its icon, drag and drop (routes, clusters, endpoints) and a context
// menu with new, duplicate, delete and rename, all on the keyboard too (Ctrl+N, Ctrl+D, Del, F2).
// Selecting a row announces what it stands for; the editor shows it.

#include <QDockWidget>

#include <optional>

#include "document/workspace_document.h"
#include "workspace/resource_tree.h"

class QAction;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTreeView;

namespace meshdesk::app {

class NavigatorView;
class ResourceTreeModel;
class WorkspaceDocument;

class ResourcesDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit ResourcesDock(WorkspaceDocument& document, QWidget* parent = nullptr);

  // Selects the row standing for `ref` (opening its parents); false if there is none.
  bool select(const ResourceRef& ref);
  ResourceRef current() const;

  QTreeView* tree() const;
  QLineEdit* filter() const { return filter_; }
  ResourceTreeModel* model() const { return model_; }

  QAction* newAction() const { return newAction_; }
  QAction* duplicateAction() const { return duplicateAction_; }
  QAction* deleteAction() const { return deleteAction_; }
  QAction* renameAction() const { return renameAction_; }
  // New <kind>, for the File > New submenu and the context menu.
  QMenu* newMenu() const { return newMenu_; }

  // Makes a new thing where the selection is: a route beside a route, a virtual host in a route
  // configuration, else an item of the selected kind. Selects what it made.
  void createHere();
  void createItem(workspace::Kind kind);
  // A new AI route (New > New AI route, or New on the AI routes), selected in the tree.
  void createAiRoute();
  void duplicateCurrent();
  void deleteCurrent();

 signals:
  void selected(const meshdesk::app::ResourceRef& ref);
  // What an action did (its undo text) or why it could not: for the status bar.
  void message(const QString& text);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslate();
  void updateActions();
  void showContextMenu(const QPoint& position);
  void rememberState();
  void restoreState();
  void apply(std::optional<WorkspaceEdit> edit, const QString& why,
             const ResourceRef& select = {});
  ResourceRef aiRouteRef(int index) const;

  WorkspaceDocument& document_;
  QLineEdit* filter_;
  ResourceTreeModel* model_;
  QSortFilterProxyModel* filtered_;
  NavigatorView* tree_;
  QAction* newAction_;
  QAction* duplicateAction_;
  QAction* deleteAction_;
  QAction* renameAction_;
  QMenu* newMenu_;
  QList<QAction*> newKindActions_;
  QAction* newAiRouteAction_;

  // Kept across a model reset (every edit rebuilds the rows).
  ResourceRef rememberedCurrent_;
  QStringList rememberedExpanded_;
  bool firstFill_ = true;
};

}  // namespace meshdesk::app
