#include "workspace/workspace.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

#include "schema/message_to_yaml.h"
#include "schema/yaml_writer.h"
#include "workspace/atomic_file.h"

namespace meshdesk::workspace {

std::string WorkspaceError::toString() const {
  std::string out = file;
  if (line > 0) {
    if (!out.empty()) out += ':';
    out += std::to_string(line);
    out += ':';
    out += std::to_string(column);
  }
  if (!out.empty()) out += ": ";
  if (!path.empty()) out += path + ": ";
  return out + message;
}

AiRoute::AiRoute(std::string name, YAML::Node yaml, SourceLocation location)
    : name(std::move(name)), yaml(YAML::Clone(yaml)), location(location) {}

AiRoute::AiRoute(const AiRoute& other)
    : name(other.name), yaml(YAML::Clone(other.yaml)), location(other.location) {}

AiRoute& AiRoute::operator=(const AiRoute& other) {
  if (this != &other) *this = AiRoute(other);
  return *this;
}

const std::vector<Item>& Workspace::items(Kind kind) const {
  return items_[static_cast<std::size_t>(kind)];
}

std::vector<Item>& Workspace::itemsOf(Kind kind) { return items_[static_cast<std::size_t>(kind)]; }

const Item* Workspace::find(Kind kind, std::string_view name) const {
  for (const auto& item : items(kind))
    if (item.name() == name) return &item;
  return nullptr;
}

std::size_t Workspace::itemCount() const {
  std::size_t n = 0;
  for (const auto& list : items_) n += list.size();
  return n;
}

std::string Workspace::put(Item item) {
  std::string name = item.name();
  if (name.empty())
    return "a " + std::string(kindInfo(item.kind()).label) + " needs a " +
           std::string(kindInfo(item.kind()).nameField);
  for (auto& existing : itemsOf(item.kind())) {
    if (existing.name() == name) {
      existing = std::move(item);
      return "";
    }
  }
  itemsOf(item.kind()).push_back(std::move(item));
  return "";
}

std::string Workspace::replace(Kind kind, std::string_view oldName, Item item) {
  const KindInfo& info = kindInfo(kind);
  if (item.kind() != kind) return "the replacement is not a " + std::string(info.label);
  std::string name = item.name();
  if (name.empty()) return "a " + std::string(info.label) + " needs a " + std::string(info.nameField);
  auto& list = itemsOf(kind);
  Item* target = nullptr;
  for (auto& existing : list) {
    std::string existingName = existing.name();
    if (existingName == oldName) {
      target = &existing;
    } else if (existingName == name) {
      return "there is already a " + std::string(info.label) + " named '" + name + "'";
    }
  }
  if (target == nullptr)
    return "there is no " + std::string(info.label) + " named '" + std::string(oldName) + "'";
  *target = std::move(item);
  return "";
}

bool Workspace::remove(Kind kind, std::string_view name) {
  auto& list = itemsOf(kind);
  for (auto it = list.begin(); it != list.end(); ++it) {
    if (it->name() == name) {
      list.erase(it);
      return true;
    }
  }
  return false;
}

const NodeGroup* Workspace::findNodeGroup(std::string_view name) const {
  for (const auto& group : nodeGroups_)
    if (group.name == name) return &group;
  return nullptr;
}

std::vector<std::string> Workspace::checkNodeGroups(const std::vector<NodeGroup>& groups) const {
  std::vector<std::string> problems;
  std::set<std::string> names;
  for (const auto& group : groups) {
    if (group.name.empty()) problems.push_back("a node group needs a name");
    if (group.name == NodeGroup::kReservedName)
      problems.push_back("'default' is the group of nodes that match no group; choose another "
                         "name");
    if (!group.name.empty() && !names.insert(group.name).second)
      problems.push_back("two node groups are named '" + group.name + "'");
    if (!group.resources) continue;
    for (const auto& wanted : *group.resources) {
      bool found = false;
      for (const auto& info : allKinds()) {
        for (const auto& item : items(info.kind)) {
          std::string name = item.name();
          if (wanted == name || wanted == std::string(info.key) + "/" + name) found = true;
        }
      }
      if (!found)
        problems.push_back("node group '" + group.name + "' names '" + wanted +
                           "', which is not an item of this workspace");
    }
  }
  return problems;
}

std::string Workspace::setNodeGroups(std::vector<NodeGroup> groups) {
  auto problems = checkNodeGroups(groups);
  if (!problems.empty()) return problems.front();
  nodeGroups_ = std::move(groups);
  return "";
}

namespace {

YAML::Node stringNode(const std::string& text) {
  YAML::Node node(text);
  node.SetTag("!");
  return node;
}

YAML::Node nodeGroupYaml(const NodeGroup& group) {
  YAML::Node out(YAML::NodeType::Map);
  out.force_insert(YAML::Node("name"), stringNode(group.name));
  YAML::Node match(YAML::NodeType::Map);
  if (!group.match.id.empty()) match.force_insert(YAML::Node("id"), stringNode(group.match.id));
  if (!group.match.cluster.empty())
    match.force_insert(YAML::Node("cluster"), stringNode(group.match.cluster));
  if (!group.match.metadata.empty()) {
    YAML::Node metadata(YAML::NodeType::Map);
    for (const auto& [key, value] : group.match.metadata)
      metadata.force_insert(stringNode(key), stringNode(value));
    match.force_insert(YAML::Node("metadata"), metadata);
  }
  out.force_insert(YAML::Node("match"), match);
  if (group.resources) {
    YAML::Node resources(YAML::NodeType::Sequence);
    for (const auto& name : *group.resources) resources.push_back(stringNode(name));
    out.force_insert(YAML::Node("resources"), resources);
  }
  return out;
}

YAML::Node resourceTtlYaml(const ResourceTtl& entry) {
  YAML::Node out(YAML::NodeType::Map);
  out.force_insert(YAML::Node("kind"), stringNode(std::string(kindInfo(entry.kind).key)));
  if (entry.names) {
    YAML::Node names(YAML::NodeType::Sequence);
    for (const auto& name : *entry.names) names.push_back(stringNode(name));
    out.force_insert(YAML::Node("names"), names);
  }
  out.force_insert(YAML::Node("ttl"), stringNode(ttlText(entry.ttl)));
  return out;
}

std::string section(const char* key, const YAML::Node& list) {
  YAML::Node top(YAML::NodeType::Map);
  top.force_insert(YAML::Node(key), list);
  return schema::emitYaml(top);
}

}  // namespace

std::string Workspace::toYaml() const {
  // One section per key, a blank line between them: the file is read by people.
  std::vector<std::string> sections;
  for (const auto& info : allKinds()) {
    if (items(info.kind).empty()) continue;
    YAML::Node list(YAML::NodeType::Sequence);
    for (const auto& item : items(info.kind)) list.push_back(schema::messageToYaml(item.message()));
    sections.push_back(section(std::string(info.key).c_str(), list));
  }
  if (!nodeGroups_.empty()) {
    YAML::Node list(YAML::NodeType::Sequence);
    for (const auto& group : nodeGroups_) list.push_back(nodeGroupYaml(group));
    sections.push_back(section("node_groups", list));
  }
  if (!resourceTtls_.empty()) {
    YAML::Node list(YAML::NodeType::Sequence);
    for (const auto& entry : resourceTtls_) list.push_back(resourceTtlYaml(entry));
    sections.push_back(section("resource_ttls", list));
  }
  if (!aiRoutes_.empty()) {
    YAML::Node list(YAML::NodeType::Sequence);
    for (const auto& route : aiRoutes_) list.push_back(route.yaml);
    sections.push_back(section("ai_routes", list));
  }
  std::string out;
  for (const auto& s : sections) {
    if (!out.empty()) out += '\n';
    out += s;
  }
  return out;
}

std::string Workspace::save(const std::filesystem::path& file) const {
  return writeFileAtomically(file, toYaml());
}

LoadResult Workspace::load(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    LoadResult result;
    result.errors.push_back({file.string(), 0, 0, "", std::string("cannot read the file: ") +
                                                          std::strerror(errno)});
    return result;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse(text.str(), file.string());
}

}  // namespace meshdesk::workspace
