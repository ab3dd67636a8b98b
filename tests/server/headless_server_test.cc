// meshdesk-server end to end: a workspace file is served to a real gRPC xDS client; a change of
// the file (in place, or by rename) is published; an invalid change is refused and the last good
// version keeps serving; a rollback through the admin endpoint brings the old backend back.

#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "named_backend.h"
#include "peer_process.h"

namespace meshdesk::integration {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

int freePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

// The echo service as a workspace file, its endpoint on `port`.
std::string echoWorkspace(int port) {
  std::ostringstream out;
  out << R"(listeners:
- name: echo.lab
  api_listener:
    api_listener:
      "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
      stat_prefix: echo
      rds:
        config_source: {ads: {}, resource_api_version: V3}
        route_config_name: echo-routes
      http_filters:
      - name: envoy.filters.http.router
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
routes:
- name: echo-routes
  virtual_hosts:
  - name: echo
    domains: ["*"]
    routes:
    - match: {prefix: /}
      route: {cluster: echo}
clusters:
- name: echo
  type: EDS
  eds_cluster_config:
    eds_config: {ads: {}, resource_api_version: V3}
  connect_timeout: 1s
endpoints:
- cluster_name: echo
  endpoints:
  - locality: {region: lab}
    load_balancing_weight: 1
    lb_endpoints:
    - endpoint:
        address:
          socket_address: {address: 127.0.0.1, port_value: )"
      << port << "}\n";
  return out.str();
}

class HeadlessServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("meshdesk-server-test-" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    file_ = (dir_ / "workspace.yaml").string();
    ASSERT_TRUE(a_.start());
    ASSERT_TRUE(b_.start());
    xdsPort_ = freePort();
    adminPort_ = freePort();
  }
  void TearDown() override {
    peer_.reset();
    server_.reset();
    if (!HasFailure()) fs::remove_all(dir_);
    else std::cout << "[ logs ] kept in " << dir_ << "\n";
  }

  void write(const std::string& text) { std::ofstream(file_) << text; }
  void writeByRename(const std::string& text) {
    std::string tmp = file_ + ".tmp";
    std::ofstream(tmp) << text;
    fs::rename(tmp, file_);
  }

  void startServer() {
    std::string error;
    server_ = PeerProcess::spawn(MESHDESK_SERVER,
                                 {"--workspace", file_, "--xds", "127.0.0.1:" + std::to_string(xdsPort_),
                                  "--admin", "127.0.0.1:" + std::to_string(adminPort_)},
                                 {}, (dir_ / "server.log").string(), &error);
    ASSERT_TRUE(server_) << error;
    httplib::Client admin("127.0.0.1", adminPort_);
    auto deadline = std::chrono::steady_clock::now() + 10s;
    while (std::chrono::steady_clock::now() < deadline) {
      if (auto r = admin.Get("/healthz"); r && r->status == 200) return;
      std::this_thread::sleep_for(50ms);
    }
    FAIL() << "meshdesk-server did not become healthy; " << server_->tail();
  }

  void startPeer() {
    std::string bootstrap = (dir_ / "bootstrap.json").string();
    std::ofstream(bootstrap) << R"({"xds_servers": [{"server_uri": "127.0.0.1:)" << xdsPort_
                             << R"(", "channel_creds": [{"type": "insecure"}], "server_features": ["xds_v3"]}],
  "node": {"id": "lab-client-1", "cluster": "lab", "locality": {"region": "lab"}}})";
    std::string error;
    peer_ = PeerProcess::spawn(XDS_GRPC_PEER, {"echo.lab", "--max-seconds", "60"},
                               {{"GRPC_XDS_BOOTSTRAP", bootstrap}}, (dir_ / "peer.log").string(),
                               &error);
    ASSERT_TRUE(peer_) << error;
  }

  // Whether the peer's calls settle on `backend` (5 answers in a row) within 10 s.
  bool reaches(const testpeers::NamedBackend& backend) {
    return peer_->waitFor(peer_->lineCount(), [&](const std::vector<std::string>& lines) {
      return endsWithRun(lines, "OK " + backend.name(), 5);
    }, 10s);
  }

  nlohmann::json getJson(const std::string& path) {
    httplib::Client admin("127.0.0.1", adminPort_);
    auto r = admin.Get(path.c_str());
    if (!r) return {};
    return nlohmann::json::parse(r->body, nullptr, false);
  }

  fs::path dir_;
  std::string file_;
  int xdsPort_ = 0, adminPort_ = 0;
  testpeers::NamedBackend a_{"backend-a"}, b_{"backend-b"};
  std::unique_ptr<PeerProcess> server_, peer_;
};

