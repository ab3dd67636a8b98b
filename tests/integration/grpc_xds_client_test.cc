// Meshdesk's xDS server against a real gRPC xDS client: gRPC C++'s own `xds:///` resolver in a
// child process (xds-grpc-peer), routed by what the server publishes to real backends that
// answer with their name. Everything on 127.0.0.1, nothing mocked.
//
// To see the client's side of a failure: GRPC_TRACE=xds_client GRPC_VERBOSITY=debug is passed
// on to the peer, whose stderr is shown in the failure message.

#include <grpc/grpc.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <thread>

#include "echo_config.h"
#include "envoy/service/status/v3/csds.grpc.pb.h"
#include "fleet/fleet_registry.h"
#include "named_backend.h"
#include "peer_process.h"
#include "snapshot/snapshot_store.h"
#include "snapshot/type_url.h"
#include "xds/xds_server.h"

namespace meshdesk::integration {
namespace {

using namespace std::chrono_literals;
using envoy::service::status::v3::ClientConfig;
using envoy::service::status::v3::ClientStatusResponse;
using envoy::service::status::v3::ConfigStatus;

// Every wait is bounded by this; on a healthy machine each takes well under a second.
constexpr std::chrono::milliseconds kWait = 10s;
// Replies in a row that show where calls go now (a call in flight may still reach the old one).
constexpr std::size_t kRun = 3;

const std::string kLds(snapshot::type_url::kListener);
const std::string kRds(snapshot::type_url::kRouteConfiguration);
const std::string kCds(snapshot::type_url::kCluster);
const std::string kEds(snapshot::type_url::kClusterLoadAssignment);

template <class Condition>
bool eventually(Condition condition, std::chrono::milliseconds timeout = kWait) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(10ms);
  }
  return condition();
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

envoy::config::cluster::v3::Cluster maglevCluster() {
  auto cluster = echoCluster();
  cluster.set_lb_policy(envoy::config::cluster::v3::Cluster::MAGLEV);
  return cluster;
}

const envoy::service::status::v3::ClientConfig::GenericXdsConfig* findConfig(
    const ClientConfig& client, const std::string& typeUrl, const std::string& name) {
  for (const auto& c : client.generic_xds_configs())
    if (c.type_url() == typeUrl && c.name() == name) return &c;
  return nullptr;
}

class GrpcXdsClientTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    ASSERT_TRUE(backendA_.start(&error)) << error;
    ASSERT_TRUE(backendB_.start(&error)) << error;
    fleet_ = std::make_unique<fleet::FleetRegistry>(20ms);
    xds::ServerOptions options;
    options.address = "127.0.0.1:0";
    server_ = std::make_unique<xds::XdsServer>(store_, *fleet_, options);
    ASSERT_TRUE(server_->start(&error)) << error;

