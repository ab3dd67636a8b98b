// The lab workspace, published as meshdesk-server publishes it, served to gRPC C++'s own xDS
// client (libgrpc++ 1.51, xds:///echo.lab in a child process): every type it subscribes to is
// ACKed, none NACKed, and its calls reach the echo backend. The whole lab goes out, the edge
// listeners and the TLS secret included, as to any node of the default group.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "fleet/fleet_registry.h"
#include "named_backend.h"
#include "peer_process.h"
#include "publish/publication.h"
#include "snapshot/snapshot_store.h"
#include "snapshot/type_url.h"
#include "test_files.h"
#include "xds/xds_server.h"

namespace meshdesk::workspace {
namespace {

using namespace std::chrono_literals;
namespace type_url = snapshot::type_url;

template <class Condition>
bool eventually(Condition condition, std::chrono::milliseconds timeout = 15s) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(20ms);
  }
  return condition();
}

std::optional<fleet::ProxyState> proxyOf(const fleet::FleetRegistry& fleet, const std::string& id) {
  for (auto& p : fleet.proxies())
    if (p.nodeId == id) return p;
  return std::nullopt;
}

class LabWithGrpc : public ::testing::TestWithParam<std::string> {};

TEST_P(LabWithGrpc, GrpcXdsClientAcceptsTheLabAndReachesEcho) {
  const std::string nodeId = GetParam();
  testing::ScratchDir dir;
  testpeers::NamedBackend backend("echo-backend");
  std::string error;
  ASSERT_TRUE(backend.start(&error)) << error;

  auto loaded = Workspace::load(testing::labWorkspace());
  ASSERT_TRUE(loaded.ok());
  Workspace ws = loaded.workspace;
  // The lab points at 127.0.0.1:50051; tests run in parallel, so the backend has a free port.
  Item echo = *ws.find(Kind::kEndpoint, "echo");
  auto& cla = dynamic_cast<envoy::config::endpoint::v3::ClusterLoadAssignment&>(echo.mutableMessage());
  ASSERT_EQ(cla.endpoints(0).lb_endpoints(0).endpoint().address().socket_address().port_value(), 50051u);
  cla.mutable_endpoints(0)->mutable_lb_endpoints(0)->mutable_endpoint()->mutable_address()
      ->mutable_socket_address()->set_port_value(static_cast<std::uint32_t>(backend.port()));
  ASSERT_EQ(ws.put(echo), "");

  snapshot::SnapshotStore store;
  publish::Publication publication = publish::publish(ws, store);
  fleet::FleetRegistry fleet(10ms);
  xds::ServerOptions options;
  options.address = "127.0.0.1:0";
  xds::XdsServer server(store, fleet, options);
  ASSERT_TRUE(server.start(&error)) << error;

  const std::string bootstrap = (dir / "bootstrap.json").string();
  std::ofstream(bootstrap) << R"({
  "xds_servers": [{"server_uri": "127.0.0.1:)" << server.port() << R"(",
                   "channel_creds": [{"type": "insecure"}], "server_features": ["xds_v3"]}],
  "node": {"id": ")" << nodeId << R"(", "cluster": "lab-clients"}
})";
  auto peer = integration::PeerProcess::spawn(XDS_GRPC_PEER, {"echo.lab", "--max-seconds", "60"},
                                              {{"GRPC_XDS_BOOTSTRAP", bootstrap}},
                                              (dir / "peer.stderr").string(), &error);
  ASSERT_NE(peer, nullptr) << error;
  ASSERT_TRUE(peer->waitFor(
      0, [](const auto& lines) { return integration::endsWithRun(lines, "OK echo-backend", 3); },
      15s))
      << peer->tail();

  const std::string group = store.groupOf([&] {
    envoy::config::core::v3::Node n;
    n.set_id(nodeId);
    return n;
  }());
  const auto& snap = *publication.snapshots.at(group);
  for (std::string_view type : {type_url::kListener, type_url::kRouteConfiguration,
                                type_url::kCluster, type_url::kClusterLoadAssignment}) {
    EXPECT_TRUE(eventually([&] {
      auto proxy = proxyOf(fleet, nodeId);
      if (!proxy) return false;
      auto it = proxy->types.find(std::string(type));
      return it != proxy->types.end() && it->second.status == fleet::SyncStatus::Synced &&
             it->second.versionAcked == snap.version();
    })) << type << "\n" << peer->tail();
  }
  auto proxy = proxyOf(fleet, nodeId);
  ASSERT_TRUE(proxy.has_value());
  EXPECT_EQ(proxy->group, group);
  for (const auto& nack : proxy->nackHistory)
    ADD_FAILURE() << "NACK of " << nack.typeUrl << ": " << nack.message;
  EXPECT_EQ(server.stats().nacks, 0u);
}

// A node of the default group gets the whole lab; a canary node only what the canary group
// names.
INSTANTIATE_TEST_SUITE_P(Groups, LabWithGrpc, ::testing::Values("lab-client-1", "canary-1"),
                         [](const auto& info) {
                           return info.param == "canary-1" ? std::string("Canary")
                                                           : std::string("Default");
                         });

}  // namespace
}  // namespace meshdesk::workspace
