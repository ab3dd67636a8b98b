#pragma once
// The fleet monitor, installed into a main window in one call: the proxy details, charts, lab
// and canary panes, a "Fleet" menu, and what they run on (the chart timeline, the lab's
// simulated proxies and Envoys, the canary rollout with its audit trail).
//
//   auto* monitor = installFleetMonitor(window, plane, bridge, fleetDock);
//
// `plane` and `bridge` must outlive the window; the monitor is the window's child and takes
// down what it started (simulated proxies, Envoy processes, an active canary) with it.

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

#include "fleet/canary_dock.h"
#include "fleet/proxy_state.h"

class QAction;
class QMainWindow;
class QMenu;
class QTimer;

namespace meshdesk::controlplane {
class ControlPlane;
}
namespace meshdesk::lab {
class LabFleet;
class LabEnvoys;
}
namespace meshdesk::rollout {
class CanaryRollout;
}

namespace meshdesk::app {

class CoreBridge;
class FleetChartsDock;
class FleetDock;
class FleetTimeline;
class LabDock;
class ProxyDetailsDock;

struct FleetMonitorOptions {
  // The editor's copy of the workspace, offered as a canary candidate when given.
  CanaryDock::EditedWorkspace editedWorkspace;
  // Where lab Envoys keep their bootstrap and log; default <workspace dir>/.meshdesk/lab.
  QString labDirectory;
  // The Fleet menu goes before this menu's action (the Help menu's); at the end without it.
  QAction* menuBefore = nullptr;
};

class FleetMonitor : public QObject {
  Q_OBJECT

 public:
  FleetMonitor(QMainWindow& window, controlplane::ControlPlane& plane, CoreBridge& bridge,
               FleetDock& fleetDock, FleetMonitorOptions options);
  ~FleetMonitor() override;

  FleetTimeline& timeline() const { return *timeline_; }
  lab::LabFleet& labFleet() const { return *labFleet_; }
  lab::LabEnvoys& labEnvoys() const { return *labEnvoys_; }
  rollout::CanaryRollout& rollout() const { return *rollout_; }
  ProxyDetailsDock* detailsDock() const;
  FleetChartsDock* chartsDock() const;
  LabDock* labDock() const;
  CanaryDock* canaryDock() const;
  QMenu* menu() const { return menu_; }

  // Writes every chart as PNG and CSV into `folder`. "" or what went wrong.
  QString exportCharts(const QString& folder) const;

 protected:
  // Language changes reach widgets, not this object: it watches its window for them.
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  struct Relay;
  void versionPublished(int sequence, fleet::Clock::time_point at);
  void rolloutChanged(const rollout::RolloutStatus& status);
  void buildMenu(QMainWindow& window, QAction* before);
  void retranslate();
  std::optional<std::string> contentOf(const std::string& version) const;

  controlplane::ControlPlane& plane_;
  CoreBridge& bridge_;
  FleetDock& fleetDock_;
  std::shared_ptr<Relay> relay_;
  FleetTimeline* timeline_;
  QTimer* tick_;
  std::unique_ptr<lab::LabFleet> labFleet_;
  std::unique_ptr<lab::LabEnvoys> labEnvoys_;
  std::unique_ptr<rollout::CanaryRollout> rollout_;
  QPointer<ProxyDetailsDock> details_;
  QPointer<FleetChartsDock> charts_;
  QPointer<LabDock> lab_;
  QPointer<CanaryDock> canary_;
  QMenu* menu_ = nullptr;
  std::vector<QAction*> actions_;
};

FleetMonitor* installFleetMonitor(QMainWindow& window, controlplane::ControlPlane& plane,
                                  CoreBridge& bridge, FleetDock& fleetDock,
                                  FleetMonitorOptions options = {});

}  // namespace meshdesk::app