    std::string pattern = ::testing::TempDir() + "meshdesk-xds-peer-XXXXXX";
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr) << "cannot create a folder under "
                                                  << ::testing::TempDir();
    dir_ = pattern;
  }

  void TearDown() override {
    // Clients go first, as in a real shutdown; the server then has no stream to cancel.
    for (auto& peer : peers_) peer->kill();
    peers_.clear();
    if (server_) server_->stop();
    backendA_.stop();
    backendB_.stop();
    if (dir_.empty()) return;
    if (HasFailure())
      std::cout << "[ peer logs ] bootstraps and peers' stderr kept in " << dir_ << "\n";
    else
      std::filesystem::remove_all(dir_);
  }

  // Starts a gRPC xDS client for `xds:///echo.lab` whose bootstrap names this server and node.
  PeerProcess* startPeer(const std::string& nodeId) {
    const std::string bootstrap = dir_ + "/" + nodeId + ".bootstrap.json";
    std::ofstream(bootstrap) << R"({
  "xds_servers": [{
    "server_uri": "127.0.0.1:)" << server_->port() << R"(",
    "channel_creds": [{"type": "insecure"}],
    "server_features": ["xds_v3"]
  }],
  "node": {
    "id": ")" << nodeId << R"(",
    "cluster": "lab-clients",
    "locality": {"region": "lab", "zone": "lab-a"}
  }
})";
    std::string error;
    auto peer = PeerProcess::spawn(XDS_GRPC_PEER, {kEchoListener, "--max-seconds", "60"},
                                   {{"GRPC_XDS_BOOTSTRAP", bootstrap}},
                                   dir_ + "/" + nodeId + ".stderr", &error);
    if (!peer) {
      ADD_FAILURE() << error;
      return nullptr;
    }
    peers_.push_back(std::move(peer));
    return peers_.back().get();
  }

  // Whether the peer's calls, from line `from` on, settle on `backend`.
  static bool reaches(const PeerProcess& peer, const testpeers::NamedBackend& backend,
                      std::size_t from = 0) {
    const std::string ok = "OK " + backend.name();
    return peer.waitFor(
        from, [&](const std::vector<std::string>& lines) { return endsWithRun(lines, ok, kRun); },
        kWait);
  }

  std::optional<fleet::ProxyState> proxyOf(const std::string& nodeId) const {
    for (auto& p : fleet_->proxies())
      if (p.nodeId == nodeId) return p;
    return std::nullopt;
  }

  fleet::TypeState typeStateOf(const std::string& nodeId, const std::string& typeUrl) const {
    auto proxy = proxyOf(nodeId);
    if (!proxy) return {};
    auto it = proxy->types.find(typeUrl);
    return it == proxy->types.end() ? fleet::TypeState{} : it->second;
  }

  bool synced(const std::string& nodeId, const std::string& typeUrl,
              const std::string& version) const {
    auto t = typeStateOf(nodeId, typeUrl);
    return t.status == fleet::SyncStatus::Synced && t.versionAcked == version;
  }

  // The client config CSDS reports for `nodeId`, fetched through a real gRPC stub with a node
  // matcher on the id.
  std::optional<ClientConfig> csdsOf(const std::string& nodeId) const {
    auto channel = grpc::CreateChannel(server_->address(), grpc::InsecureChannelCredentials());
    auto stub = envoy::service::status::v3::ClientStatusDiscoveryService::NewStub(channel);
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + 2s);
    envoy::service::status::v3::ClientStatusRequest request;
    request.add_node_matchers()->mutable_node_id()->set_exact(nodeId);
    ClientStatusResponse response;
    grpc::Status status = stub->FetchClientStatus(&context, request, &response);
    EXPECT_TRUE(status.ok()) << "CSDS FetchClientStatus: " << status.error_message();
    for (const auto& config : response.config())
      if (config.node().id() == nodeId) return config;
    return std::nullopt;
  }

  // Publishes version "1" (endpoint on backend A), starts a peer and waits until its calls
  // reach A and every type is ACKed.
  PeerProcess* connectedPeerOnA(const std::string& nodeId) {
    store_.set("default", echoSnapshot("1", backendA_.port()));
    PeerProcess* peer = startPeer(nodeId);
    if (!peer) return nullptr;
    EXPECT_TRUE(reaches(*peer, backendA_)) << "calls never reached backend-a\n" << peer->tail();
    for (const auto& type : {kLds, kRds, kCds, kEds})
      EXPECT_TRUE(eventually([&] { return synced(nodeId, type, "1"); }))
          << snapshot::shortTypeName(type) << " never SYNCED at version 1\n"
          << peer->tail();
    return peer;
  }

  testpeers::NamedBackend backendA_{"backend-a"};
  testpeers::NamedBackend backendB_{"backend-b"};
  snapshot::SnapshotStore store_;
  std::unique_ptr<fleet::FleetRegistry> fleet_;
  std::unique_ptr<xds::XdsServer> server_;
  std::string dir_;
  std::vector<std::unique_ptr<PeerProcess>> peers_;
};

TEST_F(GrpcXdsClientTest, CallsReachTheBackendOfThePublishedEndpoint) {
  store_.set("default", echoSnapshot("1", backendA_.port()));
  PeerProcess* peer = startPeer("lab-peer-1");
  ASSERT_NE(peer, nullptr);

  ASSERT_TRUE(reaches(*peer, backendA_)) << "calls never reached backend-a\n" << peer->tail();
  EXPECT_GE(backendA_.calls(), kRun);
  EXPECT_EQ(backendB_.calls(), 0u);
  for (const auto& type : {kLds, kRds, kCds, kEds})
    EXPECT_TRUE(eventually([&] { return synced("lab-peer-1", type, "1"); }))
        << snapshot::shortTypeName(type) << " never SYNCED at version 1\n"
        << peer->tail();
}

