#include "validate/cross_checks.h"

#include "schema/field_names.h"

namespace meshdesk::validate {

WorkspaceView::WorkspaceView(const workspace::Workspace& workspace, const Sightings& sightings)
    : workspace_(workspace), sightings_(sightings), names_(workspace::allKinds().size()) {
  for (const auto& info : workspace::allKinds()) {
    auto& names = names_[static_cast<std::size_t>(info.kind)];
    for (const auto& item : workspace.items(info.kind)) names.insert(item.name());
  }
}

bool WorkspaceView::has(workspace::Kind kind, const std::string& name) const {
  return names_[static_cast<std::size_t>(kind)].count(name) > 0;
}

std::string WorkspaceView::suggestion(workspace::Kind kind, std::string_view name) const {
  const auto& names = names_[static_cast<std::size_t>(kind)];
  std::string guess = schema::closestName(name, std::vector<std::string>(names.begin(), names.end()));
  return guess.empty() ? "" : " (did you mean '" + guess + "'?)";
}

Finding findingAt(Severity severity, std::string rule, workspace::Kind kind, std::string resource,
                  std::string path, std::string message) {
  Finding f;
  f.severity = severity;
  f.rule = std::move(rule);
  f.kind = kind;
  f.resource = std::move(resource);
  f.path = std::move(path);
  f.message = std::move(message);
  return f;
}

Finding findingAt(Severity severity, std::string rule, const Sighting& at, std::string_view subpath,
                  std::string message) {
  return findingAt(severity, std::move(rule), at.kind, at.resource, joinPath(at.path, subpath),
                   std::move(message));
}

}  // namespace meshdesk::validate
