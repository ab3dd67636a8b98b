// NACK rules as a drill writes them: parsed from text (with the mistakes named), and applied
// to real Envoy resources packed as they arrive on the wire.

#include "lab/proxy_behaviour.h"

#include <gtest/gtest.h>

#include <google/protobuf/any.pb.h>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "snapshot/type_url.h"

namespace meshdesk::lab {
namespace {

namespace tu = snapshot::type_url;

google::protobuf::Any clusterAny(const std::string& name,
                                 envoy::config::cluster::v3::Cluster::LbPolicy policy) {
  envoy::config::cluster::v3::Cluster cluster;
  cluster.set_name(name);
  cluster.set_lb_policy(policy);
  cluster.mutable_connect_timeout()->set_seconds(1);
  google::protobuf::Any any;
  any.PackFrom(cluster);
  return any;
}

TEST(NackRule, ParsesKindNamePatternAndCondition) {
  std::string error;
  auto byName = NackRule::parse("clusters/api*", &error);
  ASSERT_TRUE(byName) << error;
  EXPECT_EQ(byName->typeUrl, tu::kCluster);
  EXPECT_EQ(byName->namePattern, "api*");
  EXPECT_TRUE(byName->fieldPath.empty());
  EXPECT_EQ(byName->text(), "clusters/api*");

  auto byField = NackRule::parse("  CDS lb_policy=RING_HASH ", &error);
  ASSERT_TRUE(byField) << error;
  EXPECT_EQ(byField->typeUrl, tu::kCluster);
  EXPECT_EQ(byField->fieldPath, "lb_policy");
  EXPECT_EQ(byField->fieldValue, "RING_HASH");
  EXPECT_EQ(byField->text(), "clusters lb_policy=RING_HASH");

  auto fullUrl = NackRule::parse(std::string(tu::kListener) + " address.socket_address.port_value=10000", &error);
  ASSERT_TRUE(fullUrl) << error;
  EXPECT_EQ(fullUrl->typeUrl, tu::kListener);
  EXPECT_TRUE(fullUrl->namePattern.empty());
}

TEST(NackRule, NamesWhatIsWrongWithARule) {
  std::string error;
  EXPECT_FALSE(NackRule::parse("widgets/x", &error));
  EXPECT_NE(error.find("unknown resource kind \"widgets\""), std::string::npos) << error;
  EXPECT_FALSE(NackRule::parse("clusters lb_polcy=RING_HASH", &error));
  EXPECT_NE(error.find("\"lb_polcy\" is not a field of envoy.config.cluster.v3.Cluster"),
            std::string::npos)
      << error;
  EXPECT_FALSE(NackRule::parse("", &error));
  EXPECT_FALSE(NackRule::parse("clusters =x", &error));
}

TEST(NackRule, RejectsByNameAndByFieldValue) {
  using envoy::config::cluster::v3::Cluster;
  auto api = clusterAny("api", Cluster::ROUND_ROBIN);
  auto web = clusterAny("web", Cluster::RING_HASH);

  auto byName = *NackRule::parse("clusters/api*");
  auto why = byName.rejects("api", api);
  ASSERT_TRUE(why);
  EXPECT_NE(why->find("clusters/api"), std::string::npos) << *why;
  EXPECT_FALSE(byName.rejects("web", web));

  auto ringHash = *NackRule::parse("clusters lb_policy=RING_HASH");
  EXPECT_FALSE(ringHash.rejects("api", api));
  why = ringHash.rejects("web", web);
  ASSERT_TRUE(why);
  EXPECT_EQ(*why, "rejected clusters/web: lb_policy is RING_HASH (lab rule \"clusters lb_policy=RING_HASH\")");

  // A field only has to be set when no value is given; through nested messages.
  auto timeout = *NackRule::parse("clusters connect_timeout");
  EXPECT_TRUE(timeout.rejects("api", api));
  auto seconds = *NackRule::parse("clusters connect_timeout.seconds=2");
  EXPECT_FALSE(seconds.rejects("api", api));
}

TEST(NackRule, RejectionOfAResponseIsTheFirstRuleThatMatches) {
  using envoy::config::cluster::v3::Cluster;
  auto api = clusterAny("api", Cluster::ROUND_ROBIN);
  auto web = clusterAny("web", Cluster::RING_HASH);
  std::vector<NackRule> rules{*NackRule::parse("listeners/edge"),
                              *NackRule::parse("clusters lb_policy=RING_HASH")};
  std::vector<NamedResource> resources{{"api", &api}, {"web", &web}};
  auto why = rejectionOf(rules, std::string(tu::kCluster), resources);
  ASSERT_TRUE(why);
  EXPECT_NE(why->find("clusters/web"), std::string::npos);
  EXPECT_FALSE(rejectionOf(rules, std::string(tu::kRouteConfiguration), resources));
}

TEST(ProxyBehaviour, SummaryNamesEveryPart) {
  ProxyBehaviour b;
  EXPECT_EQ(b.summary(), "ACK");
  b.nackRules.push_back(*NackRule::parse("clusters/api*"));
  b.answerDelay = std::chrono::milliseconds(2000);
  b.flapUp = std::chrono::milliseconds(10000);
  b.flapDown = std::chrono::milliseconds(3000);
  EXPECT_EQ(b.summary(), "NACK clusters/api*; late 2000 ms; flaps 10000 ms up / 3000 ms down");
}

}  // namespace
}  // namespace meshdesk::lab
