#pragma once
// The workspace being edited: the file it came from, its content, and the one undo stack every
// edit goes through (forms, YAML, drag and drop, the navigator's menus). Views never change the
// workspace themselves; they make an edit, and everyone hears `changed`.
//
// Background work (validation, the request tester, publishing) gets an immutable copy through
// snapshot(), made once per revision, so no worker ever reads what the GUI thread is changing.

#include <QObject>
#include <QString>
#include <QUndoCommand>

#include <memory>
#include <vector>

#include "document/item_change.h"
#include "workspace/workspace.h"

class QUndoStack;

namespace meshdesk::app {

// One undoable edit: a list of item changes with a readable name ("Move route /api before /").
struct WorkspaceEdit {
  QString text;
  std::vector<ItemChange> changes;
  // Edits with the same key that follow each other are merged into one undo step (typing in a
  // field, dragging a spin box); empty: never merged.
  QString mergeKey;
  // Node groups after the edit, when it changes them.
  std::optional<std::vector<workspace::NodeGroup>> nodeGroups;
  // The whole `ai_routes` section after the edit, when it changes it (AI routes are not items:
  // the workspace keeps them as YAML, in one list).
  std::optional<std::vector<workspace::AiRoute>> aiRoutes;
};

class WorkspaceDocument : public QObject {
  Q_OBJECT

 public:
  explicit WorkspaceDocument(QObject* parent = nullptr);
  ~WorkspaceDocument() override;

  const workspace::Workspace& workspace() const { return workspace_; }
  // The content as of now, shared and never changed; the same pointer until the next change.
  std::shared_ptr<const workspace::Workspace> snapshot() const;
  // Increases with every change (edit, undo, redo, reset).
  quint64 revision() const { return revision_; }

  QString path() const { return path_; }
  void setPath(const QString& path);
  // The problems found reading the file (kept until the next reset).
  const std::vector<workspace::WorkspaceError>& loadErrors() const { return loadErrors_; }
  // Changed since opened or saved.
  bool isModified() const;
  void markSaved();

  QUndoStack* undoStack() const { return undoStack_; }

  // Replaces everything and forgets the undo history.
  void reset(workspace::Workspace workspace, const QString& path,
             std::vector<workspace::WorkspaceError> loadErrors = {});
  // Applies `edit` through the undo stack. Returns "" or why it cannot be applied (nothing
  // changes then).
  QString apply(WorkspaceEdit edit);

 signals:
  // After every change, with the kinds and names of the items it touched (before and after
  // names, so a rename names both).
  void changed();
  void wasReset();
  void pathChanged(const QString& path);
  void modificationChanged(bool modified);

 private:
  friend class WorkspaceCommand;
  // After a change made outside run(): a new snapshot, revision and `changed`.
  void touched();

  workspace::Workspace workspace_;
  mutable std::shared_ptr<const workspace::Workspace> snapshot_;
  quint64 revision_ = 0;
  QString path_;
  std::vector<workspace::WorkspaceError> loadErrors_;
  QUndoStack* undoStack_;
};

// The QUndoCommand behind WorkspaceDocument::apply.
class WorkspaceCommand : public QUndoCommand {
 public:
  WorkspaceCommand(WorkspaceDocument& document, WorkspaceEdit edit,
                   std::optional<std::vector<workspace::NodeGroup>> groupsBefore,
                   std::optional<std::vector<workspace::AiRoute>> aiRoutesBefore);
  void undo() override;
  void redo() override;
  int id() const override;
  bool mergeWith(const QUndoCommand* other) override;

 private:
  WorkspaceDocument& document_;
  WorkspaceEdit edit_;
  std::optional<std::vector<workspace::NodeGroup>> groupsBefore_;
  std::optional<std::vector<workspace::AiRoute>> aiRoutesBefore_;
  bool first_ = true;
};

}  // namespace meshdesk::app
