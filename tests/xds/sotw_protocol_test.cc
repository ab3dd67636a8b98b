// The state-of-the-world rules of Envoy's xDS protocol (../shared/xds-protocol-checklist.md),
// each through a real gRPC stream to the real server.

#include "xds_test_support.h"

namespace meshdesk::testing {
namespace {

namespace t = snapshot::type_url;
using snapshot::Resource;
using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

class SotwProtocolTest : public XdsServerTest {
 protected:
  void publishClusters(const std::string& version, std::vector<std::string> clusters,
                       int timeoutMs = 250) {
    std::vector<snapshot::ResourcePtr> rs;
    for (const auto& c : clusters) {
      rs.push_back(Resource::fromMessage(edsCluster(c, timeoutMs), c));
      rs.push_back(Resource::fromMessage(endpoints(c, 9000), c));
    }
    publish(version, rs);
  }
};

// Rules 1 and 3: a response echoes the type and carries a nonce unique within the stream.
TEST_F(SotwProtocolTest, ResponseEchoesTypeUrlAndCarriesUniqueNonces) {
  publishClusters("1", {"a"});
  auto ads = openAds();
  ads->send(sotwRequest(t::kCluster, {}, "node-1"));
  auto first = ads->next();
  ASSERT_TRUE(first);
  EXPECT_EQ(first->type_url(), t::kCluster);
  EXPECT_EQ(first->version_info(), "1");
  EXPECT_FALSE(first->nonce().empty());
  EXPECT_EQ(first->control_plane().identifier(), "meshdesk");

  ads->send(sotwRequest(t::kClusterLoadAssignment, {"a"}));
  auto second = ads->next();
  ASSERT_TRUE(second);
  EXPECT_EQ(second->type_url(), t::kClusterLoadAssignment);
  EXPECT_NE(second->nonce(), first->nonce());
}

// Rule 1: on ADS a request must say which type it is about.
TEST_F(SotwProtocolTest, AggregatedRequestWithoutTypeUrlEndsTheStream) {
  auto ads = openAds();
  ads->send(sotwRequest("", {}, "node-1"));
  auto status = ads->status();
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(status.error_message().find("type_url"), std::string::npos);
}

// Rule 2: the node comes with the first request only; later requests may omit it.
TEST_F(SotwProtocolTest, NodeIsTakenFromTheFirstRequest) {
  publishClusters("1", {"a"});
  auto ads = openAds();
  auto request = sotwRequest(t::kCluster, {}, "edge-7");
  request.mutable_node()->mutable_locality()->set_zone("zone-b");
  request.mutable_node()->set_user_agent_name("envoy");
  ads->send(request);
  auto cds = ads->next();
  ASSERT_TRUE(cds);
  ads->send(answer(*cds));
  ads->send(sotwRequest(t::kClusterLoadAssignment, {"a"}));  // no node
  ASSERT_TRUE(ads->next());
  ASSERT_TRUE(waitForProxy([](const fleet::ProxyState& p) {
    return p.types.count(std::string(t::kClusterLoadAssignment)) != 0;
  }));
  auto proxy = fleet_.proxies().front();
  EXPECT_EQ(proxy.nodeId, "edge-7");
  EXPECT_EQ(proxy.zone, "zone-b");
  EXPECT_EQ(proxy.userAgent, "envoy");
  EXPECT_NE(proxy.peer.find("127.0.0.1"), std::string::npos);
}

// Rule 4: an ACK records the version; a NACK keeps the client's last good one and the error.
TEST_F(SotwProtocolTest, AckAndNackAreRecordedPerType) {
  publishClusters("1", {"a"});
  auto ads = openAds();
  ads->send(sotwRequest(t::kCluster, {}, "node-1"));
  auto v1 = ads->next();
  ASSERT_TRUE(v1);
  ads->send(answer(*v1));
  ASSERT_TRUE(waitForProxy([](const fleet::ProxyState& p) {
    auto& s = p.types.at(std::string(t::kCluster));
    return s.status == fleet::SyncStatus::Synced && s.versionAcked == "1";
  }));

  publishClusters("2", {"a"}, 999);
  auto v2 = ads->next();
  ASSERT_TRUE(v2);
  EXPECT_EQ(v2->version_info(), "2");
  ads->send(answer(*v2, {}, "cluster a: bad timeout", "1"));
  ASSERT_TRUE(waitForProxy([](const fleet::ProxyState& p) {
    auto& s = p.types.at(std::string(t::kCluster));
    return s.status == fleet::SyncStatus::Nacked;
  }));
  auto state = fleet_.proxies().front().types.at(std::string(t::kCluster));
  EXPECT_EQ(state.versionAcked, "1");
  ASSERT_TRUE(state.lastNack);
  EXPECT_EQ(state.lastNack->version, "2");
  EXPECT_EQ(state.lastNack->message, "cluster a: bad timeout");
  EXPECT_EQ(fleet_.proxies().front().nackHistory.size(), 1u);
}

// Rule 5 (go-control-plane 962, 582): NACKed content is not sent again; new content is.
TEST_F(SotwProtocolTest, NackedContentIsNotResent) {
  publishClusters("1", {"a"});
  auto ads = openAds();
  ads->send(sotwRequest(t::kCluster, {}, "node-1"));
  auto v1 = ads->next();
  ASSERT_TRUE(v1);
  ads->send(answer(*v1));
  publishClusters("2", {"a"}, 999);
  auto v2 = ads->next();
  ASSERT_TRUE(v2);
  ads->send(answer(*v2, {}, "rejected", "1"));
  EXPECT_TRUE(ads->quiet(400ms)) << "the NACKed version was sent again";

  // Publishing the same bad content under a new label changes nothing for this client.
  publishClusters("3", {"a"}, 999);
  EXPECT_TRUE(ads->quiet(400ms)) << "the NACKed content was sent again under a new version";

  publishClusters("4", {"a"}, 500);
  auto v4 = ads->next();
  ASSERT_TRUE(v4);
  EXPECT_EQ(v4->version_info(), "4");
}

// After a NACK, going back to the content the client holds is sent once more, so that the
// client ACKs the new version and stops showing as NACKED.
TEST_F(SotwProtocolTest, RevertingToTheHeldContentAfterANackIsSentAndAcked) {
  publishClusters("1", {"a"});
  auto ads = openAds();
  ads->send(sotwRequest(t::kCluster, {}, "node-1"));
  auto v1 = ads->next();
  ASSERT_TRUE(v1);
  ads->send(answer(*v1));
  publishClusters("2", {"a"}, 999);
  auto v2 = ads->next();
  ASSERT_TRUE(v2);
  ads->send(answer(*v2, {}, "rejected", "1"));
  publishClusters("3", {"a"});  // v1's content again
  auto v3 = ads->next();
  ASSERT_TRUE(v3);
  EXPECT_EQ(v3->version_info(), "3");
  ads->send(answer(*v3));
  EXPECT_TRUE(waitForProxy([](const fleet::ProxyState& p) {
    auto& s = p.types.at(std::string(t::kCluster));
    return s.status == fleet::SyncStatus::Synced && s.versionAcked == "3";
  }));
  EXPECT_TRUE(ads->quiet());
}

// Rule 6: an ACK is not answered with the same set again.
TEST_F(SotwProtocolTest, AckIsNotAnsweredWithTheSameSet) {
  publishClusters("1", {"a", "b"});
  auto ads = openAds();
  ads->send(sotwRequest(t::kCluster, {}, "node-1"));
  auto v1 = ads->next();
  ASSERT_TRUE(v1);
  ads->send(answer(*v1));
  EXPECT_TRUE(ads->quiet());
  // Republishing identical content under a new label sends nothing either.
  publishClusters("2", {"a", "b"});
  EXPECT_TRUE(ads->quiet());
}

// Rule 7 (Envoy 10363): a request answering an older response is ignored; the newer one's
// answer carries the subscription and is honoured.
TEST_F(SotwProtocolTest, StaleNonceIsIgnoredAndTheNewerRequestWins) {
  publishClusters("1", {"a", "b"});
  auto ads = openAds();
  ads->send(sotwRequest(t::kClusterLoadAssignment, {"a"}, "node-1"));
  auto first = ads->next();
  ASSERT_TRUE(first);
  publishClusters("2", {"a", "b"}, 300);  // EDS unchanged: CLAs do not depend on the timeout
  EXPECT_TRUE(ads->quiet(200ms));
  // Change a's endpoints so a second EDS response goes out before the client answers.
  store_.set("default",
             std::make_shared<snapshot::Snapshot>(
                 "3", std::vector<snapshot::ResourcePtr>{
                          Resource::fromMessage(endpoints("a", 9001), "a"),
                          Resource::fromMessage(endpoints("b", 9000), "b")}));
  auto second = ads->next();
  ASSERT_TRUE(second);
  ASSERT_NE(second->nonce(), first->nonce());

  // The client's late answer to the first response, now also naming b: stale, ignored.
  ads->send(answer(*first, {"a", "b"}));
  EXPECT_TRUE(ads->quiet()) << "a stale request was answered";
  // Its answer to the latest response, naming b, is honoured: b arrives.
  ads->send(answer(*second, {"a", "b"}));
  auto third = ads->next();
  ASSERT_TRUE(third);
  EXPECT_THAT(names(*third), ElementsAre("b"));
}

// Rule 8: an empty first LDS/CDS request is a wildcard until the client names something;
// "*" asks for everything explicitly and mixes with names.
TEST_F(SotwProtocolTest, WildcardSubscriptions) {
  publishClusters("1", {"a", "b", "c"});
  auto ads = openAds();
  ads->send(sotwRequest(t::kCluster, {}, "node-1"));
  auto all = ads->next();
  ASSERT_TRUE(all);
  EXPECT_THAT(names(*all), ElementsAre("a", "b", "c"));

  // Naming a resource ends the legacy wildcard: the full set is now just that name.
  ads->send(answer(*all, {"b"}));
  auto named = ads->next();
  ASSERT_TRUE(named);
  EXPECT_THAT(names(*named), ElementsAre("b"));

  ads->send(answer(*named, {"*", "b"}));
  auto star = ads->next();
  ASSERT_TRUE(star);
  EXPECT_THAT(names(*star), ElementsAre("a", "b", "c"));
}

// Rule 9: LDS and CDS responses hold the full set, so a missing cluster is deleted; EDS
// responses hold requested names, and only those that changed.
TEST_F(SotwProtocolTest, FullStateForClustersRequestedNamesForEndpoints) {
  publishClusters("1", {"a", "b", "c"});
  auto ads = openAds();
  ads->send(sotwRequest(t::kCluster, {}, "node-1"));
  auto cds = ads->next();
  ASSERT_TRUE(cds);
  ads->send(answer(*cds));
  ads->send(sotwRequest(t::kClusterLoadAssignment, {"a", "c"}));
  auto eds = ads->next();
  ASSERT_TRUE(eds);
  EXPECT_THAT(names(*eds), ElementsAre("a", "c"));
  ads->send(answer(*eds, {"a", "c"}));

  // Drop cluster b, change a's endpoints.
  publish("2", {Resource::fromMessage(edsCluster("a"), "a"),
                Resource::fromMessage(edsCluster("c"), "c"),
                Resource::fromMessage(endpoints("a", 9100), "a"),
                Resource::fromMessage(endpoints("c", 9000), "c")});
  auto cds2 = ads->next();
  ASSERT_TRUE(cds2);
  EXPECT_EQ(cds2->type_url(), t::kCluster);
  EXPECT_THAT(names(*cds2), ElementsAre("a", "c"));
  auto eds2 = ads->next();
  ASSERT_TRUE(eds2);
  EXPECT_EQ(eds2->type_url(), t::kClusterLoadAssignment);
  EXPECT_THAT(names(*eds2), ElementsAre("a")) << "unchanged c was sent again";
}

// Rule 10: when the set of names grows, the new names are sent even if they did not change.
TEST_F(SotwProtocolTest, NewlyRequestedNamesAreSent) {
  publishClusters("1", {"a", "b"});
  auto ads = openAds();
  ads->send(sotwRequest(t::kClusterLoadAssignment, {"a"}, "node-1"));
  auto first = ads->next();
  ASSERT_TRUE(first);
  ads->send(answer(*first, {"a", "b"}));
  auto second = ads->next();
  ASSERT_TRUE(second);
  EXPECT_THAT(names(*second), ElementsAre("b"));
}

// Rules 6 and 9: the names are a set. Their order, and a name listed twice, change nothing:
// an ACK listing the same names in another order is not answered, a new name is sent alone,
// and responses list resources in name order whatever order the client asked in.
TEST_F(SotwProtocolTest, RequestedNamesAreASetWhateverTheirOrder) {
  publishClusters("1", {"a", "b", "c", "d"});
  auto ads = openAds();
  ads->send(sotwRequest(t::kClusterLoadAssignment, {"c", "a", "c", "b"}, "node-1"));
  auto first = ads->next();
  ASSERT_TRUE(first);
  EXPECT_THAT(names(*first), ElementsAre("a", "b", "c"));
  ads->send(answer(*first, {"b", "c", "a"}));
  EXPECT_TRUE(ads->quiet());
  // One name more, the others in yet another order: only the new one is sent.
  ads->send(sotwRequest(t::kClusterLoadAssignment, {"d", "a", "c", "b", "a"}));
  auto second = ads->next();
  ASSERT_TRUE(second);
  EXPECT_THAT(names(*second), ElementsAre("d"));
  ads->send(answer(*second, {"a", "b", "c", "d"}));
  EXPECT_TRUE(ads->quiet());
  // A change to one of them reaches the client; the others are not re-sent.
  publish("2", {Resource::fromMessage(edsCluster("a"), "a"),
                Resource::fromMessage(endpoints("a", 9000), "a"),
                Resource::fromMessage(endpoints("b", 9001), "b"),
                Resource::fromMessage(endpoints("c", 9000), "c"),
                Resource::fromMessage(endpoints("d", 9000), "d")});
  auto third = ads->next();
  ASSERT_TRUE(third);
  EXPECT_THAT(names(*third), ElementsAre("b"));
}

// Rule 11 (go-control-plane 63, 119): a subscription to a name that does not exist yet is
// remembered and answered when the resource appears.
TEST_F(SotwProtocolTest, MissingResourceIsSentWhenItAppears) {
  publishClusters("1", {"a"});
  auto ads = openAds();
  ads->send(sotwRequest(t::kClusterLoadAssignment, {"later"}, "node-1"));
  EXPECT_TRUE(ads->quiet());
  publishClusters("2", {"a", "later"});
  auto response = ads->next();
  ASSERT_TRUE(response);
  EXPECT_THAT(names(*response), ElementsAre("later"));
}

// go-control-plane 431, 608: unsubscribe, then subscribe again, is answered.
TEST_F(SotwProtocolTest, ResubscribeAfterUnsubscribeIsAnswered) {
  publishClusters("1", {"a"});
  auto ads = openAds();
  ads->send(sotwRequest(t::kClusterLoadAssignment, {"a"}, "node-1"));
  auto first = ads->next();
  ASSERT_TRUE(first);
  ads->send(answer(*first, {}));  // unsubscribe from everything
  EXPECT_TRUE(ads->quiet());
  ads->send(sotwRequest(t::kClusterLoadAssignment, {"a"}));
  auto again = ads->next();
  ASSERT_TRUE(again);
  EXPECT_THAT(names(*again), ElementsAre("a"));
}

// Rule 18 (go-control-plane 526): on ADS an update goes out clusters, endpoints, listeners,
// routes; a cluster that is no longer used is removed only after them.
TEST_F(SotwProtocolTest, AggregatedUpdatesAreMakeBeforeBreak) {
  publish("1", {Resource::fromMessage(edsCluster("old"), "old"),
                Resource::fromMessage(endpoints("old", 9000), "old"),
                Resource::fromMessage(apiListener("svc", "svc-routes"), "svc"),
                Resource::fromMessage(routes("svc-routes", "old"), "svc-routes")});
  auto ads = openAds();
  ads->send(sotwRequest(t::kListener, {}, "node-1"));
  ads->send(sotwRequest(t::kCluster, {}));
  ads->send(sotwRequest(t::kRouteConfiguration, {"svc-routes"}));
  ads->send(sotwRequest(t::kClusterLoadAssignment, {"old"}));
  std::map<std::string, discovery::DiscoveryResponse> latest;
  for (int i = 0; i < 4; ++i) {
    auto r = ads->next();
    ASSERT_TRUE(r);
    latest[r->type_url()] = *r;
  }
  ads->send(answer(latest[std::string(t::kListener)]));
  ads->send(answer(latest[std::string(t::kCluster)]));
  ads->send(answer(latest[std::string(t::kRouteConfiguration)], {"svc-routes"}));
  ads->send(answer(latest[std::string(t::kClusterLoadAssignment)], {"old", "new"}));
  EXPECT_TRUE(ads->quiet(200ms));

  // Move the route from cluster "old" to "new", with a new listener too.
  publish("2", {Resource::fromMessage(edsCluster("new"), "new"),
                Resource::fromMessage(endpoints("new", 9001), "new"),
                Resource::fromMessage(apiListener("svc", "svc-routes-2"), "svc"),
                Resource::fromMessage(routes("svc-routes-2", "new"), "svc-routes-2"),
                Resource::fromMessage(routes("svc-routes", "new"), "svc-routes")});
  std::vector<std::string> order;
  std::vector<std::vector<std::string>> clusterSets;
  for (int i = 0; i < 5; ++i) {
    auto r = ads->next(1s);
    if (!r) break;
    order.push_back(snapshot::shortTypeName(r->type_url()));
    if (r->type_url() == t::kCluster) clusterSets.push_back(names(*r));
  }
  EXPECT_THAT(order, ElementsAre("CDS", "EDS", "LDS", "RDS", "CDS"));
  ASSERT_EQ(clusterSets.size(), 2u);
  EXPECT_THAT(clusterSets[0], UnorderedElementsAre("new", "old")) << "old removed too early";
  EXPECT_THAT(clusterSets[1], ElementsAre("new"));
}

// Custom resource types are served by type URL to any subscriber.
TEST_F(SotwProtocolTest, CustomTypeIsServedByTypeUrl) {
  const std::string customType = "type.googleapis.com/google.protobuf.StringValue";
  publish("1", {Resource::make(customType, "greeting", std::string("\x0a\x02hi", 4))});
  auto ads = openAds();
  ads->send(sotwRequest(customType, {}, "node-1"));
  auto r = ads->next();
  ASSERT_TRUE(r);
  ASSERT_EQ(r->resources_size(), 1);
  EXPECT_EQ(r->resources(0).type_url(), customType);
  EXPECT_EQ(r->resources(0).value(), std::string("\x0a\x02hi", 4));
}

// Streams and their state go away with the client.
TEST_F(SotwProtocolTest, DisconnectRemovesTheProxy) {
  publishClusters("1", {"a"});
  {
    auto ads = openAds();
    ads->send(sotwRequest(t::kCluster, {}, "node-1"));
    ASSERT_TRUE(ads->next());
    EXPECT_EQ(fleet_.size(), 1u);
  }
  auto deadline = std::chrono::steady_clock::now() + 5s;
  while (fleet_.size() != 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(10ms);
  EXPECT_EQ(fleet_.size(), 0u);
  EXPECT_EQ(server_->stats().streamsActive, 0u);
}

}  // namespace
}  // namespace meshdesk::testing
