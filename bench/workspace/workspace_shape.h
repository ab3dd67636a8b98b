#pragma once
// The workspace the benchmark measures: a large edge gateway as teams write them. Every cluster
// is EDS with its endpoints in two zones; routes are spread over route configurations (one per
// listener) and virtual hosts (one per service domain), each virtual host sending its traffic
// to its own few clusters, with the mix of matchers and actions real route tables have.

#include <string>

#include "workspace/workspace.h"

namespace meshdesk::bench {

struct WorkspaceShapeOptions {
  int clusters = 2000;
  int routes = 10000;
  int routeConfigurations = 25;  // and as many listeners
  int virtualHostsPerConfiguration = 20;
  int endpointsPerCluster = 5;
};

workspace::Workspace buildWorkspace(const WorkspaceShapeOptions& options);

// The same configuration as an Envoy bootstrap: route configurations inline in their listener,
// STATIC clusters with their endpoints in load_assignment (what an import takes apart again).
std::string bootstrapYaml(const workspace::Workspace& workspace);

}  // namespace meshdesk::bench
