#pragma once
// The `ai_routes` section of a workspace, read: each entry is a meshdesk.ai.v1.ModelRoute written
// in YAML (the same message that is published to ModelRoute subscribers), converted by the
// schema converter so that a mistake names its line, column and field path.

#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "meshdesk/ai/v1/model_route.pb.h"
#include "workspace/workspace.h"

namespace meshdesk::ai {

struct AiRouteSpec {
  v1::ModelRoute route;  // as written, without defaults
  YAML::Node yaml;       // the entry, to find where a field was written
  workspace::SourceLocation location;
  std::string path;      // "ai_routes[2]"

  // Where `field` ("backends[1].host") was written; the nearest written parent if it was not,
  // the entry itself if nothing nearer is known.
  workspace::SourceLocation locate(std::string_view field) const;
  // An error about `field`, placed and prefixed with the entry's path.
  workspace::WorkspaceError error(std::string_view field, std::string message) const;
};

struct AiRouteSpecs {
  // Routes that read without error and have no problem (model_route_rules.h), in file order.
  std::vector<AiRouteSpec> routes;
  std::vector<workspace::WorkspaceError> errors;
};

AiRouteSpecs readAiRoutes(const workspace::Workspace& workspace);

}  // namespace meshdesk::ai
