#include "controlplane/workspace_checks.h"

namespace meshdesk::controlplane {

std::vector<Problem> checkWorkspace(const workspace::Workspace& workspace,
                                    const std::string& fileName) {
  std::vector<Problem> problems;
  // Node groups must name items that exist.
  for (const auto& message : workspace.checkNodeGroups(workspace.nodeGroups())) {
    Problem p;
    p.file = fileName;
    p.rule = "node_groups";
    p.message = message;
    problems.push_back(std::move(p));
  }
  return problems;
}

}  // namespace meshdesk::controlplane
