// Reading the workspace file: the structure of the file is checked here, each item's content by
// the schema converter; every problem is collected with its place, none stops the reading.
//
// The file is parsed into a schema::YamlTree (not a YAML::Node tree, which costs more to build
// than the converter does to read; docs/import.md). Only `ai_routes`, kept as YAML::Node for
// the AI box, is parsed again by yaml-cpp, alone (see aiRoutesYaml).
#include <set>
#include <exception>
#include <system_error>
#include <thread>

#include "schema/field_names.h"
#include "schema/type_registry.h"
#include "schema/well_known_text.h"
#include "schema/yaml_to_message.h"
#include "schema/yaml_tree.h"
#include "workspace/workspace.h"

namespace meshdesk::workspace {

namespace {

using Node = schema::YamlTree::Node;

SourceLocation locationOf(const YAML::Node& node) {
  YAML::Mark mark = node.Mark();
  if (mark.is_null()) return {};
  return {mark.line + 1, mark.column + 1};
}

SourceLocation locationOf(const Node& node) { return {node.line(), node.column()}; }

std::string indexed(std::string_view key, std::size_t i) {
  return std::string(key) + "[" + std::to_string(i) + "]";
}

std::string describe(const YAML::Node& node) {
  if (node.IsMap()) return "a mapping";
  if (node.IsSequence()) return "a list";
  if (node.IsScalar()) return "\"" + node.Scalar() + "\"";
  return "nothing";
}

std::string describe(const Node& node) {
  if (node.isMap()) return "a mapping";
  if (node.isSequence()) return "a list";
  if (node.isScalar()) return "\"" + std::string(node.scalar()) + "\"";
  return "nothing";
}

// Where line `line` (1-based) starts, or text.size().
std::size_t lineStart(std::string_view text, int line) {
  std::size_t at = 0;
  for (int i = 1; i < line && at < text.size(); ++i) {
    at = text.find('\n', at);
    if (at == std::string_view::npos) return text.size();
    ++at;
  }
  return at;
}

// The value of the root's entry `entry` (the ai_routes key) as a YAML::Node, with the places
// it has in the file. The lines of that entry alone are parsed, after as many empty lines as
// precede them, when the root is a block mapping (its entries then own whole lines); else, or
// if that does not give the same key at the same place (an alias to an anchor outside it), the
// whole text.
YAML::Node aiRoutesYaml(std::string_view text, const Node& root, std::size_t entry) {
  const Node key = root.key(entry);
  if (root.block() && key.line() > 0) {
    const std::size_t begin = lineStart(text, key.line());
    const std::size_t end =
        entry + 1 < root.size() ? lineStart(text, root.key(entry + 1).line()) : text.size();
    if (begin < end) {
      std::string lines(static_cast<std::size_t>(key.line() - 1), '\n');
      lines.append(text.substr(begin, end - begin));
      try {
        YAML::Node part = YAML::Load(lines);
        if (part.IsMap() && part.size() == 1) {
          const auto first = part.begin();
          if (first->first.IsScalar() && first->first.Scalar() == key.scalar() &&
              locationOf(first->first).line == key.line() &&
              locationOf(first->first).column == key.column())
            return first->second;
        }
      } catch (const YAML::Exception&) {
        // parsed whole below
      }
    }
  }
  YAML::Node whole = YAML::Load(std::string(text));
  std::size_t i = 0;
  for (const auto& e : whole)
    if (i++ == entry) return e.second;
  return YAML::Node();
}

}  // namespace

class WorkspaceReader {
 public:
  explicit WorkspaceReader(std::string file) : file_(std::move(file)) {}

