#include "rollout/canary_selection.h"

#include <google/protobuf/util/json_util.h>
#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "envoy/config/core/v3/base.pb.h"
#include "snapshot/node_group.h"

namespace meshdesk::rollout {

std::string CanarySelector::describe() const {
  if (mode == Mode::Percentage) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g%%", percent);
    return std::string(buf) + " of connected proxies";
  }
  std::string out = "nodes";
  if (!idPattern.empty()) out += " id=" + idPattern;
  if (!clusterPattern.empty()) out += " cluster=" + clusterPattern;
  for (const auto& [k, v] : metadata) out += " " + k + "=" + v;
  return out == "nodes" ? "every node" : out;
}

envoy::config::core::v3::Node nodeOf(const fleet::ProxyState& proxy) {
  envoy::config::core::v3::Node node;
  node.set_id(proxy.nodeId);
  node.set_cluster(proxy.cluster);
  if (!proxy.metadataJson.empty())
    (void)google::protobuf::util::JsonStringToMessage(proxy.metadataJson, node.mutable_metadata());
  return node;
}

std::vector<std::string> selectCanary(const std::vector<fleet::ProxyState>& connected,
                                      const CanarySelector& selector) {
  std::map<std::string, const fleet::ProxyState*> nodes;
  for (const auto& p : connected) nodes.emplace(p.nodeId, &p);
  std::vector<std::string> chosen;
  if (selector.mode == CanarySelector::Mode::Selector) {
    snapshot::NodeGroupRule rule{"canary", selector.idPattern, selector.clusterPattern,
                                 selector.metadata};
    for (const auto& [id, p] : nodes)
      if (rule.matches(nodeOf(*p))) chosen.push_back(id);
    return chosen;
  }
  if (nodes.empty() || selector.percent <= 0) return chosen;
  // Ordered by a hash of the id: spread over the fleet rather than the first names, and the
  // same each time.
  std::vector<std::pair<std::uint64_t, std::string>> ranked;
  for (const auto& [id, _] : nodes) ranked.emplace_back(XXH3_64bits(id.data(), id.size()), id);
  std::sort(ranked.begin(), ranked.end());
  auto count = static_cast<std::size_t>(
      std::ceil(static_cast<double>(nodes.size()) * std::min(selector.percent, 100.0) / 100.0 - 1e-9));
  count = std::clamp<std::size_t>(count, 1, nodes.size());
  for (std::size_t i = 0; i < count; ++i) chosen.push_back(ranked[i].second);
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

}  // namespace meshdesk::rollout
