// The control plane as the console and meshdesk-server run it: what is published reaches a real
// xDS stream, with the AI routes compiled in and the ModelRoute resources beside them; what is
// wrong is refused with its place and the live version keeps serving.

#include "controlplane/control_plane.h"

#include <filesystem>
#include <fstream>

#include "envoy/service/runtime/v3/rtds.pb.h"
#include "meshdesk/ai/v1/model_route.pb.h"
#include "xds_test_support.h"

namespace meshdesk::testing {
namespace {

namespace fs = std::filesystem;
namespace t = snapshot::type_url;

std::string readFile(const fs::path& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), {}};
}

class ControlPlaneTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("meshdesk-cp-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    file_ = (dir_ / "workspace.yaml").string();
  }
  void TearDown() override {
    plane_.reset();
    fs::remove_all(dir_);
  }
  void start(const std::string& text) {
    std::ofstream(file_) << text;
    controlplane::Options options;
    options.workspacePath = file_;
    options.xdsAddress = "127.0.0.1:0";
    options.debounce = std::chrono::milliseconds(5);
    plane_ = std::make_unique<controlplane::ControlPlane>(options);
    std::string error;
    ASSERT_TRUE(plane_->start(&error)) << error;
    channel_ = grpc::CreateChannel(plane_->xds().address(), grpc::InsecureChannelCredentials());
  }
  std::unique_ptr<SotwStream> openAds() {
    auto stub = discovery::AggregatedDiscoveryService::NewStub(channel_);
    return std::make_unique<SotwStream>(
        [&](grpc::ClientContext* c) { return stub->StreamAggregatedResources(c); });
  }
  std::unique_ptr<DeltaStream> openDeltaAds() {
    auto stub = discovery::AggregatedDiscoveryService::NewStub(channel_);
    return std::make_unique<DeltaStream>(
        [&](grpc::ClientContext* c) { return stub->DeltaAggregatedResources(c); });
  }

  fs::path dir_;
  std::string file_;
  std::unique_ptr<controlplane::ControlPlane> plane_;
  std::shared_ptr<grpc::Channel> channel_;
};

TEST_F(ControlPlaneTest, AiRoutesAreCompiledAndTheirModelRoutesServed) {
  start(readFile(fs::path(MESHDESK_SOURCE_DIR) / "tests/ai/data/openai-split.yaml"));
  auto outcome = plane_->lastOutcome();
  ASSERT_EQ(outcome.status, controlplane::PublishOutcome::Status::Published) << outcome.summary();

  auto ads = openAds();
  ads->send(sotwRequest(t::kModelRoute, {"*"}, "ai-client"));
  auto models = ads->next();
  ASSERT_TRUE(models);
  EXPECT_EQ(models->version_info(), "1");
  ASSERT_GT(models->resources_size(), 0);
  meshdesk::ai::v1::ModelRoute route;
  ASSERT_TRUE(models->resources(0).UnpackTo(&route));
  EXPECT_FALSE(route.backends().empty());

  // The route evaluator of the admin endpoint sees the compiled routes too.
  auto served = plane_->liveServedWorkspace();
  ASSERT_TRUE(served);
  EXPECT_GT(served->itemCount(), plane_->liveWorkspace()->itemCount());

  // The compiled clusters are what Envoy gets, beside the user's own.
  ads->send(sotwRequest(t::kCluster, {}));
  auto clusters = ads->next();
  ASSERT_TRUE(clusters);
  auto clusterNames = names(*clusters);
  EXPECT_TRUE(std::any_of(clusterNames.begin(), clusterNames.end(),
                          [](const std::string& n) { return n.rfind("ai-", 0) == 0; }))
      << ::testing::PrintToString(clusterNames);
}

