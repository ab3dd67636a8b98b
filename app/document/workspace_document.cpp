#include "document/workspace_document.h"

#include <QUndoStack>

namespace meshdesk::app {

namespace {
constexpr int kMergeableCommand = 0x4d44;  // "MD"
}

WorkspaceDocument::WorkspaceDocument(QObject* parent)
    : QObject(parent), undoStack_(new QUndoStack(this)) {
  connect(undoStack_, &QUndoStack::cleanChanged, this,
          [this](bool clean) { emit modificationChanged(!clean); });
}

WorkspaceDocument::~WorkspaceDocument() = default;

std::shared_ptr<const workspace::Workspace> WorkspaceDocument::snapshot() const {
  if (!snapshot_) snapshot_ = std::make_shared<const workspace::Workspace>(workspace_);
  return snapshot_;
}

void WorkspaceDocument::setPath(const QString& path) {
  if (path == path_) return;
  path_ = path;
  emit pathChanged(path_);
}

bool WorkspaceDocument::isModified() const { return !undoStack_->isClean(); }

void WorkspaceDocument::markSaved() { undoStack_->setClean(); }

void WorkspaceDocument::reset(workspace::Workspace workspace, const QString& path,
                              std::vector<workspace::WorkspaceError> loadErrors) {
  undoStack_->clear();
  workspace_ = std::move(workspace);
  loadErrors_ = std::move(loadErrors);
  snapshot_.reset();
  ++revision_;
  setPath(path);
  emit wasReset();
  emit changed();
  emit modificationChanged(false);
}

QString WorkspaceDocument::apply(WorkspaceEdit edit) {
  if (edit.changes.empty() && !edit.nodeGroups) return {};
  std::optional<std::vector<workspace::NodeGroup>> groupsBefore;
  if (edit.nodeGroups) groupsBefore = workspace_.nodeGroups();
  // Tried first, so that a bad edit never reaches the stack.
  const std::string error = run(edit, true);
  if (!error.empty()) return QString::fromStdString(error);
  if (edit.nodeGroups) {
    const std::string groupError = workspace_.setNodeGroups(*edit.nodeGroups);
    if (!groupError.empty()) {
      run(edit, false);
      return QString::fromStdString(groupError);
    }
    snapshot_.reset();
    ++revision_;
    emit changed();
  }
  auto* command = new WorkspaceCommand(*this, std::move(edit), std::move(groupsBefore));
  undoStack_->push(command);  // redo() skips the first run: it happened above
  return {};
}

std::string WorkspaceDocument::run(const WorkspaceEdit& edit, bool forward) {
  std::string error = applyChanges(workspace_, edit.changes, forward);
  if (!error.empty()) return error;
  snapshot_.reset();
  ++revision_;
  emit changed();
  return {};
}

WorkspaceCommand::WorkspaceCommand(WorkspaceDocument& document, WorkspaceEdit edit,
                                   std::optional<std::vector<workspace::NodeGroup>> groupsBefore)
    : QUndoCommand(edit.text), document_(document), edit_(std::move(edit)),
      groupsBefore_(std::move(groupsBefore)) {}

void WorkspaceCommand::redo() {
  if (first_) {
    first_ = false;
    return;
  }
  document_.run(edit_, true);
  if (edit_.nodeGroups) {
    document_.workspace_.setNodeGroups(*edit_.nodeGroups);
    document_.snapshot_.reset();
    ++document_.revision_;
    emit document_.changed();
  }
}

void WorkspaceCommand::undo() {
  if (groupsBefore_) document_.workspace_.setNodeGroups(*groupsBefore_);
  document_.run(edit_, false);
}

int WorkspaceCommand::id() const { return edit_.mergeKey.isEmpty() ? -1 : kMergeableCommand; }

bool WorkspaceCommand::mergeWith(const QUndoCommand* other) {
  const auto* next = dynamic_cast<const WorkspaceCommand*>(other);
  if (next == nullptr || next->edit_.mergeKey != edit_.mergeKey || edit_.nodeGroups ||
      next->edit_.nodeGroups) {
    return false;
  }
  // Each change of the next edit replaces one of the same item here: keep our before, take its
  // after. Edits that touch other items, add or remove are not merged.
  if (next->edit_.changes.size() != edit_.changes.size()) return false;
  for (std::size_t i = 0; i < edit_.changes.size(); ++i) {
    const ItemChange& mine = edit_.changes[i];
    const ItemChange& theirs = next->edit_.changes[i];
    if (!mine.after || !theirs.before || !theirs.after || mine.kind != theirs.kind ||
        mine.after->name() != theirs.before->name()) {
      return false;
    }
  }
  for (std::size_t i = 0; i < edit_.changes.size(); ++i) {
    edit_.changes[i].after = next->edit_.changes[i].after;
  }
  setText(next->text());
  return true;
}

}  // namespace meshdesk::app