TEST_F(GrpcXdsClientTest, CallsFollowTheEndpointToAnotherBackend) {
  PeerProcess* peer = connectedPeerOnA("lab-peer-1");
  ASSERT_NE(peer, nullptr);
  ASSERT_FALSE(HasFailure());

  const std::size_t mark = peer->lineCount();
  store_.set("default", echoSnapshot("2", backendB_.port()));
  ASSERT_TRUE(reaches(*peer, backendB_, mark)) << "calls never moved to backend-b\n"
                                               << peer->tail();
  EXPECT_GE(backendB_.calls(), kRun);
  EXPECT_TRUE(eventually([&] { return synced("lab-peer-1", kEds, "2"); }))
      << "EDS never SYNCED at version 2\n"
      << peer->tail();
  // Only the endpoints changed: the cluster was not sent again.
  EXPECT_EQ(typeStateOf("lab-peer-1", kCds).versionAcked, "1");
  EXPECT_EQ(typeStateOf("lab-peer-1", kCds).responses, 1u);
}

TEST_F(GrpcXdsClientTest, UnsupportedLbPolicyIsNackedRecordedAndNotResent) {
  const std::string node = "lab-peer-1";
  PeerProcess* peer = connectedPeerOnA(node);
  ASSERT_NE(peer, nullptr);
  ASSERT_FALSE(HasFailure());
  const std::string ackedBefore = typeStateOf(node, kCds).versionAcked;

  store_.set("default", echoSnapshot("2", backendA_.port(), maglevCluster()));
  ASSERT_TRUE(eventually([&] {
    return typeStateOf(node, kCds).status == fleet::SyncStatus::Nacked;
  })) << "CDS version 2 (MAGLEV) was never NACKED\n"
      << peer->tail();

  fleet::TypeState cds = typeStateOf(node, kCds);
  ASSERT_TRUE(cds.lastNack.has_value());
  const std::string& why = cds.lastNack->message;
  EXPECT_FALSE(why.empty());
  const std::string text = lower(why);
  EXPECT_TRUE(text.find("lb") != std::string::npos || text.find("cluster") != std::string::npos ||
              text.find(kEchoCluster) != std::string::npos)
      << "NACK text names neither the LB policy nor the cluster: " << why;
  EXPECT_EQ(cds.lastNack->version, "2");
  EXPECT_EQ(cds.versionSent, "2");
  EXPECT_EQ(cds.versionAcked, ackedBefore);
  ASSERT_TRUE(proxyOf(node).has_value());
  EXPECT_EQ(proxyOf(node)->nackHistory.size(), 1u);
  std::cout << "[ gRPC NACK ] " << why << "\n";

  // The client keeps the cluster it had: calls go on.
  const std::size_t mark = peer->lineCount();
  EXPECT_TRUE(reaches(*peer, backendA_, mark)) << "calls stopped after the NACK\n"
                                               << peer->tail();

  // The rejected content is not sent again, however long we look (1 s here).
  const std::uint64_t responses = typeStateOf(node, kCds).responses;
  EXPECT_FALSE(eventually([&] { return typeStateOf(node, kCds).responses != responses; }, 1s))
      << "the server sent CDS again after the NACK";
  EXPECT_EQ(typeStateOf(node, kCds).status, fleet::SyncStatus::Nacked);

  // A good cluster is taken again. It differs from version 1 (a timeout gRPC does not use) so
  // that it is new content the server must send.
  auto fixed = echoCluster();
  fixed.mutable_connect_timeout()->set_seconds(2);
  store_.set("default", echoSnapshot("3", backendA_.port(), fixed));
  EXPECT_TRUE(eventually([&] { return synced(node, kCds, "3"); }))
      << "CDS version 3 never SYNCED; status "
      << fleet::syncStatusName(typeStateOf(node, kCds).status) << ", acked "
      << typeStateOf(node, kCds).versionAcked << "\n"
      << peer->tail();
  EXPECT_EQ(typeStateOf(node, kCds).responses, responses + 1);
  EXPECT_TRUE(reaches(*peer, backendA_, peer->lineCount())) << peer->tail();
}

