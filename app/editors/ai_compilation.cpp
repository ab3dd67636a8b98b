#include "editors/ai_compilation.h"

namespace meshdesk::app {

ai::CompiledAiRoutes compileAiRoutes(const workspace::Workspace& workspace) {
  if (workspace.aiRoutes().empty()) return ai::compile(workspace);
  const workspace::Workspace own = workspace;
  return ai::compile(own);
}

}  // namespace meshdesk::app
