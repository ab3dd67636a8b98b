#include "fleet/fleet_monitor.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>

#include <filesystem>
#include <mutex>

#include "fleet/fleet_charts_dock.h"
#include "fleet/fleet_timeline.h"
#include "controlplane/control_plane.h"
#include "core_bridge.h"
#include "fleet/fleet_dock.h"
#include "fleet/proxy_details_dock.h"
#include "fleet/lab_dock.h"
#include "lab/lab_envoys.h"
#include "lab/lab_fleet.h"
#include "rollout/canary_rollout.h"

namespace meshdesk::app {

// Core threads (publishing, the rollout's watcher) reach the monitor through this: the
// monitor clears `target` first thing when it goes, so nothing is posted to it afterwards.
struct FleetMonitor::Relay {
  std::mutex mutex;
  FleetMonitor* target = nullptr;

  template <typename F>
  void post(F&& f) {
    std::lock_guard lock(mutex);
    if (target) QMetaObject::invokeMethod(target, std::forward<F>(f), Qt::QueuedConnection);
  }
};

namespace {
bool allDigits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
}  // namespace

FleetMonitor::FleetMonitor(QMainWindow& window, controlplane::ControlPlane& plane,
                           CoreBridge& bridge, FleetDock& fleetDock, FleetMonitorOptions options)
    : QObject(&window), plane_(plane), bridge_(bridge), fleetDock_(fleetDock),
      relay_(std::make_shared<Relay>()) {
  setObjectName(QStringLiteral("FleetMonitor"));
  relay_->target = this;
  timeline_ = new FleetTimeline(this);
  tick_ = new QTimer(this);
  tick_->setInterval(1000);
  connect(tick_, &QTimer::timeout, timeline_, [this] { timeline_->tick(); });
  tick_->start();

  // The console may start its control plane later; the lab pane points its proxies at the
  // bound address when they connect.
  labFleet_ = std::make_unique<lab::LabFleet>(plane_.xds().running() ? plane_.xds().address()
                                                                       : plane_.options().xdsAddress);
  QString labDir = options.labDirectory;
  if (labDir.isEmpty())
    labDir = QString::fromStdString(
        (std::filesystem::absolute(plane_.options().workspacePath).parent_path() / ".meshdesk" / "lab")
            .string());
  labEnvoys_ = std::make_unique<lab::LabEnvoys>(labDir.toStdString(), "127.0.0.1", plane_.xds().port());
  rollout_ = std::make_unique<rollout::CanaryRollout>(
      plane_, rollout::AuditTrail(rollout::AuditTrail::pathFor(plane_.options().workspacePath)));

  details_ = new ProxyDetailsDock(
      plane_.fleet(), [this] { return plane_.xds().address(); },
      [this](const std::string& version) { return contentOf(version); },
      [this](const fleet::ProxyState& proxy) -> std::optional<std::pair<std::string, std::string>> {
        auto status = rollout_->status();
        if (proxy.group.rfind("canary~", 0) == 0 && status.active())
          return std::pair{status.candidateYaml, "canary " + status.label};
        auto live = plane_.liveWorkspace();
        auto version = plane_.liveVersion();
        if (!live || !version) return std::nullopt;
        return std::pair{live->toYaml(), "live v" + std::to_string(version->sequence)};
      },
      &window);
  charts_ = new FleetChartsDock(*timeline_, &window);
  lab_ = new LabDock(*labFleet_, *labEnvoys_, plane_, &window);
  canary_ = new CanaryDock(*rollout_, plane_, options.editedWorkspace, &window);

  window.addDockWidget(Qt::RightDockWidgetArea, charts_);
  window.addDockWidget(Qt::RightDockWidgetArea, details_);
  window.tabifyDockWidget(charts_, details_);
  charts_->raise();
  window.addDockWidget(Qt::BottomDockWidgetArea, lab_);
  window.addDockWidget(Qt::BottomDockWidgetArea, canary_);
  window.tabifyDockWidget(&fleetDock_, lab_);
  window.tabifyDockWidget(&fleetDock_, canary_);
  fleetDock_.raise();

  connect(&bridge_, &CoreBridge::fleetBatch, timeline_, &FleetTimeline::applyBatch);
  connect(&bridge_, &CoreBridge::fleetBatch, details_, &ProxyDetailsDock::applyBatch);
  connect(&fleetDock_, &FleetDock::proxySelected, this, [this](fleet::ProxyId id) {
    details_->setProxy(id);
    auto p = id ? plane_.fleet().proxy(id) : std::nullopt;
    charts_->setSelectedNode(p ? QString::fromStdString(p->nodeId) : QString());
  });

  std::weak_ptr<Relay> relay = relay_;
  plane_.onOutcome([relay](const controlplane::PublishOutcome& outcome) {
    auto r = relay.lock();
    if (!r || outcome.status != controlplane::PublishOutcome::Status::Published || !outcome.version) return;
    const int sequence = outcome.version->sequence;
    const auto at = outcome.version->time;
    r->post([r, sequence, at] {
      if (r->target) r->target->versionPublished(sequence, at);
    });
  });
  rollout_->onChange([relay](const rollout::RolloutStatus& status) {
    if (auto r = relay.lock())
      r->post([r, status] {
        if (r->target) r->target->rolloutChanged(status);
      });
  });
  if (auto live = plane_.liveVersion()) timeline_->published(std::to_string(live->sequence), live->time);

  buildMenu(window, options.menuBefore);
  retranslate();
  window.installEventFilter(this);
}

FleetMonitor::~FleetMonitor() {
  {
    std::lock_guard lock(relay_->mutex);
    relay_->target = nullptr;
  }
  // The panes first: they wait for their workers, which use what follows.
  delete canary_.data();
  delete lab_.data();
  delete details_.data();
  delete charts_.data();
  rollout_.reset();
  labEnvoys_.reset();
  labFleet_.reset();
}

ProxyDetailsDock* FleetMonitor::detailsDock() const { return details_; }
FleetChartsDock* FleetMonitor::chartsDock() const { return charts_; }
LabDock* FleetMonitor::labDock() const { return lab_; }
CanaryDock* FleetMonitor::canaryDock() const { return canary_; }

std::optional<std::string> FleetMonitor::contentOf(const std::string& version) const {
  if (allDigits(version)) {
    if (auto* history = plane_.history()) return history->content(std::stoi(version));
    auto live = plane_.liveVersion();
    if (live && std::to_string(live->sequence) == version)
      if (auto ws = plane_.liveWorkspace()) return ws->toYaml();
    return std::nullopt;
  }
  auto status = rollout_->status();
  if (!status.label.empty() && status.label == version) return status.candidateYaml;
  return std::nullopt;
}

void FleetMonitor::versionPublished(int sequence, fleet::Clock::time_point at) {
  timeline_->published(std::to_string(sequence), at);
  if (canary_ && !rollout_->status().active()) canary_->reloadCandidates();
}

void FleetMonitor::rolloutChanged(const rollout::RolloutStatus& status) {
  if (status.state == rollout::RolloutState::Watching)
    timeline_->published(status.label, status.startedAt);
  if (canary_) canary_->showStatus(status);
}

QString FleetMonitor::exportCharts(const QString& folder) const {
  static const char* names[] = {"fleet-versions", "fleet-acks-nacks", "fleet-convergence",
                                "fleet-connected"};
  QDir dir(folder);
  for (int c = 0; c < FleetChartsDock::ChartCount; ++c) {
    const auto chart = static_cast<FleetChartsDock::Chart>(c);
    QString error = charts_->exportPng(chart, dir.filePath(QString::fromLatin1(names[c]) + ".png"));
    if (error.isEmpty()) error = charts_->exportCsv(chart, dir.filePath(QString::fromLatin1(names[c]) + ".csv"));
    if (!error.isEmpty()) return error;
  }
  return {};
}

void FleetMonitor::buildMenu(QMainWindow& window, QAction* before) {
  menu_ = new QMenu(&window);
  if (before) window.menuBar()->insertMenu(before, menu_);
  else window.menuBar()->addMenu(menu_);
  menu_->setObjectName(QStringLiteral("FleetMenu"));
  for (QDockWidget* dock : std::initializer_list<QDockWidget*>{details_, charts_, lab_, canary_})
    menu_->addAction(dock->toggleViewAction());
  menu_->addSeparator();
  auto* addTen = menu_->addAction(QString());
  addTen->setObjectName(QStringLiteral("LabAddTen"));
  connect(addTen, &QAction::triggered, this, [this] {
    lab::ProxyBatch batch;
    batch.count = 10;
    batch.zones = {"zone-a", "zone-b"};
    // The console starts its server after installing the monitor: follow where it listens.
    if (plane_.xds().running() && labFleet_->address() != plane_.xds().address())
      labFleet_->setAddress(plane_.xds().address());
    labFleet_->add(batch);
    lab_->show();
    lab_->raise();
  });
  auto* stopAll = menu_->addAction(QString());
  connect(stopAll, &QAction::triggered, this, [this] { labFleet_->stopAll(); });
  menu_->addSeparator();
  auto* exportAll = menu_->addAction(QString());
  connect(exportAll, &QAction::triggered, this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(charts_, tr("Export charts to"));
    if (!folder.isEmpty()) exportCharts(folder);
  });
  actions_ = {addTen, stopAll, exportAll};
}

bool FleetMonitor::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  return QObject::eventFilter(watched, event);
}

void FleetMonitor::retranslate() {
  if (!menu_) return;
  menu_->setTitle(tr("F&leet"));
  actions_[0]->setText(tr("Add 10 simulated proxies"));
  actions_[1]->setText(tr("Stop all simulated proxies"));
  actions_[2]->setText(tr("Export charts (PNG and CSV)\u2026"));
}

FleetMonitor* installFleetMonitor(QMainWindow& window, controlplane::ControlPlane& plane,
                                  CoreBridge& bridge, FleetDock& fleetDock,
                                  FleetMonitorOptions options) {
  return new FleetMonitor(window, plane, bridge, fleetDock, std::move(options));
}

}  // namespace meshdesk::app
