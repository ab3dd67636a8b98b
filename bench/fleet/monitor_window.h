#pragma once
// The window the fleet benchmark and demo show: a Fleet table fed by the control plane's fleet
// through a CoreBridge, with the fleet monitor installed, its worker threads below the GUI
// thread as in the console's MainWindow. Lives as long as the window.

#include <QMainWindow>

namespace meshdesk::controlplane {
class ControlPlane;
}

namespace meshdesk::app {
class FleetDock;
class FleetMonitor;
class FleetTableModel;
}  // namespace meshdesk::app

namespace meshdesk::bench {

struct MonitorWindow {
  explicit MonitorWindow(controlplane::ControlPlane& plane);

  QMainWindow window;
  app::FleetTableModel* model = nullptr;
  app::FleetDock* fleetDock = nullptr;
  app::FleetMonitor* monitor = nullptr;
};

}  // namespace meshdesk::bench