// Envoy NACKs a filter chain whose router is not last: refused, with the place, and the live
// version keeps serving; nothing reaches the proxies and the file stays as the user wrote it.
TEST_F(ControlPlaneTest, AFilterAfterTheRouterIsRefusedWithItsPlace) {
  const std::string good = readFile(fs::path(MESHDESK_SOURCE_DIR) / "resources/lab/workspace.yaml");
  start(good);
  ASSERT_TRUE(plane_->lastOutcome().ok()) << plane_->lastOutcome().summary();
  auto ads = openAds();
  ads->send(sotwRequest(t::kListener, {}, "edge-1"));
  ASSERT_TRUE(ads->next());

  const std::string router =
      "          \"@type\": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router\n";
  std::string bad = good;
  auto at = bad.find(router);
  ASSERT_NE(at, std::string::npos);
  bad.insert(at + router.size(),
             "      - name: envoy.filters.http.cors\n"
             "        typed_config:\n"
             "          \"@type\": type.googleapis.com/envoy.extensions.filters.http.cors.v3.Cors\n");
  std::ofstream(file_) << bad;
  auto outcome = plane_->publishFile();
  EXPECT_EQ(outcome.status, controlplane::PublishOutcome::Status::Refused) << outcome.summary();
  ASSERT_GT(outcome.errorCount(), 0u);
  const auto& problem = outcome.problems.front();
  EXPECT_EQ(problem.resource, "listeners/echo.lab") << problem.toString();
  EXPECT_NE(problem.message.find("router"), std::string::npos) << problem.toString();
  int listenerEnd = 1 + static_cast<int>(std::count(bad.begin(), bad.begin() + at, '\n')) + 4;
  EXPECT_GT(problem.line, 1) << problem.toString();
  EXPECT_LE(problem.line, listenerEnd) << problem.toString();
  EXPECT_EQ(outcome.version->sequence, 1);
  EXPECT_TRUE(ads->quiet()) << "a refused version reached a proxy";
  EXPECT_EQ(readFile(file_), bad) << "the user's file was changed";
}

// A route to a cluster that is not in the workspace is accepted by Envoy (503 at run time):
// a warning with its place, and the version is published.
TEST_F(ControlPlaneTest, AMissingClusterIsAWarningWithItsPlace) {
  std::string text = readFile(fs::path(MESHDESK_SOURCE_DIR) / "resources/lab/workspace.yaml");
  auto at = text.find("cluster: echo");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 13, "cluster: nowhere");
  start(text);
  auto outcome = plane_->lastOutcome();
  EXPECT_EQ(outcome.status, controlplane::PublishOutcome::Status::Published) << outcome.summary();
  ASSERT_EQ(outcome.warningCount(), 1u);
  const auto& warning = outcome.problems.front();
  EXPECT_NE(warning.message.find("nowhere"), std::string::npos);
  EXPECT_EQ(warning.line, 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n')));
}

TEST_F(ControlPlaneTest, UnchangedContentIsNotANewVersionAndRollbackIs) {
  const std::string lab = readFile(fs::path(MESHDESK_SOURCE_DIR) / "resources/lab/workspace.yaml");
  start(lab);
  EXPECT_EQ(plane_->publishFile().status, controlplane::PublishOutcome::Status::Unchanged);
  std::string changed = lab;
  changed.replace(changed.find("port_value: 50051"), 17, "port_value: 50052");
  std::ofstream(file_) << changed;
  EXPECT_EQ(plane_->publishFile().version->sequence, 2);
  auto rolled = plane_->rollback(1);
  ASSERT_EQ(rolled.status, controlplane::PublishOutcome::Status::Published) << rolled.summary();
  EXPECT_EQ(rolled.version->sequence, 3);
  EXPECT_EQ(rolled.version->rollbackOf, 1);
  auto diff = plane_->diff(2, 3);
  ASSERT_TRUE(diff);
  EXPECT_NE(diff->find("-          port_value: 50052"), std::string::npos) << *diff;
  EXPECT_EQ(plane_->versions().size(), 3u);
}

// Resource TTLs end to end: resource_ttls in the workspace file -> validation -> publish -> the
// xDS server, as Envoy sees them (it advertises the client features) and as gRPC's xDS clients
// see them (they do not).
constexpr const char* kTtlFeature = "xds.config.supports-resource-ttl";
constexpr const char* kWrapperFeature = "xds.config.resource-in-sotw";

