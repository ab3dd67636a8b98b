#pragma once
// A canary rollout: a candidate workspace is served to a subset of the fleet first, watched,
// then promoted to everyone (published as the next version) or rolled back, by hand or by
// itself: on any NACK of the canary version, or when the canary nodes have not all ACKed it
// within a set time. Every step goes to the audit trail with who did it.
//
// One rollout at a time per control plane. Thread-safe; decisions are taken on the rollout's
// own thread, from the fleet's batches and a clock.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "controlplane/control_plane.h"
#include "rollout/audit_trail.h"
#include "rollout/canary_selection.h"

namespace meshdesk::rollout {

struct CanaryPolicy {
  bool rollbackOnNack = true;
  // Roll back when the canary nodes have not all ACKed by then; zero: no limit.
  std::chrono::milliseconds convergeWithin{std::chrono::seconds(60)};
  // Promote by itself this long after converging; nothing: wait to be told.
  std::optional<std::chrono::milliseconds> promoteAfter;
};

enum class RolloutState {
  Idle,        // no rollout yet
  Watching,    // the canary nodes are being sent the candidate
  Converged,   // every canary node ACKed it; waiting for promotion
  Promoted,    // published to everyone as a new version
  RolledBack,  // the canary nodes were given the live version back
  Superseded,  // another version was published meanwhile, which ended the canary
};
const char* rolloutStateName(RolloutState state);

struct CanaryNodeProgress {
  bool connected = true;
  bool acked = false;     // every type sent of the canary version is ACKed
  std::string nack;       // the text of its NACK of the canary version, if any
  std::string nackType;
};

struct RolloutStatus {
  RolloutState state = RolloutState::Idle;
  std::string label;           // what the canary nodes are sent ("8-canary")
  std::optional<int> base;     // the live version when it began
  std::optional<int> promotedAs;
  std::string selection;       // CanarySelector::describe()
  std::string who, message;
  std::chrono::system_clock::time_point startedAt, endedAt;
  std::optional<std::chrono::system_clock::time_point> convergedAt;
  std::chrono::system_clock::time_point deadline;  // epoch when there is none
  std::map<std::string, CanaryNodeProgress> nodes;  // by node id
  std::string reason;          // of the end
  std::string candidateYaml;   // the workspace being tried

  bool active() const { return state == RolloutState::Watching || state == RolloutState::Converged; }
};

class CanaryRollout {
 public:
  using Listener = std::function<void(const RolloutStatus&)>;

  CanaryRollout(controlplane::ControlPlane& plane, AuditTrail audit);
  // An active canary is rolled back ("the console closed"): nothing stays half rolled out.
  ~CanaryRollout();
  CanaryRollout(const CanaryRollout&) = delete;
  CanaryRollout& operator=(const CanaryRollout&) = delete;

  // Starts serving `candidate` to the nodes `selector` picks among those connected. Refused
  // (false, `error`) while another rollout is active, if the candidate has errors, if no node
  // is picked, or if it would change nothing for the picked nodes.
  bool start(const workspace::Workspace& candidate, const CanarySelector& selector,
             const CanaryPolicy& policy, const std::string& who, const std::string& message,
             std::string* error = nullptr);
  // Publishes the candidate to everyone as the next version.
  controlplane::PublishOutcome promote(const std::string& who);
  // Gives the canary nodes the live version back. False if no rollout is active.
  bool rollback(const std::string& who, const std::string& reason);

  RolloutStatus status() const;
  const AuditTrail& audit() const { return audit_; }
  // Called on the rollout's thread (or the caller's, for start/promote/rollback) after each
  // change of the status.
  void onChange(Listener listener);

 private:
  void observe(const fleet::FleetBatch& batch);
  void watchLoop();
  void refreshProgress();  // with mutex_ held
  bool endCanary(RolloutState state, const std::string& who, const std::string& action,
                 const std::string& reason);  // with mutex_ held; clears the canary groups
  void record(const std::string& who, const std::string& action, const std::string& detail,
              const std::vector<std::string>& proxies, const std::string& version = {});
  void changed();  // tells the listeners, without mutex_ held

  controlplane::ControlPlane& plane_;
  AuditTrail audit_;

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  RolloutStatus status_;
  CanaryPolicy policy_;
  std::optional<workspace::Workspace> candidate_;
  std::vector<std::string> pendingNacks_;  // "node\ntype\ntext", seen by observe()
  bool progressDirty_ = false;
  bool promoting_ = false;  // our own publish is under way: a new live version is not a rival
  std::vector<fleet::ProxyId> canaryProxies_;  // connections of canary nodes seen so far
  bool stopping_ = false;
  std::vector<Listener> listeners_;
  std::mutex listenersMutex_;
  int subscription_ = 0;
  std::thread watcher_;
};

}  // namespace meshdesk::rollout
