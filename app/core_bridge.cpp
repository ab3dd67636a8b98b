#include "core_bridge.h"

#include <QMetaObject>

namespace meshdesk::app {

CoreBridge::CoreBridge(fleet::FleetRegistry& fleet, QObject* parent)
    : QObject(parent), fleet_(fleet) {
  qRegisterMetaType<fleet::FleetBatch>();
  // Subscribe before reading the current state: whatever changes in between arrives in a later
  // batch, and applying a batch is idempotent, so the model converges on the registry's state.
  subscription_ = fleet_.subscribe([this](const fleet::FleetBatch& batch) { post(batch); });
  fleet::FleetBatch current;
  current.changed = fleet_.proxies();
  if (!current.changed.empty()) post(std::move(current));
}

CoreBridge::~CoreBridge() { fleet_.unsubscribe(subscription_); }

void CoreBridge::post(fleet::FleetBatch batch) {
  // Called on the registry's delivery thread (or in the constructor). The functor runs in this
  // object's thread; if this object is destroyed first, Qt drops the pending call with it.
  QMetaObject::invokeMethod(
      this, [this, batch = std::move(batch)] { emit fleetBatch(batch); }, Qt::QueuedConnection);
}

}  // namespace meshdesk::app
