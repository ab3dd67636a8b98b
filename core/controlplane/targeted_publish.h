#pragma once
// Publishing an edited workspace to one node group only, as a canary: that group's proxies get
// the edited resources, every other group keeps what it is served. ControlPlane::publish()
// always publishes every group, so this is built on its public parts (checks, store, fleet).
//
// Nothing is recorded in the version history: a version there is what every proxy is given,
// and a canary is not that yet. The snapshot the group gets is labelled "<live>+<group>"
// ("7+canary"), so the fleet and the proxies' version_info show it apart from v7. Publishing
// the same workspace to all proxies afterwards makes it a version like any other.

#include <string>

#include "controlplane/control_plane.h"

namespace meshdesk::controlplane {

// Refused when the workspace has errors, Failed when `group` is not one of its node groups (or
// is "default": that is every proxy no group matches, so use publish()), Unchanged when the
// group is not live yet, Unchanged when the group already gets exactly this, else Published with `detail` naming the label served.
PublishOutcome publishToGroup(ControlPlane& plane, const workspace::Workspace& workspace,
                              const std::string& group);

}  // namespace meshdesk::controlplane
