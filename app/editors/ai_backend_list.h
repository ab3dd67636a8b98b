#pragma once
// The backends of one AI route as the editor lists them: in fallback order (first choices, then
// each fallback priority), each with its weight as a slider and its share of the traffic.
//
// The model takes drops as MIME data, so a test makes them exactly as a view would:
//   a provider from the palette   added there (see AiRouteEdits::addBackend)
//   a backend of the list         moved in fallback order (see AiRouteEdits::moveBackend)
// Neither changes anything itself: it asks for the change (changeRequested), and the editor
// makes it one undoable edit; the list is then filled again from the workspace.

#include <QAbstractTableModel>
#include <QWidget>

#include <optional>

#include "editors/ai_route_edits.h"

class QSlider;
class QTableView;

namespace meshdesk::app {

class AiBackendListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  // The provider shows as the name's badge and tooltip.
  enum Column { NameColumn, AddressColumn, WeightColumn, ShareColumn, ColumnCount };
  static const QString kMimeType;

  explicit AiBackendListModel(QObject* parent = nullptr);

  // Shows `route`'s backends; `ws` (may be null) offers its secrets to added backends.
  void setRoute(const meshdesk::ai::v1::ModelRoute& route, const workspace::Workspace* ws);
  const meshdesk::ai::v1::ModelRoute& route() const { return route_; }
  // The backend shown on `row` (its index in the route), and the row of a backend; -1 if none.
  int backendAt(int row) const;
  QString nameAt(int row) const;
  int rowOf(const QString& backend) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;

  Qt::DropActions supportedDragActions() const override;
  Qt::DropActions supportedDropActions() const override;
  QStringList mimeTypes() const override;
  QMimeData* mimeData(const QModelIndexList& indexes) const override;
  bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                       const QModelIndex& parent) const override;
  bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                    const QModelIndex& parent) override;

  // The change a drop would ask for, or nothing (with why, when there is a reason to tell).
  std::optional<ModelRouteChange> dropChange(const QMimeData* data, int row,
                                             const QModelIndex& parent, QString* why = nullptr) const;
  // What dragging a backend carries.
  static QMimeData* encode(const QString& route, const QString& backend);

  // Retranslates the headers and texts.
  void retranslate();

 signals:
  void changeRequested(const meshdesk::app::ModelRouteChange& change);
  void refused(const QString& why);

 private:
  meshdesk::ai::v1::ModelRoute route_;
  const workspace::Workspace* workspace_ = nullptr;
  std::vector<int> order_;                // backend indexes in fallback order
  std::vector<std::uint32_t> effective_;  // per backend index: its effective weight
  std::vector<std::uint64_t> levelSums_;  // per backend index: its level's sum
};

// The list with a weight slider on every row. Sliders ask for a weight when released (or moved
// with the keyboard), so dragging one is one edit, not one per pixel.
class AiBackendList : public QWidget {
  Q_OBJECT

 public:
  explicit AiBackendList(QWidget* parent = nullptr);

  AiBackendListModel* model() const { return model_; }
  QTableView* view() const { return view_; }
  // The slider of `backend`; null when it is not listed.
  QSlider* weightSlider(const QString& backend) const;
  // The selected backend's name; empty when none is.
  QString selected() const;
  void select(const QString& backend);
  // After the next refill, select `backend` (a backend being renamed) instead of the one
  // selected now.
  void selectAfterReset(const QString& backend) { preferred_ = backend; }

 signals:
  void weightChosen(const QString& backend, int weight);
  void selectionChanged(const QString& backend);

 private:
  void makeSliders();

  AiBackendListModel* model_;
  QTableView* view_;
  QString remembered_;
  QString preferred_;
};

}  // namespace meshdesk::app

Q_DECLARE_METATYPE(meshdesk::app::ModelRouteChange)
