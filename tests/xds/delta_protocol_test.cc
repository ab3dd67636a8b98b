// The incremental (delta) rules of Envoy's xDS protocol, through real gRPC streams.

#include "xds_test_support.h"

namespace meshdesk::testing {
namespace {

namespace t = snapshot::type_url;
using snapshot::Resource;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

class DeltaProtocolTest : public XdsServerTest {
 protected:
  void publishClusters(const std::string& version, const std::vector<std::string>& clusters,
                       const std::string& changed = "", int timeoutMs = 250) {
    std::vector<snapshot::ResourcePtr> rs;
    for (const auto& c : clusters)
      rs.push_back(Resource::fromMessage(edsCluster(c, c == changed ? timeoutMs : 250), c));
    publish(version, rs);
  }
  static discovery::DeltaDiscoveryRequest ack(const discovery::DeltaDiscoveryResponse& r) {
    discovery::DeltaDiscoveryRequest a;
    a.set_type_url(r.type_url());
    a.set_response_nonce(r.nonce());
    return a;
  }
};

// Rule 13: only what changed is sent; a one-cluster change sends one resource.
TEST_F(DeltaProtocolTest, OnlyChangedResourcesAreSent) {
  std::vector<std::string> hundred;
  for (int i = 0; i < 100; ++i) hundred.push_back("c" + std::to_string(i));
  publishClusters("1", hundred);
  auto delta = openDeltaAds();
  delta->send(deltaRequest(t::kCluster, {}, "node-1"));
  auto all = delta->next();
  ASSERT_TRUE(all);
  EXPECT_EQ(all->resources_size(), 100);
  EXPECT_EQ(all->system_version_info(), "1");
  delta->send(ack(*all));

  publishClusters("2", hundred, "c42", 900);
  auto change = delta->next();
  ASSERT_TRUE(change);
  EXPECT_THAT(names(*change), ElementsAre("c42"));
  EXPECT_THAT(change->removed_resources(), IsEmpty());
  // Each resource carries its own version.
  EXPECT_NE(change->resources(0).version(), all->resources(42).version());
}

// Rule 14: deleted resources and subscribed names that do not exist go in removed_resources.
TEST_F(DeltaProtocolTest, RemovedResourcesNameDeletionsAndMissingNames) {
  publishClusters("1", {"a", "b"});
  auto delta = openDeltaAds();
  delta->send(deltaRequest(t::kClusterLoadAssignment, {"a", "ghost"}, "node-1"));
  // Only clusters were published: "a" has no endpoints resource either.
  auto first = delta->next();
  ASSERT_TRUE(first);
  EXPECT_THAT(names(*first), IsEmpty());
  EXPECT_THAT(first->removed_resources(), ElementsAre("a", "ghost"));

  delta->send(ack(*first));
  delta->send(deltaRequest(t::kCluster, {"*"}));
  auto clusters = delta->next();
  ASSERT_TRUE(clusters);
  EXPECT_THAT(names(*clusters), ElementsAre("a", "b"));
  delta->send(ack(*clusters));
  publishClusters("2", {"a"});
  auto removal = delta->next();
  ASSERT_TRUE(removal);
  EXPECT_EQ(removal->type_url(), t::kCluster);
  EXPECT_THAT(names(*removal), IsEmpty());
  EXPECT_THAT(removal->removed_resources(), ElementsAre("b"));
}

// Rule 15: subscribe and unsubscribe count even when the nonce is stale; a spontaneous request
// carries no nonce.
TEST_F(DeltaProtocolTest, SubscriptionChangesCountWithAStaleNonce) {
  publish("1", {Resource::fromMessage(endpoints("a", 9000), "a"),
                Resource::fromMessage(endpoints("b", 9000), "b")});
  auto delta = openDeltaAds();
  delta->send(deltaRequest(t::kClusterLoadAssignment, {"a"}, "node-1"));
  ASSERT_TRUE(delta->next());
  auto stale = deltaRequest(t::kClusterLoadAssignment, {"b"});
  stale.set_response_nonce("no-such-nonce");
  delta->send(stale);
  auto b = delta->next();
  ASSERT_TRUE(b);
  EXPECT_THAT(names(*b), ElementsAre("b"));
}

// Rule 16: a re-subscribed name is sent again.
TEST_F(DeltaProtocolTest, ResubscribedNameIsSentAgain) {
  publish("1", {Resource::fromMessage(endpoints("a", 9000), "a")});
  auto delta = openDeltaAds();
  delta->send(deltaRequest(t::kClusterLoadAssignment, {"a"}, "node-1"));
  auto first = delta->next();
  ASSERT_TRUE(first);
  delta->send(ack(*first));
  auto unsubscribe = deltaRequest(t::kClusterLoadAssignment);
  unsubscribe.add_resource_names_unsubscribe("a");
  delta->send(unsubscribe);
  EXPECT_TRUE(delta->quiet());
  delta->send(deltaRequest(t::kClusterLoadAssignment, {"a"}));
  auto again = delta->next();
  ASSERT_TRUE(again);
  EXPECT_THAT(names(*again), ElementsAre("a"));
}

// Rule 16 (Istio 41494): on reconnect, initial_resource_versions says what the client holds:
// only what differs is sent, and what no longer exists is removed.
TEST_F(DeltaProtocolTest, ReconnectSendsOnlyWhatDiffersFromInitialVersions) {
  publishClusters("1", {"a", "b", "c"});
  std::map<std::string, std::string> held;
  {
    auto delta = openDeltaAds();
    delta->send(deltaRequest(t::kCluster, {"*"}, "node-1"));
    auto all = delta->next();
    ASSERT_TRUE(all);
    for (const auto& r : all->resources()) held[r.name()] = r.version();
  }
  // While the client was away: b changed, c was deleted.
  publish("2", {Resource::fromMessage(edsCluster("a"), "a"),
                Resource::fromMessage(edsCluster("b", 700), "b")});
  auto delta = openDeltaAds();
  auto hello = deltaRequest(t::kCluster, {"*"}, "node-1");
  for (const auto& [name, version] : held) (*hello.mutable_initial_resource_versions())[name] = version;
  delta->send(hello);
  auto diff = delta->next();
  ASSERT_TRUE(diff);
  EXPECT_THAT(names(*diff), ElementsAre("b"));
  EXPECT_THAT(diff->removed_resources(), ElementsAre("c"));
}

// Rule 5 in delta: a NACKed resource is not sent again until it changes.
TEST_F(DeltaProtocolTest, NackedResourceIsNotResent) {
  publishClusters("1", {"a"});
  auto delta = openDeltaAds();
  delta->send(deltaRequest(t::kCluster, {"*"}, "node-1"));
  auto first = delta->next();
  ASSERT_TRUE(first);
  auto nack = ack(*first);
  nack.mutable_error_detail()->set_message("no");
  delta->send(nack);
  ASSERT_TRUE(waitForProxy([](const fleet::ProxyState& p) {
    return p.types.at(std::string(t::kCluster)).status == fleet::SyncStatus::Nacked;
  }));
  EXPECT_TRUE(delta->quiet(400ms));
  publishClusters("2", {"a"}, "a", 600);
  auto fixed = delta->next();
  ASSERT_TRUE(fixed);
  EXPECT_THAT(names(*fixed), ElementsAre("a"));
}

}  // namespace
}  // namespace meshdesk::testing
