// Reading the workspace file: the structure of the file is checked here, each item's content by
// the schema converter; every problem is collected with its place, none stops the reading.
#include <set>

#include "schema/field_names.h"
#include "schema/type_registry.h"
#include "schema/yaml_to_message.h"
#include "workspace/workspace.h"

namespace meshdesk::workspace {

namespace {

SourceLocation locationOf(const YAML::Node& node) {
  YAML::Mark mark = node.Mark();
  if (mark.is_null()) return {};
  return {mark.line + 1, mark.column + 1};
}

std::string indexed(std::string_view key, std::size_t i) {
  return std::string(key) + "[" + std::to_string(i) + "]";
}

std::string describe(const YAML::Node& node) {
  if (node.IsMap()) return "a mapping";
  if (node.IsSequence()) return "a list";
  if (node.IsScalar()) return "\"" + node.Scalar() + "\"";
  return "nothing";
}

}  // namespace

class WorkspaceReader {
 public:
  explicit WorkspaceReader(std::string file) : file_(std::move(file)) {}

  LoadResult read(std::string_view text) {
    std::vector<schema::SchemaError> syntax;
    std::optional<YAML::Node> root = schema::parseYaml(text, syntax);
    for (const auto& e : syntax) result_.errors.push_back({file_, e.line, e.column, e.path, e.message});
    if (!root || root->IsNull()) return std::move(result_);
    if (!root->IsMap()) {
      error(*root, "", "a workspace is a mapping of listeners, routes, clusters, ...; found " +
                           describe(*root));
      return std::move(result_);
    }
    std::map<std::string, int> seen;
    YAML::Node nodeGroups;
    for (const auto& entry : *root) {
      const YAML::Node& key = entry.first;
      std::string name = key.IsScalar() ? key.Scalar() : "";
      if (auto [it, inserted] = seen.emplace(name, key.Mark().line + 1); !inserted) {
        error(key, name, "'" + name + "' is given twice (first at line " +
                             std::to_string(it->second) + ")");
        continue;
      }
      if (auto kind = kindFromKey(name)) {
        items(*kind, entry.second);
      } else if (name == "node_groups") {
        nodeGroups = entry.second;  // after the items, which groups refer to
      } else if (name == "ai_routes") {
        aiRoutes(entry.second);
      } else {
        unknownKey(key, name);
      }
    }
    if (nodeGroups.IsDefined()) groups(nodeGroups);
    return std::move(result_);
  }

 private:
  void error(const YAML::Node& at, std::string path, std::string message) {
    SourceLocation where = locationOf(at);
    result_.errors.push_back({file_, where.line, where.column, std::move(path), std::move(message)});
  }

  void unknownKey(const YAML::Node& key, const std::string& name) {
    std::vector<std::string> keys{"node_groups", "ai_routes"};
    for (const auto& info : allKinds()) keys.emplace_back(info.key);
    std::string message = "unknown section '" + name + "'";
    if (std::string guess = schema::closestName(name, keys); !guess.empty()) {
      message += "; did you mean '" + guess + "'?";
    } else {
      message += "; a workspace has listeners, routes, scoped_routes, clusters, endpoints, "
                 "secrets, runtimes, extension_configs, node_groups and ai_routes";
    }
    error(key, name, message);
  }

  bool isList(const YAML::Node& node, std::string_view key) {
    if (node.IsNull() || node.IsSequence()) return true;
    error(node, std::string(key), "expected a list, found " + describe(node));
    return false;
  }

  void items(Kind kind, const YAML::Node& list) {
    const KindInfo& info = kindInfo(kind);
    if (!isList(list, info.key)) return;
    const auto& registry = schema::TypeRegistry::instance();
    const auto* type = registry.findMessage(info.messageType);
    std::map<std::string, SourceLocation> names;
    std::size_t i = 0;
    for (const auto& node : list) {
      std::string path = indexed(info.key, i++);
      if (!node.IsMap()) {
        error(node, path, "expected a " + std::string(info.label) + " (a mapping), found " +
                              describe(node));
        continue;
      }
      auto message = registry.newMessage(type);
      std::vector<schema::SchemaError> errors;
      schema::yamlToMessage(node, *message, errors, path);
      for (auto& e : errors)
        result_.errors.push_back({file_, e.line, e.column, std::move(e.path), std::move(e.message)});
      Item item(kind, std::move(message), locationOf(node));
      std::string name = item.name();
      if (name.empty()) {
        error(node, path + "." + std::string(info.nameField),
              "a " + std::string(info.label) + " needs a " + std::string(info.nameField));
        continue;
      }
      auto [it, inserted] = names.emplace(name, item.location());
      if (!inserted) {
        error(node, path,
              "a second " + std::string(info.label) + " named '" + name + "' (the first is at line " +
                  std::to_string(it->second.line) + ", column " +
                  std::to_string(it->second.column) + ")");
        continue;
      }
      result_.workspace.itemsOf(kind).push_back(std::move(item));
    }
  }

  // A mapping of string-valued keys, for node_groups' fields.
  bool stringField(const YAML::Node& node, const std::string& path, std::string& out) {
    if (node.IsNull()) return true;
    if (!node.IsScalar()) {
      error(node, path, "expected a string, found " + describe(node));
      return false;
    }
    out = node.Scalar();
    return true;
  }

