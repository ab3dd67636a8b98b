#include "ai/compiled_output.h"

#include <set>

#include "schema/message_to_yaml.h"
#include "schema/yaml_writer.h"

namespace meshdesk::ai {

namespace {

std::string reference(const workspace::Item& item) {
  return std::string(workspace::kindInfo(item.kind()).key) + "/" + item.name();
}

bool listsItem(const std::vector<std::string>& resources, const workspace::Item& item) {
  for (const auto& wanted : resources)
    if (wanted == item.name() || wanted == reference(item)) return true;
  return false;
}

std::string placed(const workspace::WorkspaceError& e) {
  std::string text = std::to_string(e.line) + ":" + std::to_string(e.column) + ": ";
  if (!e.path.empty()) text += e.path + ": ";
  return text + e.message;
}

}  // namespace

workspace::Workspace withCompiledAiRoutes(const workspace::Workspace& workspace,
                                          const CompiledAiRoutes& compiled) {
  workspace::Workspace merged = workspace;
  for (const auto& edited : compiled.items) merged.put(edited.item);

  std::vector<workspace::NodeGroup> groups = merged.nodeGroups();
  for (auto& group : groups) {
    if (!group.resources) continue;
    std::set<std::string> routes;  // AI routes whose changed items the group holds
    for (const auto& edited : compiled.items)
      if (edited.replacesUserItem && listsItem(*group.resources, edited.item))
        routes.insert(edited.aiRoutes.begin(), edited.aiRoutes.end());
    for (const auto& edited : compiled.items) {
      if (edited.replacesUserItem || listsItem(*group.resources, edited.item)) continue;
      for (const auto& route : edited.aiRoutes)
        if (routes.count(route)) {
          group.resources->push_back(reference(edited.item));
          break;
        }
    }
  }
  merged.setNodeGroups(std::move(groups));
  return merged;
}

std::vector<snapshot::ResourcePtr> modelRouteResources(const CompiledAiRoutes& compiled) {
  std::vector<snapshot::ResourcePtr> resources;
  for (const auto& route : compiled.modelRoutes)
    resources.push_back(snapshot::Resource::fromMessage(route, route.name()));
  return resources;
}

std::string compiledToYaml(const CompiledAiRoutes& compiled) {
  YAML::Node root(YAML::NodeType::Map);
  for (auto kind : {workspace::Kind::kListener, workspace::Kind::kRoute, workspace::Kind::kCluster}) {
    YAML::Node list(YAML::NodeType::Sequence);
    for (const auto& edited : compiled.items)
      if (edited.item.kind() == kind) list.push_back(schema::messageToYaml(edited.item.message()));
    if (list.size() > 0) root[std::string(workspace::kindInfo(kind).key)] = list;
  }
  YAML::Node models(YAML::NodeType::Sequence);
  for (const auto& route : compiled.modelRoutes) models.push_back(schema::messageToYaml(route));
  if (models.size() > 0) root["model_routes"] = models;
  for (const auto& [key, list] : {std::pair{"errors", &compiled.errors},
                                  std::pair{"warnings", &compiled.warnings}}) {
    YAML::Node texts(YAML::NodeType::Sequence);
    for (const auto& e : *list) {
      YAML::Node text(placed(e));
      text.SetTag("!");
      texts.push_back(text);
    }
    if (texts.size() > 0) root[key] = texts;
  }
  return schema::emitYaml(root);
}

}  // namespace meshdesk::ai
