#include "editors/ai_envoy_output.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#include "ai/ai_compiler.h"
#include "ai/compiled_output.h"
#include "document/workspace_document.h"
#include "editors/ai_compilation.h"
#include "editor/yaml_highlighter.h"

namespace meshdesk::app {

namespace {

// "ai_routes[2].backends[0].host" -> "backends[0].host" when `prefix` is "ai_routes[2]"; false
// for another route's path.
bool relative(const std::string& path, const std::string& prefix, QString* field) {
  if (path.compare(0, prefix.size(), prefix) != 0) return false;
  if (path.size() == prefix.size()) {
    *field = QString();
    return true;
  }
  if (path[prefix.size()] != '.') return false;
  *field = QString::fromStdString(path.substr(prefix.size() + 1));
  return true;
}

}  // namespace

AiRouteOutput aiRouteOutput(const workspace::Workspace& ws, int index, const std::string& name) {
  const ai::CompiledAiRoutes all = compileAiRoutes(ws);
  ai::CompiledAiRoutes mine;
  for (const auto& edited : all.items) {
    if (std::find(edited.aiRoutes.begin(), edited.aiRoutes.end(), name) != edited.aiRoutes.end()) {
      mine.items.push_back(edited);
    }
  }
  for (const auto& route : all.modelRoutes) {
    if (route.name() == name) mine.modelRoutes.push_back(route);
  }
  AiRouteOutput out;
  out.yaml = QString::fromStdString(ai::compiledToYaml(mine));
  const std::string prefix = "ai_routes[" + std::to_string(index) + "]";
  for (const auto* list : {&all.errors, &all.warnings}) {
    for (const auto& e : *list) {
      AiRouteOutput::Problem p;
      if (!relative(e.path, prefix, &p.field)) continue;
      p.error = list == &all.errors;
      p.message = QString::fromStdString(e.message);
      p.line = e.line;
      out.problems.push_back(std::move(p));
    }
  }
  return out;
}

AiEnvoyOutput::AiEnvoyOutput(WorkspaceDocument& document, QWidget* parent)
    : QWidget(parent), document_(document) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  problems_ = new QListWidget(this);
  problems_->setObjectName(QStringLiteral("AiProblems"));
  // One line each (the whole text in its tooltip), so the list's height is known before it is
  // laid out.
  problems_->setWordWrap(false);
  problems_->setTextElideMode(Qt::ElideRight);
  problems_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  problems_->setIconSize(QSize(16, 16));
  problems_->hide();
  layout->addWidget(problems_);
  text_ = new QPlainTextEdit(this);
  text_->setObjectName(QStringLiteral("AiEnvoyOutput"));
  text_->setReadOnly(true);
  text_->setLineWrapMode(QPlainTextEdit::NoWrap);
  text_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  text_->setMinimumHeight(260);
  new YamlHighlighter(text_->document());
  layout->addWidget(text_, 1);

  pause_.setSingleShot(true);
  pause_.setInterval(250);
  connect(&pause_, &QTimer::timeout, this, &AiEnvoyOutput::start);
  connect(&document_, &WorkspaceDocument::changed, this, [this] {
    if (index_ >= 0 && isVisible()) pause_.start();
  });
  connect(&watcher_, &QFutureWatcher<AiRouteOutput>::finished, this, [this] {
    const AiRouteOutput output = watcher_.result();
    if (output.revision == document_.revision()) display(output);
    if (again_ || output.revision != document_.revision()) {
      again_ = false;
      if (isVisible()) start();
    }
  });
  connect(problems_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
    emit fieldActivated(item->data(Qt::UserRole).toString());
  });
}

AiEnvoyOutput::~AiEnvoyOutput() { watcher_.waitForFinished(); }

void AiEnvoyOutput::setRoute(int index, const QString& name) {
  if (index == index_ && name == name_ && shownRevision_ == document_.revision()) return;
  index_ = index;
  name_ = name;
  pause_.start();
}

void AiEnvoyOutput::compileNow() {
  pause_.stop();
  start();
}

bool AiEnvoyOutput::current() const {
  return index_ >= 0 && shownRevision_ == document_.revision() && !watcher_.isRunning() &&
         !pause_.isActive();
}

void AiEnvoyOutput::showEvent(QShowEvent* event) {
  if (index_ >= 0 && shownRevision_ != document_.revision()) pause_.start();
  QWidget::showEvent(event);
}

void AiEnvoyOutput::start() {
  if (index_ < 0) return;
  if (watcher_.isRunning()) {
    again_ = true;
    return;
  }
  auto snapshot = document_.snapshot();
  const quint64 revision = document_.revision();
  const int index = index_;
  const std::string name = name_.toStdString();
  watcher_.setFuture(QtConcurrent::run([snapshot, revision, index, name] {
    AiRouteOutput output = aiRouteOutput(*snapshot, index, name);
    output.revision = revision;
    return output;
  }));
}

void AiEnvoyOutput::display(const AiRouteOutput& output) {
  shownRevision_ = output.revision;
  // Keep the reader's place when the text is the same (an edit elsewhere).
  if (text_->toPlainText() != output.yaml) text_->setPlainText(output.yaml);
  problems_->clear();
  for (const auto& p : output.problems) {
    const QString where = p.field.isEmpty() ? tr("route") : p.field;
    auto* item = new QListWidgetItem(
        style()->standardIcon(p.error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
        QStringLiteral("%1: %2").arg(where, p.message), problems_);
    item->setData(Qt::UserRole, p.field);
    item->setToolTip(QStringLiteral("%1\n%2").arg(item->text(), p.error ? tr("Error: publishing waits until it is fixed")
                                                                       : tr("Warning: published, but see why")));
  }
  problems_->setVisible(!output.problems.empty());
  // As tall as its problems, up to a few; the output below gets the rest.
  int height = 2 * problems_->frameWidth();
  for (int i = 0; i < problems_->count() && i < 4; ++i) height += problems_->sizeHintForRow(i);
  problems_->setFixedHeight(std::max(height, 24));
  emit shown();
}

QString AiEnvoyOutput::text() const { return text_->toPlainText(); }

QStringList AiEnvoyOutput::problems() const {
  QStringList out;
  for (int i = 0; i < problems_->count(); ++i) out << problems_->item(i)->text();
  return out;
}

}  // namespace meshdesk::app