// Found by this test: the server used to send nothing after the revert (the content equals
// what the client holds), so the fleet kept CDS NACKED for good while CSDS said SYNCED.
TEST_F(GrpcXdsClientTest, RevertingToTheAckedClusterAfterANackShowsSynced) {
  // The user publishes a cluster the client rejects, then goes back to the one it holds. The
  // client is in sync with what is published again; the fleet must not show it as NACKED.
  const std::string node = "lab-peer-1";
  PeerProcess* peer = connectedPeerOnA(node);
  ASSERT_NE(peer, nullptr);
  ASSERT_FALSE(HasFailure());

  store_.set("default", echoSnapshot("2", backendA_.port(), maglevCluster()));
  ASSERT_TRUE(eventually([&] {
    return typeStateOf(node, kCds).status == fleet::SyncStatus::Nacked;
  })) << peer->tail();

  store_.set("default", echoSnapshot("3", backendA_.port()));
  // CSDS compares what the client holds with what is published: it is right either way.
  EXPECT_TRUE(eventually([&] {
    auto client = csdsOf(node);
    auto* cluster = client ? findConfig(*client, kCds, kEchoCluster) : nullptr;
    return cluster && cluster->config_status() == ConfigStatus::SYNCED;
  })) << "CSDS does not report cluster echo SYNCED after the revert";
  // A push takes the debounce (20 ms) and a round trip; 3 s is plenty and keeps a failure short.
  EXPECT_TRUE(eventually([&] {
    return typeStateOf(node, kCds).status == fleet::SyncStatus::Synced;
  }, 3s)) << "after reverting to the cluster the client holds, the fleet still shows CDS "
      << fleet::syncStatusName(typeStateOf(node, kCds).status) << " (sent "
      << typeStateOf(node, kCds).versionSent << ", acked " << typeStateOf(node, kCds).versionAcked
      << ", " << typeStateOf(node, kCds).responses << " responses)";
}

TEST_F(GrpcXdsClientTest, CsdsShowsThePeerSyncedThenTheNackError) {
  const std::string node = "lab-peer-csds";
  PeerProcess* peer = connectedPeerOnA(node);
  ASSERT_NE(peer, nullptr);
  ASSERT_FALSE(HasFailure());

  auto client = csdsOf(node);
  ASSERT_TRUE(client.has_value()) << "CSDS does not list node " << node;
  EXPECT_EQ(client->node().cluster(), "lab-clients");
  EXPECT_EQ(client->node().locality().zone(), "lab-a");
  const std::pair<std::string, std::string> resources[] = {
      {kLds, kEchoListener}, {kRds, kEchoRoutes}, {kCds, kEchoCluster}, {kEds, kEchoCluster}};
  for (const auto& [type, name] : resources) {
    auto* config = findConfig(*client, type, name);
    ASSERT_NE(config, nullptr) << "CSDS has no " << snapshot::shortTypeName(type) << " " << name;
    EXPECT_EQ(config->config_status(), ConfigStatus::SYNCED)
        << snapshot::shortTypeName(type) << " " << name;
    EXPECT_EQ(config->client_status(), envoy::admin::v3::ACKED);
    EXPECT_TRUE(config->has_xds_config());
  }

  store_.set("default", echoSnapshot("2", backendA_.port(), maglevCluster()));
  ASSERT_TRUE(eventually([&] {
    return typeStateOf(node, kCds).status == fleet::SyncStatus::Nacked;
  })) << peer->tail();
  const std::string why = typeStateOf(node, kCds).lastNack->message;

  client = csdsOf(node);
  ASSERT_TRUE(client.has_value());
  auto* cluster = findConfig(*client, kCds, kEchoCluster);
  ASSERT_NE(cluster, nullptr);
  EXPECT_EQ(cluster->config_status(), ConfigStatus::ERROR);
  EXPECT_EQ(cluster->client_status(), envoy::admin::v3::NACKED);
  EXPECT_EQ(cluster->error_state().details(), why);
  EXPECT_FALSE(cluster->error_state().details().empty());
  envoy::config::cluster::v3::Cluster rejected;
  ASSERT_TRUE(cluster->error_state().failed_configuration().UnpackTo(&rejected));
  EXPECT_EQ(rejected.lb_policy(), envoy::config::cluster::v3::Cluster::MAGLEV);
  // What was not touched stays in sync.
  for (const auto& [type, name] : resources) {
    if (type == kCds) continue;
    auto* config = findConfig(*client, type, name);
    ASSERT_NE(config, nullptr);
    EXPECT_EQ(config->config_status(), ConfigStatus::SYNCED)
        << snapshot::shortTypeName(type) << " " << name;
  }
}

