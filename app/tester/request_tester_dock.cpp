#include "tester/request_tester_dock.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "document/workspace_document.h"
#include "envoy/config/route/v3/route.pb.h"
#include "ai/ai_compiler.h"
#include "ai/compiled_output.h"
#include "editors/ai_compilation.h"
#include "editors/ai_route_edits.h"
#include "routing/route_evaluator.h"
#include "tester/ai_backend_reach.h"

namespace meshdesk::app {

using Level = ResourceRef::Level;

RequestTesterDock::RequestTesterDock(WorkspaceDocument& document, QWidget* parent)
    : QDockWidget(parent), document_(document) {
  qRegisterMetaType<routing::RouteDecision>();
  setObjectName(QStringLiteral("RequestTesterDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  layout->setContentsMargins(2, 2, 2, 2);
  auto* form = new QFormLayout;
  listener_ = new QComboBox(body);
  host_ = new QLineEdit(body);
  host_->setObjectName(QStringLiteral("TesterHost"));
  method_ = new QComboBox(body);
  method_->setEditable(true);
  method_->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                     QStringLiteral("DELETE"), QStringLiteral("PATCH"), QStringLiteral("HEAD")});
  path_ = new QLineEdit(QStringLiteral("/"), body);
  path_->setObjectName(QStringLiteral("TesterPath"));
  headers_ = new QPlainTextEdit(body);
  headers_->setTabChangesFocus(true);
  headers_->setMaximumHeight(60);
  model_ = new QLineEdit(body);
  const QList<QWidget*> fields{listener_, host_, method_, path_, headers_, model_};
  for (int i = 0; i < 6; ++i) {
    labels_[i] = new QLabel(body);
    labels_[i]->setBuddy(fields[i]);
    form->addRow(labels_[i], fields[i]);
  }
  layout->addLayout(form);
  run_ = new QPushButton(body);
  run_->setDefault(true);
  layout->addWidget(run_);
  summary_ = new QLabel(body);
  summary_->setObjectName(QStringLiteral("TesterSummary"));
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(summary_);
  trace_ = new QPlainTextEdit(body);
  trace_->setReadOnly(true);
  trace_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  layout->addWidget(trace_, 1);
  setWidget(body);

  connect(run_, &QPushButton::clicked, this, &RequestTesterDock::evaluate);
  for (QLineEdit* edit : {host_, path_, model_}) connect(edit, &QLineEdit::returnPressed, this, &RequestTesterDock::evaluate);
  connect(&watcher_, &QFutureWatcher<Answer>::finished, this, [this] {
    Answer answer = watcher_.result();
    if (answer.revision == document_.revision()) {
      served_ = answer.served;
      servedRevision_ = answer.revision;
    }
    showDecision(answer.decision, *answer.served);
  });
  connect(&document_, &WorkspaceDocument::changed, this, [this] {
    const QString chosen = listener_->currentData().toString();
    listener_->clear();
    listener_->addItem(tr("any listener"), QString());
    for (const auto& item : document_.workspace().items(workspace::Kind::kListener)) {
      const QString name = QString::fromStdString(item.name());
      listener_->addItem(name, name);
    }
    listener_->setCurrentIndex(std::max(0, listener_->findData(chosen)));
  });
  retranslate();
}

RequestTesterDock::~RequestTesterDock() { watcher_.waitForFinished(); }

routing::TestRequest RequestTesterDock::request() const {
  routing::TestRequest r;
  r.listener = listener_->currentData().toString().toStdString();
  r.host = host_->text().trimmed().toStdString();
  r.method = method_->currentText().trimmed().toStdString();
  r.path = path_->text().trimmed().isEmpty() ? "/" : path_->text().trimmed().toStdString();
  for (const QString& line : headers_->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
    const int colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0) continue;
    r.headers.emplace_back(line.left(colon).trimmed().toStdString(), line.mid(colon + 1).trimmed().toStdString());
  }
  r.bodyModel = model_->text().trimmed().toStdString();
  return r;
}

void RequestTesterDock::setRequest(const QString& host, const QString& path, const QString& headers,
                                   const QString& model) {
  host_->setText(host);
  path_->setText(path);
  headers_->setPlainText(headers);
  model_->setText(model);
}

void RequestTesterDock::evaluate() {
  if (watcher_.isRunning()) return;
  summary_->setText(tr("Evaluating…"));
  const routing::TestRequest request = this->request();
  const quint64 revision = document_.revision();
  std::shared_ptr<const Served> served = servedRevision_ == revision ? served_ : nullptr;
  auto snapshot = document_.snapshot();
  watcher_.setFuture(QtConcurrent::run([request, revision, served, snapshot]() mutable {
    Answer answer;
    if (served == nullptr) served = serve(*snapshot);
    answer.decision = served->evaluator.evaluate(request);
    answer.served = served;
    answer.revision = revision;
    return answer;
  }));
}

