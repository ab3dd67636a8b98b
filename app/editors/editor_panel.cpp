#include "editors/editor_panel.h"

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "document/resource_edits.h"
#include "editors/ai_route_edits.h"
#include "editors/ai_route_editor.h"
#include "editors/cluster_editor.h"
#include "editors/endpoint_editor.h"
#include "editors/endpoints_editor.h"
#include "editors/listener_editor.h"
#include "editors/resource_editor.h"
#include "editors/route_configuration_editor.h"
#include "editors/route_editor.h"
#include "editors/runtime_editor.h"
#include "editors/secret_editor.h"
#include "editors/virtual_host_editor.h"
#include "editors/yaml_pane.h"
#include "schema/message_to_yaml.h"
#include "schema/yaml_writer.h"

namespace meshdesk::app {

using Level = ResourceRef::Level;

namespace {

std::string nodeGroupYaml(const workspace::NodeGroup& group) {
  YAML::Node node(YAML::NodeType::Map);
  node["name"] = group.name;
  YAML::Node match(YAML::NodeType::Map);
  if (!group.match.id.empty()) match["id"] = group.match.id;
  if (!group.match.cluster.empty()) match["cluster"] = group.match.cluster;
  if (!group.match.metadata.empty()) {
    YAML::Node metadata(YAML::NodeType::Map);
    for (const auto& [key, value] : group.match.metadata) metadata[key] = value;
    match["metadata"] = metadata;
  }
  node["match"] = match;
  if (group.resources) {
    YAML::Node resources(YAML::NodeType::Sequence);
    for (const auto& name : *group.resources) resources.push_back(name);
    node["resources"] = resources;
  }
  return schema::emitYaml(node);
}

}  // namespace

EditorPanel::EditorPanel(WorkspaceDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
  setObjectName(QStringLiteral("EditorPanel"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  title_ = new QLabel(this);
  title_->setObjectName(QStringLiteral("ResourceTitle"));
  title_->setTextFormat(Qt::PlainText);
  title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  QFont bold = title_->font();
  bold.setBold(true);
  title_->setFont(bold);
  layout->addWidget(title_);

  splitter_ = new QSplitter(Qt::Horizontal, this);
  splitter_->setObjectName(QStringLiteral("EditorSplitter"));
  formArea_ = new QScrollArea(splitter_);
  formArea_->setWidgetResizable(true);
  forms_ = new QStackedWidget(formArea_);
  emptyForm_ = new QWidget(forms_);
  forms_->addWidget(emptyForm_);
  formArea_->setWidget(forms_);
  yaml_ = new YamlPane(splitter_);
  splitter_->addWidget(formArea_);
  splitter_->addWidget(yaml_);
  splitter_->setStretchFactor(0, 3);
  splitter_->setStretchFactor(1, 2);
  formArea_->setMinimumWidth(320);
  splitter_->setSizes({560, 380});
  layout->addWidget(splitter_, 1);

  connect(&document_, &WorkspaceDocument::changed, this, &EditorPanel::refresh);
  connect(yaml_, &YamlPane::edited, this, [this](std::shared_ptr<google::protobuf::Message> m) {
    const QString subject = ResourceTree::subject(document_.workspace(), ref_);
    apply(*m, tr("Edit %1 as YAML").arg(subject), QStringLiteral("yaml|") + subject);
  });
  refresh();
}

ResourceEditor* EditorPanel::editorFor(const ResourceRef& ref) {
  const google::protobuf::Message* message = ResourceTree::message(document_.workspace(), ref);
  if (message == nullptr && ref.level != Level::AiRoute) return nullptr;
  const QString type = message != nullptr ? QString::fromStdString(message->GetDescriptor()->full_name())
                                          : QStringLiteral("meshdesk.ai.v1.ModelRoute");
  if (auto it = editors_.find(type); it != editors_.end()) return it->second;
  ResourceEditor* editor = nullptr;
  if (ref.level == Level::AiRoute) editor = new AiRouteEditor(document_, forms_);
  else if (type == QLatin1String("envoy.config.listener.v3.Listener")) editor = new ListenerEditor(forms_);
  else if (type == QLatin1String("envoy.config.route.v3.RouteConfiguration")) editor = new RouteConfigurationEditor(forms_);
  else if (type == QLatin1String("envoy.config.route.v3.VirtualHost")) editor = new VirtualHostEditor(forms_);
  else if (type == QLatin1String("envoy.config.route.v3.Route")) editor = new RouteEditor(forms_);
  else if (type == QLatin1String("envoy.config.cluster.v3.Cluster")) editor = new ClusterEditor(forms_);
  else if (type == QLatin1String("envoy.config.endpoint.v3.ClusterLoadAssignment")) editor = new EndpointsEditor(forms_);
  else if (type == QLatin1String("envoy.config.endpoint.v3.LbEndpoint")) editor = new EndpointEditor(forms_);
  else if (type == QLatin1String("envoy.extensions.transport_sockets.tls.v3.Secret")) editor = new SecretEditor(forms_);
  else if (type == QLatin1String("envoy.service.runtime.v3.Runtime")) editor = new RuntimeEditor(forms_);
  editors_[type] = editor;  // null too: the YAML alone edits other kinds
  if (editor != nullptr) {
    forms_->addWidget(editor);
    connect(editor, &ResourceEditor::edited, this,
            [this](std::shared_ptr<google::protobuf::Message> m, const QString& text, const QString& key) {
              apply(*m, text, key);
            });
  }
  return editor;
}

void EditorPanel::apply(const google::protobuf::Message& changed, const QString& text,
                        const QString& mergeKey) {
  QString why;
  ResourceRef next = ref_;
  std::optional<WorkspaceEdit> edit;
  if (ref_.level == Level::AiRoute) {
    const auto* route = dynamic_cast<const meshdesk::ai::v1::ModelRoute*>(&changed);
    if (route != nullptr) {
      edit = AiRouteEdits::replace(document_.workspace(), ref_.problem, *route, text, mergeKey, &why);
      next.name = QString::fromStdString(route->name());
    }
  } else {
    edit = ResourceEdits::replace(document_.workspace(), ref_, changed, text, mergeKey, &why);
    if (edit && ref_.level == Level::Item) {
      next.name = QString::fromStdString(edit->changes.front().after->name());
    }
  }
  if (!edit) {
    emit message(why);
    refresh();  // back to what the workspace holds
    return;
  }
  const QString error = document_.apply(std::move(*edit));
  if (!error.isEmpty()) {
    emit message(error);
    refresh();
    return;
  }
  emit message(text);
  if (!(next == ref_)) {
    ref_ = next;
    refresh();
    emit refChanged(ref_);
  }
}

void EditorPanel::show(const ResourceRef& ref) {
  if (ref == ref_ && shownEditor_ != nullptr) return;
  ref_ = ref;
  refresh();
}

QString EditorPanel::title() const { return title_->text(); }

bool EditorPanel::focusField(const QString& path) {
  const bool inYaml = yaml_->goToField(path);
  if (auto* ai = qobject_cast<AiRouteEditor*>(shownEditor_); ai != nullptr && ai->focusBackendField(path)) {
    if (QWidget* w = QApplication::focusWidget()) formArea_->ensureWidgetVisible(w);
    return true;
  }
  if (shownEditor_ != nullptr && shownEditor_->focusField(path)) {
    if (QWidget* w = shownEditor_->fieldWidget(path)) formArea_->ensureWidgetVisible(w);
    return true;
  }
  if (inYaml) yaml_->editor()->setFocus(Qt::OtherFocusReason);
  return inYaml;
}

void EditorPanel::refresh() {
  const workspace::Workspace& ws = document_.workspace();
  const QString fileName = QFileInfo(document_.path()).fileName();
  shownEditor_ = nullptr;

  auto showTextOnly = [this](const QString& title, const QString& text) {
    title_->setText(title);
    forms_->setCurrentWidget(emptyForm_);
    formArea_->hide();
    yaml_->showText(text);
  };

  if (ref_.level == Level::Problem && ref_.problem >= 0 &&
      ref_.problem < static_cast<int>(document_.loadErrors().size())) {
    showTextOnly(tr("Problem in %1").arg(fileName),
                 QString::fromStdString(document_.loadErrors()[ref_.problem].toString()));
    return;
  }
  if (ref_.level == Level::NodeGroup) {
    if (const auto* group = ws.findNodeGroup(ref_.name.toStdString())) {
      showTextOnly(tr("node group %1").arg(ref_.name), QString::fromStdString(nodeGroupYaml(*group)));
      return;
    }
  }
  if (ref_.level == Level::AiRoute && ref_.problem >= 0 &&
      ref_.problem < static_cast<int>(ws.aiRoutes().size())) {
    showAiRoute();
    return;
  }
  const google::protobuf::Message* message = ResourceTree::message(ws, ref_);
  if (message == nullptr) {
    const bool open = !document_.path().isEmpty() || ws.itemCount() > 0;
    showTextOnly(open ? tr("No resource selected") : tr("No workspace open"),
                 open ? tr("Select a resource in the Resources pane to edit it here.")
                      : tr("Open a workspace with File > Open Workspace (Ctrl+O)."));
    return;
  }

  QString what = ResourceTree::subject(ws, ref_);
  if (ref_.level != Level::Item) {
    what = ResourceTree::kindLabel(ref_.kind) + QLatin1Char(' ') + ref_.name +
           QStringLiteral(" \u203a ") + what;
  }
  const workspace::SourceLocation at = ResourceTree::location(ws, ref_);
  title_->setText(at.line > 0 ? tr("%1   (%2, line %3)").arg(what, fileName).arg(at.line) : what);

  ResourceEditor* editor = editorFor(ref_);
  formArea_->setVisible(editor != nullptr);
  if (editor != nullptr) {
    editor->setSubject(ResourceTree::subject(ws, ref_));
    const bool same = editor->message() != nullptr &&
                      editor->message()->GetDescriptor() == message->GetDescriptor() &&
                      editor->message()->SerializeAsString() == message->SerializeAsString() &&
                      forms_->currentWidget() == editor;
    // Reloading what the form already shows would only move the focus about.
    if (!same) editor->load(*message, &ws);
    forms_->setCurrentWidget(editor);
    shownEditor_ = editor;
  }
  yaml_->showMessage(*message);
}

void EditorPanel::showAiRoute() {
  const workspace::Workspace& ws = document_.workspace();
  const workspace::AiRoute& entry = ws.aiRoutes()[ref_.problem];
  const QString what = ResourceTree::subject(ws, ref_);
  const QString fileName = QFileInfo(document_.path()).fileName();
  title_->setText(entry.location.line > 0 ? tr("%1   (%2, line %3)").arg(what, fileName).arg(entry.location.line)
                                          : what);
  const auto route = AiRouteEdits::read(entry);
  if (!route) {
    // It does not read as a model route: only its YAML can be edited, with the errors shown.
    forms_->setCurrentWidget(emptyForm_);
    formArea_->hide();
    yaml_->showUnparsed(meshdesk::ai::v1::ModelRoute(), QString::fromStdString(schema::emitYaml(entry.yaml)));
    return;
  }
  auto* editor = static_cast<AiRouteEditor*>(editorFor(ref_));
  formArea_->show();
  editor->setSubject(what);
  editor->setRouteIndex(ref_.problem);
  const bool same = editor->message() != nullptr &&
                    editor->message()->SerializeAsString() == route->SerializeAsString() &&
                    forms_->currentWidget() == editor;
  if (!same) editor->load(*route, &ws);
  forms_->setCurrentWidget(editor);
  shownEditor_ = editor;
  yaml_->showMessage(*route);
}

void EditorPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    // The forms' labels are made once: make them again in the new language.
    for (auto& [type, editor] : editors_) {
      if (editor != nullptr) editor->deleteLater();
    }
    editors_.clear();
    shownEditor_ = nullptr;
    refresh();
  }
  QWidget::changeEvent(event);
}

}  // namespace meshdesk::app