TEST_F(HeadlessServerTest, FollowsTheFileRefusesInvalidChangesAndRollsBack) {
  write(echoWorkspace(a_.port()));
  startServer();
  startPeer();
  ASSERT_TRUE(reaches(a_)) << peer_->tail();

  // Saved in place.
  write(echoWorkspace(b_.port()));
  ASSERT_TRUE(reaches(b_)) << peer_->tail();

  // Saved by rename, and broken: refused, v2 keeps serving, the file is left as written.
  std::string broken = echoWorkspace(a_.port()) + "  unknown_field: 1\n";
  writeByRename(broken);
  nlohmann::json findings;
  auto deadline = std::chrono::steady_clock::now() + 10s;
  while (std::chrono::steady_clock::now() < deadline) {
    findings = getJson("/findings");
    if (findings.is_object() && findings.value("ok", true) == false) break;
    std::this_thread::sleep_for(50ms);
  }
  ASSERT_FALSE(findings.value("ok", true)) << findings.dump();
  ASSERT_FALSE(findings["problems"].empty());
  EXPECT_GT(findings["problems"][0]["line"].get<int>(), 0);
  EXPECT_NE(findings["summary"].get<std::string>().find("v2 keeps serving"), std::string::npos)
      << findings.dump();
  std::this_thread::sleep_for(500ms);
  EXPECT_TRUE(reaches(b_)) << "the last good version stopped serving; " << peer_->tail();
  std::ifstream in(file_);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), broken);

  // Roll back to v1 through the admin endpoint: backend A again, as v3.
  httplib::Client admin("127.0.0.1", adminPort_);
  auto rollback = admin.Post("/rollback/1", "back to a", "text/plain");
  ASSERT_TRUE(rollback);
  EXPECT_EQ(rollback->status, 200) << rollback->body;
  ASSERT_TRUE(reaches(a_)) << peer_->tail();
  auto versions = getJson("/versions");
  ASSERT_EQ(versions.size(), 3u) << versions.dump();
  EXPECT_EQ(versions[2]["rollback_of"], 1);
  EXPECT_EQ(versions[2]["message"], "back to a");

  // The diff of v1 and v2 is the endpoint's port, per resource.
  auto diff = admin.Get("/diff/1/2");
  ASSERT_TRUE(diff);
  EXPECT_NE(diff->body.find("--- a/v1/endpoints/echo"), std::string::npos) << diff->body;
  auto changed = [&](char sign, int port) {
    std::istringstream lines(diff->body);
    for (std::string line; std::getline(lines, line);)
      if (line[0] == sign && line.find("port_value: " + std::to_string(port)) != std::string::npos)
        return true;
    return false;
  };
  EXPECT_TRUE(changed('-', a_.port()) && changed('+', b_.port())) << diff->body;

  // The route evaluator answers for the live version (v3, the rollback: backend A).
  auto route = getJson("/route?path=/&listener=echo.lab");
  EXPECT_EQ(route["matched"], true) << route.dump();
  EXPECT_EQ(route["virtual_host"], "echo") << route.dump();
  ASSERT_EQ(route["clusters"].size(), 1u) << route.dump();
  EXPECT_EQ(route["clusters"][0]["name"], "echo");
  EXPECT_FALSE(route["trace"].empty());

  // The fleet and the metrics know the peer.
  auto proxies = getJson("/proxies");
  ASSERT_EQ(proxies.size(), 1u);
  EXPECT_EQ(proxies[0]["node_id"], "lab-client-1");
  EXPECT_EQ(proxies[0]["types"]["EDS"]["status"], "SYNCED");
  auto metrics = admin.Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_NE(metrics->body.find("meshdesk_proxies_connected 1"), std::string::npos);
  EXPECT_NE(metrics->body.find("meshdesk_xds_acks_total{type=\"EDS\"}"), std::string::npos);
}

