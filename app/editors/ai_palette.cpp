#include "editors/ai_palette.h"

#include <QMimeData>
#include <QResizeEvent>

#include <algorithm>

#include "editors/ai_provider_presets.h"

namespace meshdesk::app {

AiPaletteModel::AiPaletteModel(QObject* parent) : QAbstractListModel(parent) {}

int AiPaletteModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(AiProviderPresets::all().size());
}

QVariant AiPaletteModel::data(const QModelIndex& index, int role) const {
  const auto presets = AiProviderPresets::all();
  if (!index.isValid() || index.row() >= static_cast<int>(presets.size())) return {};
  const AiProviderPreset& p = presets[index.row()];
  switch (role) {
    case Qt::DisplayRole: return p.title;
    case Qt::ToolTipRole:
      return tr("%1\n%2:%3%4\nDrag onto the backends to add it.")
          .arg(p.hint, QString::fromStdString(p.backend.host()))
          .arg(p.backend.port())
          .arg(p.backend.path_rewrite().empty() ? QString()
                                                : QString::fromStdString(p.backend.path_rewrite()));
    case Qt::DecorationRole: return AiProviderPresets::icon(p);
    case kPresetRole: return p.id;
    default: return {};
  }
}

Qt::ItemFlags AiPaletteModel::flags(const QModelIndex& index) const {
  if (!index.isValid()) return Qt::NoItemFlags;
  return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions AiPaletteModel::supportedDragActions() const { return Qt::CopyAction; }

QStringList AiPaletteModel::mimeTypes() const { return {AiProviderPresets::kMimeType}; }

QMimeData* AiPaletteModel::mimeData(const QModelIndexList& indexes) const {
  if (indexes.isEmpty()) return nullptr;
  return AiProviderPresets::encode(indexes.front().data(kPresetRole).toString());
}

int AiPaletteModel::rowOf(const QString& id) const {
  for (int row = 0; row < rowCount(); ++row) {
    if (index(row).data(kPresetRole).toString() == id) return row;
  }
  return -1;
}

void AiPaletteModel::retranslate() {
  if (rowCount() > 0) emit dataChanged(index(0), index(rowCount() - 1));
}

AiPalette::AiPalette(QWidget* parent) : QListView(parent), model_(new AiPaletteModel(this)) {
  setObjectName(QStringLiteral("AiPalette"));
  setModel(model_);
  // Chips: a badge and the provider's name, as wide as the name, in rows that wrap.
  setViewMode(QListView::ListMode);
  setFlow(QListView::LeftToRight);
  setWrapping(true);
  setResizeMode(QListView::Adjust);
  setMovement(QListView::Static);
  setIconSize(QSize(22, 22));
  setSpacing(4);
  setTextElideMode(Qt::ElideNone);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setUniformItemSizes(false);
  setWordWrap(false);
  setDragEnabled(true);
  setDragDropMode(QAbstractItemView::DragOnly);
  setDefaultDropAction(Qt::CopyAction);
  setSelectionMode(QAbstractItemView::SingleSelection);
  connect(this, &QListView::activated, this,
          [this](const QModelIndex& index) { emit chosen(index.data(AiPaletteModel::kPresetRole).toString()); });
}

void AiPalette::resizeEvent(QResizeEvent* event) {
  QListView::resizeEvent(event);
  doItemsLayout();
  int bottom = 0;
  for (int row = 0; row < model_->rowCount(); ++row) bottom = std::max(bottom, rectForIndex(model_->index(row)).bottom());
  setFixedHeight(bottom + spacing() + 2 * frameWidth() + 2);
}

QSize AiPalette::sizeHint() const {
  // One row of chips when the editor is wide; they wrap when it is not (see resizeEvent).
  return QSize(90 * model_->rowCount(), 40);
}

}  // namespace meshdesk::app
