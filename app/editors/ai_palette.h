#pragma once
// The palette of LLM providers beside an AI route's backends: one tile per provider preset,
// dragged onto the backend list (or onto an AI route in the navigator) to add a backend with
// that provider's defaults. Enter or a double click on a tile adds it too, so the keyboard can
// do what the mouse does.

#include <QAbstractListModel>
#include <QListView>

namespace meshdesk::app {

// The presets as rows; dragging a row carries AiProviderPresets' MIME data.
class AiPaletteModel : public QAbstractListModel {
  Q_OBJECT

 public:
  static constexpr int kPresetRole = Qt::UserRole + 1;  // the preset id

  explicit AiPaletteModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  Qt::DropActions supportedDragActions() const override;
  QStringList mimeTypes() const override;
  QMimeData* mimeData(const QModelIndexList& indexes) const override;

  // The row of preset `id`, or -1.
  int rowOf(const QString& id) const;
  // Rereads titles and hints (after a language change).
  void retranslate();
};

class AiPalette : public QListView {
  Q_OBJECT

 public:
  explicit AiPalette(QWidget* parent = nullptr);

  AiPaletteModel* paletteModel() const { return model_; }
  QSize sizeHint() const override;

 protected:
  // As tall as its rows of tiles at the width it has: never a scroll bar.
  void resizeEvent(QResizeEvent* event) override;

 signals:
  // A tile was chosen with Enter or a double click.
  void chosen(const QString& presetId);

 private:
  AiPaletteModel* model_;
};

}  // namespace meshdesk::app
