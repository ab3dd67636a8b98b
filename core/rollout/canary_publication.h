#pragma once
// A canary served through node groups: a rule per canary node, placed before the workspace's
// own rules, puts it in a group "canary~<group>" whose snapshot is the candidate's snapshot for
// the group the node would be in; every other node keeps the group and snapshot it has. The
// xDS server moves streams whose group changed and pushes them what their group holds, so
// applying or clearing a canary is what sends it or takes it back.
//
// A publish by the control plane while a canary is applied replaces the node groups with the
// workspace's own and drops the canary groups: the canary then ends by itself (see
// CanaryRollout, which notices and records it as superseded).

#include <map>
#include <string>
#include <vector>

#include "fleet/proxy_state.h"
#include "snapshot/snapshot_store.h"
#include "workspace/workspace.h"

namespace meshdesk::rollout {

inline constexpr const char* kCanaryGroupPrefix = "canary~";

struct CanaryPublication {
  std::string label;                           // the version the canary nodes are sent
  std::map<std::string, std::string> groupOf;  // canary node id -> canary group
  // Canary groups whose content is the same as what their nodes hold now: nothing would be
  // sent to those nodes.
  std::vector<std::string> unchangedGroups;
};

// What applyCanary would do, without doing it.
CanaryPublication planCanary(const snapshot::SnapshotStore& store,
                             const workspace::Workspace& live,
                             const workspace::Workspace& candidate,
                             const std::vector<fleet::ProxyState>& canaryProxies,
                             const std::string& label);

// Serves the candidate to the canary nodes; the others are not touched.
CanaryPublication applyCanary(snapshot::SnapshotStore& store, const workspace::Workspace& live,
                              const workspace::Workspace& candidate,
                              const std::vector<fleet::ProxyState>& canaryProxies,
                              const std::string& label);

// The workspace's own node groups again, and no canary group: canary nodes go back to what
// the live version serves them.
void clearCanary(snapshot::SnapshotStore& store, const workspace::Workspace& live);

// Whether the store holds any canary group.
bool hasCanary(const snapshot::SnapshotStore& store);

}  // namespace meshdesk::rollout
