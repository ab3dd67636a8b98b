#include "workspace/resources_dock.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace meshdesk::app {

namespace {

ResourceRef refAt(const QModelIndex& index) {
  return index.data(ResourceTree::kRefRole).value<ResourceRef>();
}

}  // namespace

ResourcesDock::ResourcesDock(QWidget* parent) : QDockWidget(parent) {
  setObjectName(QStringLiteral("ResourcesDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->setSpacing(2);

  filter_ = new QLineEdit(body);
  filter_->setObjectName(QStringLiteral("ResourceFilter"));
  filter_->setClearButtonEnabled(true);
  layout->addWidget(filter_);

  model_ = new QStandardItemModel(this);
  filtered_ = new QSortFilterProxyModel(this);
  filtered_->setSourceModel(model_);
  filtered_->setRecursiveFilteringEnabled(true);
  filtered_->setFilterCaseSensitivity(Qt::CaseInsensitive);
  filtered_->setFilterKeyColumn(-1);
  connect(filter_, &QLineEdit::textChanged, this, [this](const QString& text) {
    filtered_->setFilterFixedString(text);
    if (!text.isEmpty()) tree_->expandAll();
  });

  tree_ = new QTreeView(body);
  tree_->setObjectName(QStringLiteral("ResourceTree"));
  tree_->setModel(filtered_);
  tree_->setUniformRowHeights(true);
  tree_->setAlternatingRowColors(true);
  tree_->header()->setStretchLastSection(true);
  layout->addWidget(tree_);
  setWidget(body);

  connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this,
          [this](const QModelIndex& index) { emit selected(refAt(index)); });
  retranslate();
}

void ResourcesDock::showWorkspace(const workspace::Workspace& workspace,
                                  const std::vector<workspace::WorkspaceError>& errors) {
  const ResourceRef previous = current();
  // Which branches were open, by their kind title's position (titles change with counts).
  QList<int> expanded;
  for (int row = 0; row < filtered_->rowCount(); ++row) {
    if (tree_->isExpanded(filtered_->index(row, 0))) expanded << row;
  }
  const bool first = model_->rowCount() == 0;

  ResourceTree::fill(*model_, workspace, errors);

  if (first) {
    // Open the kinds, keep the route configurations' virtual hosts folded.
    tree_->expandToDepth(0);
  } else {
    for (int row : expanded) tree_->expand(filtered_->index(row, 0));
  }
  tree_->resizeColumnToContents(0);
  if (previous.level != ResourceRef::Level::None && select(previous)) return;
  // Something to look at from the start: the first resource of the first kind that has one.
  for (int row = 0; row < filtered_->rowCount(); ++row) {
    const QModelIndex kind = filtered_->index(row, 0);
    if (filtered_->rowCount(kind) > 0 &&
        refAt(filtered_->index(0, 0, kind)).level == ResourceRef::Level::Item) {
      tree_->setCurrentIndex(filtered_->index(0, 0, kind));
      return;
    }
  }
}

bool ResourcesDock::select(const ResourceRef& ref) {
  const QModelIndexList found =
      filtered_->match(filtered_->index(0, 0), ResourceTree::kRefRole, QVariant::fromValue(ref), 1,
                       Qt::MatchExactly | Qt::MatchRecursive);
  if (found.isEmpty()) return false;
  tree_->setCurrentIndex(found.first());
  tree_->scrollTo(found.first());
  return true;
}

ResourceRef ResourcesDock::current() const { return refAt(tree_->currentIndex()); }

void ResourcesDock::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDockWidget::changeEvent(event);
}

void ResourcesDock::retranslate() {
  setWindowTitle(tr("Resources"));
  filter_->setPlaceholderText(tr("Filter resources"));
}

}  // namespace meshdesk::app
