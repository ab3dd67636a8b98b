#pragma once
// The one place where core's threads meet the GUI thread.
//
// FleetRegistry delivers its batches on its own delivery thread. The bridge moves each batch to
// the thread the bridge lives on (the GUI thread) with a queued invocation and re-emits it there
// as one signal per batch, so models and widgets never see a core thread and never lock.
//
// Batches that arrive while one is still waiting for the GUI thread are merged into it (events
// appended in order, each proxy's latest state once, removals), so a GUI thread that falls behind
// gets fewer, larger batches: never a queue that grows, nor the same proxy applied many times.
// A batch larger than kSlice (5,000 proxies leaving at once) is handed out kSlice at a time, one
// slice per event-loop turn, so no single signal keeps the GUI thread busy for long.

#include <QObject>

#include <memory>

#include "controlplane/publish_outcome.h"
#include "fleet/fleet_registry.h"

Q_DECLARE_METATYPE(meshdesk::fleet::FleetBatch)
Q_DECLARE_METATYPE(meshdesk::controlplane::PublishOutcome)

namespace meshdesk::controlplane {
class ControlPlane;
}

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

  // At most this many events, changed proxies and removed proxies per fleetBatch().
  static constexpr std::size_t kSlice = 250;

  // Every publish attempt of `plane` (the console's own, and those the file watcher makes) is
  // re-emitted as publishOutcome() on the bridge's thread. The control plane cannot forget an
  // observer, so the observer holds a guard that this bridge clears when it goes.
  void watchOutcomes(controlplane::ControlPlane& plane);

 signals:
  // On the bridge's thread, in the order the registry delivered the batches.
  void fleetBatch(const meshdesk::fleet::FleetBatch& batch);
  // On the bridge's thread, after each publish attempt.
  void publishOutcome(const meshdesk::controlplane::PublishOutcome& outcome);

 private:
  void post(fleet::FleetBatch batch);
  void deliver();

  struct Guard;
  struct Pending;
  fleet::FleetRegistry& fleet_;
  int subscription_ = 0;
  std::shared_ptr<Guard> guard_;
  std::unique_ptr<Pending> pending_;
};

}  // namespace meshdesk::app