std::shared_ptr<const RequestTesterDock::Served> RequestTesterDock::serve(const workspace::Workspace& ws) {
  const ai::CompiledAiRoutes compiled = compileAiRoutes(ws);
  if (compiled.items.empty()) {
    return std::make_shared<const Served>(Served{routing::RouteEvaluator(ws), nullptr, {}});
  }
  // The routes that compile, as publishing would serve them once the others are fixed.
  const workspace::Workspace merged = ai::withCompiledAiRoutes(ws, compiled);
  std::map<std::string, std::vector<int>> ahead;
  for (const auto& edited : compiled.items) {
    if (edited.item.kind() != workspace::Kind::kRoute || !edited.replacesUserItem) continue;
    const auto* mine = ws.find(workspace::Kind::kRoute, edited.item.name());
    if (mine == nullptr) continue;
    const auto& before = mine->as<envoy::config::route::v3::RouteConfiguration>();
    const auto& after = edited.item.as<envoy::config::route::v3::RouteConfiguration>();
    auto& counts = ahead[edited.item.name()];
    for (int v = 0; v < after.virtual_hosts_size() && v < before.virtual_hosts_size(); ++v) {
      counts.push_back(after.virtual_hosts(v).routes_size() - before.virtual_hosts(v).routes_size());
    }
  }
  return std::make_shared<const Served>(
      Served{routing::RouteEvaluator(merged), std::make_shared<const AiClusterIndex>(compiled), std::move(ahead)});
}

QString RequestTesterDock::resultText() const { return summary_->text(); }

void RequestTesterDock::showDecision(const routing::RouteDecision& d, const Served& served) {
  trace_->setPlainText(QString::fromStdString(routing::describe(d)));
  QList<ResourceRef> refs;
  if (!d.matched) {
    summary_->setText(tr("No route matches this request."));
    emit decided(d, refs);
    return;
  }
  if (served.ai != nullptr) {
    if (const auto reach = served.ai->reach(d)) {
      // An AI route took it: its backends are the answer, and its row lights up.
      ResourceRef ai;
      ai.level = Level::AiRoute;
      ai.name = QString::fromStdString(reach->route);
      ai.problem = AiRouteEdits::indexOf(document_.workspace(), ai.name);
      if (ai.problem >= 0) refs << ai;
      summary_->setText(tr("listener %1, virtual host %2 → AI route %3: %4")
                            .arg(QString::fromStdString(d.listener), QString::fromStdString(d.virtualHost),
                                 ai.name, QString::fromStdString(describe(*reach))));
      emit decided(d, refs);
      return;
    }
  }
  QStringList clusters;
  for (const auto& c : d.clusters) {
    clusters << (d.clusters.size() > 1 ? QStringLiteral("%1 (%2)").arg(QString::fromStdString(c.name)).arg(c.weight)
                                       : QString::fromStdString(c.name));
    ResourceRef cluster;
    cluster.level = Level::Item;
    cluster.kind = workspace::Kind::kCluster;
    cluster.name = QString::fromStdString(c.name);
    refs << cluster;
  }
  // The route's row: in its route configuration item, its virtual host by name, its place
  // among the user's routes (the compiler put the AI routes first).
  int userIndex = d.routeIndex;
  if (const auto* item = document_.workspace().find(workspace::Kind::kRoute, d.routeConfiguration)) {
    const auto& config = item->as<envoy::config::route::v3::RouteConfiguration>();
    const auto ahead = served.aiRoutesAhead.find(d.routeConfiguration);
    for (int v = 0; v < config.virtual_hosts_size(); ++v) {
      if (config.virtual_hosts(v).name() != d.virtualHost) continue;
      ResourceRef route;
      route.level = Level::Route;
      route.kind = workspace::Kind::kRoute;
      route.name = QString::fromStdString(d.routeConfiguration);
      route.virtualHost = v;
      route.route = d.routeIndex;
      if (ahead != served.aiRoutesAhead.end() && v < static_cast<int>(ahead->second.size())) {
        route.route -= ahead->second[v];
      }
      userIndex = route.route;
      if (route.route >= 0) refs.prepend(route);
      break;
    }
  }
  const QString where = tr("listener %1, virtual host %2, route %3")
                            .arg(QString::fromStdString(d.listener), QString::fromStdString(d.virtualHost))
                            .arg(d.routeName.empty() ? QStringLiteral("#%1").arg(userIndex + 1)
                                                     : QString::fromStdString(d.routeName));
  QString what;
  switch (d.action) {
    case routing::RouteActionKind::kRedirect:
      what = tr("redirect to %1").arg(d.redirect ? QString::fromStdString(d.redirect->location) : QString());
      break;
    case routing::RouteActionKind::kDirectResponse:
      what = tr("direct response %1").arg(d.directResponse ? d.directResponse->status : 0);
      break;
    default:
      what = tr("cluster %1").arg(clusters.join(QStringLiteral(", ")));
      break;
  }
  summary_->setText(QStringLiteral("%1 \u2192 %2").arg(where, what));
  emit decided(d, refs);
}

void RequestTesterDock::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDockWidget::changeEvent(event);
}

void RequestTesterDock::retranslate() {
  setWindowTitle(tr("Request Tester"));
  const QStringList names{tr("&Listener:"), tr("&Host:"), tr("&Method:"), tr("&Path:"), tr("Hea&ders:"), tr("M&odel:")};
  for (int i = 0; i < 6; ++i) labels_[i]->setText(names[i]);
  host_->setPlaceholderText(tr("api.example.com"));
  headers_->setPlaceholderText(tr("one per line: name: value"));
  model_->setPlaceholderText(tr("the \"model\" of an AI request's body"));
  run_->setText(tr("&Evaluate"));
  if (listener_->count() > 0) listener_->setItemText(0, tr("any listener"));
}

}  // namespace meshdesk::app
