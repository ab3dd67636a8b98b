#pragma once
// The engine the console runs in-process: the snapshot store that publishing fills, the registry
// of connected proxies, and the embedded xDS server that serves the one to the other.

#include <QString>

#include <memory>

#include "fleet/fleet_registry.h"
#include "snapshot/snapshot_store.h"
#include "xds/xds_server.h"

namespace meshdesk::app {

class ControlPlane {
 public:
  explicit ControlPlane(xds::ServerOptions options);
  ~ControlPlane();
  ControlPlane(const ControlPlane&) = delete;
  ControlPlane& operator=(const ControlPlane&) = delete;

  // Binds and serves. On failure the console goes on without a server and `error` says why.
  bool start(QString* error);
  bool running() const;
  // The address bound while running (with the real port if 0 was asked for), else the one
  // asked for.
  QString address() const;

  snapshot::SnapshotStore& store() { return store_; }
  fleet::FleetRegistry& fleet() { return fleet_; }

 private:
  xds::ServerOptions options_;
  snapshot::SnapshotStore store_;
  fleet::FleetRegistry fleet_;
  // Last, so it is destroyed first: its streams report into the registry until they close.
  std::unique_ptr<xds::XdsServer> server_;
};

}  // namespace meshdesk::app
