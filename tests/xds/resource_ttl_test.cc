// Rule 19 (../shared/xds-protocol-checklist.md): resource TTLs, only for clients that advertise
// xds.config.supports-resource-ttl; in SotW the resource is wrapped in a
// envoy.service.discovery.v3.Resource, which the client must say it can unwrap
// (xds.config.resource-in-sotw); heartbeats repeat the version with no body. Real gRPC streams
// to the real server.

#include <google/protobuf/duration.pb.h>

#include "xds_test_support.h"

namespace meshdesk::testing {
namespace {

namespace t = snapshot::type_url;
using snapshot::Resource;
using ::testing::ElementsAre;

constexpr auto kTtl = std::chrono::milliseconds(400);
constexpr const char* kTtlFeature = "xds.config.supports-resource-ttl";
constexpr const char* kWrapperFeature = "xds.config.resource-in-sotw";

class ResourceTtlTest : public XdsServerTest {
 protected:
  // Cluster "short" has a TTL, cluster "plain" has none.
  void publishTtlClusters(const std::string& version, int timeoutMs = 250) {
    std::string body;
    edsCluster("short", timeoutMs).SerializeToString(&body);
    std::string plain;
    edsCluster("plain").SerializeToString(&plain);
    publish(version, {Resource::make(std::string(t::kCluster), "short", body, kTtl),
                      Resource::make(std::string(t::kCluster), "plain", plain)});
  }

