#pragma once
// The navigator's model: the edited workspace as a tree (kinds, items, virtual hosts and routes
// in match order, clusters with their endpoints, node groups, AI routes, reading problems), with
// each row's validation state, and drag and drop as MIME data so that every move a mouse can
// make is also an API a test calls.
//
// Drops (see dropEdit):
//   routes      onto a virtual host (between routes: that place; on it: the end) or onto a
//               route (before it): reorder, or move to another virtual host
//   a cluster   onto a route: the route's target; with Copy (Ctrl) or on a route that already
//               splits, added to its weighted clusters
//   an endpoint onto a cluster, an endpoints item or one of their endpoints: moved there
//               (copied with Copy)
//   a provider  (from the AI route editor's palette) onto an AI route: a backend for it
// A drop never edits the workspace directly: it becomes one undoable WorkspaceEdit.

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

#include "document/workspace_document.h"
#include "validate/finding.h"
#include "workspace/resource_tree.h"

namespace meshdesk::app {

class ResourceTreeModel : public QAbstractItemModel {
  Q_OBJECT

 public:
  static constexpr int kRefRole = ResourceTree::kRefRole;
  // int: 0 not validated yet, 1 fine, 2 warning, 3 error.
  static constexpr int kStateRole = Qt::UserRole + 2;
  // bool: the drag being previewed would leave this route shadowed.
  static constexpr int kShadowPreviewRole = Qt::UserRole + 3;
  // bool: on the path of the request tester's request.
  static constexpr int kHighlightRole = Qt::UserRole + 4;
  static const QString kMimeType;
  enum Column { NameColumn, DetailColumn, ColumnCount };
  enum State { Unchecked = 0, Fine = 1, Warning = 2, Error = 3 };

  // A row of the tree; opaque outside the model.
  struct Node;

  explicit ResourceTreeModel(WorkspaceDocument& document, QObject* parent = nullptr);
  ~ResourceTreeModel() override;

  QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  // Editing a name renames (an item, a virtual host or a route), as one undoable edit.
  bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

  Qt::DropActions supportedDragActions() const override;
  Qt::DropActions supportedDropActions() const override;
  QStringList mimeTypes() const override;
  QMimeData* mimeData(const QModelIndexList& indexes) const override;
  bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                       const QModelIndex& parent) const override;
  bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                    const QModelIndex& parent) override;

  // The edit a drop would make, or nothing (with why, when there is a reason to tell).
  std::optional<WorkspaceEdit> dropEdit(const QMimeData* data, Qt::DropAction action, int row,
                                        const QModelIndex& parent, QString* why = nullptr,
                                        QList<ResourceRef>* origins = nullptr,
                                        ResourceRef* host = nullptr) const;
  // Marks the routes that the drop would leave shadowed (kShadowPreviewRole) and returns them.
  QList<ResourceRef> previewDrop(const QMimeData* data, Qt::DropAction action, int row,
                                 const QModelIndex& parent);
  void clearPreview();

  QModelIndex indexOf(const ResourceRef& ref, int column = 0) const;
  static ResourceRef refAt(const QModelIndex& index);
  // The refs as MIME data, as a drag would carry them.
  static QMimeData* encode(const QList<ResourceRef>& refs);
  static QList<ResourceRef> decode(const QMimeData* data);

  // The latest findings, shown as each row's state (an item shows the worst of its rows).
  void setFindings(const std::vector<validate::Finding>& findings);
  // Rebuilds the rows (their texts follow the language).
  void refresh();
  // Rows to highlight (the request tester's answer); empty clears.
  void setHighlighted(const QList<ResourceRef>& refs);

 signals:
  // After a drop was applied, with its undo text; or why it was refused.
  void dropped(const QString& text);
  void dropRefused(const QString& why);
  // After a rename through setData, or why it was refused.
  void renamed(const QString& text);
  void renameRefused(const QString& why);

 private:
  void rebuild();
  Node* nodeAt(const QModelIndex& index) const;
  QModelIndex indexOfNode(const Node* node, int column = 0) const;
  int stateOf(const Node& node) const;
  void emitDataChangedAll(const QList<int>& roles);

  WorkspaceDocument& document_;
  std::unique_ptr<Node> root_;
  QHash<QString, Node*> byKey_;
  QHash<QString, int> states_;  // refKey -> State
  bool validated_ = false;
  QSet<QString> shadowPreview_;
  QSet<QString> highlighted_;
  QIcon icons_[4];
};

}  // namespace meshdesk::app
