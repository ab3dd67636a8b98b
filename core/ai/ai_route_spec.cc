#include "ai/ai_route_spec.h"

#include "ai/model_route_rules.h"
#include "schema/field_names.h"
#include "schema/yaml_to_message.h"

namespace meshdesk::ai {

namespace {

// A node copied with YAML::Clone (as the workspace keeps its AI routes) has lost its place and
// reports line 0, column 0, which no node under `ai_routes:` can truly have.
bool hasPlace(const YAML::Mark& mark) {
  return !mark.is_null() && (mark.line > 0 || mark.column > 0);
}

// "backends[1].host" -> {"backends", 1}, {"host", -1}.
struct Step {
  std::string key;
  int index = -1;
};

std::vector<Step> stepsOf(std::string_view field) {
  std::vector<Step> steps;
  std::size_t from = 0;
  while (from <= field.size() && !field.empty()) {
    std::size_t dot = field.find('.', from);
    std::string_view part = field.substr(from, dot == std::string_view::npos ? dot : dot - from);
    Step step;
    if (auto open = part.find('['); open != std::string_view::npos) {
      step.key = std::string(part.substr(0, open));
      step.index = std::stoi(std::string(part.substr(open + 1)));
    } else {
      step.key = std::string(part);
    }
    steps.push_back(std::move(step));
    if (dot == std::string_view::npos) break;
    from = dot + 1;
  }
  return steps;
}

YAML::Node child(const YAML::Node& node, const std::string& key) {
  if (!node.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
  for (const auto& name : {key, schema::lowerCamelCase(key)})
    for (const auto& entry : node)
      if (entry.first.IsScalar() && entry.first.Scalar() == name) return entry.second;
  return YAML::Node(YAML::NodeType::Undefined);
}

}  // namespace

workspace::SourceLocation AiRouteSpec::locate(std::string_view field) const {
  workspace::SourceLocation best = location;
  // reset(), never operator=: assigning to a YAML::Node writes into the tree it points at,
  // which here is the caller's workspace.
  YAML::Node node;
  node.reset(yaml);
  for (const auto& step : stepsOf(field)) {
    node.reset(child(node, step.key));
    if (!node.IsDefined()) break;
    if (step.index >= 0) {
      if (!node.IsSequence() || step.index >= static_cast<int>(node.size())) break;
      const YAML::Node& list = node;
      node.reset(list[step.index]);
    }
    if (hasPlace(node.Mark())) best = {node.Mark().line + 1, node.Mark().column + 1};
  }
  return best;
}

workspace::WorkspaceError AiRouteSpec::error(std::string_view field, std::string message) const {
  workspace::SourceLocation at = locate(field);
  std::string fullPath = field.empty() ? path : path + "." + std::string(field);
  return {"", at.line, at.column, std::move(fullPath), std::move(message)};
}

AiRouteSpecs readAiRoutes(const workspace::Workspace& workspace) {
  AiRouteSpecs specs;
  const auto& entries = workspace.aiRoutes();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& entry = entries[i];
    AiRouteSpec spec;
    spec.yaml = entry.yaml;
    spec.location = entry.location;
    spec.path = "ai_routes[" + std::to_string(i) + "]";

    std::vector<schema::SchemaError> schemaErrors;
    schema::yamlToMessage(entry.yaml, spec.route, schemaErrors, spec.path);
    for (auto& e : schemaErrors) {
      bool placed = e.line > 1 || (e.line == 1 && e.column > 1);
      specs.errors.push_back({"", placed ? e.line : spec.location.line,
                              placed ? e.column : spec.location.column, std::move(e.path),
                              std::move(e.message)});
    }
    std::vector<RouteProblem> problems = problemsOf(spec.route);
    for (auto& p : problems) specs.errors.push_back(spec.error(p.field, std::move(p.message)));
    if (schemaErrors.empty() && problems.empty()) specs.routes.push_back(std::move(spec));
  }
  return specs;
}

}  // namespace meshdesk::ai
