#include "core_bridge.h"

#include <QMetaObject>

#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "controlplane/control_plane.h"

namespace meshdesk::app {

struct CoreBridge::Guard {
  std::mutex mutex;
  CoreBridge* bridge = nullptr;
};

// What the registry delivered since the GUI thread last took it.
struct CoreBridge::Pending {
  std::mutex mutex;
  fleet::FleetBatch batch;
  bool posted = false;  // a deliver() is queued
};

namespace {

void merge(fleet::FleetBatch& into, fleet::FleetBatch&& more) {
  if (into.events.empty() && into.changed.empty() && into.removed.empty()) {
    into = std::move(more);
    return;
  }
  into.events.insert(into.events.end(), std::make_move_iterator(more.events.begin()),
                     std::make_move_iterator(more.events.end()));
  // A proxy gone now is not applied as changed first (the model applies removals first).
  if (!more.removed.empty()) {
    std::unordered_set<fleet::ProxyId> gone(more.removed.begin(), more.removed.end());
    std::erase_if(into.changed, [&](const fleet::ProxyState& p) { return gone.count(p.id) > 0; });
    into.removed.insert(into.removed.end(), more.removed.begin(), more.removed.end());
  }
  std::unordered_map<fleet::ProxyId, std::size_t> at;
  for (std::size_t i = 0; i < into.changed.size(); ++i) at[into.changed[i].id] = i;
  for (auto& p : more.changed) {
    auto it = at.find(p.id);
    if (it != at.end()) {
      into.changed[it->second] = std::move(p);
    } else {
      at[p.id] = into.changed.size();
      into.changed.push_back(std::move(p));
    }
  }
}

// Keeps the first `count` of each list in `batch` and returns the rest. Events stay in order
// across the two; a proxy is in one part's `changed` only, so applying both in turn is applying
// the whole.
fleet::FleetBatch splitAfter(fleet::FleetBatch& batch, std::size_t count) {
  fleet::FleetBatch rest;
  auto moveTail = [count](auto& from, auto& to) {
    if (from.size() <= count) return;
    to.assign(std::make_move_iterator(from.begin() + static_cast<std::ptrdiff_t>(count)),
              std::make_move_iterator(from.end()));
    from.resize(count);
  };
  moveTail(batch.events, rest.events);
  moveTail(batch.changed, rest.changed);
  moveTail(batch.removed, rest.removed);
  return rest;
}

}  // namespace

CoreBridge::CoreBridge(fleet::FleetRegistry& fleet, QObject* parent)
    : QObject(parent), fleet_(fleet), guard_(std::make_shared<Guard>()),
      pending_(std::make_unique<Pending>()) {
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
  {
    std::lock_guard lock(pending_->mutex);
    merge(pending_->batch, std::move(batch));
    if (pending_->posted) return;
    pending_->posted = true;
  }
  QMetaObject::invokeMethod(this, [this] { deliver(); }, Qt::QueuedConnection);
}

void CoreBridge::deliver() {
  fleet::FleetBatch batch;
  bool more = false;
  {
    std::lock_guard lock(pending_->mutex);
    std::swap(batch, pending_->batch);
    fleet::FleetBatch rest = splitAfter(batch, kSlice);
    more = !rest.events.empty() || !rest.changed.empty() || !rest.removed.empty();
    if (more) {
      // What is left goes before whatever arrived meanwhile, and is delivered next turn.
      merge(rest, std::move(pending_->batch));
      pending_->batch = std::move(rest);
    } else {
      pending_->posted = false;
    }
  }
  if (more) QMetaObject::invokeMethod(this, [this] { deliver(); }, Qt::QueuedConnection);
  emit fleetBatch(batch);
}

}  // namespace meshdesk::app
