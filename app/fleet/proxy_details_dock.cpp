#include "fleet/proxy_details_dock.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSyntaxHighlighter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "models/fleet_table_model.h"
#include "models/sync_status_look.h"
#include "snapshot/type_url.h"

namespace meshdesk::app {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString when(fleet::Clock::time_point at) {
  if (at.time_since_epoch().count() == 0) return {};
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
  return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QTableWidget* table(QWidget* parent, const QString& name) {
  auto* t = new QTableWidget(parent);
  t->setObjectName(name);
  t->setEditTriggers(QAbstractItemView::NoEditTriggers);
  t->setSelectionBehavior(QAbstractItemView::SelectRows);
  t->setAlternatingRowColors(true);
  t->setWordWrap(false);
  t->verticalHeader()->hide();
  t->horizontalHeader()->setStretchLastSection(true);
  t->setSortingEnabled(false);
  return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells) {
  for (int c = 0; c < cells.size(); ++c) {
    auto* item = new QTableWidgetItem(cells[c]);
    item->setToolTip(cells[c]);
    t->setItem(row, c, item);
  }
}

// Unified diff lines: removed red, added green, hunk heads blue, file heads bold.
class DiffHighlighter : public QSyntaxHighlighter {
 public:
  using QSyntaxHighlighter::QSyntaxHighlighter;

 protected:
  void highlightBlock(const QString& text) override {
    QTextCharFormat f;
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
      f.setFontWeight(QFont::Bold);
    } else if (text.startsWith(QLatin1Char('+'))) {
      f.setForeground(QColor(0x1b, 0x7a, 0x34));
    } else if (text.startsWith(QLatin1Char('-'))) {
      f.setForeground(QColor(0xc0, 0x1c, 0x28));
    } else if (text.startsWith(QLatin1String("@@"))) {
      f.setForeground(QColor(0x1c, 0x71, 0xd8));
    } else {
      return;
    }
    setFormat(0, static_cast<int>(text.size()), f);
  }
};

}  // namespace

