// FleetTableModel fed real FleetRegistry batches through the CoreBridge, checked throughout by
// QAbstractItemModelTester (which aborts the test on any model contract violation).

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include "core_bridge.h"
#include "models/fleet_table_model.h"
#include "qt_test_support.h"
#include "snapshot/type_url.h"

namespace meshdesk::app {
namespace {

using namespace std::chrono_literals;
using fleet::SyncStatus;
using testing::waitFor;
namespace type_url = snapshot::type_url;

const std::string kCds(type_url::kCluster);
const std::string kLds(type_url::kListener);

class FleetTableModelTest : public ::testing::Test {
 protected:
  FleetTableModelTest()
      : registry(5ms),
        tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal),
        bridge(registry) {
    QObject::connect(&bridge, &CoreBridge::fleetBatch, &model, &FleetTableModel::applyBatch);
  }

  fleet::ProxyId connect(const std::string& node, const std::string& cluster = "lab") {
    fleet::ProxyIdentity who;
    who.nodeId = node;
    who.cluster = cluster;
    who.peer = "ipv4:127.0.0.1:" + std::to_string(40000 + nextPort++);
    who.group = "default";
    who.region = "eu";
    who.zone = "eu-1a";
    return registry.streamOpened(who);
  }

  QVariant cell(fleet::ProxyId id, int column, int role = Qt::DisplayRole) const {
    return model.index(model.rowOf(id), column).data(role);
  }
  SyncStatus status(fleet::ProxyId id, const std::string& typeUrl) const {
    return static_cast<SyncStatus>(
        cell(id, model.columnOf(typeUrl), FleetTableModel::SyncStatusRole).toInt());
  }
  bool waitForStatus(fleet::ProxyId id, const std::string& typeUrl, SyncStatus wanted) {
    return waitFor([&] { return model.rowOf(id) >= 0 && status(id, typeUrl) == wanted; });
  }

