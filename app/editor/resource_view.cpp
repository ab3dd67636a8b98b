#include "editor/resource_view.h"

#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "editor/yaml_highlighter.h"
#include "schema/message_to_yaml.h"
#include "schema/yaml_writer.h"

namespace meshdesk::app {

namespace {

// As the workspace file writes it.
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

ResourceView::ResourceView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("ResourceView"));
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
  body_ = new QPlainTextEdit(this);
  body_->setObjectName(QStringLiteral("ResourceYaml"));
  body_->setReadOnly(true);
  body_->setLineWrapMode(QPlainTextEdit::NoWrap);
  body_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  body_->setTabChangesFocus(true);
  new YamlHighlighter(body_->document());
  layout->addWidget(body_);
  render();
}

void ResourceView::setWorkspace(std::shared_ptr<const workspace::Workspace> workspace,
                                std::vector<workspace::WorkspaceError> errors,
                                const QString& file) {
  workspace_ = std::move(workspace);
  errors_ = std::move(errors);
  file_ = file;
  render();
}

void ResourceView::show(const ResourceRef& ref) {
  ref_ = ref;
  render();
}

QString ResourceView::title() const { return title_->text(); }

QString ResourceView::text() const { return body_->toPlainText(); }

void ResourceView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) render();
  QWidget::changeEvent(event);
}

void ResourceView::render() {
  using Level = ResourceRef::Level;
  const QString fileName = QFileInfo(file_).fileName();

  if (ref_.level == Level::Problem && ref_.problem >= 0 &&
      ref_.problem < static_cast<int>(errors_.size())) {
    title_->setText(tr("Problem in %1").arg(fileName));
    body_->setPlainText(QString::fromStdString(errors_[ref_.problem].toString()));
    return;
  }
  if (ref_.level == Level::NodeGroup && workspace_) {
    if (const auto* group = workspace_->findNodeGroup(ref_.name.toStdString())) {
      title_->setText(tr("node group %1   (%2, line %3)")
                          .arg(ref_.name, fileName)
                          .arg(group->location.line));
      body_->setPlainText(QString::fromStdString(nodeGroupYaml(*group)));
      return;
    }
  }
  const google::protobuf::Message* message =
      workspace_ ? ResourceTree::message(*workspace_, ref_) : nullptr;
  if (message == nullptr) {
    title_->setText(workspace_ ? tr("No resource selected") : tr("No workspace open"));
    body_->setPlainText(workspace_ ? tr("Select a resource in the Resources pane to see it here.")
                                   : tr("Open a workspace with File > Open Workspace (Ctrl+O)."));
    return;
  }

  QString what = ResourceTree::kindLabel(ref_.kind) + QLatin1Char(' ') + ref_.name;
  if (ref_.level == Level::VirtualHost || ref_.level == Level::Route) {
    what += QStringLiteral(" \u203a ") + tr("virtual host %1").arg(ref_.virtualHost + 1);
  }
  if (ref_.level == Level::Route) {
    what += QStringLiteral(" \u203a ") + tr("route %1").arg(ref_.route + 1);
  }
  const workspace::SourceLocation at = ResourceTree::location(*workspace_, ref_);
  title_->setText(at.line > 0 ? tr("%1   (%2, line %3)").arg(what, fileName).arg(at.line) : what);
  body_->setPlainText(QString::fromStdString(schema::messageToYamlText(*message)));
}

}  // namespace meshdesk::app