TEST_F(HeadlessServerTest, RestartServesTheLastGoodVersionWhenTheFileIsBroken) {
  write(echoWorkspace(a_.port()));
  startServer();
  server_.reset();  // killed
  write("clusters: [ {name: echo, type: EDS\n");  // truncated: not even YAML
  startServer();
  startPeer();
  EXPECT_TRUE(reaches(a_)) << peer_->tail();
  auto status = getJson("/status");
  EXPECT_EQ(status["live"]["sequence"], 1) << status.dump();
  EXPECT_FALSE(status["last_publish"]["ok"].get<bool>());
}

TEST_F(HeadlessServerTest, CheckReportsProblemsWithTheirPlaceAndExitStatus) {
  std::string bad = echoWorkspace(a_.port());
  bad.replace(bad.find("  type: EDS\n"), 12, "  type: EDS\n  lb_policy: NOT_A_POLICY\n");
  write(bad);
  std::string out = (dir_ / "check.out").string();
  int status = std::system((std::string(MESHDESK_SERVER) + " --check " + file_ + " > " + out).c_str());
  EXPECT_EQ(WEXITSTATUS(status), 1);
  std::ifstream in(out);
  std::string text(std::istreambuf_iterator<char>(in), {});
  EXPECT_NE(text.find(file_ + ":"), std::string::npos) << text;
  EXPECT_NE(text.find("NOT_A_POLICY"), std::string::npos) << text;

  write(echoWorkspace(a_.port()));
  status = std::system((std::string(MESHDESK_SERVER) + " --check " + file_ + " > " + out).c_str());
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

// `meshdesk-server --check` on resource_ttls: a bad TTL with its file, line and column; a TTL
// that is only suspicious is a warning and the check passes.
TEST_F(HeadlessServerTest, CheckReportsABadResourceTtlWithItsPlace) {
  const std::string base = echoWorkspace(a_.port());
  const int ttlLine = 1 + static_cast<int>(std::count(base.begin(), base.end(), '\n')) + 3;
  auto runCheck = [&](const std::string& ttl, std::string& output) {
    write(base + "resource_ttls:\n- kind: clusters\n  names: [echo]\n  ttl: " + ttl + "\n");
    std::string out = (dir_ / "check.out").string();
    int status =
        std::system((std::string(MESHDESK_SERVER) + " --check " + file_ + " > " + out).c_str());
    std::ifstream in(out);
    output.assign(std::istreambuf_iterator<char>(in), {});
    return WEXITSTATUS(status);
  };
  std::string text;
  // Zero: validation's error.
  EXPECT_EQ(runCheck("0s", text), 1) << text;
  EXPECT_NE(text.find(file_ + ":" + std::to_string(ttlLine) + ":8: error: resource_ttls[0].ttl: "
                      "a TTL must be greater than 0s"),
            std::string::npos)
      << text;
  // Not a duration: the reader's error, at the same place.
  EXPECT_EQ(runCheck("30", text), 1) << text;
  EXPECT_NE(text.find(file_ + ":" + std::to_string(ttlLine) + ":8: error: resource_ttls[0].ttl: "
                      "a duration is written in seconds"),
            std::string::npos)
      << text;
  // Under a second: a warning; the workspace may be published.
  EXPECT_EQ(runCheck("0.100s", text), 0) << text;
  EXPECT_NE(text.find(file_ + ":" + std::to_string(ttlLine) + ":8: warning: "), std::string::npos)
      << text;
  EXPECT_NE(text.find("0 errors, 1 warning"), std::string::npos) << text;
  EXPECT_EQ(runCheck("30s", text), 0) << text;
  EXPECT_NE(text.find("0 errors, 0 warnings"), std::string::npos) << text;
}

}  // namespace
}  // namespace meshdesk::integration
