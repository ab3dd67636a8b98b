// Reading an Envoy /config_dump as Envoy writes it (tests/lab/data/config_dump.json has the
// shape of Envoy 1.28's, trimmed) and comparing it with the served snapshot.

#include "lab/config_dump.h"

#include <gtest/gtest.h>

#include "lab_test_support.h"
#include "publish/publication.h"
#include "snapshot/type_url.h"

namespace meshdesk::lab {
namespace {

namespace tu = snapshot::type_url;

snapshot::SnapshotPtr served(const std::string& yaml) {
  auto parsed = workspace::Workspace::parse(yaml);
  EXPECT_TRUE(parsed.ok());
  return publish::buildPublication(parsed.workspace).snapshots.at("default");
}

TEST(ConfigDump, ReadsEveryDynamicResourceWithItsVersion) {
  auto view = readConfigDump(labtest::dataFile("config_dump.json"));
  EXPECT_TRUE(view.problems.empty()) << view.problems.front();
  EXPECT_EQ(view.typeVersions[std::string(tu::kCluster)], "7");
  EXPECT_EQ(view.typeVersions[std::string(tu::kListener)], "6");
  std::map<std::string, std::string> versions;
  for (auto& r : view.resources) {
    versions[r.name] = r.version;
    EXPECT_EQ(r.problem, "") << r.name;
  }
  // The static cluster of the bootstrap is not the control plane's.
  EXPECT_EQ(versions, (std::map<std::string, std::string>{
                          {"api", "5"}, {"web", "7"}, {"edge", "6"}, {"edge-routes", "6"}}));
}

TEST(ConfigDump, MatchesTheSnapshotItWasServed) {
  auto view = readConfigDump(labtest::dataFile("config_dump.json"));
  auto found = findDrift(view, *served(labtest::dataFile("fleet.yaml")));
  // The dump lacks the EDS endpoints of "api": that is the one difference.
  ASSERT_EQ(found.size(), 1u) << found[1].name << " " << found[1].detail;
  EXPECT_EQ(found[0].kind, Drift::Kind::Missing);
  EXPECT_EQ(found[0].typeUrl, tu::kClusterLoadAssignment);
  EXPECT_EQ(found[0].name, "api");
}

TEST(ConfigDump, ARejectedListenerAndAnUnreadableClusterAreNamed) {
  std::string text = labtest::dataFile("config_dump.json");
  text = labtest::replaced(text, "\"name\": \"edge\",\n",
                           "\"name\": \"edge\",\n     \"error_state\": {\"details\": \"cannot bind 127.0.0.1:10000\"},\n");
  text = labtest::replaced(text, "\"name\": \"api\",", "\"name\": \"api\", \"no_such_field\": 1,");
  auto view = readConfigDump(text);
  auto found = findDrift(view, *served(labtest::dataFile("fleet.yaml")));
  std::map<std::string, Drift::Kind> kinds;
  for (auto& d : found)
    kinds[snapshot::shortTypeName(d.typeUrl) + "/" + d.name + (d.kind == Drift::Kind::Rejected ? "!" : "")] = d.kind;
  EXPECT_EQ(kinds["LDS/edge!"], Drift::Kind::Rejected);
  EXPECT_EQ(kinds["CDS/api"], Drift::Kind::Unreadable);
}

TEST(ConfigDump, NotJsonIsAProblemNotACrash) {
  EXPECT_EQ(readConfigDump("<html>").problems.size(), 1u);
  EXPECT_EQ(readConfigDump("{}").problems.size(), 1u);
}

}  // namespace
}  // namespace meshdesk::lab
