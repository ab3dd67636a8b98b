#include "monitor_window.h"

#include "controlplane/control_plane.h"
#include "core_bridge.h"
#include "fleet/fleet_dock.h"
#include "fleet/fleet_monitor.h"
#include "models/fleet_table_model.h"
#include "system/worker_priority.h"

namespace meshdesk::bench {

MonitorWindow::MonitorWindow(controlplane::ControlPlane& plane) {
  new app::WorkerPriority(app::WorkerPriority::kConsoleNiceness, &window);
  auto* bridge = new app::CoreBridge(plane.fleet(), &window);
  model = new app::FleetTableModel(&window);
  QObject::connect(bridge, &app::CoreBridge::fleetBatch, model, &app::FleetTableModel::applyBatch);
  fleetDock = new app::FleetDock(*model, &window);
  window.addDockWidget(Qt::BottomDockWidgetArea, fleetDock);
  monitor = app::installFleetMonitor(window, plane, *bridge, *fleetDock);
}

}  // namespace meshdesk::bench
