#include "rollout/canary_publication.h"

#include "envoy/config/core/v3/base.pb.h"
#include "publish/publication.h"
#include "rollout/canary_selection.h"

namespace meshdesk::rollout {

namespace {

// A node id as a pattern that matches only itself.
std::string literalPattern(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

struct Plan {
  CanaryPublication publication;
  std::vector<snapshot::NodeGroupRule> rules;  // canary rules, then the live ones
  std::map<std::string, snapshot::SnapshotPtr> snapshots;  // by canary group
};

Plan makePlan(const snapshot::SnapshotStore& store, const workspace::Workspace& live,
              const workspace::Workspace& candidate,
              const std::vector<fleet::ProxyState>& canaryProxies, const std::string& label) {
  Plan plan;
  plan.publication.label = label;
  auto livePublication = publish::buildPublication(live);
  auto candidatePublication = publish::buildPublication(candidate);
  std::map<std::string, bool> seenNode;
  for (const auto& proxy : canaryProxies) {
    if (seenNode[proxy.nodeId]) continue;
    seenNode[proxy.nodeId] = true;
    auto node = nodeOf(proxy);
    // The group the candidate's own rules would put the node in, so a canary of a change to
    // the node groups themselves is tried too.
    std::string base = candidatePublication.groups.groupOf(node);
    std::string group = kCanaryGroupPrefix + base;
    plan.publication.groupOf[proxy.nodeId] = group;
    plan.rules.push_back({group, literalPattern(proxy.nodeId), "", {}});
    if (!plan.snapshots.count(group)) {
      const auto& built = candidatePublication.snapshots.at(base);
      plan.snapshots[group] = std::make_shared<snapshot::Snapshot>(label, built->all());
      // Unchanged if every canary node of this group is now served the same content.
      auto current = store.get(livePublication.groups.groupOf(node));
      if (current && current->contentHash() == built->contentHash())
        plan.publication.unchangedGroups.push_back(group);
    }
  }
  for (const auto& rule : livePublication.groups.rules()) plan.rules.push_back(rule);
  return plan;
}

}  // namespace

CanaryPublication planCanary(const snapshot::SnapshotStore& store, const workspace::Workspace& live,
                             const workspace::Workspace& candidate,
                             const std::vector<fleet::ProxyState>& canaryProxies,
                             const std::string& label) {
  return makePlan(store, live, candidate, canaryProxies, label).publication;
}

CanaryPublication applyCanary(snapshot::SnapshotStore& store, const workspace::Workspace& live,
                              const workspace::Workspace& candidate,
                              const std::vector<fleet::ProxyState>& canaryProxies,
                              const std::string& label) {
  Plan plan = makePlan(store, live, candidate, canaryProxies, label);
  // Rules first, snapshots after: setting a snapshot is what wakes the xDS server, which then
  // finds each stream's group by the new rules.
  store.setNodeGroups(snapshot::NodeGroups(plan.rules));
  for (const auto& [group, snap] : plan.snapshots) store.set(group, snap);
  for (const auto& [group, _] : store.all())
    if (group.rfind(kCanaryGroupPrefix, 0) == 0 && !plan.snapshots.count(group)) store.erase(group);
  return plan.publication;
}

void clearCanary(snapshot::SnapshotStore& store, const workspace::Workspace& live) {
  store.setNodeGroups(publish::buildPublication(live).groups);
  for (const auto& [group, _] : store.all())
    if (group.rfind(kCanaryGroupPrefix, 0) == 0) store.erase(group);
}

bool hasCanary(const snapshot::SnapshotStore& store) {
  for (const auto& [group, _] : store.all())
    if (group.rfind(kCanaryGroupPrefix, 0) == 0) return true;
  return false;
}

}  // namespace meshdesk::rollout
