#pragma once
// From the workspace to what the xDS server serves: one snapshot per node group, and the rules
// that put each node in a group.
//
// Each item becomes one Resource (with the TTL the workspace's resource_ttls give it), built once and shared by every snapshot that holds it (the
// wire bytes are made when the Resource is, so sharing them is what makes a large fleet cheap).
// A snapshot's version is a hash of what it holds, so publishing an unchanged workspace, or a
// change that does not touch a group, leaves that group's version as it was and its nodes are
// sent nothing.
//
// Validation of the workspace's meaning (a route naming a cluster that does not exist, ...) is
// not done here; it belongs before publishing.

#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "snapshot/node_group.h"
#include "snapshot/resource.h"
#include "snapshot/snapshot.h"
#include "snapshot/snapshot_store.h"
#include "workspace/workspace.h"

namespace meshdesk::publish {

struct Publication {
  // In the workspace's order, first match wins.
  snapshot::NodeGroups groups;
  // By group name. Always has "default" (every item), the group of nodes that match no rule.
  std::map<std::string, snapshot::SnapshotPtr> snapshots;
};

// The xDS type URL and name come from the item's kind and name. With a positive `ttl` the
// resource has that time to live (resource_ttls of the workspace): clients that support TTLs
// get it with the resource and heartbeats every half TTL, and a new TTL is a new version.
snapshot::ResourcePtr toResource(const workspace::Item& item,
                                 std::chrono::milliseconds ttl = std::chrono::milliseconds(0));

// 16 hex digits over the type URL, name and version of every resource, in a fixed order.
std::string snapshotVersion(const std::vector<snapshot::ResourcePtr>& resources);

// Builds without touching any store (so it can be shown, diffed or validated first).
Publication buildPublication(const workspace::Workspace& workspace);

// Makes `publication` what `store` serves: node groups first, then each group's snapshot (a
// group whose stored snapshot has the same version is left alone, so its listeners hear
// nothing); a group that is no longer in the publication loses its snapshot (its nodes fall
// to "default" by the new rules).
void apply(const Publication& publication, snapshot::SnapshotStore& store);

// buildPublication() then apply(); returns what was applied.
Publication publish(const workspace::Workspace& workspace, snapshot::SnapshotStore& store);

}  // namespace meshdesk::publish