TEST_F(GrpcXdsClientTest, FleetShowsThePeerUntilItsProcessIsKilled) {
  const std::string node = "lab-peer-fleet";
  PeerProcess* peer = connectedPeerOnA(node);
  ASSERT_NE(peer, nullptr);
  ASSERT_FALSE(HasFailure());

  auto proxy = proxyOf(node);
  ASSERT_TRUE(proxy.has_value());
  EXPECT_EQ(proxy->cluster, "lab-clients");
  EXPECT_EQ(proxy->region, "lab");
  EXPECT_EQ(proxy->zone, "lab-a");
  // gRPC C++ names itself by its core: user_agent_name "gRPC C-core <platform>",
  // user_agent_version "C-core <core version>".
  EXPECT_EQ(proxy->userAgent.rfind("gRPC C-core", 0), 0u) << "user agent: " << proxy->userAgent;
  EXPECT_NE(proxy->userAgent.find(grpc_version_string()), std::string::npos)
      << "user agent without the client's version " << grpc_version_string() << ": "
      << proxy->userAgent;
  EXPECT_EQ(proxy->peer.rfind("ipv4:127.0.0.1:", 0), 0u) << "peer: " << proxy->peer;
  EXPECT_EQ(proxy->group, "default");
  EXPECT_FALSE(proxy->delta);
  EXPECT_EQ(proxy->streams, 1) << "gRPC uses one ADS stream";
  std::cout << "[ gRPC node ] user agent \"" << proxy->userAgent << "\"\n";

  peer->kill();
  EXPECT_TRUE(eventually([&] { return !proxyOf(node).has_value(); }))
      << "the proxy is still in the fleet after its process was killed";
  EXPECT_TRUE(eventually([&] { return server_->stats().streamsActive == 0; }));
}

TEST_F(GrpcXdsClientTest, PeerKeepsItsConfigAcrossAServerRestartAndResyncs) {
  const std::string node = "lab-peer-restart";
  PeerProcess* peer = connectedPeerOnA(node);
  ASSERT_NE(peer, nullptr);
  ASSERT_FALSE(HasFailure());
  const int port = server_->port();

  // The console restarts: the streams end, the fleet forgets the proxy.
  server_->stop();
  EXPECT_TRUE(eventually([&] { return !proxyOf(node).has_value(); }))
      << "the proxy outlived the server's streams";
  // The client keeps what it was given, so calls go on without a control plane.
  std::size_t mark = peer->lineCount();
  EXPECT_TRUE(reaches(*peer, backendA_, mark)) << "calls stopped with the server\n"
                                               << peer->tail();

  // Back on the same port with a new version: the client reconnects by itself, and its
  // subscription (with the version it holds) is served again.
  store_.set("default", echoSnapshot("2", backendB_.port()));
  xds::ServerOptions options;
  options.address = "127.0.0.1:" + std::to_string(port);
  server_ = std::make_unique<xds::XdsServer>(store_, *fleet_, options);
  std::string error;
  ASSERT_TRUE(server_->start(&error)) << error;

  mark = peer->lineCount();
  EXPECT_TRUE(reaches(*peer, backendB_, mark)) << "calls never moved to backend-b after the restart\n"
                                               << peer->tail();
  for (const auto& type : {kLds, kRds, kCds, kEds})
    EXPECT_TRUE(eventually([&] { return synced(node, type, "2"); }))
        << snapshot::shortTypeName(type) << " never SYNCED at version 2 after the restart\n"
        << peer->tail();
}

