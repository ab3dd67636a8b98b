#include "fleet/fleet_charts_dock.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

#include "fleet/fleet_timeline.h"

namespace meshdesk::app {

namespace {

// The Versions chart: the last ten minutes, in at most this many steps.
constexpr qint64 kVersionsWindowMs = 600 * 1000;
constexpr qint64 kVersionColumns = 200;

// Upper bounds of the convergence histogram's buckets, in seconds; the last bucket is beyond.
constexpr std::array<double, 11> kBuckets{0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

// Upper bounds in seconds, short enough for a narrow chart; the axis title says what they are.
QString bucketLabel(std::size_t i) {
  if (i == kBuckets.size()) return QStringLiteral(">") + QString::number(kBuckets.back());
  return QString::number(kBuckets[i]);
}

// A round step (1, 2, 5, 10, 20, 50, ...) giving at most about `ticks` steps up to `top`.
double roundStep(double top, int ticks) {
  double step = 1;
  while (top / step > ticks) {
    if (top / (step * 2) <= ticks) return step * 2;
    if (top / (step * 5) <= ticks) return step * 5;
    step *= 10;
  }
  return step;
}

void setCountRange(QValueAxis* y, double top) {
  const double step = roundStep(std::max(top, 1.0), 4);
  y->setTickType(QValueAxis::TicksDynamic);
  y->setTickAnchor(0);
  y->setTickInterval(step);
  y->setRange(0, std::ceil(std::max(top, 1.0) * 1.1 / step) * step);
}

QChart* newChart() {
  auto* chart = new QChart;
  chart->setAnimationOptions(QChart::NoAnimation);
  // On the right: a legend below would take the height the axis labels need in a short chart.
  chart->legend()->setAlignment(Qt::AlignRight);
  chart->setMargins(QMargins(4, 4, 4, 4));
  chart->layout()->setContentsMargins(0, 0, 0, 0);
  chart->setBackgroundRoundness(0);
  return chart;
}

QDateTimeAxis* timeAxis(QChart* chart) {
  auto* axis = new QDateTimeAxis;
  axis->setFormat(QStringLiteral("HH:mm:ss"));
  axis->setTickCount(5);
  chart->addAxis(axis, Qt::AlignBottom);
  return axis;
}

QValueAxis* valueAxis(QChart* chart, const QString& format) {
  auto* axis = new QValueAxis;
  axis->setLabelFormat(format);
  chart->addAxis(axis, Qt::AlignLeft);
  return axis;
}

QLineSeries* lineSeries(QChart* chart, QColor color, Qt::PenStyle style = Qt::SolidLine) {
  auto* series = new QLineSeries;
  QPen pen(color, 2, style);
  series->setPen(pen);
  chart->addSeries(series);
  for (auto* axis : chart->axes()) series->attachAxis(axis);
  return series;
}

template <typename T>
T* axisOf(QChart* chart, Qt::Orientation orientation) {
  auto axes = chart->axes(orientation);
  return axes.isEmpty() ? nullptr : qobject_cast<T*>(axes.first());
}

void setTimeRange(QChart* chart, qint64 from, qint64 to) {
  if (auto* axis = axisOf<QDateTimeAxis>(chart, Qt::Horizontal))
    axis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(std::max(to, from + 1000)));
}

}  // namespace

FleetChartsDock::FleetChartsDock(FleetTimeline& timeline, QWidget* parent)
    : QDockWidget(parent), timeline_(timeline) {
  setObjectName(QStringLiteral("FleetChartsDock"));
  auto* body = new QWidget(this);
  auto* grid = new QGridLayout(body);
  grid->setContentsMargins(2, 2, 2, 2);
  grid->setSpacing(4);

  scope_ = new QComboBox(body);
  scope_->setObjectName(QStringLiteral("VersionsScope"));
  scope_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  version_ = new QComboBox(body);
  version_->setObjectName(QStringLiteral("ConvergenceVersion"));
  version_->setSizeAdjustPolicy(QComboBox::AdjustToContents);

  // Versions: pushed solid, ACKed dashed, so the two read apart without colour.
  {
    auto* chart = newChart();
    timeAxis(chart);
    valueAxis(chart, QStringLiteral("%g"));
    lineSeries(chart, QColor(0x1c, 0x71, 0xd8));
    lineSeries(chart, QColor(0x1b, 0x7a, 0x34), Qt::DashLine);
    views_[Versions] = new QChartView(chart, body);
  }
  {
    auto* chart = newChart();
    timeAxis(chart);
    valueAxis(chart, QStringLiteral("%d"));
    lineSeries(chart, QColor(0x1b, 0x7a, 0x34));
    lineSeries(chart, QColor(0xc0, 0x1c, 0x28), Qt::DashLine);
    views_[Rates] = new QChartView(chart, body);
  }
  {
    auto* chart = newChart();
    auto* set = new QBarSet(QString());
    set->setColor(QColor(0x1c, 0x71, 0xd8));
    for (std::size_t i = 0; i <= kBuckets.size(); ++i) *set << 0;
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    for (std::size_t i = 0; i <= kBuckets.size(); ++i) categories->append(bucketLabel(i));
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* count = valueAxis(chart, QStringLiteral("%d"));
    series->attachAxis(count);
    chart->legend()->hide();
    views_[Convergence] = new QChartView(chart, body);
  }
  {
    auto* chart = newChart();
    timeAxis(chart);
    valueAxis(chart, QStringLiteral("%d"));
    lineSeries(chart, QColor(0x1c, 0x71, 0xd8));
    chart->legend()->hide();
    views_[Connected] = new QChartView(chart, body);
  }
  for (auto* view : views_) {
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(220, 150);
  }
  grid->addWidget(panel(Versions, scope_), 0, 0);
  grid->addWidget(panel(Rates, nullptr), 0, 1);
  grid->addWidget(panel(Convergence, version_), 1, 0);
  grid->addWidget(panel(Connected, nullptr), 1, 1);
  setWidget(body);

  connect(scope_, &QComboBox::currentIndexChanged, this, [this] { refreshVersions(); });
  connect(version_, &QComboBox::currentIndexChanged, this, [this] { refreshConvergence(); });
  connect(&timeline_, &FleetTimeline::ticked, this, &FleetChartsDock::refresh);
  retranslate();
  refresh();
}

QWidget* FleetChartsDock::panel(Chart chart, QWidget* extra) {
  auto* box = new QWidget(this);
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(1);
  auto* head = new QHBoxLayout;
  titles_[chart] = new QLabel(box);
  QFont bold = titles_[chart]->font();
  bold.setBold(true);
  titles_[chart]->setFont(bold);
  head->addWidget(titles_[chart]);
  if (extra) head->addWidget(extra);
  head->addStretch(1);
  pngButtons_[chart] = new QToolButton(box);
  csvButtons_[chart] = new QToolButton(box);
  pngButtons_[chart]->setAutoRaise(true);
  csvButtons_[chart]->setAutoRaise(true);
  connect(pngButtons_[chart], &QToolButton::clicked, this, [this, chart] { askExport(chart, true); });
  connect(csvButtons_[chart], &QToolButton::clicked, this, [this, chart] { askExport(chart, false); });
  head->addWidget(pngButtons_[chart]);
  head->addWidget(csvButtons_[chart]);
  layout->addLayout(head);
  layout->addWidget(views_[chart], 1);
  return box;
}

void FleetChartsDock::setSelectedNode(const QString& nodeId) {
  selectedNode_ = nodeId;
  refreshChoices();
  refreshVersions();
}

void FleetChartsDock::refresh() {
  if (!isVisible()) return;
  refreshChoices();
  refreshVersions();
  refreshRates();
  refreshConvergence();
  refreshConnected();
}

void FleetChartsDock::refreshChoices() {
  // Groups as they appear; the selected proxy first when there is one.
  QStringList wanted;
  if (!selectedNode_.isEmpty()) wanted << QStringLiteral("node:") + selectedNode_;
  for (const QString& g : timeline_.groups()) wanted << QStringLiteral("group:") + g;
  QStringList have;
  for (int i = 0; i < scope_->count(); ++i) have << scope_->itemData(i).toString();
  if (have != wanted) {
    const QString current = scope_->currentData().toString();
    QSignalBlocker block(scope_);
    scope_->clear();
    for (const QString& key : wanted) {
      const QString name = key.section(QLatin1Char(':'), 1);
      scope_->addItem(key.startsWith(QLatin1String("node:")) ? tr("Proxy %1").arg(name)
                                                             : tr("Group %1").arg(name),
                      key);
    }
    const int keep = scope_->findData(current);
    scope_->setCurrentIndex(keep >= 0 ? keep : 0);
  }
  const QStringList versions = timeline_.convergedVersions();
  QStringList listed;
  for (int i = 0; i < version_->count(); ++i) listed << version_->itemData(i).toString();
  if (listed != versions) {
    const QString current = version_->currentData().toString();
    const bool followNewest = version_->currentIndex() <= 0;
    QSignalBlocker block(version_);
    version_->clear();
    for (const QString& v : versions) version_->addItem(tr("version %1").arg(v), v);
    const int keep = followNewest ? 0 : version_->findData(current);
    version_->setCurrentIndex(std::max(keep, 0));
  }
}

void FleetChartsDock::refreshVersions() {
  QChart* chart = views_[Versions]->chart();
  auto series = chart->series();
  auto* pushed = static_cast<QLineSeries*>(series[0]);
  auto* acked = static_cast<QLineSeries*>(series[1]);
  const QString key = scope_->currentData().toString();
  const std::string name = key.section(QLatin1Char(':'), 1).toStdString();
  const std::deque<FleetTimeline::Step>* steps =
      key.startsWith(QLatin1String("node:")) ? timeline_.proxySteps(name) : timeline_.groupSteps(name);
  QList<QPointF> p, a;
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  double low = 0, high = 1;
  bool any = false;
  if (steps) {
    double lastP = NAN, lastA = NAN;
    auto step = [&](QList<QPointF>& points, double& last, qint64 ms, double value) {
      if (std::isnan(value) || value == last) return;
      if (!std::isnan(last)) points << QPointF(ms, last);
      points << QPointF(ms, value);
      last = value;
      low = any ? std::min(low, value) : value;
      high = any ? std::max(high, value) : value;
      any = true;
    };
    // The last ten minutes: a chart a few hundred pixels wide gains nothing from more, and
    // drawing a thousand steps every second would cost the GUI thread for nothing. The step in
    // force when the window opens starts each line at its left edge.
    const qint64 windowStart = now - kVersionsWindowMs;
    // At most one step per column of kVersionColumns: several versions a second would otherwise
    // draw (and stroke, every second) more points than the chart has pixels.
    const qint64 columnMs = kVersionsWindowMs / kVersionColumns;
    const FleetTimeline::Step* before = nullptr;
    std::optional<FleetTimeline::Step> held;
    qint64 heldColumn = -1;
    auto flush = [&] {
      if (!held) return;
      step(p, lastP, held->ms, held->pushed);
      step(a, lastA, held->ms, held->acked);
    };
    for (const auto& s : *steps) {
      if (s.ms < windowStart) {
        before = &s;
        continue;
      }
      if (before) {
        step(p, lastP, windowStart, before->pushed);
        step(a, lastA, windowStart, before->acked);
        before = nullptr;
      }
      const qint64 column = (s.ms - windowStart) / columnMs;
      if (held && column == heldColumn) {
        held->pushed = s.pushed;
        held->acked = s.acked;
        continue;
      }
      flush();
      held = s;
      heldColumn = column;
    }
    flush();
    if (before) {
      step(p, lastP, windowStart, before->pushed);
      step(a, lastA, windowStart, before->acked);
    }
    if (!std::isnan(lastP)) p << QPointF(now, lastP);
    if (!std::isnan(lastA)) a << QPointF(now, lastA);
  }
  pushed->replace(p);
  acked->replace(a);
  const qint64 from = !p.isEmpty() ? std::min<qint64>(p.first().x(), a.isEmpty() ? now : a.first().x())
                                   : now - 60000;
  setTimeRange(chart, std::max<qint64>(from, now - 3600 * 1000), now);
  if (auto* y = axisOf<QValueAxis>(chart, Qt::Vertical)) {
    // Ticks on whole versions (a canary sits half-way), at most about five of them.
    const double from = any ? std::floor(low) - 0.5 : 0, to = any ? std::ceil(high) + 0.5 : 1;
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(std::max(1.0, std::ceil((to - from) / 5)));
    y->setRange(from, to);
  }
}

void FleetChartsDock::refreshRates() {
  QChart* chart = views_[Rates]->chart();
  auto series = chart->series();
  QList<QPointF> acks, nacks;
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  const qint64 from = now - 300 * 1000;
  int top = 1;
  for (const auto& s : timeline_.seconds()) {
    if (s.ms < from) continue;
    acks << QPointF(s.ms, s.acks);
    nacks << QPointF(s.ms, s.nacks);
    top = std::max({top, s.acks, s.nacks});
  }
  static_cast<QLineSeries*>(series[0])->replace(acks);
  static_cast<QLineSeries*>(series[1])->replace(nacks);
  setTimeRange(chart, acks.isEmpty() ? from : std::max<qint64>(from, acks.first().x()), now);
  if (auto* y = axisOf<QValueAxis>(chart, Qt::Vertical)) setCountRange(y, top);
}

void FleetChartsDock::refreshConvergence() {
  QChart* chart = views_[Convergence]->chart();
  auto* series = static_cast<QBarSeries*>(chart->series().first());
  QBarSet* set = series->barSets().first();
  std::array<int, kBuckets.size() + 1> counts{};
  const std::string version = version_->currentData().toString().toStdString();
  for (double s : timeline_.convergence(version)) {
    std::size_t i = 0;
    while (i < kBuckets.size() && s > kBuckets[i]) ++i;
    ++counts[i];
  }
  int top = 1;
  for (int c : counts) top = std::max(top, c);
  // The range first: bars laid out against the old range are not laid out again when only the
  // range changes.
  if (auto* y = axisOf<QValueAxis>(chart, Qt::Vertical)) setCountRange(y, top);
  for (std::size_t i = 0; i < counts.size(); ++i) set->replace(static_cast<int>(i), counts[i]);
  set->setLabel(tr("proxies"));
}

void FleetChartsDock::refreshConnected() {
  QChart* chart = views_[Connected]->chart();
  QList<QPointF> points;
  int top = 1;
  // An hour of seconds: only the changes (and the last second) are drawn.
  const auto& seconds = timeline_.seconds();
  for (std::size_t i = 0; i < seconds.size(); ++i) {
    const auto& s = seconds[i];
    const bool change = i == 0 || i + 1 == seconds.size() || seconds[i - 1].connected != s.connected ||
                        seconds[i + 1].connected != s.connected;
    if (change) points << QPointF(s.ms, s.connected);
    top = std::max(top, s.connected);
  }
  static_cast<QLineSeries*>(chart->series().first())->replace(points);
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  setTimeRange(chart, points.isEmpty() ? now - 60000 : static_cast<qint64>(points.first().x()), now);
  if (auto* y = axisOf<QValueAxis>(chart, Qt::Vertical)) setCountRange(y, top);
}

QString FleetChartsDock::csv(Chart chart) const {
  switch (chart) {
    case Versions: {
      const QString key = scope_->currentData().toString();
      const std::string name = key.section(QLatin1Char(':'), 1).toStdString();
      const auto* steps = key.startsWith(QLatin1String("node:")) ? timeline_.proxySteps(name)
                                                                  : timeline_.groupSteps(name);
      return timeline_.versionsCsv(steps ? *steps : std::deque<FleetTimeline::Step>{});
    }
    case Rates: return timeline_.ratesCsv();
    case Convergence: return timeline_.convergenceCsv(version_->currentData().toString().toStdString());
    case Connected: return timeline_.connectedCsv();
    case ChartCount: break;
  }
  return {};
}

QString FleetChartsDock::exportPng(Chart chart, const QString& path) const {
  if (!views_[chart]->grab().save(path, "PNG")) return tr("Could not write %1").arg(path);
  return {};
}

QString FleetChartsDock::exportCsv(Chart chart, const QString& path) const {
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
    return tr("Could not write %1: %2").arg(path, file.errorString());
  file.write(csv(chart).toUtf8());
  return {};
}

void FleetChartsDock::askExport(Chart chart, bool png) {
  static const char* names[] = {"fleet-versions", "fleet-acks-nacks", "fleet-convergence",
                                "fleet-connected"};
  const QString suggested = QString::fromLatin1(names[chart]) + (png ? ".png" : ".csv");
  const QString path = QFileDialog::getSaveFileName(
      this, png ? tr("Export chart as PNG") : tr("Export chart data as CSV"), suggested,
      png ? tr("PNG image (*.png)") : tr("CSV file (*.csv)"));
  if (path.isEmpty()) return;
  const QString error = png ? exportPng(chart, path) : exportCsv(chart, path);
  if (!error.isEmpty()) titles_[chart]->setToolTip(error);
}

void FleetChartsDock::showEvent(QShowEvent* event) {
  QDockWidget::showEvent(event);
  refresh();
}

void FleetChartsDock::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDockWidget::changeEvent(event);
}

