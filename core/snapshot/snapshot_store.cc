#include "snapshot/snapshot_store.h"

namespace meshdesk::snapshot {

void SnapshotStore::set(const std::string& group, SnapshotPtr snapshot) {
  {
    std::lock_guard lock(mutex_);
    snapshots_[group] = std::move(snapshot);
  }
  notify(group);
}

void SnapshotStore::erase(const std::string& group) {
  {
    std::lock_guard lock(mutex_);
    snapshots_.erase(group);
  }
  notify(group);
}

SnapshotPtr SnapshotStore::get(const std::string& group) const {
  std::lock_guard lock(mutex_);
  auto it = snapshots_.find(group);
  return it == snapshots_.end() ? nullptr : it->second;
}

std::map<std::string, SnapshotPtr> SnapshotStore::all() const {
  std::lock_guard lock(mutex_);
  return snapshots_;
}

void SnapshotStore::setNodeGroups(NodeGroups groups) {
  std::lock_guard lock(mutex_);
  groups_ = std::move(groups);
}

NodeGroups SnapshotStore::nodeGroups() const {
  std::lock_guard lock(mutex_);
  return groups_;
}

std::string SnapshotStore::groupOf(const envoy::config::core::v3::Node& node) const {
  std::lock_guard lock(mutex_);
  return groups_.groupOf(node);
}

int SnapshotStore::addListener(Listener listener) {
  std::lock_guard lock(mutex_);
  int id = nextListener_++;
  listeners_[id] = std::make_shared<Listener>(std::move(listener));
  return id;
}

void SnapshotStore::removeListener(int id) {
  std::lock_guard lock(mutex_);
  listeners_.erase(id);
}

void SnapshotStore::notify(const std::string& group) {
  std::vector<std::shared_ptr<Listener>> copy;
  {
    std::lock_guard lock(mutex_);
    for (auto& [_, l] : listeners_) copy.push_back(l);
  }
  for (auto& l : copy) (*l)(group);
}

}  // namespace meshdesk::snapshot
