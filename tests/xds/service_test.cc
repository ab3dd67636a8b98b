// The per-type discovery services, unary fetch, unknown methods and CSDS, through real stubs.

#include <grpcpp/generic/generic_stub.h>

#include "envoy/service/cluster/v3/cds.grpc.pb.h"
#include "envoy/service/endpoint/v3/eds.grpc.pb.h"
#include "envoy/service/status/v3/csds.grpc.pb.h"
#include "xds_test_support.h"

namespace meshdesk::testing {
namespace {

namespace t = snapshot::type_url;
using snapshot::Resource;
using ::testing::ElementsAre;

class ServiceTest : public XdsServerTest {
 protected:
  void SetUp() override {
    XdsServerTest::SetUp();
    publish("7", {Resource::fromMessage(edsCluster("a"), "a"),
                  Resource::fromMessage(edsCluster("b"), "b"),
                  Resource::fromMessage(endpoints("a", 9000), "a")});
  }
};

TEST_F(ServiceTest, ClusterDiscoveryServiceStreamsWithoutTypeUrl) {
  auto stub = envoy::service::cluster::v3::ClusterDiscoveryService::NewStub(channel_);
  SotwStream cds([&](grpc::ClientContext* c) { return stub->StreamClusters(c); });
  cds.send(sotwRequest("", {}, "node-1"));
  auto r = cds.next();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->type_url(), t::kCluster);
  EXPECT_THAT(names(*r), ElementsAre("a", "b"));
}

TEST_F(ServiceTest, PerTypeServiceRejectsAnotherType) {
  auto stub = envoy::service::cluster::v3::ClusterDiscoveryService::NewStub(channel_);
  SotwStream cds([&](grpc::ClientContext* c) { return stub->StreamClusters(c); });
  cds.send(sotwRequest(t::kListener, {}, "node-1"));
  EXPECT_EQ(cds.status().error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(ServiceTest, FetchAnswersOnce) {
  auto stub = envoy::service::endpoint::v3::EndpointDiscoveryService::NewStub(channel_);
  grpc::ClientContext context;
  discovery::DiscoveryResponse response;
  auto status = stub->FetchEndpoints(&context, sotwRequest("", {"a"}, "node-1"), &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(response.version_info(), "7");
  EXPECT_THAT(names(response), ElementsAre("a"));
}

TEST_F(ServiceTest, DeltaClustersStream) {
  auto stub = envoy::service::cluster::v3::ClusterDiscoveryService::NewStub(channel_);
  DeltaStream cds([&](grpc::ClientContext* c) { return stub->DeltaClusters(c); });
  cds.send(deltaRequest("", {}, "node-1"));
  auto r = cds.next();
  ASSERT_TRUE(r);
  EXPECT_THAT(names(*r), ElementsAre("a", "b"));
}

TEST_F(ServiceTest, UnknownMethodIsUnimplemented) {
  grpc::GenericStub stub(channel_);
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + 5s);
  grpc::Slice empty(std::string{});
  grpc::ByteBuffer request(&empty, 1), reply;
  std::mutex m;
  std::condition_variable cv;
  bool done = false;
  grpc::Status status;
  stub.UnaryCall(&context, "/envoy.service.discovery.v3.NoSuchService/Nothing", {}, &request,
                 &reply, [&](grpc::Status s) {
                   std::lock_guard lock(m);
                   status = s;
                   done = true;
                   cv.notify_all();
                 });
  std::unique_lock lock(m);
  cv.wait_for(lock, 5s, [&] { return done; });
  ASSERT_TRUE(done);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNIMPLEMENTED);
}

// Rule 20: CSDS reports, per node, each resource's status and the NACK text.
TEST_F(ServiceTest, ClientStatusReportsSyncedStaleAndError) {
  auto ads = openAds();
  ads->send(sotwRequest(t::kCluster, {}, "edge-1"));
  auto cds = ads->next();
  ASSERT_TRUE(cds);
  ads->send(answer(*cds));
  ads->send(sotwRequest(t::kClusterLoadAssignment, {"a", "missing"}));
  auto eds = ads->next();
  ASSERT_TRUE(eds);
  ads->send(answer(*eds, {"a", "missing"}, "endpoint a: port is closed", ""));
  ASSERT_TRUE(waitForProxy([](const fleet::ProxyState& p) {
    auto it = p.types.find(std::string(t::kClusterLoadAssignment));
    return it != p.types.end() && it->second.status == fleet::SyncStatus::Nacked;
  }));

  auto csds = envoy::service::status::v3::ClientStatusDiscoveryService::NewStub(channel_);
  envoy::service::status::v3::ClientStatusRequest request;
  request.add_node_matchers()->mutable_node_id()->set_prefix("edge-");
  envoy::service::status::v3::ClientStatusResponse response;
  grpc::ClientContext context;
  ASSERT_TRUE(csds->FetchClientStatus(&context, request, &response).ok());
  ASSERT_EQ(response.config_size(), 1);
  EXPECT_EQ(response.config(0).node().id(), "edge-1");
  std::map<std::string, envoy::service::status::v3::ClientConfig::GenericXdsConfig> byName;
  for (const auto& c : response.config(0).generic_xds_configs())
    byName[snapshot::shortTypeName(c.type_url()) + "/" + c.name()] = c;
  using envoy::service::status::v3::ConfigStatus;
  EXPECT_EQ(byName["CDS/a"].config_status(), ConfigStatus::SYNCED);
  EXPECT_TRUE(byName["CDS/a"].has_xds_config());
  EXPECT_EQ(byName["CDS/b"].config_status(), ConfigStatus::SYNCED);
  EXPECT_EQ(byName["EDS/a"].config_status(), ConfigStatus::ERROR);
  EXPECT_EQ(byName["EDS/a"].error_state().details(), "endpoint a: port is closed");
  EXPECT_EQ(byName["EDS/missing"].config_status(), ConfigStatus::NOT_SENT);
  EXPECT_EQ(byName["EDS/missing"].client_status(), envoy::admin::v3::DOES_NOT_EXIST);

  // A matcher for other nodes matches nothing.
  request.mutable_node_matchers(0)->mutable_node_id()->set_exact("someone-else");
  grpc::ClientContext context2;
  ASSERT_TRUE(csds->FetchClientStatus(&context2, request, &response).ok());
  EXPECT_EQ(response.config_size(), 0);
}

// Two control planes cannot share a port (gRPC would otherwise set SO_REUSEPORT and let both
// listen, splitting the proxies between them).
TEST_F(ServiceTest, ASecondServerOnTheSamePortDoesNotStart) {
  snapshot::SnapshotStore store;
  fleet::FleetRegistry fleet;
  xds::ServerOptions options;
  options.address = server_->address();
  xds::XdsServer second(store, fleet, options);
  std::string error;
  EXPECT_FALSE(second.start(&error));
  EXPECT_NE(error.find(server_->address()), std::string::npos) << error;
}

// Proxies in different node groups get their own snapshots, and follow a change of groups.
TEST_F(ServiceTest, NodeGroupsSelectSnapshots) {
  publish("canary-1", {Resource::fromMessage(edsCluster("canary-only"), "canary-only")}, "canary");
  store_.setNodeGroups(snapshot::NodeGroups({{"canary", "canary-*", "", {}}}));
  auto regular = openAds();
  regular->send(sotwRequest(t::kCluster, {}, "edge-1"));
  auto r1 = regular->next();
  ASSERT_TRUE(r1);
  EXPECT_THAT(names(*r1), ElementsAre("a", "b"));
  auto canary = openAds();
  canary->send(sotwRequest(t::kCluster, {}, "canary-1"));
  auto r2 = canary->next();
  ASSERT_TRUE(r2);
  EXPECT_THAT(names(*r2), ElementsAre("canary-only"));
  EXPECT_EQ(r2->version_info(), "canary-1");

  // Promote: the canary rule goes away, the canary node moves to the default group.
  store_.setNodeGroups(snapshot::NodeGroups());
  publish("8", {Resource::fromMessage(edsCluster("a"), "a"),
                Resource::fromMessage(edsCluster("b"), "b")});
  auto moved = canary->next();
  ASSERT_TRUE(moved);
  EXPECT_THAT(names(*moved), ElementsAre("a", "b"));
}

}  // namespace
}  // namespace meshdesk::testing