  void groups(const YAML::Node& list) {
    if (!isList(list, "node_groups")) return;
    std::vector<NodeGroup> groups;
    std::map<std::string, SourceLocation> names;
    std::size_t i = 0;
    for (const auto& node : list) {
      std::string path = indexed("node_groups", i++);
      if (!node.IsMap()) {
        error(node, path, "expected a node group (a mapping), found " + describe(node));
        continue;
      }
      NodeGroup group;
      group.location = locationOf(node);
      for (const auto& entry : node) {
        std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "";
        const YAML::Node& value = entry.second;
        std::string fieldPath = path + "." + key;
        if (key == "name") {
          stringField(value, fieldPath, group.name);
        } else if (key == "match") {
          match(value, fieldPath, group.match);
        } else if (key == "resources") {
          if (value.IsNull()) continue;
          if (!value.IsSequence()) {
            error(value, fieldPath, "expected a list of item names, found " + describe(value));
            continue;
          }
          group.resources.emplace();
          std::size_t j = 0;
          for (const auto& wanted : value) {
            std::string name;
            std::string itemPath = fieldPath + "[" + std::to_string(j++) + "]";
            if (!stringField(wanted, itemPath, name)) continue;
            if (!referenceExists(name)) {
              error(wanted, itemPath, "'" + name + "' is not an item of this workspace (write "
                                      "a name, or kind/name such as clusters/api)");
            }
            group.resources->push_back(name);
          }
        } else {
          std::string guess = schema::closestName(key, {"name", "match", "resources"});
          error(entry.first, fieldPath,
                "unknown field '" + key + "' of a node group" +
                    (guess.empty() ? "; a group has name, match and resources"
                                   : "; did you mean '" + guess + "'?"));
        }
      }
      if (group.name.empty()) {
        error(node, path + ".name", "a node group needs a name");
        continue;
      }
      if (group.name == NodeGroup::kReservedName) {
        error(node, path + ".name",
              "'default' is the group of nodes that match no group; choose another name");
        continue;
      }
      auto [it, inserted] = names.emplace(group.name, group.location);
      if (!inserted) {
        error(node, path, "a second node group named '" + group.name +
                              "' (the first is at line " + std::to_string(it->second.line) +
                              ", column " + std::to_string(it->second.column) + ")");
        continue;
      }
      groups.push_back(std::move(group));
    }
    result_.workspace.nodeGroups_ = std::move(groups);
  }

  void match(const YAML::Node& node, const std::string& path, NodeMatch& out) {
    if (node.IsNull()) return;
    if (!node.IsMap()) {
      error(node, path, "expected a mapping of id, cluster and metadata, found " + describe(node));
      return;
    }
    for (const auto& entry : node) {
      std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "";
      std::string fieldPath = path + "." + key;
      if (key == "id") {
        stringField(entry.second, fieldPath, out.id);
      } else if (key == "cluster") {
        stringField(entry.second, fieldPath, out.cluster);
      } else if (key == "metadata") {
        if (entry.second.IsNull()) continue;
        if (!entry.second.IsMap()) {
          error(entry.second, fieldPath, "expected a mapping of metadata keys to string values, "
                                         "found " + describe(entry.second));
          continue;
        }
        for (const auto& kv : entry.second) {
          std::string k = kv.first.IsScalar() ? kv.first.Scalar() : "";
          std::string v;
          if (stringField(kv.second, fieldPath + "[\"" + k + "\"]", v)) out.metadata[k] = v;
        }
      } else {
        std::string guess = schema::closestName(key, {"id", "cluster", "metadata"});
        error(entry.first, fieldPath,
              "unknown field '" + key + "' of a node match" +
                  (guess.empty() ? "; a match has id, cluster and metadata"
                                 : "; did you mean '" + guess + "'?"));
      }
    }
  }

  bool referenceExists(const std::string& wanted) const {
    for (const auto& info : allKinds())
      for (const auto& item : result_.workspace.items(info.kind)) {
        std::string name = item.name();
        if (wanted == name || wanted == std::string(info.key) + "/" + name) return true;
      }
    return false;
  }

  void aiRoutes(const YAML::Node& list) {
    if (!isList(list, "ai_routes")) return;
    std::map<std::string, SourceLocation> names;
    std::size_t i = 0;
    for (const auto& node : list) {
      std::string path = indexed("ai_routes", i++);
      if (!node.IsMap()) {
        error(node, path, "expected an AI route (a mapping), found " + describe(node));
        continue;
      }
      std::string name = node["name"] && node["name"].IsScalar() ? node["name"].Scalar() : "";
      if (!name.empty()) {
        auto [it, inserted] = names.emplace(name, locationOf(node));
        if (!inserted) {
          error(node, path, "a second AI route named '" + name + "' (the first is at line " +
                                std::to_string(it->second.line) + ", column " +
                                std::to_string(it->second.column) + ")");
          continue;
        }
      }
      result_.workspace.aiRoutes_.emplace_back(name, node, locationOf(node));
    }
  }

  std::string file_;
  LoadResult result_;
};

LoadResult Workspace::parse(std::string_view yaml, const std::string& fileName) {
  return WorkspaceReader(fileName).read(yaml);
}

}  // namespace meshdesk::workspace
