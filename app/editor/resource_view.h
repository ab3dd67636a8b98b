#pragma once
// The central area: the selected resource as YAML, read-only for now, with where it is in the
// workspace file. (The editors for each kind come later and replace this view's body.)

#include <QWidget>

#include <memory>
#include <vector>

#include "workspace/resource_tree.h"

class QLabel;
class QPlainTextEdit;

namespace meshdesk::app {

class ResourceView : public QWidget {
  Q_OBJECT

 public:
  explicit ResourceView(QWidget* parent = nullptr);

  // The workspace the refs point into, and the file it came from (for the location line).
  void setWorkspace(std::shared_ptr<const workspace::Workspace> workspace,
                    std::vector<workspace::WorkspaceError> errors, const QString& file);
  void show(const ResourceRef& ref);

  QString title() const;
  QString text() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void render();

  std::shared_ptr<const workspace::Workspace> workspace_;
  std::vector<workspace::WorkspaceError> errors_;
  QString file_;
  ResourceRef ref_;
  QLabel* title_;
  QPlainTextEdit* body_;
};

}  // namespace meshdesk::app
