#include "fleet/lab_dock.h"

#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <set>

#include "controlplane/control_plane.h"
#include "envoy/config/core/v3/base.pb.h"
#include "fleet/lab_proxy_model.h"
#include "snapshot/type_url.h"

namespace meshdesk::app {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QPushButton* button(QWidget* parent, std::vector<QPushButton*>& into, const char* name) {
  auto* b = new QPushButton(parent);
  b->setObjectName(QString::fromLatin1(name));
  into.push_back(b);
  return b;
}

QLabel* label(QWidget* parent, std::vector<QLabel*>& into) {
  auto* l = new QLabel(parent);
  into.push_back(l);
  return l;
}

QTableWidget* simpleTable(QWidget* parent, const char* name, int columns) {
  auto* t = new QTableWidget(parent);
  t->setObjectName(QString::fromLatin1(name));
  t->setColumnCount(columns);
  t->setEditTriggers(QAbstractItemView::NoEditTriggers);
  t->setSelectionBehavior(QAbstractItemView::SelectRows);
  t->setSelectionMode(QAbstractItemView::SingleSelection);
  t->verticalHeader()->hide();
  t->horizontalHeader()->setStretchLastSection(true);
  return t;
}

}  // namespace

LabDock::LabDock(lab::LabFleet& fleet, lab::LabEnvoys& envoys, controlplane::ControlPlane& plane,
                 QWidget* parent)
    : QDockWidget(parent), fleet_(fleet), envoys_(envoys), plane_(plane) {
  setObjectName(QStringLiteral("LabDock"));
  model_ = new LabProxyModel(fleet_, this);
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  layout->setContentsMargins(2, 2, 2, 2);
  tabs_ = new QTabWidget(body);
  tabs_->addTab(simulatedTab(), QString());
  tabs_->addTab(envoysTab(), QString());
  layout->addWidget(tabs_, 1);
  message_ = new QLabel(body);
  message_->setObjectName(QStringLiteral("LabMessage"));
  message_->setWordWrap(true);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(message_);
  setWidget(body);

  poll_ = new QTimer(this);
  poll_->setInterval(1000);
  connect(poll_, &QTimer::timeout, this, [this] {
    // Nothing to show while hidden; shown again, the next tick catches up.
    if (!isVisible()) return;
    model_->refresh();
    refreshEnvoys();
  });
  poll_->start();
  connect(&envoyWork_, &QFutureWatcher<QString>::finished, this, [this] {
    const QString result = envoyWork_.result();
    if (!result.isEmpty()) say(result, result.startsWith(QLatin1Char('!')));
    refreshEnvoys();
  });
  connect(&driftWork_, &QFutureWatcher<std::pair<QString, std::vector<lab::Drift>>>::finished, this, [this] {
    const auto [error, found] = driftWork_.result();
    drift_->setRowCount(0);
    if (!error.isEmpty()) {
      say(error, true);
      emit driftChecked(-1);
      return;
    }
    drift_->setRowCount(static_cast<int>(found.size()));
    for (int row = 0; row < static_cast<int>(found.size()); ++row) {
      const auto& d = found[row];
      const QStringList cells{qs(lab::driftKindName(d.kind)), qs(snapshot::shortTypeName(d.typeUrl)),
                              qs(d.name), qs(d.detail).section(QLatin1Char('\n'), 0, 0)};
      for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(qs(d.detail));
        drift_->setItem(row, c, item);
      }
    }
    drift_->resizeColumnsToContents();
    say(found.empty() ? tr("No drift: the Envoy holds what it is served.")
                      : tr("%n difference(s) between what the Envoy holds and what it is served.", "",
                           static_cast<int>(found.size())),
        !found.empty());
    emit driftChecked(static_cast<int>(found.size()));
  });
  retranslate();
}

LabDock::~LabDock() {
  envoyWork_.waitForFinished();
  driftWork_.waitForFinished();
}

