#pragma once
// A named set of nodes and what they are given, as the workspace file writes it:
//
//   node_groups:
//   - name: canary
//     match: {id: "canary-*", cluster: edge, metadata: {track: canary}}
//     resources: [edge, clusters/api]      # optional; without it, everything
//
// Groups are tried in order and the first match wins; a node that matches none gets
// everything (group "default", which is therefore not a name a group may take).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "workspace/item.h"

namespace meshdesk::workspace {

struct NodeMatch {
  // Shell-style patterns on the node's id and cluster; empty matches any.
  std::string id;
  std::string cluster;
  // String fields the node's metadata must have, with exactly these values.
  std::map<std::string, std::string> metadata;
};

struct NodeGroup {
  static constexpr const char* kReservedName = "default";

  std::string name;
  NodeMatch match;
  // Names of the items this group gets: "api" (any kind of that name, so a cluster and its
  // endpoints go together) or "clusters/api" (one kind). Absent: every item.
  std::optional<std::vector<std::string>> resources;
  SourceLocation location;

  bool includes(const Item& item) const;
};

}  // namespace meshdesk::workspace
