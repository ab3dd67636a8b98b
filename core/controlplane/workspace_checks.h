#pragma once
// Everything that must hold before a workspace is published, and what is then served: the
// workspace with its AI routes compiled in, plus the ModelRoute resources beside it.

#include <string>
#include <vector>

#include "controlplane/publish_outcome.h"
#include "snapshot/resource.h"
#include "workspace/workspace.h"

namespace meshdesk::controlplane {

struct PreparedPublish {
  std::vector<Problem> problems;  // errors refuse the publish; warnings are shown
  workspace::Workspace served;    // the user's workspace with the compiled AI routes in it
  std::vector<snapshot::ResourcePtr> extraResources;  // ModelRoutes, for every node group

  bool publishable() const;
};

// `sourceText`, when given, is the text the workspace was read from: problems then point at
// the line and column of their field, not only of their resource.
PreparedPublish preparePublish(const workspace::Workspace& workspace, const std::string& fileName,
                               const std::string* sourceText = nullptr);

std::vector<Problem> checkWorkspace(const workspace::Workspace& workspace,
                                    const std::string& fileName,
                                    const std::string* sourceText = nullptr);

// The reader's errors (a file that does not parse), as problems.
std::vector<Problem> loadProblems(const std::vector<workspace::WorkspaceError>& errors);

}  // namespace meshdesk::controlplane
