#include "snapshot/node_group.h"

#include <fnmatch.h>

#include "envoy/config/core/v3/base.pb.h"

namespace meshdesk::snapshot {

namespace {
bool glob(const std::string& pattern, const std::string& value) {
  return pattern.empty() || fnmatch(pattern.c_str(), value.c_str(), 0) == 0;
}
}  // namespace

bool NodeGroupRule::matches(const envoy::config::core::v3::Node& node) const {
  if (!glob(idPattern, node.id()) || !glob(clusterPattern, node.cluster())) return false;
  const auto& fields = node.metadata().fields();
  for (const auto& [key, value] : metadata) {
    auto it = fields.find(key);
    if (it == fields.end() || !it->second.has_string_value() ||
        it->second.string_value() != value)
      return false;
  }
  return true;
}

std::string NodeGroups::groupOf(const envoy::config::core::v3::Node& node) const {
  for (const auto& rule : rules_)
    if (rule.matches(node)) return rule.group;
  return kDefaultGroup;
}

}  // namespace meshdesk::snapshot