std::string runtimeWorkspace(const std::string& ttl) {
  return "runtimes:\n"
         "- name: flags\n"
         "  layer: {checkout.v2: true}\n"
         "- name: limits\n"
         "  layer: {max: 10}\n"
         "resource_ttls:\n"
         "- kind: runtimes\n"
         "  names: [flags]\n"
         "  ttl: " + ttl + "\n";
}

discovery::DiscoveryRequest runtimeRequest(const std::string& nodeId, bool advertisesTtl) {
  auto request = sotwRequest(t::kRuntime, {"flags", "limits"}, nodeId);
  if (advertisesTtl) {
    request.mutable_node()->add_client_features(kTtlFeature);
    request.mutable_node()->add_client_features(kWrapperFeature);
  }
  return request;
}

std::int64_t millis(const google::protobuf::Duration& d) {
  return d.seconds() * 1000 + d.nanos() / 1000000;
}


TEST_F(ControlPlaneTest, AResourceTtlReachesEnvoyWrappedAndIsKeptAliveByHeartbeats) {
  start(runtimeWorkspace("1s"));
  auto outcome = plane_->lastOutcome();
  ASSERT_EQ(outcome.status, controlplane::PublishOutcome::Status::Published) << outcome.summary();
  EXPECT_TRUE(outcome.problems.empty()) << outcome.problems.front().toString();

  auto ads = openAds();
  ads->send(runtimeRequest("envoy-1", true));
  auto first = ads->next();
  ASSERT_TRUE(first);
  EXPECT_EQ(first->version_info(), "1");
  ASSERT_EQ(first->resources_size(), 2);
  auto wrapped = wrappedByName(*first);
  ASSERT_EQ(wrapped.count("flags"), 1u) << first->DebugString();
  const discovery::Resource flags = wrapped["flags"];
  EXPECT_EQ(millis(flags.ttl()), 1000);
  ASSERT_TRUE(flags.has_resource());
  envoy::service::runtime::v3::Runtime runtime;
  ASSERT_TRUE(flags.resource().UnpackTo(&runtime));
  EXPECT_EQ(runtime.name(), "flags");
  EXPECT_TRUE(runtime.layer().fields().at("checkout.v2").bool_value());
  // "limits" has no TTL: a plain Runtime, as without the feature.
  EXPECT_EQ(wrapped.count("limits"), 0u);
  EXPECT_EQ(std::count_if(first->resources().begin(), first->resources().end(),
                          [](const auto& any) { return any.type_url() == t::kRuntime; }),
            1);
  ads->send(answer(*first, {"flags", "limits"}));

  // A heartbeat within the TTL: the version the client holds, the TTL, no body.
  auto heartbeat = ads->next(std::chrono::milliseconds(3000));
  ASSERT_TRUE(heartbeat) << "no heartbeat";
  EXPECT_EQ(heartbeat->type_url(), t::kRuntime);
  ASSERT_EQ(heartbeat->resources_size(), 1);
  auto beat = wrappedByName(*heartbeat);
  ASSERT_EQ(beat.count("flags"), 1u) << heartbeat->DebugString();
  EXPECT_FALSE(beat["flags"].has_resource());
  EXPECT_EQ(beat["flags"].version(), flags.version());
  EXPECT_EQ(millis(beat["flags"].ttl()), 1000);
  ads->send(answer(*heartbeat, {"flags", "limits"}));

  // A new TTL in the file is a new version, sent with the body (heartbeats may come first).
  std::ofstream(file_) << runtimeWorkspace("2s");
  auto republished = plane_->publishFile("longer TTL");
  ASSERT_EQ(republished.status, controlplane::PublishOutcome::Status::Published)
      << republished.summary();
  bool updated = false;
  for (int i = 0; i < 10 && !updated; ++i) {
    auto response = ads->next(std::chrono::milliseconds(3000));
    ASSERT_TRUE(response) << "the new TTL never came";
    auto got = wrappedByName(*response);
    ads->send(answer(*response, {"flags", "limits"}));
    if (!got["flags"].has_resource()) continue;
    updated = true;
    EXPECT_EQ(response->version_info(), "2");
    EXPECT_EQ(millis(got["flags"].ttl()), 2000);
    EXPECT_NE(got["flags"].version(), flags.version());
  }
  EXPECT_TRUE(updated);
  // The version's diff shows what changed: the TTL, not the runtime.
  auto diff = plane_->diff(1, 2);
  ASSERT_TRUE(diff);
  EXPECT_NE(diff->find("+  ttl: 2s"), std::string::npos) << *diff;
  EXPECT_EQ(diff->find("runtimes/flags"), std::string::npos) << *diff;
}