TEST_F(GrpcXdsClientTest, RemovedClusterFailsCallsUntilItIsPublishedAgain) {
  const std::string node = "lab-peer-removal";
  PeerProcess* peer = connectedPeerOnA(node);
  ASSERT_NE(peer, nullptr);
  ASSERT_FALSE(HasFailure());

  // The route still names cluster `echo`, which is no longer published: CDS is a full-state
  // type, so the server must tell the client it is gone, and gRPC then fails the calls.
  using snapshot::Resource;
  store_.set("default", std::make_shared<const snapshot::Snapshot>(
                            "2", std::vector<snapshot::ResourcePtr>{
                                     Resource::fromMessage(echoListener(), kEchoListener),
                                     Resource::fromMessage(echoRoutes(), kEchoRoutes)}));
  std::size_t mark = peer->lineCount();
  EXPECT_TRUE(peer->waitFor(
      mark,
      [](const std::vector<std::string>& lines) {
        if (lines.size() < kRun) return false;
        for (std::size_t i = lines.size() - kRun; i < lines.size(); ++i)
          if (lines[i].rfind("ERR 14 ", 0) != 0) return false;  // UNAVAILABLE
        return true;
      },
      kWait))
      << "calls did not fail with UNAVAILABLE once the cluster was removed\n"
      << peer->tail();
  std::cout << "[ gRPC call ] " << peer->lines(peer->lineCount() - 1).front() << "\n";
  EXPECT_TRUE(eventually([&] { return synced(node, kCds, "2"); }))
      << "the removal was not ACKed\n" << peer->tail();

  mark = peer->lineCount();
  store_.set("default", echoSnapshot("3", backendB_.port()));
  EXPECT_TRUE(reaches(*peer, backendB_, mark)) << "calls did not recover\n" << peer->tail();
  EXPECT_TRUE(eventually([&] { return synced(node, kCds, "3"); })) << peer->tail();
}

TEST_F(GrpcXdsClientTest, NodeGroupsRouteCanaryAndStablePeersToDifferentBackends) {
  store_.setNodeGroups(snapshot::NodeGroups({{"canary", "canary-*", "", {}}}));
  store_.set("default", echoSnapshot("stable-1", backendA_.port()));
  store_.set("canary", echoSnapshot("canary-1", backendB_.port()));

  PeerProcess* stable = startPeer("stable-1");
  PeerProcess* canary = startPeer("canary-1");
  ASSERT_NE(stable, nullptr);
  ASSERT_NE(canary, nullptr);
  EXPECT_TRUE(reaches(*stable, backendA_)) << "stable peer never reached backend-a\n"
                                           << stable->tail();
  EXPECT_TRUE(reaches(*canary, backendB_)) << "canary peer never reached backend-b\n"
                                           << canary->tail();
  ASSERT_TRUE(proxyOf("stable-1").has_value());
  ASSERT_TRUE(proxyOf("canary-1").has_value());
  EXPECT_EQ(proxyOf("stable-1")->group, "default");
  EXPECT_EQ(proxyOf("canary-1")->group, "canary");
  EXPECT_TRUE(eventually([&] { return synced("canary-1", kEds, "canary-1"); }));
  EXPECT_TRUE(eventually([&] { return synced("stable-1", kEds, "stable-1"); }));

  // A change to one group reaches only that group's peers.
  const std::size_t stableMark = stable->lineCount();
  const std::size_t canaryMark = canary->lineCount();
  store_.set("canary", echoSnapshot("canary-2", backendA_.port()));
  EXPECT_TRUE(reaches(*canary, backendA_, canaryMark)) << canary->tail();
  EXPECT_TRUE(eventually([&] { return synced("canary-1", kEds, "canary-2"); }));
  EXPECT_EQ(typeStateOf("stable-1", kEds).versionAcked, "stable-1");
  EXPECT_EQ(typeStateOf("stable-1", kEds).responses, 1u);
  EXPECT_TRUE(reaches(*stable, backendA_, stableMark));
}

}  // namespace
}  // namespace meshdesk::integration
