#include "core_bridge.h"

#include <QMetaObject>

#include <mutex>

#include "controlplane/control_plane.h"

namespace meshdesk::app {

struct CoreBridge::Guard {
  std::mutex mutex;
  CoreBridge* bridge = nullptr;
};

CoreBridge::CoreBridge(fleet::FleetRegistry& fleet, QObject* parent)
    : QObject(parent), fleet_(fleet), guard_(std::make_shared<Guard>()) {
  guard_->bridge = this;
  qRegisterMetaType<fleet::FleetBatch>();
  qRegisterMetaType<controlplane::PublishOutcome>();
  // Subscribe before reading the current state: whatever changes in between arrives in a later
  // batch, and applying a batch is idempotent, so the model converges on the registry's state.
  subscription_ = fleet_.subscribe([this](const fleet::FleetBatch& batch) { post(batch); });
  fleet::FleetBatch current;
  current.changed = fleet_.proxies();
  if (!current.changed.empty()) post(std::move(current));
}

CoreBridge::~CoreBridge() {
  fleet_.unsubscribe(subscription_);
  std::lock_guard lock(guard_->mutex);
  guard_->bridge = nullptr;
}

void CoreBridge::watchOutcomes(controlplane::ControlPlane& plane) {
  plane.onOutcome([guard = guard_](const controlplane::PublishOutcome& outcome) {
    // Held while posting, so the bridge cannot be destroyed in between.
    std::lock_guard lock(guard->mutex);
    if (guard->bridge == nullptr) return;
    CoreBridge* bridge = guard->bridge;
    QMetaObject::invokeMethod(
        bridge, [bridge, outcome] { emit bridge->publishOutcome(outcome); }, Qt::QueuedConnection);
  });
}

void CoreBridge::post(fleet::FleetBatch batch) {
  // Called on the registry's delivery thread (or in the constructor). The functor runs in this
  // object's thread; if this object is destroyed first, Qt drops the pending call with it.
  QMetaObject::invokeMethod(
      this, [this, batch = std::move(batch)] { emit fleetBatch(batch); }, Qt::QueuedConnection);
}

}  // namespace meshdesk::app