TEST_F(ControlPlaneTest, AClientWithoutTheTtlFeatureGetsThePlainResourceAndNoHeartbeat) {
  start(runtimeWorkspace("1s"));
  ASSERT_TRUE(plane_->lastOutcome().ok()) << plane_->lastOutcome().summary();
  auto ads = openAds();
  ads->send(runtimeRequest("grpc-client-1", false));
  auto first = ads->next();
  ASSERT_TRUE(first);
  ASSERT_EQ(first->resources_size(), 2);
  for (const auto& any : first->resources()) {
    EXPECT_EQ(any.type_url(), t::kRuntime);
    envoy::service::runtime::v3::Runtime runtime;
    EXPECT_TRUE(any.UnpackTo(&runtime));
  }
  ads->send(answer(*first, {"flags", "limits"}));
  EXPECT_TRUE(ads->quiet(std::chrono::milliseconds(2500))) << "a heartbeat reached a client "
                                                               "that does not support TTLs";
}

TEST_F(ControlPlaneTest, ADeltaClientGetsTheTtlOnTheResource) {
  start(runtimeWorkspace("1s"));
  ASSERT_TRUE(plane_->lastOutcome().ok()) << plane_->lastOutcome().summary();
  auto delta = openDeltaAds();
  auto request = deltaRequest(t::kRuntime, {"flags", "limits"}, "envoy-delta");
  request.mutable_node()->add_client_features(kTtlFeature);
  delta->send(request);
  auto first = delta->next();
  ASSERT_TRUE(first);
  std::map<std::string, discovery::Resource> byName;
  for (const auto& r : first->resources()) byName[r.name()] = r;
  ASSERT_EQ(byName.size(), 2u);
  EXPECT_EQ(millis(byName["flags"].ttl()), 1000);
  EXPECT_FALSE(byName["limits"].has_ttl());
  discovery::DeltaDiscoveryRequest ack;
  ack.set_type_url(std::string(t::kRuntime));
  ack.set_response_nonce(first->nonce());
  delta->send(ack);
  auto heartbeat = delta->next(std::chrono::milliseconds(3000));
  ASSERT_TRUE(heartbeat) << "no heartbeat";
  ASSERT_EQ(heartbeat->resources_size(), 1);
  EXPECT_EQ(heartbeat->resources(0).name(), "flags");
  EXPECT_FALSE(heartbeat->resources(0).has_resource());
  EXPECT_EQ(heartbeat->resources(0).version(), byName["flags"].version());
}

// A TTL of 0s is refused with its place; the live version keeps serving.
TEST_F(ControlPlaneTest, ABadTtlIsRefusedWithItsPlace) {
  start(runtimeWorkspace("30s"));
  ASSERT_TRUE(plane_->lastOutcome().ok()) << plane_->lastOutcome().summary();
  const std::string bad = runtimeWorkspace("0s");
  std::ofstream(file_) << bad;
  auto outcome = plane_->publishFile();
  EXPECT_EQ(outcome.status, controlplane::PublishOutcome::Status::Refused) << outcome.summary();
  ASSERT_EQ(outcome.errorCount(), 1u) << outcome.summary();
  const auto& problem = outcome.problems.front();
  EXPECT_EQ(problem.rule, "resource_ttl.duration") << problem.toString();
  EXPECT_EQ(problem.file, file_);
  EXPECT_EQ(problem.line, 9) << problem.toString();
  EXPECT_EQ(problem.column, 8) << problem.toString();
  EXPECT_EQ(problem.path, "resource_ttls[0].ttl");
  EXPECT_EQ(outcome.version->sequence, 1);
}

}  // namespace
}  // namespace meshdesk::testing