QWidget* LabDock::simulatedTab() {
  auto* tab = new QWidget(this);
  auto* layout = new QVBoxLayout(tab);
  layout->setContentsMargins(2, 2, 2, 2);
  auto* form = new QGridLayout;
  count_ = new QSpinBox(tab);
  count_->setObjectName(QStringLiteral("LabCount"));
  count_->setRange(1, 5000);
  count_->setValue(10);
  idPattern_ = new QLineEdit(QStringLiteral("lab-{n}"), tab);
  idPattern_->setObjectName(QStringLiteral("LabIdPattern"));
  cluster_ = new QLineEdit(QStringLiteral("lab"), tab);
  cluster_->setObjectName(QStringLiteral("LabCluster"));
  zones_ = new QLineEdit(QStringLiteral("zone-a, zone-b"), tab);
  zones_->setObjectName(QStringLiteral("LabZones"));
  nackRules_ = new QLineEdit(tab);
  nackRules_->setObjectName(QStringLiteral("LabNackRules"));
  answerDelay_ = new QSpinBox(tab);
  answerDelay_->setObjectName(QStringLiteral("LabAnswerDelay"));
  answerDelay_->setRange(0, 600000);
  answerDelay_->setSingleStep(100);
  answerDelay_->setSuffix(QStringLiteral(" ms"));
  flapUp_ = new QSpinBox(tab);
  flapUp_->setObjectName(QStringLiteral("LabFlapUp"));
  flapUp_->setRange(0, 3600);
  flapUp_->setSuffix(QStringLiteral(" s"));
  flapDown_ = new QSpinBox(tab);
  flapDown_->setObjectName(QStringLiteral("LabFlapDown"));
  flapDown_->setRange(0, 3600);
  flapDown_->setValue(3);
  flapDown_->setSuffix(QStringLiteral(" s"));
  form->addWidget(label(tab, formLabels_), 0, 0);
  form->addWidget(count_, 0, 1);
  form->addWidget(label(tab, formLabels_), 0, 2);
  form->addWidget(idPattern_, 0, 3);
  form->addWidget(label(tab, formLabels_), 0, 4);
  form->addWidget(cluster_, 0, 5);
  form->addWidget(label(tab, formLabels_), 0, 6);
  form->addWidget(zones_, 0, 7);
  form->addWidget(label(tab, formLabels_), 1, 0);
  form->addWidget(nackRules_, 1, 1, 1, 3);
  form->addWidget(label(tab, formLabels_), 1, 4);
  form->addWidget(answerDelay_, 1, 5);
  form->addWidget(label(tab, formLabels_), 1, 6);
  auto* flap = new QHBoxLayout;
  flap->addWidget(flapUp_);
  flap->addWidget(flapDown_);
  form->addLayout(flap, 1, 7);
  form->setColumnStretch(3, 2);
  form->setColumnStretch(7, 1);
  layout->addLayout(form);

  auto* buttons = new QHBoxLayout;
  auto* add = button(tab, proxyButtons_, "LabAdd");
  auto* start = button(tab, proxyButtons_, "LabStart");
  auto* stop = button(tab, proxyButtons_, "LabStop");
  auto* reconnect = button(tab, proxyButtons_, "LabReconnect");
  auto* behave = button(tab, proxyButtons_, "LabApplyBehaviour");
  auto* remove = button(tab, proxyButtons_, "LabRemove");
  auto* removeAllButton = button(tab, proxyButtons_, "LabRemoveAll");
  for (auto* b : proxyButtons_) buttons->addWidget(b);
  buttons->addStretch(1);
  layout->addLayout(buttons);
  connect(add, &QPushButton::clicked, this, [this] { addProxies(); });
  connect(start, &QPushButton::clicked, this, &LabDock::startSelected);
  connect(stop, &QPushButton::clicked, this, &LabDock::stopSelected);
  connect(reconnect, &QPushButton::clicked, this, &LabDock::reconnectSelected);
  connect(behave, &QPushButton::clicked, this, &LabDock::applyBehaviourToSelected);
  connect(remove, &QPushButton::clicked, this, &LabDock::removeSelected);
  connect(removeAllButton, &QPushButton::clicked, this, &LabDock::removeAll);

  proxies_ = new QTableView(tab);
  proxies_->setObjectName(QStringLiteral("LabProxies"));
  proxies_->setModel(model_);
  proxies_->setSelectionBehavior(QAbstractItemView::SelectRows);
  proxies_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  proxies_->setAlternatingRowColors(true);
  proxies_->verticalHeader()->hide();
  proxies_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  proxies_->horizontalHeader()->setStretchLastSection(true);
  layout->addWidget(proxies_, 1);
  return tab;
}