void FleetChartsDock::retranslate() {
  setWindowTitle(tr("Fleet charts"));
  titles_[Versions]->setText(tr("Versions"));
  titles_[Rates]->setText(tr("ACKs / NACKs per second"));
  titles_[Convergence]->setText(tr("Convergence"));
  titles_[Connected]->setText(tr("Connected proxies"));
  // What each chart keeps (FleetTimeline's bounds), where the user looks for it.
  titles_[Versions]->setToolTip(tr("The last 10 minutes, in at most %1 steps. Kept: a proxy's last %2 "
                                   "version changes, a node group's last %3.")
                                    .arg(kVersionColumns).arg(FleetTimeline::kProxySteps).arg(FleetTimeline::kGroupSteps));
  titles_[Rates]->setToolTip(tr("The last 5 minutes; an hour is kept and exported as CSV."));
  titles_[Convergence]->setToolTip(tr("The last %1 versions are kept.").arg(FleetTimeline::kVersions));
  titles_[Connected]->setToolTip(tr("The last hour."));
  auto series = views_[Versions]->chart()->series();
  series[0]->setName(tr("pushed"));
  series[1]->setName(tr("ACKed"));
  series = views_[Rates]->chart()->series();
  series[0]->setName(tr("ACKs/s"));
  series[1]->setName(tr("NACKs/s"));
  views_[Convergence]->chart()->axes(Qt::Vertical).first()->setTitleText(tr("proxies"));
  views_[Convergence]->chart()->axes(Qt::Horizontal).first()->setTitleText(tr("publish to last ACK, seconds (at most)"));
  views_[Convergence]->setToolTip(tr("Time from the publish to each proxy's last ACK of the version"));
  for (int c = 0; c < ChartCount; ++c) {
    pngButtons_[c]->setText(tr("PNG"));
    pngButtons_[c]->setToolTip(tr("Save this chart as a PNG image"));
    csvButtons_[c]->setText(tr("CSV"));
    csvButtons_[c]->setToolTip(tr("Save this chart's data as CSV"));
  }
}

}  // namespace meshdesk::app