  fleet::FleetRegistry registry;
  FleetTableModel model;
  QAbstractItemModelTester tester;
  CoreBridge bridge;
  int nextPort = 0;
};

TEST_F(FleetTableModelTest, ShowsAConnectedProxyWithItsIdentity) {
  QSignalSpy counts(&model, &FleetTableModel::proxyCountChanged);
  const auto id = connect("front-1", "front");
  ASSERT_TRUE(waitFor([&] { return model.proxyCount() == 1; }));

  EXPECT_EQ(cell(id, FleetTableModel::NodeColumn).toString(), QStringLiteral("front-1"));
  EXPECT_EQ(cell(id, FleetTableModel::ClusterColumn).toString(), QStringLiteral("front"));
  EXPECT_EQ(cell(id, FleetTableModel::GroupColumn).toString(), QStringLiteral("default"));
  EXPECT_TRUE(cell(id, FleetTableModel::PeerColumn).toString().startsWith("ipv4:127.0.0.1:"));
  EXPECT_EQ(cell(id, FleetTableModel::LocalityColumn).toString(), QStringLiteral("eu/eu-1a"));
  EXPECT_FALSE(cell(id, FleetTableModel::ConnectedColumn).toString().isEmpty());
  EXPECT_TRUE(cell(id, FleetTableModel::NodeColumn, Qt::ToolTipRole).toString().contains("1 stream"));
  EXPECT_EQ(cell(id, FleetTableModel::NodeColumn, FleetTableModel::ProxyIdRole).toULongLong(), id);
  EXPECT_TRUE(cell(id, FleetTableModel::NodeColumn, Qt::ToolTipRole).toString().contains("eu/eu-1a"));
  EXPECT_EQ(status(id, kCds), SyncStatus::NotSent);
  EXPECT_EQ(cell(id, model.columnOf(kCds)).toString(), QStringLiteral("NOT SENT"));
  ASSERT_GE(counts.count(), 1);
  EXPECT_EQ(counts.last().at(0).toInt(), 1);

  // A second stream of the same node over the same connection is the same proxy.
  fleet::ProxyIdentity again;
  again.nodeId = "front-1";
  again.peer = cell(id, FleetTableModel::PeerColumn).toString().toStdString();
  registry.streamOpened(again);
  ASSERT_TRUE(waitFor([&] {
    return cell(id, FleetTableModel::NodeColumn, Qt::ToolTipRole).toString().contains("2 stream");
  }));
  EXPECT_EQ(model.proxyCount(), 1);
}

TEST_F(FleetTableModelTest, FollowsSentAckedAndNackedPerType) {
  const auto id = connect("edge-1");
  registry.sent(id, kCds, "v1", "n1");
  ASSERT_TRUE(waitForStatus(id, kCds, SyncStatus::Stale));
  EXPECT_EQ(cell(id, model.columnOf(kCds)).toString(), QStringLiteral("STALE  v1"));
  EXPECT_EQ(status(id, kLds), SyncStatus::NotSent);

  registry.acked(id, kCds, "v1", "n1");
  ASSERT_TRUE(waitForStatus(id, kCds, SyncStatus::Synced));
  EXPECT_EQ(cell(id, model.columnOf(kCds)).toString(), QStringLiteral("SYNCED  v1"));

  registry.sent(id, kCds, "v2", "n2");
  registry.nacked(id, kCds, "v2", "n2", "cluster 'api': unknown field 'lb_polcy'", 3);
  ASSERT_TRUE(waitForStatus(id, kCds, SyncStatus::Nacked));
  const int column = model.columnOf(kCds);
  EXPECT_EQ(cell(id, column).toString(), QStringLiteral("NACKED  v2"));
  const QString tip = cell(id, column, Qt::ToolTipRole).toString();
  EXPECT_TRUE(tip.contains("unknown field 'lb_polcy'")) << tip.toStdString();
  EXPECT_TRUE(tip.contains("ACKed: version v1")) << tip.toStdString();
  EXPECT_TRUE(tip.contains("1 NACK")) << tip.toStdString();

  // Status is never told by colour alone: each one has its own icon and its own word.
  const auto notSent = cell(id, model.columnOf(kLds), Qt::DecorationRole).value<QIcon>();
  const auto nacked = cell(id, column, Qt::DecorationRole).value<QIcon>();
  ASSERT_FALSE(nacked.isNull());
  EXPECT_NE(notSent.pixmap(16).toImage(), nacked.pixmap(16).toImage());
}

TEST_F(FleetTableModelTest, LongVersionsAreShortenedInTheCellOnly) {
  const auto id = connect("edge-2");
  const std::string hash = "9f86d081884c7d65";
  registry.sent(id, kLds, hash, "n1");
  ASSERT_TRUE(waitForStatus(id, kLds, SyncStatus::Stale));
  EXPECT_EQ(cell(id, model.columnOf(kLds)).toString(), QString("STALE  9f86d081") + QChar(0x2026));
  EXPECT_TRUE(cell(id, model.columnOf(kLds), Qt::ToolTipRole).toString().contains("9f86d081884c7d65"));
}

TEST_F(FleetTableModelTest, RemovesDisconnectedProxiesAndKeepsTheOthersInOrder) {
  std::vector<fleet::ProxyId> ids;
  for (int i = 1; i <= 6; ++i) ids.push_back(connect("p" + std::to_string(i)));
  ASSERT_TRUE(waitFor([&] { return model.proxyCount() == 6; }));

  registry.streamClosed(ids[1]);
  registry.streamClosed(ids[2]);
  registry.streamClosed(ids[4]);
  ASSERT_TRUE(waitFor([&] { return model.proxyCount() == 3; }));
  QStringList nodes;
  for (int row = 0; row < model.rowCount(); ++row) {
    nodes << model.index(row, FleetTableModel::NodeColumn).data().toString();
  }
  EXPECT_EQ(nodes, (QStringList{"p1", "p4", "p6"}));
  EXPECT_EQ(model.rowOf(ids[3]), 1);
  EXPECT_EQ(model.rowOf(ids[1]), -1);
}

TEST_F(FleetTableModelTest, AddsAColumnForATypeSeenForTheFirstTime) {
  const std::string modelRoute(type_url::kModelRoute);
  const int before = model.columnCount();
  ASSERT_EQ(model.columnOf(modelRoute), -1);
  const auto id = connect("ai-gw");
  registry.sent(id, modelRoute, "7", "n1");
  ASSERT_TRUE(waitFor([&] { return model.columnOf(modelRoute) >= 0; }));
  EXPECT_EQ(model.columnCount(), before + 1);
  EXPECT_EQ(model.headerData(model.columnOf(modelRoute), Qt::Horizontal).toString(),
            QStringLiteral("ModelRoute"));
  EXPECT_EQ(status(id, modelRoute), SyncStatus::Stale);
}

TEST_F(FleetTableModelTest, HeadersNameTheTypesAndTheirUrls) {
  const int cds = model.columnOf(kCds);
  ASSERT_GE(cds, FleetTableModel::TypeColumns);
  EXPECT_EQ(model.headerData(cds, Qt::Horizontal).toString(), QStringLiteral("CDS"));
  EXPECT_EQ(model.headerData(cds, Qt::Horizontal, Qt::ToolTipRole).toString(),
            QString::fromStdString(kCds));
  EXPECT_EQ(model.headerData(FleetTableModel::NodeColumn, Qt::Horizontal).toString(),
            QStringLiteral("Node"));
}

TEST_F(FleetTableModelTest, ManyProxiesComeAndGoConsistently) {
  std::vector<fleet::ProxyId> ids;
  for (int i = 0; i < 200; ++i) ids.push_back(connect("bulk-" + std::to_string(i)));
  for (int i = 0; i < 200; i += 3) registry.streamClosed(ids[i]);
  const int expected = 200 - 67;
  ASSERT_TRUE(waitFor([&] { return model.proxyCount() == expected; }));
  EXPECT_EQ(static_cast<std::size_t>(model.proxyCount()), registry.size());
  for (int row = 0; row < model.rowCount(); ++row) {
    const auto id = model.index(row, 0).data(FleetTableModel::ProxyIdRole).toULongLong();
    EXPECT_EQ(model.rowOf(id), row);
    EXPECT_TRUE(registry.proxy(id).has_value());
  }
}

// The table at the scale the console is built for: 10,000 proxies, a batch of status changes
// every 100 ms. A batch updates rows in place and signals each run of consecutive changed rows
// once: no reset, no signal for a row that did not change.
TEST(FleetTableModelScale, ABatchSignalsItsRunsOfChangedRowsOnly) {
  FleetTableModel model;
  fleet::FleetBatch connectAll;
  for (int i = 0; i < 10000; ++i) {
    fleet::ProxyState p;
    p.id = static_cast<fleet::ProxyId>(i + 1);
    p.nodeId = "proxy-" + std::to_string(i);
    p.types[kCds].status = SyncStatus::Synced;
    p.types[kCds].versionAcked = "1";
    connectAll.changed.push_back(std::move(p));
  }
  model.applyBatch(connectAll);
  ASSERT_EQ(model.proxyCount(), 10000);

  QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
  QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
  QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
  // Ten changes: rows 5, 6, 7 (one run), 100, 4000, 4001 (one run), 9999, 20, 21, 22 (one run).
  fleet::FleetBatch batch;
  for (int row : {5, 6, 7, 100, 4000, 4001, 9999, 20, 21, 22}) {
    fleet::ProxyState p = *model.proxyAt(row);
    p.types[kCds].status = SyncStatus::Stale;
    p.types[kCds].versionSent = "2";
    batch.changed.push_back(std::move(p));
  }
  model.applyBatch(batch);
  EXPECT_EQ(resets.count(), 0);
  EXPECT_EQ(layouts.count(), 0);
  std::vector<std::pair<int, int>> runs;
  for (const auto& args : changes)
    runs.emplace_back(args.at(0).toModelIndex().row(), args.at(1).toModelIndex().row());
  EXPECT_EQ(runs, (std::vector<std::pair<int, int>>{
                      {5, 7}, {20, 22}, {100, 100}, {4000, 4001}, {9999, 9999}}));
  EXPECT_EQ(static_cast<SyncStatus>(model.index(4001, model.columnOf(kCds))
                                        .data(FleetTableModel::SyncStatusRole)
                                        .toInt()),
            SyncStatus::Stale);
  EXPECT_EQ(static_cast<SyncStatus>(model.index(4002, model.columnOf(kCds))
                                        .data(FleetTableModel::SyncStatusRole)
                                        .toInt()),
            SyncStatus::Synced);
}

TEST(FleetTableModelScale, SortsProblemsFirst) {
  FleetTableModel model;
  fleet::FleetBatch batch;
  const SyncStatus order[] = {SyncStatus::Synced, SyncStatus::Nacked, SyncStatus::NotSent,
                              SyncStatus::Stale};
  for (int i = 0; i < 4; ++i) {
    fleet::ProxyState p;
    p.id = static_cast<fleet::ProxyId>(i + 1);
    p.nodeId = "p" + std::to_string(i);
    if (order[i] != SyncStatus::NotSent) p.types[kCds].status = order[i];
    batch.changed.push_back(std::move(p));
  }
  model.applyBatch(batch);
  std::vector<QString> keys;
  for (int row = 0; row < 4; ++row)
    keys.push_back(model.index(row, model.columnOf(kCds)).data(FleetTableModel::SortRole).toString());
  std::vector<QString> sorted = keys;
  std::sort(sorted.begin(), sorted.end());
  // NACKED, STALE, NOT SENT, SYNCED.
  EXPECT_EQ(sorted, (std::vector<QString>{keys[1], keys[3], keys[2], keys[0]}));
}

}  // namespace
}  // namespace meshdesk::app
