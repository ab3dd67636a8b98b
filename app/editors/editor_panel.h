#pragma once
// The central area: the selected resource as a form (one editor per kind) beside its YAML,
// both editable and kept in step through the document: an edit in either becomes one undoable
// WorkspaceEdit, and the other side shows the result.

#include <QWidget>

#include <map>

#include "document/workspace_document.h"
#include "workspace/resource_tree.h"

class QLabel;
class QScrollArea;
class QSplitter;
class QStackedWidget;

namespace meshdesk::app {

class ResourceEditor;
class YamlPane;

class EditorPanel : public QWidget {
  Q_OBJECT

 public:
  explicit EditorPanel(WorkspaceDocument& document, QWidget* parent = nullptr);

  void show(const ResourceRef& ref);
  ResourceRef current() const { return ref_; }
  QString title() const;
  // The form shown (null for what has none: node groups, problems, an AI route that does not
  // read).
  ResourceEditor* editor() const { return shownEditor_; }
  YamlPane* yaml() const { return yaml_; }
  QSplitter* splitter() const { return splitter_; }
  // Moves the cursor to a field of the shown resource: its widget in the form, and its line in
  // the YAML.
  bool focusField(const QString& path);

 signals:
  // The shown resource has another ref now (it was renamed).
  void refChanged(const meshdesk::app::ResourceRef& ref);
  // What an edit did or why it was refused, for the status bar.
  void message(const QString& text);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void refresh();
  void showAiRoute();
  ResourceEditor* editorFor(const ResourceRef& ref);
  void apply(const google::protobuf::Message& changed, const QString& text, const QString& mergeKey);

  WorkspaceDocument& document_;
  ResourceRef ref_;
  QLabel* title_;
  QSplitter* splitter_;
  QScrollArea* formArea_;
  QStackedWidget* forms_;
  QWidget* emptyForm_;
  YamlPane* yaml_;
  std::map<QString, ResourceEditor*> editors_;  // by message type
  ResourceEditor* shownEditor_ = nullptr;
};

}  // namespace meshdesk::app
