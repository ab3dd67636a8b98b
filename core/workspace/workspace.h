#pragma once
// The user's workspace: every Envoy resource Meshdesk serves, the node groups that decide who
// gets what, and the AI routes, in one YAML file that people edit by hand and keep in git.
//
// Top-level keys, each a list of items written exactly as Envoy's docs write that resource:
//   listeners, routes, scoped_routes, clusters, endpoints, secrets, runtimes, extension_configs,
//   node_groups (see node_group.h), resource_ttls (see resource_ttl.h), ai_routes (kept as
//   written until the AI box reads them).
// docs/workspace-format.md describes the format with an example.
//
// Writing is deterministic (same content, same bytes) and reading what was written gives the
// same content, so saving an unchanged workspace changes nothing on disk and diffs stay small.

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "workspace/item.h"
#include "workspace/node_group.h"
#include "workspace/resource_kind.h"
#include "workspace/resource_ttl.h"
#include "workspace/workspace_error.h"

namespace meshdesk::workspace {

// An `ai_routes` entry, opaque to this box: the YAML is kept as written (deep-copied with the
// workspace) and written back unchanged.
struct AiRoute {
  std::string name;  // its `name` key, if it has one
  YAML::Node yaml;
  SourceLocation location;

  AiRoute() = default;
  AiRoute(std::string name, YAML::Node yaml, SourceLocation location = {});
  AiRoute(const AiRoute& other);
  AiRoute& operator=(const AiRoute& other);
  AiRoute(AiRoute&&) noexcept = default;
  AiRoute& operator=(AiRoute&&) noexcept = default;
};

struct LoadResult;

class Workspace {
 public:
  // Whatever could be read is in the result even when there are errors, so that a console can
  // show it next to them; saving such a workspace would drop what did not parse.
  static LoadResult parse(std::string_view yaml, const std::string& fileName = {});
  static LoadResult load(const std::filesystem::path& file);

  std::string toYaml() const;
  // Atomic: the file is either the old content or the new, never a mix (see atomic_file.h).
  // Returns "" or what went wrong.
  std::string save(const std::filesystem::path& file) const;

  // Items of a kind, in file order.
  const std::vector<Item>& items(Kind kind) const;
  const Item* find(Kind kind, std::string_view name) const;
  std::size_t itemCount() const;

  // Adds the item, or replaces the one of the same kind and name where it stands.
  // Returns "" or why not (an item needs a name).
  std::string put(Item item);
  // Replaces the item named `oldName` where it stands, allowing a rename. Returns "" or why not
  // (no such item, or the new name is taken).
  std::string replace(Kind kind, std::string_view oldName, Item item);
  bool remove(Kind kind, std::string_view name);

  // In match order: the first group whose match fits a node is its group.
  const std::vector<NodeGroup>& nodeGroups() const { return nodeGroups_; }
  const NodeGroup* findNodeGroup(std::string_view name) const;
  // Returns "" or why not: names must be unique and not "default", and `resources` must name
  // items that exist.
  std::string setNodeGroups(std::vector<NodeGroup> groups);
  // What is wrong with `groups` for this workspace; empty when nothing is.
  std::vector<std::string> checkNodeGroups(const std::vector<NodeGroup>& groups) const;

  // In file order. Not checked here (a TTL of 0s, a name that is no item, two entries for one
  // item): validation reports those with their places.
  const std::vector<ResourceTtl>& resourceTtls() const { return resourceTtls_; }
  void setResourceTtls(std::vector<ResourceTtl> ttls) { resourceTtls_ = std::move(ttls); }
  // The TTL `item` is published with, or nullopt (see workspace::ttlOf).
  std::optional<std::chrono::milliseconds> ttlOf(const Item& item) const {
    return workspace::ttlOf(resourceTtls_, item);
  }

  const std::vector<AiRoute>& aiRoutes() const { return aiRoutes_; }
  void setAiRoutes(std::vector<AiRoute> routes) { aiRoutes_ = std::move(routes); }

  // Same content; compares what would be written.
  bool operator==(const Workspace& other) const { return toYaml() == other.toYaml(); }

 private:
  friend class WorkspaceReader;

  std::vector<Item>& itemsOf(Kind kind);

  std::vector<std::vector<Item>> items_ = std::vector<std::vector<Item>>(allKinds().size());
  std::vector<NodeGroup> nodeGroups_;
  std::vector<ResourceTtl> resourceTtls_;
  std::vector<AiRoute> aiRoutes_;
};

struct LoadResult {
  Workspace workspace;
  std::vector<WorkspaceError> errors;

  bool ok() const { return errors.empty(); }
};

}  // namespace meshdesk::workspace
