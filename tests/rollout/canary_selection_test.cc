// Choosing the canary: a percentage of the connected nodes (stable, at least one, one per node
// id) or the nodes a selector matches.

#include "rollout/canary_selection.h"

#include <gtest/gtest.h>

namespace meshdesk::rollout {
namespace {

fleet::ProxyState proxy(const std::string& id, const std::string& cluster = "edge",
                        const std::string& metadata = "") {
  static fleet::ProxyId next = 1;
  fleet::ProxyState p;
  p.id = next++;
  p.nodeId = id;
  p.cluster = cluster;
  p.metadataJson = metadata;
  return p;
}

std::vector<fleet::ProxyState> fleetOf(int n) {
  std::vector<fleet::ProxyState> out;
  for (int i = 1; i <= n; ++i) out.push_back(proxy("edge-" + std::to_string(i)));
  return out;
}

TEST(CanarySelection, APercentageRoundsUpAndIsStable) {
  CanarySelector s;
  s.percent = 10;
  auto twenty = fleetOf(20);
  auto chosen = selectCanary(twenty, s);
  EXPECT_EQ(chosen.size(), 2u);
  EXPECT_EQ(selectCanary(twenty, s), chosen);
  // The order the registry lists them in does not matter.
  std::reverse(twenty.begin(), twenty.end());
  EXPECT_EQ(selectCanary(twenty, s), chosen);
  s.percent = 11;
  EXPECT_EQ(selectCanary(twenty, s).size(), 3u);
  s.percent = 1;
  EXPECT_EQ(selectCanary(fleetOf(3), s).size(), 1u);
  s.percent = 100;
  EXPECT_EQ(selectCanary(fleetOf(3), s).size(), 3u);
  EXPECT_TRUE(selectCanary({}, s).empty());
  EXPECT_EQ(s.describe(), "100% of connected proxies");
}

TEST(CanarySelection, ANodeWithTwoConnectionsIsOneNode) {
  std::vector<fleet::ProxyState> f{proxy("a"), proxy("a"), proxy("b")};
  CanarySelector s;
  s.percent = 100;
  EXPECT_EQ(selectCanary(f, s), (std::vector<std::string>{"a", "b"}));
}

TEST(CanarySelection, ASelectorMatchesIdClusterAndMetadata) {
  std::vector<fleet::ProxyState> f{proxy("edge-1", "edge", R"({"track":"canary"})"),
                                   proxy("edge-2", "edge", R"({"track":"stable"})"),
                                   proxy("mesh-1", "mesh", R"({"track":"canary"})")};
  CanarySelector s;
  s.mode = CanarySelector::Mode::Selector;
  s.idPattern = "edge-*";
  EXPECT_EQ(selectCanary(f, s), (std::vector<std::string>{"edge-1", "edge-2"}));
  s.metadata = {{"track", "canary"}};
  EXPECT_EQ(selectCanary(f, s), (std::vector<std::string>{"edge-1"}));
  s.idPattern.clear();
  EXPECT_EQ(selectCanary(f, s), (std::vector<std::string>{"edge-1", "mesh-1"}));
  s.clusterPattern = "mesh";
  EXPECT_EQ(selectCanary(f, s), (std::vector<std::string>{"mesh-1"}));
  EXPECT_EQ(s.describe(), "nodes cluster=mesh track=canary");
}

}  // namespace
}  // namespace meshdesk::rollout
