// The fleet table's filter bar and status box: words, field:value, status and per-type
// status terms, and what is not understood named rather than silently matching nothing.

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

#include "fleet/fleet_filter_model.h"
#include "models/fleet_table_model.h"
#include "snapshot/type_url.h"

namespace meshdesk::app {
namespace {

using fleet::SyncStatus;
const std::string kCds(snapshot::type_url::kCluster);
const std::string kLds(snapshot::type_url::kListener);

class FleetFilterTest : public ::testing::Test {
 protected:
  FleetFilterTest() : filter(model), tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal) {
    fleet::FleetBatch batch;
    add(batch, "edge-1", "edge", "eu-1a", SyncStatus::Synced, SyncStatus::Synced, "7");
    add(batch, "edge-2", "edge", "eu-1b", SyncStatus::Nacked, SyncStatus::Synced, "8");
    add(batch, "mesh-1", "mesh", "us-2a", SyncStatus::Synced, SyncStatus::Stale, "8");
    add(batch, "mesh-2", "mesh", "us-2a", SyncStatus::Synced, SyncStatus::Synced, "7", "canary~default");
    model.applyBatch(batch);
  }
  static void add(fleet::FleetBatch& batch, const std::string& node, const std::string& cluster,
                  const std::string& zone, SyncStatus cds, SyncStatus lds, const std::string& version,
                  const std::string& group = "default") {
    fleet::ProxyState p;
    p.id = batch.changed.size() + 1;
    p.nodeId = node;
    p.cluster = cluster;
    p.zone = zone;
    p.group = group;
    p.userAgent = "envoy/1.28.0";
    p.types[kCds].status = cds;
    p.types[kCds].versionAcked = version;
    p.types[kCds].versionSent = version;
    if (cds == SyncStatus::Nacked) p.types[kCds].lastNack = fleet::Nack{kCds, version, "n", "bad", 3, {}};
    p.types[kLds].status = lds;
    p.types[kLds].versionAcked = version;
    p.types[kLds].versionSent = version;
    batch.changed.push_back(std::move(p));
  }
  QStringList shown() const {
    QStringList out;
    for (int row = 0; row < filter.rowCount(); ++row)
      out << filter.index(row, FleetTableModel::NodeColumn).data().toString();
    out.sort();
    return out;
  }

  FleetTableModel model;
  FleetFilterModel filter;
  QAbstractItemModelTester tester;
};

TEST_F(FleetFilterTest, WordsMatchAnyIdentityFieldAndAllMustMatch) {
  filter.setFilterText("edge");
  EXPECT_EQ(shown(), (QStringList{"edge-1", "edge-2"}));
  filter.setFilterText("us-2a");
  EXPECT_EQ(shown(), (QStringList{"mesh-1", "mesh-2"}));
  filter.setFilterText("mesh canary");
  EXPECT_EQ(shown(), (QStringList{"mesh-2"}));
  filter.setFilterText("");
  EXPECT_EQ(filter.rowCount(), 4);
}

TEST_F(FleetFilterTest, FieldStatusTypeAndVersionTerms) {
  filter.setFilterText("cluster:mesh");
  EXPECT_EQ(shown(), (QStringList{"mesh-1", "mesh-2"}));
  filter.setFilterText("status:nacked");
  EXPECT_EQ(shown(), (QStringList{"edge-2"}));
  filter.setFilterText("status:problem");
  EXPECT_EQ(shown(), (QStringList{"edge-2", "mesh-1"}));
  filter.setFilterText("lds:stale");
  EXPECT_EQ(shown(), (QStringList{"mesh-1"}));
  filter.setFilterText("cds:stale");
  EXPECT_TRUE(shown().isEmpty());
  filter.setFilterText("version:7 cluster:edge");
  EXPECT_EQ(shown(), (QStringList{"edge-1"}));
  EXPECT_TRUE(filter.unknownTerms().isEmpty());
}

TEST_F(FleetFilterTest, UnknownTermsAreNamed) {
  filter.setFilterText("colour:red status:broken edge");
  EXPECT_EQ(filter.unknownTerms(), (QStringList{"colour:red", "status:broken"}));
  EXPECT_EQ(shown(), (QStringList{"edge-1", "edge-2"}));
}

TEST_F(FleetFilterTest, TheStatusBoxAndSortingByStatus) {
  filter.setStatusFilter(FleetFilterModel::StatusFilter::Nacked);
  EXPECT_EQ(shown(), (QStringList{"edge-2"}));
  filter.setStatusFilter(FleetFilterModel::StatusFilter::Problems);
  EXPECT_EQ(shown(), (QStringList{"edge-2", "mesh-1"}));
  filter.setStatusFilter(FleetFilterModel::StatusFilter::All);
  filter.sort(model.columnOf(kCds), Qt::AscendingOrder);
  EXPECT_EQ(filter.index(0, FleetTableModel::NodeColumn).data().toString(), QStringLiteral("edge-2"));

  // A change re-sorts the row that changed, without a reset.
  fleet::FleetBatch change;
  fleet::ProxyState p = *model.proxyAt(2);  // mesh-1
  p.types[kCds].status = SyncStatus::Nacked;
  change.changed.push_back(p);
  model.applyBatch(change);
  QStringList firstTwo{filter.index(0, 0).data().toString(), filter.index(1, 0).data().toString()};
  firstTwo.sort();
  EXPECT_EQ(firstTwo, (QStringList{"edge-2", "mesh-1"}));
}

}  // namespace
}  // namespace meshdesk::app
