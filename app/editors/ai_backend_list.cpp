#include "editors/ai_backend_list.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSlider>
#include <QTableView>
#include <QVBoxLayout>

#include "ai/model_route_rules.h"

namespace meshdesk::app {

using meshdesk::ai::v1::Backend;

const QString AiBackendListModel::kMimeType = QStringLiteral("application/x-meshdesk-ai-backend");

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString addressOf(const Backend& b) {
  const unsigned port = b.port() != 0 ? b.port() : (b.tls() ? 443 : 80);
  QString text = QStringLiteral("%1:%2").arg(qs(b.host())).arg(port);
  if (b.tls()) text += QStringLiteral(" (TLS)");
  return text;
}

}  // namespace

AiBackendListModel::AiBackendListModel(QObject* parent) : QAbstractTableModel(parent) {
  qRegisterMetaType<ModelRouteChange>();
}

void AiBackendListModel::setRoute(const meshdesk::ai::v1::ModelRoute& route,
                                  const workspace::Workspace* ws) {
  beginResetModel();
  route_ = route;
  workspace_ = ws;
  order_ = AiRouteEdits::fallbackOrder(route_);
  effective_.assign(route_.backends_size(), 0);
  levelSums_.assign(route_.backends_size(), 0);
  for (const auto& level : meshdesk::ai::priorityLevels(route_)) {
    const auto weights = meshdesk::ai::effectiveWeights(level);
    std::uint64_t sum = 0;
    for (auto w : weights) sum += w;
    for (std::size_t i = 0; i < level.size(); ++i) {
      // Repeated messages are not contiguous: find the backend by address.
      for (int index = 0; index < route_.backends_size(); ++index) {
        if (&route_.backends(index) != level[i]) continue;
        effective_[index] = weights[i];
        levelSums_[index] = sum;
      }
    }
  }
  endResetModel();
}

int AiBackendListModel::backendAt(int row) const {
  return row >= 0 && row < static_cast<int>(order_.size()) ? order_[row] : -1;
}

QString AiBackendListModel::nameAt(int row) const {
  const int i = backendAt(row);
  return i < 0 ? QString() : qs(route_.backends(i).name());
}

int AiBackendListModel::rowOf(const QString& backend) const {
  for (int row = 0; row < static_cast<int>(order_.size()); ++row) {
    if (nameAt(row) == backend) return row;
  }
  return -1;
}

int AiBackendListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(order_.size());
}

int AiBackendListModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant AiBackendListModel::data(const QModelIndex& index, int role) const {
  const int i = backendAt(index.row());
  if (i < 0) return {};
  const Backend& b = route_.backends(i);
  if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
    switch (index.column()) {
      case NameColumn:
        return role == Qt::ToolTipRole
                   ? QStringLiteral("%1 (%2)").arg(qs(b.name()), AiProviderPresets::providerTitle(b.provider()))
                   : qs(b.name());
      case AddressColumn: return addressOf(b);
      case WeightColumn: return role == Qt::ToolTipRole ? tr("weight %1").arg(b.weight()) : QVariant();
      case ShareColumn:
        if (b.priority() > 0) return tr("fallback %1").arg(b.priority());
        if (levelSums_[i] == 0) return QStringLiteral("0%");
        return QStringLiteral("%1%").arg(
            qRound(100.0 * double(effective_[i]) / double(levelSums_[i])));
    }
  }
  if (role == Qt::DecorationRole && index.column() == NameColumn) {
    for (const AiProviderPreset& p : AiProviderPresets::all()) {
      if (p.backend.provider() == b.provider() &&
          (b.provider() != Backend::OPENAI || p.id == QLatin1String("openai"))) {
        return AiProviderPresets::icon(p);
      }
    }
  }
  if (role == Qt::EditRole && index.column() == WeightColumn) return b.weight();
  return {};
}

QVariant AiBackendListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case NameColumn: return tr("Backend");
    case AddressColumn: return tr("Address");
    case WeightColumn: return tr("Weight");
    case ShareColumn: return tr("Share");
  }
  return {};
}

Qt::ItemFlags AiBackendListModel::flags(const QModelIndex& index) const {
  if (!index.isValid()) return Qt::ItemIsDropEnabled;
  return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

Qt::DropActions AiBackendListModel::supportedDragActions() const { return Qt::MoveAction; }

Qt::DropActions AiBackendListModel::supportedDropActions() const {
  return Qt::MoveAction | Qt::CopyAction;
}

QStringList AiBackendListModel::mimeTypes() const {
  return {kMimeType, AiProviderPresets::kMimeType};
}

QMimeData* AiBackendListModel::encode(const QString& route, const QString& backend) {
  auto* data = new QMimeData;
  data->setData(kMimeType, (route + QLatin1Char('\n') + backend).toUtf8());
  data->setText(backend);
  return data;
}

QMimeData* AiBackendListModel::mimeData(const QModelIndexList& indexes) const {
  for (const QModelIndex& index : indexes) {
    const QString name = nameAt(index.row());
    if (!name.isEmpty()) return encode(qs(route_.name()), name);
  }
  return nullptr;
}

std::optional<ModelRouteChange> AiBackendListModel::dropChange(const QMimeData* data, int row,
                                                               const QModelIndex& parent,
                                                               QString* why) const {
  if (data == nullptr) return std::nullopt;
  // On a row: onto it. Between rows: before `row`. Below the last: at the end.
  const bool onto = parent.isValid();
  const int at = onto ? parent.row() : row;
  if (const QString preset = AiProviderPresets::decode(data); !preset.isEmpty()) {
    return AiRouteEdits::addBackend(route_, *AiProviderPresets::find(preset), workspace_, at, onto, why);
  }
  if (!data->hasFormat(kMimeType)) return std::nullopt;
  const QStringList parts = QString::fromUtf8(data->data(kMimeType)).split(QLatin1Char('\n'));
  if (parts.size() != 2 || parts[0] != qs(route_.name())) {
    if (why != nullptr) *why = tr("Backends move within their own AI route only.");
    return std::nullopt;
  }
  return AiRouteEdits::moveBackend(route_, parts[1], at, onto, why);
}

bool AiBackendListModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int row, int,
                                         const QModelIndex& parent) const {
  return dropChange(data, row, parent).has_value();
}

