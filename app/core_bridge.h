#pragma once
// The one place where core's threads meet the GUI thread.
//
// FleetRegistry delivers its batches on its own delivery thread. The bridge moves each batch to
// the thread the bridge lives on (the GUI thread) with a queued invocation and re-emits it there
// as one signal per batch, so models and widgets never see a core thread and never lock.

#include <QObject>

#include <memory>

#include "fleet/fleet_registry.h"

Q_DECLARE_METATYPE(meshdesk::fleet::FleetBatch)

namespace meshdesk::app {

class CoreBridge : public QObject {
  Q_OBJECT

 public:
  // Subscribes to `fleet` at once. The first batch emitted carries every proxy already connected,
  // so a late subscriber starts from the registry's current state.
  explicit CoreBridge(fleet::FleetRegistry& fleet, QObject* parent = nullptr);
  // Unsubscribes; the registry guarantees no delivery is running into this bridge afterwards, and
  // batches already queued die with this object.
  ~CoreBridge() override;

  fleet::FleetRegistry& fleet() const { return fleet_; }

 signals:
  // On the bridge's thread, in the order the registry delivered the batches.
  void fleetBatch(const meshdesk::fleet::FleetBatch& batch);

 private:
  void post(fleet::FleetBatch batch);

  fleet::FleetRegistry& fleet_;
  int subscription_ = 0;
};

}  // namespace meshdesk::app
