#pragma once
// Which nodes get which snapshot: an ordered list of rules, first match wins.

#include <map>
#include <string>
#include <vector>

namespace envoy::config::core::v3 {
class Node;
}

namespace meshdesk::snapshot {

struct NodeGroupRule {
  std::string group;
  // Shell-style patterns (`*`, `?`, `[...]`); empty matches anything.
  std::string idPattern;
  std::string clusterPattern;
  // Each key must be a string field of the node's metadata with exactly this value.
  std::map<std::string, std::string> metadata;

  bool matches(const envoy::config::core::v3::Node& node) const;
  bool operator==(const NodeGroupRule&) const = default;
};

class NodeGroups {
 public:
  static constexpr const char* kDefaultGroup = "default";

  NodeGroups() = default;
  explicit NodeGroups(std::vector<NodeGroupRule> rules) : rules_(std::move(rules)) {}

  // The first matching rule's group, else "default".
  std::string groupOf(const envoy::config::core::v3::Node& node) const;
  const std::vector<NodeGroupRule>& rules() const { return rules_; }
  bool operator==(const NodeGroups&) const = default;

 private:
  std::vector<NodeGroupRule> rules_;
};

}  // namespace meshdesk::snapshot