  static discovery::DiscoveryRequest firstRequest(std::string_view type, bool supportsTtl,
                                                  bool unwraps = true) {
    auto request = sotwRequest(type, {}, "node-ttl");
    if (supportsTtl) request.mutable_node()->add_client_features(kTtlFeature);
    if (unwraps) request.mutable_node()->add_client_features(kWrapperFeature);
    return request;
  }

};

TEST_F(ResourceTtlTest, SotwClientThatSupportsTtlGetsWrappedResourcesAndHeartbeats) {
  publishTtlClusters("1");
  auto ads = openAds();
  ads->send(firstRequest(t::kCluster, true));
  auto first = ads->next();
  ASSERT_TRUE(first);
  ASSERT_EQ(first->resources_size(), 2);
  auto byName = wrappedByName(*first);
  ASSERT_EQ(byName.count("short"), 1u);
  const auto& shortOne = byName["short"];
  EXPECT_TRUE(shortOne.has_resource());
  EXPECT_EQ(shortOne.resource().type_url(), t::kCluster);
  EXPECT_EQ(shortOne.ttl().seconds() * 1000 + shortOne.ttl().nanos() / 1000000, kTtl.count());
  EXPECT_FALSE(shortOne.version().empty());
  // Without a TTL a resource goes as before.
  EXPECT_EQ(byName.count("plain"), 0u);
  ads->send(answer(*first));

  // Heartbeats: the held version, the TTL, no body; "plain" is not in them.
  for (int beat = 0; beat < 2; ++beat) {
    auto heartbeat = ads->next(std::chrono::milliseconds(2000));
    ASSERT_TRUE(heartbeat) << "heartbeat " << beat;
    EXPECT_EQ(heartbeat->type_url(), t::kCluster);
    ASSERT_EQ(heartbeat->resources_size(), 1);
    auto beats = wrappedByName(*heartbeat);
    ASSERT_EQ(beats.count("short"), 1u);
    EXPECT_FALSE(beats["short"].has_resource());
    EXPECT_EQ(beats["short"].version(), shortOne.version());
    EXPECT_TRUE(beats["short"].has_ttl());
    EXPECT_NE(heartbeat->nonce(), first->nonce());
    ads->send(answer(*heartbeat));
  }
  // The heartbeats' ACKs leave the client's status synced.
  EXPECT_TRUE(waitForProxy([](const fleet::ProxyState& p) {
    auto it = p.types.find(std::string(t::kCluster));
    return it != p.types.end() && it->second.versionAcked == "1" &&
           it->second.status == fleet::SyncStatus::Synced;
  }));
}

TEST_F(ResourceTtlTest, SotwClientWithoutTheFeatureGetsPlainResourcesAndNoHeartbeat) {
  publishTtlClusters("1");
  auto ads = openAds();
  ads->send(firstRequest(t::kCluster, false));
  auto first = ads->next();
  ASSERT_TRUE(first);
  EXPECT_THAT(names(*first), ElementsAre("plain", "short"));
  EXPECT_TRUE(wrappedByName(*first).empty());
  ads->send(answer(*first));
  EXPECT_TRUE(ads->quiet(std::chrono::milliseconds(3 * kTtl.count())));
}

// A SotW client that cannot unwrap Resource wrappers cannot be given a TTL at all.
TEST_F(ResourceTtlTest, SotwClientThatCannotUnwrapGetsPlainResources) {
  publishTtlClusters("1");
  auto ads = openAds();
  ads->send(firstRequest(t::kCluster, true, false));
  auto first = ads->next();
  ASSERT_TRUE(first);
  EXPECT_THAT(names(*first), ElementsAre("plain", "short"));
  EXPECT_TRUE(wrappedByName(*first).empty());
  ads->send(answer(*first));
  EXPECT_TRUE(ads->quiet(std::chrono::milliseconds(3 * kTtl.count())));
}

TEST_F(ResourceTtlTest, ChangedTtlResourceIsSentAsAnUpdateNotAHeartbeat) {
  publishTtlClusters("1");
  auto ads = openAds();
  ads->send(firstRequest(t::kCluster, true));
  auto first = ads->next();
  ASSERT_TRUE(first);
  auto before = wrappedByName(*first)["short"].version();
  ads->send(answer(*first));
  publishTtlClusters("2", 300);
  // Heartbeats may come first; the update carries the new body and version.
  for (int i = 0; i < 10; ++i) {
    auto response = ads->next(std::chrono::milliseconds(2000));
    ASSERT_TRUE(response);
    auto got = wrappedByName(*response);
    ads->send(answer(*response));
    if (got["short"].has_resource()) {
      EXPECT_NE(got["short"].version(), before);
      EXPECT_EQ(response->version_info(), "2");
      return;
    }
    EXPECT_EQ(got["short"].version(), before);
  }
  FAIL() << "the update never came";
}

TEST_F(ResourceTtlTest, DeltaClientGetsTheTtlAndHeartbeats) {
  publishTtlClusters("1");
  auto delta = openDeltaAds();
  auto request = deltaRequest(t::kCluster, {"*"}, "node-ttl");
  request.mutable_node()->add_client_features(kTtlFeature);
  delta->send(request);
  auto first = delta->next();
  ASSERT_TRUE(first);
  std::map<std::string, discovery::Resource> byName;
  for (const auto& r : first->resources()) byName[r.name()] = r;
  ASSERT_EQ(byName.size(), 2u);
  EXPECT_TRUE(byName["short"].has_ttl());
  EXPECT_TRUE(byName["short"].has_resource());
  EXPECT_FALSE(byName["plain"].has_ttl());
  discovery::DeltaDiscoveryRequest ack;
  ack.set_type_url(first->type_url());
  ack.set_response_nonce(first->nonce());
  delta->send(ack);

  auto heartbeat = delta->next(std::chrono::milliseconds(2000));
  ASSERT_TRUE(heartbeat);
  ASSERT_EQ(heartbeat->resources_size(), 1);
  const auto& beat = heartbeat->resources(0);
  EXPECT_EQ(beat.name(), "short");
  EXPECT_FALSE(beat.has_resource());
  EXPECT_EQ(beat.version(), byName["short"].version());
  EXPECT_TRUE(beat.has_ttl());
  EXPECT_TRUE(heartbeat->removed_resources().empty());
}

TEST_F(ResourceTtlTest, TheTtlIsPartOfTheVersion) {
  auto a = Resource::make("type.googleapis.com/x.T", "n", "body");
  auto b = Resource::make("type.googleapis.com/x.T", "n", "body", std::chrono::seconds(5));
  auto c = Resource::make("type.googleapis.com/x.T", "n", "body", std::chrono::seconds(6));
  auto d = Resource::make("type.googleapis.com/x.T", "n", "body", std::chrono::seconds(5));
  EXPECT_NE(a->version(), b->version());
  EXPECT_NE(b->version(), c->version());
  EXPECT_EQ(b->version(), d->version());
  EXPECT_EQ(a->ttl().count(), 0);
  EXPECT_TRUE(a->sotwTtlEntry().empty());
  EXPECT_EQ(b->ttl(), std::chrono::seconds(5));
}

}  // namespace
}  // namespace meshdesk::testing
