#include "controlplane/workspace_checks.h"

#include <algorithm>

#include "ai/ai_compiler.h"
#include "ai/compiled_output.h"
#include "validate/source_index.h"
#include "validate/validate.h"

namespace meshdesk::controlplane {

namespace {
Problem fromFinding(const validate::Finding& f) {
  Problem p;
  p.severity = f.severity == validate::Severity::kError ? Problem::Severity::Error
                                                          : Problem::Severity::Warning;
  p.file = f.file;
  p.line = f.line;
  p.column = f.column;
  if (f.kind) p.resource = std::string(workspace::kindInfo(*f.kind).key) + "/" + f.resource;
  p.path = f.path;
  p.rule = f.rule;
  p.message = f.message;
  return p;
}

Problem fromError(const workspace::WorkspaceError& e, Problem::Severity severity,
                  const std::string& rule) {
  Problem p;
  p.severity = severity;
  p.file = e.file;
  p.line = e.line;
  p.column = e.column;
  p.path = e.path;
  p.rule = rule;
  p.message = e.message;
  return p;
}
}  // namespace

bool PreparedPublish::publishable() const {
  return std::none_of(problems.begin(), problems.end(),
                      [](const Problem& p) { return p.severity == Problem::Severity::Error; });
}

PreparedPublish preparePublish(const workspace::Workspace& workspace, const std::string& fileName,
                               const std::string* sourceText) {
  PreparedPublish out;
  std::optional<validate::SourceIndex> source;
  if (sourceText) source.emplace(*sourceText, fileName);

  auto compiled = ai::compile(workspace);
  for (const auto& e : compiled.errors)
    out.problems.push_back(fromError(e, Problem::Severity::Error, "ai_route"));
  for (const auto& w : compiled.warnings)
    out.problems.push_back(fromError(w, Problem::Severity::Warning, "ai_route"));

  // What Envoy will get is checked, AI routes compiled in: the user's items keep their places,
  // the compiled ones have none (they are not in the file).
  out.served = compiled.ok() && !compiled.items.empty()
                   ? ai::withCompiledAiRoutes(workspace, compiled)
                   : workspace;
  for (const auto& f : validate::validate(out.served, source ? &*source : nullptr)) {
    auto p = fromFinding(f);
    if (p.file.empty()) p.file = fileName;
    out.problems.push_back(std::move(p));
  }
  for (const auto& message : workspace.checkNodeGroups(workspace.nodeGroups())) {
    Problem p;
    p.file = fileName;
    p.rule = "node_groups";
    p.message = message;
    out.problems.push_back(std::move(p));
  }
  if (compiled.ok()) out.extraResources = ai::modelRouteResources(compiled);
  return out;
}

std::vector<Problem> checkWorkspace(const workspace::Workspace& workspace,
                                    const std::string& fileName, const std::string* sourceText) {
  return preparePublish(workspace, fileName, sourceText).problems;
}

std::vector<Problem> loadProblems(const std::vector<workspace::WorkspaceError>& errors) {
  std::vector<Problem> out;
  for (const auto& e : errors) out.push_back(fromError(e, Problem::Severity::Error, "schema"));
  return out;
}

}  // namespace meshdesk::controlplane
