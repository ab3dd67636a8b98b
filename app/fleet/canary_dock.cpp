#include "fleet/canary_dock.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <iterator>

#include "controlplane/control_plane.h"

namespace meshdesk::app {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QTableWidget* simpleTable(QWidget* parent, const char* name, int columns) {
  auto* t = new QTableWidget(parent);
  t->setObjectName(QString::fromLatin1(name));
  t->setColumnCount(columns);
  t->setEditTriggers(QAbstractItemView::NoEditTriggers);
  t->setSelectionBehavior(QAbstractItemView::SelectRows);
  t->setAlternatingRowColors(true);
  t->verticalHeader()->hide();
  t->horizontalHeader()->setStretchLastSection(true);
  t->setWordWrap(false);
  return t;
}

QString when(std::chrono::system_clock::time_point at) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
  return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

constexpr const char* kFile = "file";
constexpr std::size_t kCandidateVersions = 50;
constexpr std::size_t kAuditRows = 1000;
constexpr const char* kEdited = "edited";

}  // namespace

CanaryDock::CanaryDock(rollout::CanaryRollout& rollout, controlplane::ControlPlane& plane,
                       EditedWorkspace edited, QWidget* parent)
    : QDockWidget(parent), rollout_(rollout), plane_(plane), edited_(std::move(edited)) {
  setObjectName(QStringLiteral("CanaryDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  layout->setContentsMargins(2, 2, 2, 2);
  auto* form = new QGridLayout;
  auto newLabel = [&] {
    auto* l = new QLabel(body);
    labels_.push_back(l);
    return l;
  };
  source_ = new QComboBox(body);
  source_->setObjectName(QStringLiteral("CanaryCandidate"));
  message_ = new QLineEdit(body);
  message_->setObjectName(QStringLiteral("CanaryMessage"));
  byPercent_ = new QRadioButton(body);
  bySelector_ = new QRadioButton(body);
  bySelector_->setObjectName(QStringLiteral("CanaryBySelector"));
  byPercent_->setChecked(true);
  auto* mode = new QButtonGroup(body);
  mode->addButton(byPercent_);
  mode->addButton(bySelector_);
  percent_ = new QDoubleSpinBox(body);
  percent_->setObjectName(QStringLiteral("CanaryPercent"));
  percent_->setRange(0.1, 100);
  percent_->setValue(10);
  percent_->setSuffix(QStringLiteral(" %"));
  idPattern_ = new QLineEdit(body);
  idPattern_->setObjectName(QStringLiteral("CanaryIdPattern"));
  clusterPattern_ = new QLineEdit(body);
  metadata_ = new QLineEdit(body);
  onNack_ = new QCheckBox(body);
  onNack_->setObjectName(QStringLiteral("CanaryRollbackOnNack"));
  onNack_->setChecked(true);
  converge_ = new QSpinBox(body);
  converge_->setObjectName(QStringLiteral("CanaryConverge"));
  converge_->setRange(0, 86400);
  converge_->setValue(60);
  converge_->setSuffix(QStringLiteral(" s"));
  autoPromote_ = new QCheckBox(body);
  promoteAfter_ = new QSpinBox(body);
  promoteAfter_->setRange(0, 86400);
  promoteAfter_->setValue(300);
  promoteAfter_->setSuffix(QStringLiteral(" s"));

  form->addWidget(newLabel(), 0, 0);
  form->addWidget(source_, 0, 1, 1, 3);
  form->addWidget(newLabel(), 0, 4);
  form->addWidget(message_, 0, 5, 1, 3);
  form->addWidget(byPercent_, 1, 0);
  form->addWidget(percent_, 1, 1);
  form->addWidget(bySelector_, 1, 2);
  form->addWidget(idPattern_, 1, 3);
  form->addWidget(newLabel(), 1, 4);
  form->addWidget(clusterPattern_, 1, 5);
  form->addWidget(newLabel(), 1, 6);
  form->addWidget(metadata_, 1, 7);
  form->addWidget(onNack_, 2, 0, 1, 2);
  form->addWidget(newLabel(), 2, 2);
  form->addWidget(converge_, 2, 3);
  form->addWidget(autoPromote_, 2, 4, 1, 2);
  form->addWidget(promoteAfter_, 2, 6);
  form->setColumnStretch(3, 1);
  form->setColumnStretch(5, 1);
  form->setColumnStretch(7, 1);
  layout->addLayout(form);

  auto* buttons = new QHBoxLayout;
  startButton_ = new QPushButton(body);
  startButton_->setObjectName(QStringLiteral("CanaryStart"));
  promoteButton_ = new QPushButton(body);
  promoteButton_->setObjectName(QStringLiteral("CanaryPromote"));
  rollbackButton_ = new QPushButton(body);
  rollbackButton_->setObjectName(QStringLiteral("CanaryRollback"));
  buttons->addWidget(startButton_);
  buttons->addWidget(promoteButton_);
  buttons->addWidget(rollbackButton_);
  status_ = new QLabel(body);
  status_->setObjectName(QStringLiteral("CanaryStatus"));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  buttons->addWidget(status_, 1);
  layout->addLayout(buttons);

  auto* split = new QSplitter(Qt::Horizontal, body);
  nodes_ = simpleTable(split, "CanaryNodes", 3);
  audit_ = simpleTable(split, "CanaryAudit", 6);
  split->setStretchFactor(1, 2);
  layout->addWidget(split, 1);
  setWidget(body);

  connect(startButton_, &QPushButton::clicked, this, &CanaryDock::start);
  connect(promoteButton_, &QPushButton::clicked, this, &CanaryDock::promote);
  connect(rollbackButton_, &QPushButton::clicked, this, &CanaryDock::rollback);
  connect(&work_, &QFutureWatcher<QString>::finished, this, [this] {
    const QString message = work_.result();
    showStatus(rollout_.status());
    if (!message.isEmpty()) {
      status_->setText(message + QStringLiteral("\n") + status_->text());
    }
    emit done(message);
  });
  connect(&versions_, &QFutureWatcher<std::vector<history::VersionInfo>>::finished, this, [this] {
    fillCandidates(versions_.result());
    if (candidatesStale_) reloadCandidates();
  });
  retranslate();
  fillCandidates({});
  reloadCandidates();
  showStatus(rollout_.status());
}

CanaryDock::~CanaryDock() {
  work_.waitForFinished();
  versions_.waitForFinished();
}

QString CanaryDock::who() const { return qs(plane_.options().author); }

void CanaryDock::reloadCandidates() {
  if (!isVisible()) {
    candidatesStale_ = true;
    return;
  }
  candidatesStale_ = false;
  if (versions_.isRunning()) {
    candidatesStale_ = true;  // once more when this one is done
    return;
  }
  // Only the newest are offered; the watcher keeps its result, so only they are kept.
  versions_.setFuture(QtConcurrent::run([this] {
    auto all = plane_.versions();
    if (all.size() <= kCandidateVersions) return all;
    // A new vector: erasing from the front would keep the whole list's capacity.
    return std::vector<history::VersionInfo>(std::make_move_iterator(all.end() - kCandidateVersions),
                                             std::make_move_iterator(all.end()));
  }));
}

void CanaryDock::fillCandidates(const std::vector<history::VersionInfo>& versions) {
  const QVariant current = source_->currentData();
  QSignalBlocker block(source_);
  source_->clear();
  source_->addItem(tr("Workspace file as saved"), QString::fromLatin1(kFile));
  if (edited_) source_->addItem(tr("The editor's copy"), QString::fromLatin1(kEdited));
  // The newest ones: a canary of something older is a rollback, which the history pane does.
  std::size_t listed = 0;
  for (auto it = versions.rbegin(); it != versions.rend() && listed < kCandidateVersions; ++it, ++listed)
    source_->addItem(tr("v%1: %2").arg(it->sequence).arg(qs(it->message)), it->sequence);
  const int keep = source_->findData(current);
  source_->setCurrentIndex(keep >= 0 ? keep : 0);
}

void CanaryDock::showEvent(QShowEvent* event) {
  QDockWidget::showEvent(event);
  if (candidatesStale_) reloadCandidates();
}

std::optional<workspace::Workspace> CanaryDock::candidate() {
  const QVariant choice = source_->currentData();
  auto fail = [&](const QString& why) -> std::optional<workspace::Workspace> {
    status_->setText(why);
    return std::nullopt;
  };
  if (choice.toString() == QLatin1String(kEdited)) {
    auto ws = edited_ ? edited_() : std::nullopt;
    if (!ws) return fail(tr("There is no edited workspace."));
    return ws;
  }
  if (choice.toString() == QLatin1String(kFile)) {
    auto loaded = workspace::Workspace::load(plane_.options().workspacePath);
    if (!loaded.ok())
      return fail(tr("The workspace file has errors: %1").arg(qs(loaded.errors.front().toString())));
    return std::move(loaded.workspace);
  }
  const int sequence = choice.toInt();
  auto content = plane_.history() ? plane_.history()->content(sequence) : std::nullopt;
  if (!content) return fail(tr("Version %1 is not in the history.").arg(sequence));
  auto parsed = workspace::Workspace::parse(*content, std::string("v").append(std::to_string(sequence)));
  if (!parsed.ok()) return fail(tr("Version %1 does not read back.").arg(sequence));
  return std::move(parsed.workspace);
}

rollout::CanarySelector CanaryDock::selector() const {
  rollout::CanarySelector s;
  s.mode = bySelector_->isChecked() ? rollout::CanarySelector::Mode::Selector
                                    : rollout::CanarySelector::Mode::Percentage;
  s.percent = percent_->value();
  s.idPattern = idPattern_->text().trimmed().toStdString();
  s.clusterPattern = clusterPattern_->text().trimmed().toStdString();
  for (const QString& pair : metadata_->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    const int eq = pair.indexOf(QLatin1Char('='));
    if (eq > 0) s.metadata[pair.left(eq).trimmed().toStdString()] = pair.mid(eq + 1).trimmed().toStdString();
  }
  return s;
}

rollout::CanaryPolicy CanaryDock::policy() const {
  rollout::CanaryPolicy p;
  p.rollbackOnNack = onNack_->isChecked();
  p.convergeWithin = std::chrono::seconds(converge_->value());
  if (autoPromote_->isChecked()) p.promoteAfter = std::chrono::seconds(promoteAfter_->value());
  return p;
}

void CanaryDock::run(std::function<QString()> work) {
  if (work_.isRunning()) return;
  startButton_->setEnabled(false);
  promoteButton_->setEnabled(false);
  rollbackButton_->setEnabled(false);
  work_.setFuture(QtConcurrent::run(std::move(work)));
}

void CanaryDock::start() {
  auto ws = candidate();
  if (!ws) return;
  auto selector = this->selector();
  auto policy = this->policy();
  const std::string whoName = who().toStdString();
  const std::string message = message_->text().toStdString();
  run([this, ws = std::move(*ws), selector, policy, whoName, message] {
    std::string error;
    if (!rollout_.start(ws, selector, policy, whoName, message, &error))
      return tr("Not started: %1").arg(qs(error));
    return QString();
  });
}

void CanaryDock::promote() {
  const std::string whoName = who().toStdString();
  run([this, whoName] {
    auto outcome = rollout_.promote(whoName);
    return outcome.ok() ? QString() : tr("Not promoted: %1").arg(qs(outcome.summary() + " " + outcome.detail));
  });
}

void CanaryDock::rollback() {
  const std::string whoName = who().toStdString();
  run([this, whoName] {
    return rollout_.rollback(whoName, "rolled back from the console") ? QString()
                                                                       : tr("There is no canary to roll back.");
  });
}

void CanaryDock::showStatus(const rollout::RolloutStatus& s) {
  const bool idle = !work_.isRunning();
  startButton_->setEnabled(idle && !s.active());
  promoteButton_->setEnabled(idle && s.active());
  rollbackButton_->setEnabled(idle && s.active());
  int acked = 0;
  for (const auto& [_, p] : s.nodes) acked += p.acked;
  QString text;
  switch (s.state) {
    case rollout::RolloutState::Idle: text = tr("No canary yet."); break;
    case rollout::RolloutState::Watching:
      text = tr("Canary %1 on %2: %3 of %4 proxies ACKed.")
                 .arg(qs(s.label), qs(s.selection)).arg(acked).arg(s.nodes.size());
      break;
    case rollout::RolloutState::Converged:
      text = tr("Canary %1 converged: every canary proxy ACKed it. Promote it to all, or roll it back.")
                 .arg(qs(s.label));
      break;
    case rollout::RolloutState::Promoted:
      text = tr("Canary %1 promoted as v%2.").arg(qs(s.label)).arg(s.promotedAs.value_or(0));
      break;
    case rollout::RolloutState::RolledBack:
      text = tr("Canary %1 rolled back: %2").arg(qs(s.label), qs(s.reason));
      break;
    case rollout::RolloutState::Superseded:
      text = tr("Canary %1 ended: %2").arg(qs(s.label), qs(s.reason));
      break;
  }
  status_->setText(text);
  const bool bad = s.state == rollout::RolloutState::RolledBack;
  status_->setStyleSheet(bad ? QStringLiteral("color: #c01c28") : QString());

  nodes_->setRowCount(static_cast<int>(s.nodes.size()));
  int row = 0;
  for (const auto& [node, p] : s.nodes) {
    const QStringList cells{qs(node),
                            !p.nack.empty() ? tr("NACKED") : p.acked ? tr("ACKed") : p.connected ? tr("waiting") : tr("gone"),
                            qs(p.nack)};
    for (int c = 0; c < cells.size(); ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      item->setToolTip(cells[c]);
      nodes_->setItem(row, c, item);
    }
    ++row;
  }
  reloadAudit();
  if (!s.active()) reloadCandidates();
}

void CanaryDock::reloadAudit() {
  std::vector<std::string> problems;
  auto entries = rollout_.audit().read(&problems);
  // The file keeps every step; the table its newest ones.
  const std::size_t shown = std::min(entries.size(), kAuditRows);
  audit_->setRowCount(static_cast<int>(shown));
  int row = 0;
  for (auto it = entries.rbegin(); it != entries.rbegin() + static_cast<std::ptrdiff_t>(shown); ++it, ++row) {
    QStringList proxies;
    for (const auto& p : it->proxies) proxies << qs(p);
    const QStringList cells{when(it->at), qs(it->who), qs(it->action), qs(it->version), qs(it->detail),
                            proxies.join(QStringLiteral(", "))};
    for (int c = 0; c < cells.size(); ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      item->setToolTip(cells[c]);
      audit_->setItem(row, c, item);
    }
  }
  audit_->resizeColumnsToContents();
  QString tip = qs(rollout_.audit().path());
  if (entries.size() > shown)
    tip += QLatin1Char('\n') + tr("The newest %1 of %2 steps; the file has them all.").arg(shown).arg(entries.size());
  if (!problems.empty()) tip += QLatin1Char('\n') + qs(problems.front());
  audit_->setToolTip(tip);
}

void CanaryDock::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDockWidget::changeEvent(event);
}

void CanaryDock::retranslate() {
  setWindowTitle(tr("Canary"));
  const QStringList texts{tr("Candidate"), tr("Message"), tr("Cluster"), tr("Metadata"),
                          tr("Converge within")};
  for (std::size_t i = 0; i < labels_.size(); ++i) labels_[i]->setText(texts[static_cast<int>(i)]);
  byPercent_->setText(tr("Share of proxies"));
  bySelector_->setText(tr("Node ids"));
  idPattern_->setPlaceholderText(tr("e.g. edge-*"));
  clusterPattern_->setPlaceholderText(tr("any"));
  metadata_->setPlaceholderText(tr("key=value, ..."));
  onNack_->setText(tr("Roll back on any NACK"));
  converge_->setToolTip(tr("Roll back when not every canary proxy ACKed by then (0: no limit)"));
  autoPromote_->setText(tr("Promote by itself after"));
  startButton_->setText(tr("Start canary"));
  promoteButton_->setText(tr("Promote to all"));
  rollbackButton_->setText(tr("Roll back"));
  nodes_->setHorizontalHeaderLabels({tr("Canary proxy"), tr("State"), tr("NACK")});
  audit_->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("Version"), tr("Detail"), tr("Proxies")});
}

}  // namespace meshdesk::app