QWidget* LabDock::envoysTab() {
  auto* tab = new QWidget(this);
  auto* layout = new QVBoxLayout(tab);
  layout->setContentsMargins(2, 2, 2, 2);
  auto* top = new QGridLayout;
  binary_ = new QLineEdit(QSettings().value(QStringLiteral("lab/envoyBinary")).toString(), tab);
  binary_->setObjectName(QStringLiteral("LabEnvoyBinary"));
  envoys_.setBinary(binary_->text().toStdString());
  auto* browse = button(tab, envoyButtons_, "LabEnvoyBrowse");
  binaryFound_ = new QLabel(tab);
  binaryFound_->setObjectName(QStringLiteral("LabEnvoyFound"));
  envoyNode_ = new QLineEdit(QStringLiteral("lab-envoy-1"), tab);
  envoyNode_->setObjectName(QStringLiteral("LabEnvoyNode"));
  envoyCluster_ = new QLineEdit(QStringLiteral("lab"), tab);
  envoyCluster_->setObjectName(QStringLiteral("LabEnvoyCluster"));
  auto* add = button(tab, envoyButtons_, "LabEnvoyAdd");
  top->addWidget(label(tab, envoyLabels_), 0, 0);
  top->addWidget(binary_, 0, 1, 1, 3);
  top->addWidget(browse, 0, 4);
  top->addWidget(binaryFound_, 1, 1, 1, 4);
  top->addWidget(label(tab, envoyLabels_), 2, 0);
  top->addWidget(envoyNode_, 2, 1);
  top->addWidget(label(tab, envoyLabels_), 2, 2);
  top->addWidget(envoyCluster_, 2, 3);
  top->addWidget(add, 2, 4);
  top->setColumnStretch(1, 1);
  top->setColumnStretch(3, 1);
  layout->addLayout(top);

  auto* buttons = new QHBoxLayout;
  auto* start = button(tab, envoyButtons_, "LabEnvoyStart");
  auto* stop = button(tab, envoyButtons_, "LabEnvoyStop");
  auto* remove = button(tab, envoyButtons_, "LabEnvoyRemove");
  auto* drift = button(tab, envoyButtons_, "LabEnvoyDrift");
  for (auto* b : {start, stop, remove, drift}) buttons->addWidget(b);
  buttons->addStretch(1);
  layout->addLayout(buttons);

  auto* split = new QSplitter(Qt::Vertical, tab);
  envoyList_ = simpleTable(split, "LabEnvoys", 5);
  log_ = new QPlainTextEdit(split);
  log_->setObjectName(QStringLiteral("LabEnvoyLog"));
  log_->setReadOnly(true);
  log_->setLineWrapMode(QPlainTextEdit::NoWrap);
  log_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  drift_ = simpleTable(split, "LabEnvoyDriftTable", 4);
  layout->addWidget(split, 1);

  connect(binary_, &QLineEdit::editingFinished, this, [this] {
    QSettings().setValue(QStringLiteral("lab/envoyBinary"), binary_->text());
    envoys_.setBinary(binary_->text().trimmed().toStdString());
    refreshEnvoys();
  });
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Envoy binary"));
    if (path.isEmpty()) return;
    binary_->setText(path);
    emit binary_->editingFinished();
  });
  connect(add, &QPushButton::clicked, this, [this] { addEnvoy(); });
  connect(start, &QPushButton::clicked, this, &LabDock::startEnvoy);
  connect(stop, &QPushButton::clicked, this, &LabDock::stopEnvoy);
  connect(remove, &QPushButton::clicked, this, &LabDock::removeEnvoy);
  connect(drift, &QPushButton::clicked, this, &LabDock::checkDrift);
  connect(envoyList_, &QTableWidget::itemSelectionChanged, this, [this] {
    log_->setPlainText(qs(envoys_.log(selectedEnvoy())));
  });
  return tab;
}

void LabDock::say(const QString& text, bool error) {
  QString shown = text.startsWith(QLatin1Char('!')) ? text.mid(1) : text;
  message_->setText(shown);
  message_->setStyleSheet(error ? QStringLiteral("color: #c01c28") : QString());
}

void LabDock::syncAddress() {
  if (!plane_.xds().running()) return;
  if (fleet_.address() != plane_.xds().address()) fleet_.setAddress(plane_.xds().address());
  envoys_.setXds("127.0.0.1", plane_.xds().port());
}

