#pragma once
// The snapshots currently served, one per node group, and who to tell when one changes.
// Thread-safe. The xDS server reads from here; publishing writes here.

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "snapshot/node_group.h"
#include "snapshot/snapshot.h"

namespace meshdesk::snapshot {

class SnapshotStore {
 public:
  using Listener = std::function<void(const std::string& group)>;

  // Replaces the snapshot of `group` and tells the listeners (on this thread).
  void set(const std::string& group, SnapshotPtr snapshot);
  // Removes a group's snapshot; its nodes then get nothing new (what they hold stays).
  void erase(const std::string& group);
  // The snapshot of `group`, or null.
  SnapshotPtr get(const std::string& group) const;
  std::map<std::string, SnapshotPtr> all() const;

  void setNodeGroups(NodeGroups groups);
  NodeGroups nodeGroups() const;
  std::string groupOf(const envoy::config::core::v3::Node& node) const;

  // Returns an id for removeListener().
  int addListener(Listener listener);
  void removeListener(int id);

 private:
  void notify(const std::string& group);

  mutable std::mutex mutex_;
  std::map<std::string, SnapshotPtr> snapshots_;
  NodeGroups groups_;
  std::map<int, std::shared_ptr<Listener>> listeners_;
  int nextListener_ = 1;
};

}  // namespace meshdesk::snapshot
