#pragma once
// What the compiled AI routes become: the workspace that publishing serves, the ModelRoute
// resources that go beside it, and a YAML view of the whole output for people (the console's
// read-only view and the golden files of the tests).

#include <string>
#include <vector>

#include "ai/ai_compiler.h"
#include "snapshot/resource.h"
#include "workspace/workspace.h"

namespace meshdesk::ai {

// A copy of `workspace` with the compiled items put in (a changed listener or route
// configuration replaces the user's where it stands; new items are added). A node group that
// lists its resources and holds an item an AI route changed also gets the items that route
// created, so its nodes can reach the new clusters.
workspace::Workspace withCompiledAiRoutes(const workspace::Workspace& workspace,
                                          const CompiledAiRoutes& compiled);

// One resource per ModelRoute (type.googleapis.com/meshdesk.ai.v1.ModelRoute), by name.
std::vector<snapshot::ResourcePtr> modelRouteResources(const CompiledAiRoutes& compiled);

// listeners, routes, clusters (as the workspace file writes them), then model_routes, then
// errors and warnings as "line:column: path: message" strings; sections without entries are
// left out. Deterministic (schema/yaml_writer.h).
std::string compiledToYaml(const CompiledAiRoutes& compiled);

}  // namespace meshdesk::ai
