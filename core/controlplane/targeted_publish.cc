#include "controlplane/targeted_publish.h"

#include "publish/publication.h"

namespace meshdesk::controlplane {

PublishOutcome publishToGroup(ControlPlane& plane, const workspace::Workspace& workspace,
                              const std::string& group) {
  PublishOutcome outcome;
  outcome.version = plane.liveVersion();
  outcome.problems = plane.check(workspace);
  if (outcome.errorCount() > 0) {
    outcome.status = PublishOutcome::Status::Refused;
    return outcome;
  }
  if (group.empty() || group == workspace::NodeGroup::kReservedName ||
      workspace.findNodeGroup(group) == nullptr) {
    outcome.status = PublishOutcome::Status::Failed;
    outcome.detail = "there is no node group '" + group + "' in the workspace";
    return outcome;
  }
  const std::optional<workspace::Workspace> live = plane.liveWorkspace();
  if (!live || live->findNodeGroup(group) == nullptr) {
    outcome.status = PublishOutcome::Status::Failed;
    outcome.detail = "node group '" + group +
                     "' is not live yet, so no proxy is in it: publish to all proxies first";
    return outcome;
  }
  const publish::Publication publication = publish::buildPublication(workspace);
  const auto built = publication.snapshots.find(group);
  if (built == publication.snapshots.end()) {
    outcome.status = PublishOutcome::Status::Failed;
    outcome.detail = "node group '" + group + "' has no snapshot";
    return outcome;
  }
  const snapshot::SnapshotPtr current = plane.store().get(group);
  if (current != nullptr && current->contentHash() == built->second->contentHash()) {
    outcome.status = PublishOutcome::Status::Unchanged;
    return outcome;
  }
  const std::string label =
      (outcome.version ? std::to_string(outcome.version->sequence) : std::string("0")) + "+" + group;
  // The rules that put a node in the group are the live ones; only the group's content moves.
  plane.fleet().published(label);
  plane.store().set(group, std::make_shared<snapshot::Snapshot>(label, built->second->all()));
  outcome.status = PublishOutcome::Status::Published;
  outcome.detail = "node group " + group + " serves " + label;
  return outcome;
}

}  // namespace meshdesk::controlplane