  LoadResult read(std::string_view text) {
    std::vector<schema::SchemaError> syntax;
    std::optional<schema::YamlTree> tree = schema::parseYamlTree(text, syntax);
    for (const auto& e : syntax) result_.errors.push_back({file_, e.line, e.column, e.path, e.message});
    if (!tree || tree->root().isNull()) return std::move(result_);
    const Node root = tree->root();
    if (!root.isMap()) {
      error(root, "", "a workspace is a mapping of listeners, routes, clusters, ...; found " +
                          describe(root));
      return std::move(result_);
    }
    std::map<std::string, int> seen;
    std::optional<Node> nodeGroups;
    for (std::size_t i = 0; i < root.size(); ++i) {
      const Node key = root.key(i);
      std::string name = key.isScalar() ? std::string(key.scalar()) : "";
      if (auto [it, inserted] = seen.emplace(name, key.line()); !inserted) {
        error(key, name, "'" + name + "' is given twice (first at line " +
                             std::to_string(it->second) + ")");
        continue;
      }
      if (auto kind = kindFromKey(name)) {
        items(*kind, root.value(i));
      } else if (name == "node_groups") {
        nodeGroups = root.value(i);  // after the items, which groups refer to
      } else if (name == "resource_ttls") {
        resourceTtls(root.value(i));
      } else if (name == "ai_routes") {
        aiRoutes(aiRoutesYaml(text, root, i));
      } else {
        unknownKey(key, name);
      }
    }
    if (nodeGroups) groups(*nodeGroups);
    return std::move(result_);
  }

 private:
  template <class N>
  void error(const N& at, std::string path, std::string message) {
    SourceLocation where = locationOf(at);
    result_.errors.push_back({file_, where.line, where.column, std::move(path), std::move(message)});
  }

  void unknownKey(const Node& key, const std::string& name) {
    std::vector<std::string> keys{"node_groups", "resource_ttls", "ai_routes"};
    for (const auto& info : allKinds()) keys.emplace_back(info.key);
    std::string message = "unknown section '" + name + "'";
    if (std::string guess = schema::closestName(name, keys); !guess.empty()) {
      message += "; did you mean '" + guess + "'?";
    } else {
      message += "; a workspace has listeners, routes, scoped_routes, clusters, endpoints, "
                 "secrets, runtimes, extension_configs, node_groups, resource_ttls and ai_routes";
    }
    error(key, name, message);
  }

  bool isList(const YAML::Node& node, std::string_view key) {
    if (node.IsNull() || node.IsSequence()) return true;
    error(node, std::string(key), "expected a list, found " + describe(node));
    return false;
  }

  bool isList(const Node& node, std::string_view key) {
    if (node.isNull() || node.isSequence()) return true;
    error(node, std::string(key), "expected a list, found " + describe(node));
    return false;
  }

  struct Converted {
    std::unique_ptr<google::protobuf::Message> message;
    std::vector<schema::SchemaError> errors;
  };

  // Each item of the list that is a mapping, converted. Items are independent, so a long list
  // is converted on two threads, half each; the caller takes the results in file order, so the
  // errors are in the same order either way.
  static std::vector<Converted> convertItems(const KindInfo& info, const Node& list) {
    const auto& registry = schema::TypeRegistry::instance();
    const auto* type = registry.findMessage(info.messageType);
    std::vector<Converted> converted(list.size());
    auto convert = [&](std::size_t begin, std::size_t end) {
      for (std::size_t i = begin; i < end; ++i) {
        const Node node = list.item(i);
        if (!node.isMap()) continue;
        converted[i].message = registry.newMessage(type);
        schema::yamlToMessage(node, *converted[i].message, converted[i].errors,
                              indexed(info.key, i));
      }
    };
    constexpr std::size_t kWorthAThread = 16;
    if (list.size() < kWorthAThread || std::thread::hardware_concurrency() < 2) {
      convert(0, list.size());
      return converted;
    }
    const std::size_t half = list.size() / 2;
    std::exception_ptr failure;
    std::thread other;
    try {
      other = std::thread([&] {
        try {
          convert(half, list.size());
        } catch (...) {
          failure = std::current_exception();
        }
      });
    } catch (const std::system_error&) {
      convert(0, list.size());  // no thread to be had
      return converted;
    }
    try {
      convert(0, half);
    } catch (...) {
      other.join();
      throw;
    }
    other.join();
    if (failure) std::rethrow_exception(failure);
    return converted;
  }

