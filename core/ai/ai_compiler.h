#pragma once
// AI model routes compiled to ordinary Envoy resources, and to the ModelRoute resources that
// carry the same intent to subscribers that are not Envoy.
//
// The output is what Envoy will get, shown beside the user's own resources: new clusters (one
// per backend, "ai-<route>-<backend>", and "ai-<route>-<backend>-fallback" aggregates for
// routes that fall back), and copies of the listeners and route configurations the routes join
// (or new ones, see route_attachments.h). Deterministic: routes are compiled in name order and
// every list is ordered, so the same workspace gives the same bytes.
//
// A route with an error contributes nothing; the others still compile, so a console can show
// them next to the errors. Publishing should not go ahead while there are errors.

#include <string>
#include <vector>

#include "ai/route_attachments.h"
#include "meshdesk/ai/v1/model_route.pb.h"
#include "workspace/workspace.h"

namespace meshdesk::ai {

struct CompiledAiRoutes {
  // Listeners, then route configurations, then clusters; each kind by name.
  std::vector<EditedItem> items;
  // One per compiled route, by name, with every default written out.
  std::vector<v1::ModelRoute> modelRoutes;
  // Placed in the workspace file (line, column, field path from the top of the file).
  std::vector<workspace::WorkspaceError> errors;
  // Compiled, but Envoy will not do all that was asked (model_override, weights of a fallback
  // priority, a fallback without retry condition); docs/ai-routes.md says why.
  std::vector<workspace::WorkspaceError> warnings;

  bool ok() const { return errors.empty(); }
};

CompiledAiRoutes compile(const workspace::Workspace& workspace);

}  // namespace meshdesk::ai
