#include "controlplane/version_diff.h"

#include <yaml-cpp/yaml.h>

#include <set>

#include "history/version_store.h"
#include "schema/message_to_yaml.h"
#include "schema/yaml_writer.h"
#include "workspace/workspace.h"

namespace meshdesk::controlplane {

namespace {
std::string itemText(const workspace::Workspace& ws, workspace::Kind kind, const std::string& name) {
  const auto* item = ws.find(kind, name);
  return item ? schema::messageToYamlText(item->message()) : std::string();
}

// A top-level section that is not a list of resources (node_groups, resource_ttls, ai_routes),
// as written.
std::string sectionText(const std::string& file, const char* key) {
  try {
    YAML::Node root = YAML::Load(file);
    if (root.IsMap() && root[key]) return schema::emitYaml(root[key]);
  } catch (const YAML::Exception&) {
  }
  return {};
}
}  // namespace

std::string diffWorkspaces(const std::string& before, const std::string& beforeLabel,
                           const std::string& after, const std::string& afterLabel) {
  auto a = workspace::Workspace::parse(before, beforeLabel);
  auto b = workspace::Workspace::parse(after, afterLabel);
  std::string out;
  for (const auto& info : workspace::allKinds()) {
    std::set<std::string> names;
    for (const auto& item : a.workspace.items(info.kind)) names.insert(item.name());
    for (const auto& item : b.workspace.items(info.kind)) names.insert(item.name());
    for (const auto& name : names) {
      std::string path = std::string(info.key) + "/" + name;
      out += history::unifiedDiff(itemText(a.workspace, info.kind, name),
                                  itemText(b.workspace, info.kind, name),
                                  beforeLabel + "/" + path, afterLabel + "/" + path);
    }
  }
  for (const char* key : {"node_groups", "resource_ttls", "ai_routes"}) {
    out += history::unifiedDiff(sectionText(before, key), sectionText(after, key),
                                beforeLabel + "/" + key, afterLabel + "/" + key);
  }
  return out;
}

}  // namespace meshdesk::controlplane