std::optional<lab::ProxyBatch> LabDock::batchFromForm() {
  lab::ProxyBatch batch;
  batch.count = count_->value();
  batch.idPattern = idPattern_->text().trimmed().toStdString();
  batch.cluster = cluster_->text().trimmed().toStdString();
  for (const QString& z : zones_->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
    if (!z.trimmed().isEmpty()) batch.zones.push_back(z.trimmed().toStdString());
  for (const QString& text : nackRules_->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
    if (text.trimmed().isEmpty()) continue;
    std::string error;
    auto rule = lab::NackRule::parse(text.toStdString(), &error);
    if (!rule) {
      say(tr("NACK rule \"%1\": %2").arg(text.trimmed(), qs(error)), true);
      return std::nullopt;
    }
    batch.behaviour.nackRules.push_back(*rule);
  }
  batch.behaviour.answerDelay = std::chrono::milliseconds(answerDelay_->value());
  batch.behaviour.flapUp = std::chrono::seconds(flapUp_->value());
  batch.behaviour.flapDown = std::chrono::seconds(flapDown_->value());
  if (batch.idPattern.empty()) {
    say(tr("Node ids need a pattern, such as lab-{n}"), true);
    return std::nullopt;
  }
  return batch;
}

std::vector<int> LabDock::addProxies() {
  auto batch = batchFromForm();
  if (!batch) return {};
  syncAddress();
  auto ids = fleet_.add(*batch);
  model_->refresh();
  say(tr("Added %n simulated proxy(ies) connecting to %1", "", static_cast<int>(ids.size()))
          .arg(qs(fleet_.address())));
  return ids;
}

std::vector<int> LabDock::selectedProxies() const {
  std::set<int> ids;
  for (const QModelIndex& index : proxies_->selectionModel()->selectedIndexes())
    ids.insert(model_->labIdAt(index.row()));
  return {ids.begin(), ids.end()};
}

void LabDock::startSelected() {
  syncAddress();
  for (int id : selectedProxies()) fleet_.start(id);
  model_->refresh();
}

void LabDock::stopSelected() {
  for (int id : selectedProxies()) fleet_.stop(id);
  model_->refresh();
}

void LabDock::reconnectSelected() {
  syncAddress();
  for (int id : selectedProxies()) fleet_.reconnect(id);
  model_->refresh();
}

void LabDock::applyBehaviourToSelected() {
  auto batch = batchFromForm();
  if (!batch) return;
  const auto ids = selectedProxies();
  for (int id : ids) fleet_.setBehaviour(id, batch->behaviour);
  model_->refresh();
  say(tr("%1 for %n proxy(ies)", "", static_cast<int>(ids.size())).arg(qs(batch->behaviour.summary())));
}

void LabDock::removeSelected() {
  for (int id : selectedProxies()) fleet_.remove(id);
  model_->refresh();
}

void LabDock::removeAll() {
  fleet_.clear(std::chrono::milliseconds(0));
  model_->refresh();
}

int LabDock::selectedEnvoy() const {
  const auto rows = envoyList_->selectionModel()->selectedRows();
  if (rows.isEmpty()) return 0;
  auto* item = envoyList_->item(rows.first().row(), 0);
  return item ? item->text().toInt() : 0;
}

int LabDock::addEnvoy() {
  lab::LabEnvoySpec spec;
  spec.nodeId = envoyNode_->text().trimmed().toStdString();
  spec.cluster = envoyCluster_->text().trimmed().toStdString();
  std::string error;
  int id = envoys_.add(spec, &error);
  if (!id) say(qs(error), true);
  else say(tr("Wrote the bootstrap of %1 to %2").arg(qs(spec.nodeId), qs(envoys_.info(id)->bootstrapPath)));
  refreshEnvoys();
  for (int row = 0; row < envoyList_->rowCount(); ++row)
    if (envoyList_->item(row, 0)->text().toInt() == id) envoyList_->selectRow(row);
  return id;
}

void LabDock::runEnvoyWork(std::function<QString()> work) {
  if (envoyWork_.isRunning()) return;
  envoyWork_.setFuture(QtConcurrent::run(std::move(work)));
}

void LabDock::startEnvoy() {
  const int id = selectedEnvoy();
  if (!id) return;
  syncAddress();
  runEnvoyWork([this, id] {
    std::string error;
    if (!envoys_.start(id, &error)) return QStringLiteral("!") + qs(error);
    return tr("Started Envoy %1").arg(id);
  });
}

void LabDock::stopEnvoy() {
  const int id = selectedEnvoy();
  if (!id) return;
  runEnvoyWork([this, id] { return tr("Envoy %1 %2").arg(id).arg(qs(envoys_.stop(id))); });
}

void LabDock::removeEnvoy() {
  const int id = selectedEnvoy();
  if (!id) return;
  runEnvoyWork([this, id] {
    envoys_.remove(id);
    return tr("Removed Envoy %1").arg(id);
  });
}

void LabDock::checkDrift() {
  const int id = selectedEnvoy();
  if (!id || driftWork_.isRunning()) return;
  auto info = envoys_.info(id);
  if (!info) return;
  envoy::config::core::v3::Node node;
  node.set_id(info->spec.nodeId);
  node.set_cluster(info->spec.cluster);
  for (const auto& [k, v] : info->spec.metadata)
    (*node.mutable_metadata()->mutable_fields())[k].set_string_value(v);
  auto& store = plane_.store();
  // A node in a canary is served its canary group; the registry knows which group it is in.
  std::string group = store.groupOf(node);
  for (const auto& p : plane_.fleet().proxies())
    if (p.nodeId == info->spec.nodeId) group = p.group;
  auto expected = store.get(group);
  driftWork_.setFuture(QtConcurrent::run([this, id, expected, group] {
    std::pair<QString, std::vector<lab::Drift>> out;
    if (!expected) {
      out.first = tr("Nothing is served to group %1").arg(qs(group));
      return out;
    }
    std::string error;
    auto dump = envoys_.configDump(id, &error);
    if (!dump) {
      out.first = qs(error);
      return out;
    }
    out.second = lab::findDrift(*dump, *expected);
    return out;
  }));
}

void LabDock::refreshEnvoys() {
  std::string why;
  auto found = envoys_.binary(&why);
  binaryFound_->setText(found ? tr("Runs %1").arg(qs(*found))
                              : tr("No Envoy: %1. Simulated proxies work without one.").arg(qs(why)));
  const auto list = envoys_.list();
  const int selected = selectedEnvoy();
  envoyList_->setRowCount(static_cast<int>(list.size()));
  for (int row = 0; row < static_cast<int>(list.size()); ++row) {
    const auto& e = list[row];
    const QString state = e.running ? tr("running (pid %1)").arg(e.pid)
                                    : (e.ending.empty() ? tr("not started") : qs(e.ending));
    const QStringList cells{QString::number(e.labId), qs(e.spec.nodeId), QString::number(e.adminPort),
                            state, qs(e.folder)};
    for (int c = 0; c < cells.size(); ++c) {
      auto* item = envoyList_->item(row, c);
      if (!item) envoyList_->setItem(row, c, item = new QTableWidgetItem);
      item->setText(cells[c]);
    }
    if (e.labId == selected && !envoyList_->selectionModel()->isRowSelected(row, {}))
      envoyList_->selectRow(row);
  }
  if (selected) {
    const QString text = qs(envoys_.log(selected));
    if (text != log_->toPlainText()) {
      log_->setPlainText(text);
      log_->moveCursor(QTextCursor::End);
    }
  }
}

void LabDock::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDockWidget::changeEvent(event);
}

