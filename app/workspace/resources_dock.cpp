#include "workspace/resources_dock.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

#include "document/resource_edits.h"
#include "document/workspace_document.h"
#include "editors/ai_route_edits.h"
#include "models/resource_tree_model.h"
#include "validation/finding_place.h"
#include "workspace/navigator_view.h"

namespace meshdesk::app {

using Level = ResourceRef::Level;
using workspace::Kind;

namespace {

ResourceRef refAt(const QModelIndex& index) {
  return index.data(ResourceTree::kRefRole).value<ResourceRef>();
}

// Branch rows have no ref of their own; they are remembered by their kind (or title's start).
QString stateKey(const QModelIndex& index) {
  const ResourceRef ref = refAt(index);
  if (ref.level == Level::None) {
    return QStringLiteral("branch:%1:%2")
        .arg(static_cast<int>(ref.kind))
        .arg(index.data().toString().section(QLatin1Char(' '), 0, 0));
  }
  return refKey(ref);
}

}  // namespace

ResourcesDock::ResourcesDock(WorkspaceDocument& document, QWidget* parent)
    : QDockWidget(parent), document_(document) {
  setObjectName(QStringLiteral("ResourcesDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->setSpacing(2);

  filter_ = new QLineEdit(body);
  filter_->setObjectName(QStringLiteral("ResourceFilter"));
  filter_->setClearButtonEnabled(true);
  layout->addWidget(filter_);

  model_ = new ResourceTreeModel(document_, this);
  filtered_ = new QSortFilterProxyModel(this);
  filtered_->setSourceModel(model_);
  filtered_->setRecursiveFilteringEnabled(true);
  filtered_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  filtered_->setFilterKeyColumn(-1);
  // The model never inserts or removes rows (an edit rebuilds it), and a change of a row's
  // state or highlight does not change what the filter shows: so no re-filtering on every
  // dataChanged, which for a 10,000-route tree took a third of a second per validation.
  filtered_->setDynamicSortFilter(false);
  connect(filter_, &QLineEdit::textChanged, this, [this](const QString& text) {
    filtered_->setFilterFixedString(text);
    if (!text.isEmpty()) tree_->expandAll();
  });

  tree_ = new NavigatorView(body);
  tree_->setObjectName(QStringLiteral("ResourceTree"));
  tree_->setModel(filtered_);
  tree_->setSourceModel(model_);
  tree_->setUniformRowHeights(true);
  tree_->setAlternatingRowColors(true);
  tree_->setEditTriggers(QAbstractItemView::EditKeyPressed);
  tree_->header()->setStretchLastSection(true);
  tree_->setContextMenuPolicy(Qt::CustomContextMenu);
  layout->addWidget(tree_);
  setWidget(body);

  connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this](const QModelIndex& index) {
            updateActions();
            emit selected(refAt(index));
          });
  connect(tree_, &QWidget::customContextMenuRequested, this, &ResourcesDock::showContextMenu);
  connect(filtered_, &QAbstractItemModel::modelAboutToBeReset, this, &ResourcesDock::rememberState);
  connect(filtered_, &QAbstractItemModel::modelReset, this, &ResourcesDock::restoreState);
  connect(model_, &ResourceTreeModel::dropped, this, &ResourcesDock::message);
  connect(model_, &ResourceTreeModel::dropRefused, this, &ResourcesDock::message);
  connect(model_, &ResourceTreeModel::renamed, this, &ResourcesDock::message);
  connect(model_, &ResourceTreeModel::renameRefused, this, &ResourcesDock::message);

  // Shortcuts only while the navigator has focus: Del and F2 mean other things in an editor.
  newAction_ = new QAction(this);
  newAction_->setShortcut(QKeySequence::New);
  connect(newAction_, &QAction::triggered, this, &ResourcesDock::createHere);
  duplicateAction_ = new QAction(this);
  duplicateAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
  duplicateAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  connect(duplicateAction_, &QAction::triggered, this, &ResourcesDock::duplicateCurrent);
  deleteAction_ = new QAction(this);
  deleteAction_->setShortcut(QKeySequence::Delete);
  deleteAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  connect(deleteAction_, &QAction::triggered, this, &ResourcesDock::deleteCurrent);
  renameAction_ = new QAction(this);
  renameAction_->setShortcut(QKeySequence(Qt::Key_F2));
  renameAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  connect(renameAction_, &QAction::triggered, this, [this] {
    const QModelIndex index = tree_->currentIndex().siblingAtColumn(0);
    if (index.flags() & Qt::ItemIsEditable) tree_->edit(index);
  });
  tree_->addActions({duplicateAction_, deleteAction_, renameAction_});

  newMenu_ = new QMenu(this);
  for (const auto& info : workspace::allKinds()) {
    if (info.kind == Kind::kScopedRoute || info.kind == Kind::kExtensionConfig) continue;
    auto* action = newMenu_->addAction(QString());
    action->setData(static_cast<int>(info.kind));
    connect(action, &QAction::triggered, this, [this, kind = info.kind] { createItem(kind); });
    newKindActions_ << action;
  }
  newAiRouteAction_ = newMenu_->addAction(QString());
  connect(newAiRouteAction_, &QAction::triggered, this, &ResourcesDock::createAiRoute);

  retranslate();
  updateActions();
}

QTreeView* ResourcesDock::tree() const { return tree_; }

void ResourcesDock::rememberState() {
  rememberedCurrent_ = current();
  rememberedExpanded_.clear();
  std::vector<QModelIndex> stack{QModelIndex()};
  while (!stack.empty()) {
    const QModelIndex parent = stack.back();
    stack.pop_back();
    for (int row = 0; row < filtered_->rowCount(parent); ++row) {
      const QModelIndex index = filtered_->index(row, 0, parent);
      if (filtered_->rowCount(index) == 0 || !tree_->isExpanded(index)) continue;
      rememberedExpanded_ << stateKey(index);
      stack.push_back(index);
    }
  }
}

void ResourcesDock::restoreState() {
  if (firstFill_ && filtered_->rowCount() > 0) {
    firstFill_ = false;
    tree_->expandToDepth(0);
    tree_->resizeColumnToContents(0);
  } else {
    const QSet<QString> expanded(rememberedExpanded_.begin(), rememberedExpanded_.end());
    std::vector<QModelIndex> stack{QModelIndex()};
    while (!stack.empty()) {
      const QModelIndex parent = stack.back();
      stack.pop_back();
      for (int row = 0; row < filtered_->rowCount(parent); ++row) {
        const QModelIndex index = filtered_->index(row, 0, parent);
        if (filtered_->rowCount(index) == 0 || !expanded.contains(stateKey(index))) continue;
        tree_->expand(index);
        stack.push_back(index);
      }
    }
  }
  if (rememberedCurrent_.level != Level::None && select(rememberedCurrent_)) return;
  // Something to look at from the start: the first resource of the first kind that has one.
  for (int row = 0; row < filtered_->rowCount(); ++row) {
    const QModelIndex kind = filtered_->index(row, 0);
    if (filtered_->rowCount(kind) > 0 && refAt(filtered_->index(0, 0, kind)).level == Level::Item) {
      tree_->setCurrentIndex(filtered_->index(0, 0, kind));
      return;
    }
  }
}

bool ResourcesDock::select(const ResourceRef& ref) {
  const QModelIndex source = model_->indexOf(ref);
  if (!source.isValid()) return false;
  QModelIndex index = filtered_->mapFromSource(source);
  if (!index.isValid()) {
    // Hidden by the filter: clear it rather than fail to show what was asked for.
    filter_->clear();
    index = filtered_->mapFromSource(source);
    if (!index.isValid()) return false;
  }
  for (QModelIndex up = index.parent(); up.isValid(); up = up.parent()) tree_->expand(up);
  tree_->setCurrentIndex(index);
  tree_->scrollTo(index);
  return true;
}

ResourceRef ResourcesDock::current() const { return refAt(tree_->currentIndex()); }

void ResourcesDock::updateActions() {
  const ResourceRef ref = current();
  const bool item = ref.level == Level::Item;
  const bool aiRoute = ref.level == Level::AiRoute && ref.problem >= 0;
  duplicateAction_->setEnabled(item || ref.level == Level::VirtualHost || ref.level == Level::Route ||
                               ref.level == Level::Endpoint || aiRoute);
  deleteAction_->setEnabled(duplicateAction_->isEnabled());
  renameAction_->setEnabled(item || ref.level == Level::VirtualHost || ref.level == Level::Route || aiRoute);
}

void ResourcesDock::apply(std::optional<WorkspaceEdit> edit, const QString& why,
                          const ResourceRef& made) {
  if (!edit) {
    if (!why.isEmpty()) emit message(why);
    return;
  }
  const QString text = edit->text;
  const QString error = document_.apply(std::move(*edit));
  if (!error.isEmpty()) {
    emit message(error);
    return;
  }
  ResourceRef target = made;
  // An AI route is found by its place; its name is what the workspace says now.
  if (target.level == Level::AiRoute && target.problem >= 0 &&
      target.problem < static_cast<int>(document_.workspace().aiRoutes().size())) {
    const auto& name = document_.workspace().aiRoutes()[target.problem].name;
    target.name = name.empty() ? QStringLiteral("#%1").arg(target.problem + 1) : QString::fromStdString(name);
  }
  if (target.level != Level::None) select(target);
  emit message(text);
}

void ResourcesDock::createHere() {
  const QModelIndex index = tree_->currentIndex();
  const ResourceRef ref = refAt(index);
  QString why;
  ResourceRef made;
  if (ref.level == Level::AiRoute) {
    createAiRoute();
    return;
  }
  if (ref.level == Level::VirtualHost || ref.level == Level::Route ||
      (ref.level == Level::Item && ref.kind == Kind::kRoute)) {
    auto edit = ResourceEdits::create(document_.workspace(), ref, Kind::kRoute, &why, &made);
    apply(std::move(edit), why, made);
    return;
  }
  // The kind of the selected item, or of the selected heading; listeners when nothing is.
  Kind kind = Kind::kListener;
  if (ref.level == Level::Item || ref.level == Level::Endpoint) {
    kind = ref.kind;
  } else if (index.isValid() && ref.level == Level::None) {
    kind = ref.kind;
  }
  createItem(kind);
}

void ResourcesDock::createItem(Kind kind) {
  QString why;
  ResourceRef made;
  auto edit = ResourceEdits::create(document_.workspace(), {}, kind, &why, &made);
  apply(std::move(edit), why, made);
}

void ResourcesDock::createAiRoute() {
  QString why;
  int created = -1;
  auto edit = AiRouteEdits::create(document_.workspace(), &why, &created);
  apply(std::move(edit), why, aiRouteRef(created));
}

ResourceRef ResourcesDock::aiRouteRef(int index) const {
  // By place only: apply() completes it with the name the route has once the edit is made.
  ResourceRef ref;
  ref.level = Level::AiRoute;
  ref.problem = index;
  return ref;
}

void ResourcesDock::duplicateCurrent() {
  const ResourceRef ref = current();
  if (ref.level == Level::AiRoute) {
    QString why;
    int created = -1;
    auto edit = AiRouteEdits::duplicate(document_.workspace(), ref.problem, &why, &created);
    apply(std::move(edit), why, aiRouteRef(created));
    return;
  }
  QString why;
  ResourceRef made;
  auto edit = ResourceEdits::duplicate(document_.workspace(), current(), &why, &made);
  apply(std::move(edit), why, made);
}

void ResourcesDock::deleteCurrent() {
  const ResourceRef ref = current();
  // Afterwards the row that takes its place, or the one above.
  const QModelIndex index = tree_->currentIndex();
  QModelIndex next = index.sibling(index.row() + 1, 0);
  if (!next.isValid()) next = index.sibling(index.row() - 1, 0);
  if (!next.isValid()) next = index.parent();
  ResourceRef after = refAt(next);
  if (ref.level == Level::Route && after.level == Level::Route && after.route > ref.route) --after.route;
  if (ref.level == Level::VirtualHost && after.level == Level::VirtualHost &&
      after.virtualHost > ref.virtualHost) {
    --after.virtualHost;
  }
  QString why;
  if (ref.level == Level::AiRoute) {
    if (after.level == Level::AiRoute && after.problem > ref.problem) --after.problem;
    apply(AiRouteEdits::remove(document_.workspace(), ref.problem, &why), why, after);
    return;
  }
  auto edit = ResourceEdits::remove(document_.workspace(), ref, &why);
  apply(std::move(edit), why, after);
}

void ResourcesDock::showContextMenu(const QPoint& position) {
  const QModelIndex index = tree_->indexAt(position);
  if (index.isValid()) tree_->setCurrentIndex(index);
  QMenu menu(this);
  menu.addAction(newAction_);
  menu.addMenu(newMenu_);
  menu.addSeparator();
  menu.addAction(duplicateAction_);
  menu.addAction(renameAction_);
  menu.addAction(deleteAction_);
  menu.exec(tree_->viewport()->mapToGlobal(position));
}

void ResourcesDock::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDockWidget::changeEvent(event);
}

void ResourcesDock::retranslate() {
  setWindowTitle(tr("Resources"));
  filter_->setPlaceholderText(tr("Filter resources"));
  newAction_->setText(tr("&New"));
  newAction_->setStatusTip(tr("Add a resource like the selected one (a route beside a route)"));
  duplicateAction_->setText(tr("D&uplicate"));
  deleteAction_->setText(tr("&Delete"));
  renameAction_->setText(tr("&Rename"));
  newMenu_->setTitle(tr("New &Resource"));
  for (QAction* action : newKindActions_) {
    const auto kind = static_cast<Kind>(action->data().toInt());
    action->setText(tr("New %1").arg(ResourceTree::kindLabel(kind)));
  }
  newAiRouteAction_->setText(tr("New AI route"));
  // The rows' texts are made when the model is filled.
  model_->refresh();
}

}  // namespace meshdesk::app