  void items(Kind kind, const Node& list) {
    const KindInfo& info = kindInfo(kind);
    if (!isList(list, info.key)) return;
    std::vector<Converted> converted = convertItems(info, list);
    std::map<std::string, SourceLocation> names;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Node node = list.item(i);
      std::string path = indexed(info.key, i);
      if (!node.isMap()) {
        error(node, path, "expected a " + std::string(info.label) + " (a mapping), found " +
                              describe(node));
        continue;
      }
      for (auto& e : converted[i].errors)
        result_.errors.push_back({file_, e.line, e.column, std::move(e.path), std::move(e.message)});
      Item item(kind, std::move(converted[i].message), locationOf(node));
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
  bool stringField(const Node& node, const std::string& path, std::string& out) {
    if (node.isNull()) return true;
    if (!node.isScalar()) {
      error(node, path, "expected a string, found " + describe(node));
      return false;
    }
    out = node.scalar();
    return true;
  }

  void groups(const Node& list) {
    if (!isList(list, "node_groups")) return;
    std::vector<NodeGroup> groups;
    std::map<std::string, SourceLocation> names;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Node node = list.item(i);
      std::string path = indexed("node_groups", i);
      if (!node.isMap()) {
        error(node, path, "expected a node group (a mapping), found " + describe(node));
        continue;
      }
      NodeGroup group;
      group.location = locationOf(node);
      for (std::size_t e = 0; e < node.size(); ++e) {
        const Node keyNode = node.key(e);
        std::string key = keyNode.isScalar() ? std::string(keyNode.scalar()) : "";
        const Node value = node.value(e);
        std::string fieldPath = path + "." + key;
        if (key == "name") {
          stringField(value, fieldPath, group.name);
        } else if (key == "match") {
          match(value, fieldPath, group.match);
        } else if (key == "resources") {
          if (value.isNull()) continue;
          if (!value.isSequence()) {
            error(value, fieldPath, "expected a list of item names, found " + describe(value));
            continue;
          }
          group.resources.emplace();
          for (std::size_t j = 0; j < value.size(); ++j) {
            const Node wanted = value.item(j);
            std::string name;
            std::string itemPath = fieldPath + "[" + std::to_string(j) + "]";
            if (!stringField(wanted, itemPath, name)) continue;
            if (!referenceExists(name)) {
              error(wanted, itemPath, "'" + name + "' is not an item of this workspace (write "
                                      "a name, or kind/name such as clusters/api)");
            }
            group.resources->push_back(name);
          }
        } else {
          std::string guess = schema::closestName(key, {"name", "match", "resources"});
          error(keyNode, fieldPath,
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

  void match(const Node& node, const std::string& path, NodeMatch& out) {
    if (node.isNull()) return;
    if (!node.isMap()) {
      error(node, path, "expected a mapping of id, cluster and metadata, found " + describe(node));
      return;
    }
    for (std::size_t e = 0; e < node.size(); ++e) {
      const Node keyNode = node.key(e);
      const Node value = node.value(e);
      std::string key = keyNode.isScalar() ? std::string(keyNode.scalar()) : "";
      std::string fieldPath = path + "." + key;
      if (key == "id") {
        stringField(value, fieldPath, out.id);
      } else if (key == "cluster") {
        stringField(value, fieldPath, out.cluster);
      } else if (key == "metadata") {
        if (value.isNull()) continue;
        if (!value.isMap()) {
          error(value, fieldPath, "expected a mapping of metadata keys to string values, "
                                  "found " + describe(value));
          continue;
        }
        for (std::size_t m = 0; m < value.size(); ++m) {
          const Node k = value.key(m);
          std::string name = k.isScalar() ? std::string(k.scalar()) : "";
          std::string v;
          if (stringField(value.value(m), fieldPath + "[\"" + name + "\"]", v))
            out.metadata[name] = v;
        }
      } else {
        std::string guess = schema::closestName(key, {"id", "cluster", "metadata"});
        error(keyNode, fieldPath,
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

  // The structure of each entry, its kind and its duration; what the entries mean (a name that
  // is no item, a TTL of 0s, two entries for one item) is validation's business.
  void resourceTtls(const Node& list) {
    if (!isList(list, "resource_ttls")) return;
    std::vector<ResourceTtl> entries;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Node node = list.item(i);
      std::string path = indexed("resource_ttls", i);
      if (!node.isMap()) {
        error(node, path, "expected a TTL entry (a mapping of kind, names and ttl), found " +
                              describe(node));
        continue;
      }
      ResourceTtl entry;
      entry.location = locationOf(node);
      bool ok = true, hasKind = false, hasTtl = false, explained = false;
      for (std::size_t e = 0; e < node.size(); ++e) {
        const Node keyNode = node.key(e);
        std::string key = keyNode.isScalar() ? std::string(keyNode.scalar()) : "";
        const Node value = node.value(e);
        std::string fieldPath = path + "." + key;
        if (key == "kind") {
          hasKind = true;
          ok = ttlKind(value, fieldPath, entry.kind) && ok;
        } else if (key == "names") {
          ok = ttlNames(value, fieldPath, entry.names) && ok;
        } else if (key == "ttl") {
          hasTtl = true;
          ok = ttlDuration(value, fieldPath, entry.ttl) && ok;
        } else if (kindFromKey(key)) {
          // "- runtimes: 30s": the shape explained once, not also as a missing kind and ttl.
          error(keyNode, fieldPath,
                "unknown field '" + key + "' of a TTL entry; write the section as 'kind: " + key +
                    "' and the duration as 'ttl: ...'");
          ok = false;
          explained = true;
        } else {
          std::string guess = schema::closestName(key, {"kind", "names", "ttl"});
          error(keyNode, fieldPath,
                "unknown field '" + key + "' of a TTL entry" +
                    (guess.empty() ? "; an entry has kind, names and ttl"
                                   : "; did you mean '" + guess + "'?"));
          ok = false;
        }
      }
      if (!hasKind && !explained) {
        error(node, path + ".kind", "a TTL entry needs a kind (a section such as runtimes)");
        ok = false;
      }
      if (!hasTtl && !explained) {
        error(node, path + ".ttl", "a TTL entry needs a ttl (a duration such as 30s)");
        ok = false;
      }
      if (ok) entries.push_back(std::move(entry));
    }
    result_.workspace.resourceTtls_ = std::move(entries);
  }

  bool ttlKind(const Node& value, const std::string& path, Kind& out) {
    std::string key;
    if (value.isNull() || !stringField(value, path, key)) {
      if (value.isNull()) error(value, path, "expected a section such as runtimes, found nothing");
      return false;
    }
    if (auto kind = kindFromKey(key)) {
      out = *kind;
      return true;
    }
    std::vector<std::string> keys;
    for (const auto& info : allKinds()) keys.emplace_back(info.key);
    std::string guess = schema::closestName(key, keys);
    error(value, path,
          "unknown kind '" + key + "'" +
              (guess.empty() ? "; a kind is a section of resources: listeners, routes, "
                               "scoped_routes, clusters, endpoints, secrets, runtimes or "
                               "extension_configs"
                             : "; did you mean '" + guess + "'?"));
    return false;
  }

  bool ttlNames(const Node& value, const std::string& path,
                std::optional<std::vector<std::string>>& out) {
    if (value.isNull()) return true;  // as if not written: every item
    if (!value.isSequence()) {
      error(value, path, "expected a list of item names, found " + describe(value));
      return false;
    }
    out.emplace();
    bool ok = true;
    for (std::size_t j = 0; j < value.size(); ++j) {
      const Node name = value.item(j);
      std::string text;
      std::string itemPath = path + "[" + std::to_string(j) + "]";
      if (name.isNull() || !stringField(name, itemPath, text)) {
        if (name.isNull()) error(name, itemPath, "expected an item name, found nothing");
        ok = false;
        continue;
      }
      out->push_back(std::move(text));
    }
    return ok;
  }

  bool ttlDuration(const Node& value, const std::string& path, std::chrono::milliseconds& out) {
    std::string text;
    if (value.isNull() || !stringField(value, path, text)) {
      if (value.isNull()) error(value, path, "expected a duration such as 30s, found nothing");
      return false;
    }
    std::int64_t seconds = 0;
    std::int32_t nanos = 0;
    if (std::string problem = schema::text::parseDuration(text, seconds, nanos); !problem.empty()) {
      error(value, path, problem);
      return false;
    }
    if (nanos % 1'000'000 != 0) {
      error(value, path, "'" + text + "' is finer than a millisecond, the precision of TTLs in "
                         "Meshdesk and of Envoy's timers; write at most three decimals");
      return false;
    }
    out = std::chrono::seconds(seconds) + std::chrono::milliseconds(nanos / 1'000'000);
    return true;
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