void LabDock::retranslate() {
  setWindowTitle(tr("Lab"));
  tabs_->setTabText(0, tr("Simulated proxies"));
  tabs_->setTabText(1, tr("Envoy processes"));
  const QStringList form{tr("Count"), tr("Node ids"), tr("Cluster"), tr("Zones"),
                         tr("NACK rules"), tr("Answer late by"), tr("Flap up / down")};
  for (std::size_t i = 0; i < formLabels_.size(); ++i) formLabels_[i]->setText(form[static_cast<int>(i)]);
  nackRules_->setPlaceholderText(tr("e.g. clusters lb_policy=RING_HASH; listeners/edge*  (empty: ACK all)"));
  idPattern_->setToolTip(tr("{n} is replaced by a running number"));
  flapUp_->setToolTip(tr("Drop the stream after this long connected (0: never)"));
  flapDown_->setToolTip(tr("Stay disconnected this long before reconnecting"));
  const QStringList proxyTexts{tr("Add"), tr("Start"), tr("Stop"), tr("Reconnect"),
                               tr("Apply behaviour"), tr("Remove"), tr("Remove all")};
  for (std::size_t i = 0; i < proxyButtons_.size(); ++i) proxyButtons_[i]->setText(proxyTexts[static_cast<int>(i)]);
  const QStringList envoyTexts{tr("Browse\u2026"), tr("Add Envoy"), tr("Start"), tr("Stop"),
                               tr("Remove"), tr("Check drift")};
  for (std::size_t i = 0; i < envoyButtons_.size(); ++i) envoyButtons_[i]->setText(envoyTexts[static_cast<int>(i)]);
  const QStringList envoyForm{tr("Envoy binary"), tr("Node id"), tr("Cluster")};
  for (std::size_t i = 0; i < envoyLabels_.size(); ++i) envoyLabels_[i]->setText(envoyForm[static_cast<int>(i)]);
  binary_->setPlaceholderText(tr("empty: envoy on PATH"));
  envoyList_->setHorizontalHeaderLabels({tr("#"), tr("Node"), tr("Admin port"), tr("Process"), tr("Folder")});
  drift_->setHorizontalHeaderLabels({tr("Drift"), tr("Type"), tr("Name"), tr("Detail")});
  refreshEnvoys();
}

}  // namespace meshdesk::app