bool AiBackendListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                      const QModelIndex& parent) {
  if (action == Qt::IgnoreAction) return true;
  QString why;
  auto change = dropChange(data, row, parent, &why);
  if (!change) {
    if (!why.isEmpty()) emit refused(why);
    return false;
  }
  emit changeRequested(*change);
  // The rows are filled again from the workspace; there is nothing for the view to remove.
  return false;
}

void AiBackendListModel::retranslate() {
  emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
  if (!order_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

AiBackendList::AiBackendList(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  model_ = new AiBackendListModel(this);
  view_ = new QTableView(this);
  view_->setObjectName(QStringLiteral("AiBackends"));
  view_->setModel(model_);
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setSelectionMode(QAbstractItemView::SingleSelection);
  view_->setDragEnabled(true);
  view_->setAcceptDrops(true);
  view_->setDropIndicatorShown(true);
  view_->setDragDropMode(QAbstractItemView::DragDrop);
  view_->setDefaultDropAction(Qt::MoveAction);
  view_->verticalHeader()->hide();
  view_->setWordWrap(false);
  view_->setTextElideMode(Qt::ElideMiddle);
  view_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  view_->horizontalHeader()->setStretchLastSection(false);
  view_->horizontalHeader()->setSectionResizeMode(AiBackendListModel::AddressColumn, QHeaderView::Stretch);
  view_->horizontalHeader()->setSectionResizeMode(AiBackendListModel::ShareColumn, QHeaderView::ResizeToContents);
  view_->horizontalHeader()->setSectionResizeMode(AiBackendListModel::WeightColumn, QHeaderView::Fixed);
  view_->setColumnWidth(AiBackendListModel::WeightColumn, 120);
  view_->setMinimumHeight(110);
  view_->setIconSize(QSize(18, 18));
  layout->addWidget(view_);

  connect(model_, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
    remembered_ = preferred_.isEmpty() ? selected() : preferred_;
    preferred_.clear();
  });
  connect(model_, &QAbstractItemModel::modelReset, this, [this] {
    makeSliders();
    view_->resizeColumnToContents(AiBackendListModel::NameColumn);
    const int row = model_->rowOf(remembered_);
    if (row >= 0 || model_->rowCount() > 0) select(model_->nameAt(row >= 0 ? row : 0));
    emit selectionChanged(selected());
  });
  connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this] { emit selectionChanged(selected()); });
}

void AiBackendList::makeSliders() {
  std::uint32_t most = 100;
  for (const auto& b : model_->route().backends()) most = std::max(most, b.weight());
  for (int row = 0; row < model_->rowCount(); ++row) {
    const int i = model_->backendAt(row);
    const QString name = model_->nameAt(row);
    auto* slider = new QSlider(Qt::Horizontal);
    slider->setObjectName(QStringLiteral("weight:") + name);
    slider->setRange(0, static_cast<int>(most));
    slider->setPageStep(10);
    slider->setValue(static_cast<int>(model_->route().backends(i).weight()));
    slider->setToolTip(tr("Weight of %1 within its priority").arg(name));
    slider->setAccessibleName(tr("Weight of %1").arg(name));
    // Released after a drag, or moved by the keyboard or a program: one weight each.
    connect(slider, &QSlider::sliderReleased, this,
            [this, slider, name] { emit weightChosen(name, slider->value()); });
    connect(slider, &QSlider::valueChanged, this, [this, slider, name](int value) {
      slider->setToolTip(tr("weight %1").arg(value));
      if (!slider->isSliderDown()) emit weightChosen(name, value);
    });
    view_->setIndexWidget(model_->index(row, AiBackendListModel::WeightColumn), slider);
  }
}

QSlider* AiBackendList::weightSlider(const QString& backend) const {
  const int row = model_->rowOf(backend);
  if (row < 0) return nullptr;
  return qobject_cast<QSlider*>(view_->indexWidget(model_->index(row, AiBackendListModel::WeightColumn)));
}

QString AiBackendList::selected() const { return model_->nameAt(view_->currentIndex().row()); }

void AiBackendList::select(const QString& backend) {
  const int row = model_->rowOf(backend);
  if (row < 0) return;
  view_->setCurrentIndex(model_->index(row, AiBackendListModel::NameColumn));
}

}  // namespace meshdesk::app
