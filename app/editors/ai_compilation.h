#pragma once
// Compiling AI routes without touching the workspace compiled.
//
// core/ai's compiler may rebind the YAML nodes of the `ai_routes` it reads (AiRouteSpec::locate
// assigns one YAML::Node to another, which in yaml-cpp rebinds the node in the tree, not the
// handle): after a compile that placed an error or warning, the workspace's AI routes read as
// garbage, and a second compile or a save sees them so. The console shares one immutable
// snapshot between validation, the request tester, the AI route editor and publishing, so each
// of them compiles (or publishes) a copy of its own. Once the compiler reads its input without
// changing it, these copies can go.

#include "ai/ai_compiler.h"
#include "workspace/workspace.h"

namespace meshdesk::app {

// ai::compile() on a copy of `workspace` when it has AI routes (the copy clones their YAML).
ai::CompiledAiRoutes compileAiRoutes(const workspace::Workspace& workspace);

}  // namespace meshdesk::app
