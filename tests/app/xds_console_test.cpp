// The console against the real embedded xDS server: the lab workspace is read and published,
// a real gRPC client opens an ADS stream on 127.0.0.1, and the window shows the proxy, its sync
// status, its NACKs and its going away. Also what happens when the port is taken.

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "ads_client.h"
#include "console_fixture.h"
#include "controlplane/control_plane.h"
#include "fleet/fleet_dock.h"
#include "launch_options.h"
#include "log/log_dock.h"
#include "log/message_log.h"
#include "main_window.h"
#include "models/fleet_table_model.h"
#include "qt_test_support.h"
#include "snapshot/type_url.h"
#include "workspace/workspace_loader.h"

namespace meshdesk::app {
namespace {

using namespace std::chrono_literals;
using testing::AdsClient;
using testing::waitFor;

const std::string kCds(snapshot::type_url::kCluster);
const std::string kLds(snapshot::type_url::kListener);

// Runs an ADS client on its own thread until told to stop; `script` drives it.
class ProxyThread {
 public:
  template <typename Script>
  ProxyThread(const std::string& address, const std::string& node, Script script)
      : thread_([this, address, node, script] {
          AdsClient client(address, node);
          script(client);
          while (!stop_) std::this_thread::sleep_for(5ms);
          client.close();
        }) {}
  ~ProxyThread() { stop(); }
  void stop() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
  }

 private:
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

class XdsConsoleTest : public testing::ConsoleTest {
 protected:
  QString label(const char* name) const {
    return window->findChild<QLabel*>(QString::fromLatin1(name))->text();
  }
  fleet::SyncStatus status(const std::string& typeUrl) const {
    const auto& model = window->fleetModel();
    return static_cast<fleet::SyncStatus>(model.index(0, model.columnOf(typeUrl))
                                              .data(FleetTableModel::SyncStatusRole)
                                              .toInt());
  }
  QString address() const { return QString::fromStdString(plane->xds().address()); }
};

TEST_F(XdsConsoleTest, AProxyOnARealAdsStreamIsCountedAndShownSynced) {
  start();
  ASSERT_TRUE(plane->xds().running());
  ASSERT_NE(address(), QStringLiteral("127.0.0.1:0"));
  EXPECT_EQ(label("ServerStatus"), QStringLiteral("xDS ") + address());
  openLab();

  std::atomic<int> clusters{-1};
  std::string version;
  std::atomic<bool> acked{false};
  ProxyThread proxy(address().toStdString(), "edge-7", [&](AdsClient& client) {
    if (!client.subscribe(kCds)) return;
    auto response = client.read();
    if (!response) return;
    version = response->version_info();
    clusters = response->resources_size();
    acked = client.ack(*response);
  });

  ASSERT_TRUE(waitFor([&] { return label("ProxyCount") == "1 proxy connected"; }))
      << label("ProxyCount").toStdString();
  ASSERT_TRUE(waitFor([&] { return acked && status(kCds) == fleet::SyncStatus::Synced; }));
  EXPECT_EQ(clusters, static_cast<int>(window->workspace()->items(workspace::Kind::kCluster).size()));
  const auto& model = window->fleetModel();
  EXPECT_EQ(model.index(0, FleetTableModel::NodeColumn).data().toString(), QStringLiteral("edge-7"));
  EXPECT_EQ(model.index(0, FleetTableModel::ClusterColumn).data().toString(),
            QStringLiteral("console-test"));
  EXPECT_TRUE(model.index(0, model.columnOf(kCds)).data().toString().startsWith(
      QStringLiteral("SYNCED  ") + QString::fromStdString(version).left(8)));
  EXPECT_EQ(status(kLds), fleet::SyncStatus::NotSent);

  proxy.stop();
  ASSERT_TRUE(waitFor([&] { return label("ProxyCount") == "0 proxies connected"; }));
  ASSERT_TRUE(waitFor([&] {
    return window->logDock()->text().contains("Proxy edge-7 disconnected");
  })) << window->logDock()->text().toStdString();
  EXPECT_TRUE(window->logDock()->text().contains("Proxy edge-7 connected"));
}

TEST_F(XdsConsoleTest, ANackReachesTheTableAndTheLog) {
  start();
  openLab();
  ProxyThread proxy(address().toStdString(), "edge-nack", [&](AdsClient& client) {
    if (!client.subscribe(kLds)) return;
    if (auto response = client.read()) {
      client.nack(*response, "listener 'edge': cannot bind to 127.0.0.1:10000");
    }
  });
  ASSERT_TRUE(waitFor([&] {
    return window->fleetModel().proxyCount() == 1 && status(kLds) == fleet::SyncStatus::Nacked;
  }));
  const auto& model = window->fleetModel();
  EXPECT_TRUE(model.index(0, model.columnOf(kLds))
                  .data(Qt::ToolTipRole)
                  .toString()
                  .contains("cannot bind to 127.0.0.1:10000"));
  ASSERT_TRUE(waitFor([&] {
    return window->logDock()->text().contains("Proxy edge-nack rejected LDS version");
  })) << window->logDock()->text().toStdString();
}

TEST_F(XdsConsoleTest, ATakenPortIsReportedInTheStatusBarAndTheLog) {
  // Someone else holds a port (a plain socket, as most programs open one).
  const int holder = ::socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(holder, 0);
  sockaddr_in at{};
  at.sin_family = AF_INET;
  at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::bind(holder, reinterpret_cast<sockaddr*>(&at), sizeof at), 0);
  ASSERT_EQ(::listen(holder, 1), 0);
  socklen_t size = sizeof at;
  ASSERT_EQ(::getsockname(holder, reinterpret_cast<sockaddr*>(&at), &size), 0);
  const std::string address = "127.0.0.1:" + std::to_string(ntohs(at.sin_port));

  controlplane::Options options;
  options.workspacePath = labPath.toStdString();
  options.xdsAddress = address;
  plane = std::make_unique<controlplane::ControlPlane>(options);
  std::string error;
  EXPECT_FALSE(plane->start(&error));
  window = std::make_unique<MainWindow>(*plane, log);
  window->setServerStatus(QString::fromStdString(address), QString::fromStdString(error));
  window->show();
  EXPECT_EQ(label("ServerStatus"), QString::fromStdString("xDS " + address + ": not serving"));
  ASSERT_TRUE(waitFor([&] {
    return window->logDock()->text().contains(
        QString::fromStdString("could not listen on " + address));
  }));
  // The console goes on: a workspace still opens (it is just not served).
  EXPECT_TRUE(openLab().errors.empty());
  ::close(holder);
}

}  // namespace
}  // namespace meshdesk::app
