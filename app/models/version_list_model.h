#pragma once
// The published versions, newest first: v7, when, who, message; the live one marked.

#include <QAbstractTableModel>

#include <optional>
#include <vector>

#include "history/version_store.h"

namespace meshdesk::app {

class VersionListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { VersionColumn, TimeColumn, AuthorColumn, MessageColumn, ColumnCount };
  // int: the version's sequence number.
  static constexpr int kSequenceRole = Qt::UserRole + 1;

  explicit VersionListModel(QObject* parent = nullptr);

  // `versions` oldest first, as the history lists them.
  void setVersions(std::vector<history::VersionInfo> versions, std::optional<int> live);
  // Versions published since (oldest first) go on top as new rows: the rows already shown, and
  // what is selected among them, stay.
  void addNewer(std::vector<history::VersionInfo> newer, std::optional<int> live);
  // The newest version shown; 0 when there is none.
  int newestSequence() const { return versions_.empty() ? 0 : versions_.back().sequence; }
  int sequenceAt(int row) const;
  int rowOf(int sequence) const;
  std::optional<int> live() const { return live_; }
  void retranslate();

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

 private:
  const history::VersionInfo& at(int row) const { return versions_[versions_.size() - 1 - static_cast<std::size_t>(row)]; }
  void setLive(std::optional<int> live);

  std::vector<history::VersionInfo> versions_;  // oldest first: row 0 is the last one
  std::optional<int> live_;
};

}  // namespace meshdesk::app
