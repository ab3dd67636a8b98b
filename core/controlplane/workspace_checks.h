#pragma once
// Everything that must hold before a workspace is published, as one list of problems.

#include <string>
#include <vector>

#include "controlplane/publish_outcome.h"
#include "workspace/workspace.h"

namespace meshdesk::controlplane {

std::vector<Problem> checkWorkspace(const workspace::Workspace& workspace,
                                    const std::string& fileName);

}  // namespace meshdesk::controlplane