ProxyDetailsDock::ProxyDetailsDock(fleet::FleetRegistry& fleet, std::function<std::string()> xdsAddress,
                                   VersionContent contentOf, TargetOf targetOf, QWidget* parent)
    : QDockWidget(parent),
      fleet_(fleet),
      xdsAddress_(std::move(xdsAddress)),
      contentOf_(std::move(contentOf)),
      targetOf_(std::move(targetOf)) {
  setObjectName(QStringLiteral("ProxyDetailsDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  layout->setContentsMargins(2, 2, 2, 2);
  auto* head = new QHBoxLayout;
  heading_ = new QLabel(body);
  heading_->setObjectName(QStringLiteral("ProxyHeading"));
  heading_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  heading_->setWordWrap(true);
  head->addWidget(heading_, 1);
  refresh_ = new QPushButton(body);
  refresh_->setObjectName(QStringLiteral("ProxyRefresh"));
  head->addWidget(refresh_, 0, Qt::AlignTop);
  layout->addLayout(head);

  tabs_ = new QTabWidget(body);
  types_ = table(tabs_, QStringLiteral("ProxyTypes"));
  types_->setColumnCount(6);
  resources_ = table(tabs_, QStringLiteral("ProxyResources"));
  resources_->setColumnCount(6);
  nacks_ = table(tabs_, QStringLiteral("ProxyNacks"));
  nacks_->setColumnCount(4);
  auto* diffBox = new QWidget(tabs_);
  auto* diffLayout = new QVBoxLayout(diffBox);
  diffLayout->setContentsMargins(0, 0, 0, 0);
  diffNote_ = new QLabel(diffBox);
  diffNote_->setWordWrap(true);
  diff_ = new QPlainTextEdit(diffBox);
  diff_->setObjectName(QStringLiteral("ProxyDiff"));
  diff_->setReadOnly(true);
  diff_->setLineWrapMode(QPlainTextEdit::NoWrap);
  diff_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  new DiffHighlighter(diff_->document());
  diffLayout->addWidget(diffNote_);
  diffLayout->addWidget(diff_, 1);
  tabs_->addTab(types_, QString());
  tabs_->addTab(resources_, QString());
  tabs_->addTab(nacks_, QString());
  tabs_->addTab(diffBox, QString());
  layout->addWidget(tabs_, 1);
  setWidget(body);

  connect(refresh_, &QPushButton::clicked, this, &ProxyDetailsDock::refreshResources);
  connect(&watcher_, &QFutureWatcher<Fetched>::finished, this, [this] {
    showFetched();
    if (refetchWanted_) {
      refetchWanted_ = false;
      refreshResources();
    }
  });
  retranslate();
  showState();
}

ProxyDetailsDock::~ProxyDetailsDock() { watcher_.waitForFinished(); }

void ProxyDetailsDock::setProxy(fleet::ProxyId proxy) {
  proxy_ = proxy;
  state_ = proxy ? fleet_.proxy(proxy) : std::nullopt;
  showState();
  resources_->setRowCount(0);
  diff_->clear();
  diffNote_->clear();
  if (state_) refreshResources();
}

void ProxyDetailsDock::applyBatch(const fleet::FleetBatch& batch) {
  if (!proxy_) return;
  bool touched = false;
  for (const auto& p : batch.changed)
    if (p.id == proxy_) {
      state_ = p;
      touched = true;
    }
  for (auto id : batch.removed)
    if (id == proxy_) {
      touched = true;
      heading_->setText(heading_->text() + QStringLiteral("  ") + tr("(disconnected)"));
      return;
    }
  if (!touched) return;
  if (!isVisible()) {
    stale_ = true;
    return;
  }
  showState();
  // The CSDS rows and the diff follow, at most one question at a time.
  if (watcher_.isRunning()) refetchWanted_ = true;
  else refreshResources();
}

void ProxyDetailsDock::refreshResources() {
  if (!state_) return;
  if (watcher_.isRunning()) {
    refetchWanted_ = true;
    return;
  }
  const fleet::ProxyState proxy = *state_;
  const std::string address = xdsAddress_();
  auto contentOf = contentOf_;
  auto target = targetOf_(proxy);
  watcher_.setFuture(QtConcurrent::run([proxy, address, contentOf, target] {
    Fetched f;
    f.rows = fetchClientStatus(address, proxy.nodeId, &f.error);
    if (target) {
      f.targetLabel = target->second;
      f.diff = diffHoldings(proxy, contentOf, target->first, target->second);
    } else {
      f.diff.notes.push_back("nothing is published yet");
    }
    return f;
  }));
}

void ProxyDetailsDock::showState() {
  if (!state_) {
    heading_->setText(proxy_ ? tr("The proxy disconnected.") : tr("Select a proxy in the Fleet table."));
    types_->setRowCount(0);
    nacks_->setRowCount(0);
    refresh_->setEnabled(false);
    return;
  }
  refresh_->setEnabled(true);
  const fleet::ProxyState& p = *state_;
  QStringList where;
  for (const std::string* part : {&p.region, &p.zone, &p.subZone})
    if (!part->empty()) where << qs(*part);
  heading_->setText(tr("<b>%1</b> &nbsp; cluster %2 &nbsp; locality %3 &nbsp; group %4<br>%5 from %6, "
                       "connected since %7")
                        .arg(qs(p.nodeId).toHtmlEscaped(), qs(p.cluster).toHtmlEscaped(),
                             where.isEmpty() ? tr("(none)") : where.join(QLatin1Char('/')).toHtmlEscaped(),
                             qs(p.group).toHtmlEscaped(), qs(p.userAgent).toHtmlEscaped(),
                             qs(p.peer).toHtmlEscaped(), when(p.connectedAt)));

  types_->setRowCount(static_cast<int>(p.types.size()));
  int row = 0;
  for (const auto& [typeUrl, t] : p.types) {
    QString nack;
    if (t.lastNack) nack = tr("%1: %2").arg(qs(t.lastNack->version), qs(t.lastNack->message));
    setRow(types_, row,
           {qs(snapshot::shortTypeName(typeUrl)), SyncStatusLook::label(t.status),
            t.versionSent.empty() ? QString() : tr("%1 at %2").arg(qs(t.versionSent), when(t.sentAt)),
            t.versionAcked.empty() ? QString() : tr("%1 at %2").arg(qs(t.versionAcked), when(t.ackedAt)),
            tr("%1 / %2 / %3").arg(t.responses).arg(t.acks).arg(t.nacks), nack});
    types_->item(row, 1)->setIcon(SyncStatusLook::icon(t.status));
    types_->item(row, 1)->setForeground(SyncStatusLook::color(t.status));
    types_->item(row, 0)->setToolTip(qs(typeUrl));
    ++row;
  }
  types_->resizeColumnsToContents();

  nacks_->setRowCount(static_cast<int>(p.nackHistory.size()));
  row = 0;
  // Newest first.
  for (auto it = p.nackHistory.rbegin(); it != p.nackHistory.rend(); ++it, ++row)
    setRow(nacks_, row, {when(it->at), qs(snapshot::shortTypeName(it->typeUrl)), qs(it->version),
                         qs(it->message)});
  nacks_->resizeColumnsToContents();
  tabs_->setTabText(2, tr("NACK history (%1)").arg(p.nackHistory.size()));
}

void ProxyDetailsDock::showFetched() {
  const Fetched f = watcher_.result();
  resources_->setRowCount(static_cast<int>(f.rows.size()));
  int row = 0;
  for (const auto& r : f.rows) {
    setRow(resources_, row, {qs(snapshot::shortTypeName(r.typeUrl)), qs(r.name), qs(r.status),
                             qs(r.clientStatus), qs(r.version), qs(r.error)});
    const auto status = r.status == "SYNCED"  ? fleet::SyncStatus::Synced
                        : r.status == "ERROR" ? fleet::SyncStatus::Nacked
                        : r.status == "STALE" ? fleet::SyncStatus::Stale
                                              : fleet::SyncStatus::NotSent;
    resources_->item(row, 2)->setIcon(SyncStatusLook::icon(status));
    resources_->item(row, 2)->setForeground(SyncStatusLook::color(status));
    ++row;
  }
  resources_->resizeColumnsToContents();
  tabs_->setTabText(1, f.error.empty() ? tr("Resources (%1)").arg(f.rows.size()) : tr("Resources (?)"));
  resources_->setToolTip(qs(f.error));

  QStringList notes;
  if (!f.diff.heldVersions.empty()) {
    QStringList held;
    for (const auto& h : f.diff.heldVersions) held << qs(h);
    notes << tr("Holds %1; should hold %2.").arg(held.join(QStringLiteral(", ")), qs(f.targetLabel));
  }
  for (const auto& n : f.diff.notes) notes << qs(n);
  if (f.diff.diff.empty() && f.diff.notes.empty() && !f.targetLabel.empty())
    notes << tr("It holds what it should.");
  diffNote_->setText(notes.join(QLatin1Char('\n')));
  diff_->setPlainText(qs(f.diff.diff));
  tabs_->setTabText(3, f.diff.diff.empty() ? tr("Diff") : tr("Diff (differs)"));
  emit resourcesRefreshed();
}

void ProxyDetailsDock::showEvent(QShowEvent* event) {
  QDockWidget::showEvent(event);
  if (!stale_) return;
  stale_ = false;
  showState();
  refreshResources();
}

void ProxyDetailsDock::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDockWidget::changeEvent(event);
}

void ProxyDetailsDock::retranslate() {
  setWindowTitle(tr("Proxy"));
  refresh_->setText(tr("Refresh"));
  refresh_->setToolTip(tr("Ask the control plane's CSDS service again"));
  types_->setHorizontalHeaderLabels({tr("Type"), tr("Status"), tr("Sent"), tr("ACKed"),
                                     tr("Responses / ACKs / NACKs"), tr("Last NACK")});
  resources_->setHorizontalHeaderLabels(
      {tr("Type"), tr("Name"), tr("Status"), tr("Client status"), tr("Version"), tr("Error")});
  nacks_->setHorizontalHeaderLabels({tr("When"), tr("Type"), tr("Refused version"), tr("Error")});
  tabs_->setTabText(0, tr("Types"));
  tabs_->setTabText(1, tr("Resources"));
  tabs_->setTabText(2, tr("NACK history"));
  tabs_->setTabText(3, tr("Diff"));
  showState();
}

}  // namespace meshdesk::app
