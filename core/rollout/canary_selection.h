#pragma once
// Which connected proxies a canary goes to: a percentage of them, or those a node selector
// matches. The choice is by node id (several connections of one node id are one node) and
// stable: the same fleet and percentage choose the same nodes, so a retried canary meets the
// same proxies.

#include <map>
#include <string>
#include <vector>

#include "fleet/proxy_state.h"

namespace envoy::config::core::v3 {
class Node;
}

namespace meshdesk::rollout {

struct CanarySelector {
  enum class Mode { Percentage, Selector };
  Mode mode = Mode::Percentage;
  double percent = 10;  // of connected nodes, rounded up, at least one
  // Selector: shell-style patterns on node id and cluster (empty matches any), and metadata
  // string fields that must have these values.
  std::string idPattern;
  std::string clusterPattern;
  std::map<std::string, std::string> metadata;

  // "10% of connected proxies", "nodes id=edge-* cluster=edge"
  std::string describe() const;
};

// Node ids chosen among `connected`, sorted.
std::vector<std::string> selectCanary(const std::vector<fleet::ProxyState>& connected,
                                      const CanarySelector& selector);

// The Envoy node a proxy presented (id, cluster, metadata), to match node group rules against.
envoy::config::core::v3::Node nodeOf(const fleet::ProxyState& proxy);

}  // namespace meshdesk::rollout
