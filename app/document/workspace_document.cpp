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
  if (edit.changes.empty() && !edit.nodeGroups && !edit.aiRoutes) return {};
  std::optional<std::vector<workspace::NodeGroup>> groupsBefore;
  if (edit.nodeGroups) groupsBefore = workspace_.nodeGroups();
  std::optional<std::vector<workspace::AiRoute>> aiRoutesBefore;
  if (edit.aiRoutes) aiRoutesBefore = workspace_.aiRoutes();
  // Tried first, so that a bad edit never reaches the stack.
  const std::string error = applyChanges(workspace_, edit.changes, true);
  if (!error.empty()) return QString::fromStdString(error);
  if (edit.nodeGroups) {
    const std::string groupError = workspace_.setNodeGroups(*edit.nodeGroups);
    if (!groupError.empty()) {
      applyChanges(workspace_, edit.changes, false);
      return QString::fromStdString(groupError);
    }
  }
  if (edit.aiRoutes) workspace_.setAiRoutes(*edit.aiRoutes);
  touched();
  auto* command = new WorkspaceCommand(*this, std::move(edit), std::move(groupsBefore),
                                       std::move(aiRoutesBefore));
  undoStack_->push(command);  // redo() skips the first run: it happened above
  return {};
}

void WorkspaceDocument::touched() {
  snapshot_.reset();
  ++revision_;
  emit changed();
}

WorkspaceCommand::WorkspaceCommand(WorkspaceDocument& document, WorkspaceEdit edit,
                                   std::optional<std::vector<workspace::NodeGroup>> groupsBefore,
                                   std::optional<std::vector<workspace::AiRoute>> aiRoutesBefore)
    : QUndoCommand(edit.text), document_(document), edit_(std::move(edit)),
      groupsBefore_(std::move(groupsBefore)), aiRoutesBefore_(std::move(aiRoutesBefore)) {}

void WorkspaceCommand::redo() {
  if (first_) {
    first_ = false;
    return;
  }
  workspace::Workspace& ws = document_.workspace_;
  applyChanges(ws, edit_.changes, true);
  if (edit_.nodeGroups) ws.setNodeGroups(*edit_.nodeGroups);
  if (edit_.aiRoutes) ws.setAiRoutes(*edit_.aiRoutes);
  document_.touched();
}

void WorkspaceCommand::undo() {
  workspace::Workspace& ws = document_.workspace_;
  if (groupsBefore_) ws.setNodeGroups(*groupsBefore_);
  if (aiRoutesBefore_) ws.setAiRoutes(*aiRoutesBefore_);
  applyChanges(ws, edit_.changes, false);
  document_.touched();
}

int WorkspaceCommand::id() const { return edit_.mergeKey.isEmpty() ? -1 : kMergeableCommand; }

bool WorkspaceCommand::mergeWith(const QUndoCommand* other) {
  const auto* next = dynamic_cast<const WorkspaceCommand*>(other);
  if (next == nullptr || next->edit_.mergeKey != edit_.mergeKey || edit_.nodeGroups ||
      next->edit_.nodeGroups || edit_.aiRoutes.has_value() != next->edit_.aiRoutes.has_value()) {
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
  // Before stays ours; the section after is theirs.
  if (next->edit_.aiRoutes) edit_.aiRoutes = next->edit_.aiRoutes;
  setText(next->text());
  return true;
}

}  // namespace meshdesk::app
