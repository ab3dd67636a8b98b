// The workspace's resource_ttls: read with their places, kept in the model, written in one
// canonical form (golden file), read back the same; and each mistake of shape reported where it
// is written. What the entries mean against the items is validation's (tests/validate).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_files.h"
#include "workspace/workspace.h"

namespace meshdesk::workspace {
namespace {

using namespace std::chrono_literals;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::string allErrors(const LoadResult& result) {
  std::string out;
  for (const auto& e : result.errors) out += e.toString() + "\n";
  return out;
}

TEST(ResourceTtls, ReadIntoTheModelWithTheirPlaces) {
  auto result = Workspace::load(testing::dataFile("resource-ttls.yaml"));
  ASSERT_TRUE(result.ok()) << allErrors(result);
  const auto& ttls = result.workspace.resourceTtls();
  ASSERT_EQ(ttls.size(), 4u);
  EXPECT_EQ(ttls[0].kind, Kind::kRuntime);
  ASSERT_TRUE(ttls[0].names);
  EXPECT_THAT(*ttls[0].names, ElementsAre("flags"));
  EXPECT_EQ(ttls[0].ttl, 30s);
  EXPECT_EQ(ttls[0].location.line, 15);
  EXPECT_EQ(ttls[0].location.column, 3);
  EXPECT_EQ(ttls[1].kind, Kind::kCluster);
  EXPECT_FALSE(ttls[1].names) << "names: ~ is every item, as if not written";
  EXPECT_EQ(ttls[1].ttl, 250ms);
  EXPECT_EQ(ttls[1].location.line, 16);
  EXPECT_EQ(ttls[2].ttl, 1500ms);
  ASSERT_TRUE(ttls[3].names);
  EXPECT_TRUE(ttls[3].names->empty()) << "names: [] is kept: it covers nothing";
}

TEST(ResourceTtls, EachItemGetsTheTtlOfTheEntryThatCoversIt) {
  auto result = Workspace::load(testing::dataFile("resource-ttls.yaml"));
  ASSERT_TRUE(result.ok()) << allErrors(result);
  const Workspace& ws = result.workspace;
  EXPECT_EQ(ws.ttlOf(*ws.find(Kind::kRuntime, "flags")), 30s);
  EXPECT_EQ(ws.ttlOf(*ws.find(Kind::kRuntime, "limits")), 1500ms);
  // Without names: every item of the kind.
  EXPECT_EQ(ws.ttlOf(*ws.find(Kind::kCluster, "api")), 250ms);
  EXPECT_EQ(ws.ttlOf(*ws.find(Kind::kCluster, "web")), 250ms);
  // Set in code, on a copy: the original keeps its own.
  Workspace copy = ws;
  auto entries = copy.resourceTtls();
  entries.erase(entries.begin() + 1);
  copy.setResourceTtls(entries);
  EXPECT_FALSE(copy.ttlOf(*copy.find(Kind::kCluster, "api")));
  EXPECT_EQ(ws.ttlOf(*ws.find(Kind::kCluster, "api")), 250ms);
  EXPECT_EQ(ws.resourceTtls().size(), 4u);
}

TEST(ResourceTtls, ANameIsOfTheEntrysKindOnly) {
  auto result = Workspace::parse("clusters:\n- name: api\nendpoints:\n- cluster_name: api\n"
                                 "resource_ttls:\n- kind: endpoints\n  names: [api]\n  ttl: 5s\n");
  ASSERT_TRUE(result.ok()) << allErrors(result);
  const Workspace& ws = result.workspace;
  EXPECT_EQ(ws.ttlOf(*ws.find(Kind::kEndpoint, "api")), 5s);
  EXPECT_FALSE(ws.ttlOf(*ws.find(Kind::kCluster, "api")));
}

TEST(ResourceTtls, AnItemNoEntryCoversHasNoTtl) {
  auto result = Workspace::parse("clusters:\n- name: api\nruntimes:\n- name: flags\n"
                                 "resource_ttls:\n- kind: runtimes\n  ttl: 10s\n");
  ASSERT_TRUE(result.ok()) << allErrors(result);
  EXPECT_FALSE(result.workspace.ttlOf(*result.workspace.find(Kind::kCluster, "api")));
  EXPECT_EQ(result.workspace.ttlOf(*result.workspace.find(Kind::kRuntime, "flags")), 10s);
}

TEST(ResourceTtls, WrittenInOneCanonicalForm) {
  auto result = Workspace::load(testing::dataFile("resource-ttls.yaml"));
  ASSERT_TRUE(result.ok()) << allErrors(result);
  EXPECT_EQ(result.workspace.toYaml(), testing::readFile(testing::dataFile("resource-ttls.expected.yaml")));
}

TEST(ResourceTtls, RoundTripIsByteIdentical) {
  const std::string golden = testing::readFile(testing::dataFile("resource-ttls.expected.yaml"));
  auto read = Workspace::parse(golden);
  ASSERT_TRUE(read.ok()) << allErrors(read);
  EXPECT_EQ(read.workspace.toYaml(), golden);
}

TEST(ResourceTtls, ZeroAndNegativeAreKeptForValidationToReport) {
  auto result = Workspace::parse("resource_ttls:\n- kind: runtimes\n  ttl: 0s\n"
                                 "- kind: clusters\n  ttl: -0.5s\n");
  ASSERT_TRUE(result.ok()) << allErrors(result);
  ASSERT_EQ(result.workspace.resourceTtls().size(), 2u);
  EXPECT_EQ(result.workspace.resourceTtls()[0].ttl, 0ms);
  EXPECT_EQ(result.workspace.resourceTtls()[1].ttl, -500ms);
  EXPECT_EQ(result.workspace.toYaml(),
            "resource_ttls:\n- kind: runtimes\n  ttl: 0s\n- kind: clusters\n  ttl: -0.500s\n");
}

TEST(ResourceTtls, SetInCodeAndWritten) {
  Workspace ws;
  ws.setResourceTtls({{Kind::kListener, std::nullopt, 2min, {}},
                      {Kind::kSecret, std::vector<std::string>{"b", "a"}, 1001ms, {}}});
  EXPECT_EQ(ws.toYaml(), "resource_ttls:\n- kind: listeners\n  ttl: 120s\n"
                         "- kind: secrets\n  names: [b, a]\n  ttl: 1.001s\n");
}

struct Mistake {
  const char* text;
  int line;
  int column;
  const char* path;
  const char* message;
};

class ResourceTtlMistakes : public ::testing::TestWithParam<Mistake> {};

TEST_P(ResourceTtlMistakes, ReportedWithTheirPlaceAndTheEntryLeftOut) {
  const Mistake& m = GetParam();
  auto result = Workspace::parse(std::string("runtimes:\n- name: flags\nresource_ttls:\n") + m.text,
                                 "ws.yaml");
  ASSERT_EQ(result.errors.size(), 1u) << allErrors(result);
  const auto& e = result.errors.front();
  EXPECT_EQ(e.file, "ws.yaml");
  EXPECT_EQ(e.line, m.line) << e.toString();
  EXPECT_EQ(e.column, m.column) << e.toString();
  EXPECT_EQ(e.path, m.path) << e.toString();
  EXPECT_THAT(e.message, HasSubstr(m.message));
  EXPECT_TRUE(result.workspace.resourceTtls().empty());
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, ResourceTtlMistakes,
    ::testing::Values(
        Mistake{"- kind: runtime\n  ttl: 30s\n", 4, 9, "resource_ttls[0].kind",
                "unknown kind 'runtime'; did you mean 'runtimes'?"},
        Mistake{"- kind: gateways\n  ttl: 30s\n", 4, 9, "resource_ttls[0].kind",
                "a kind is a section of resources"},
        Mistake{"- kind: runtimes\n  ttl: 30\n", 5, 8, "resource_ttls[0].ttl",
                "a duration is written in seconds with an 's' suffix"},
        Mistake{"- kind: runtimes\n  ttl: 5m\n", 5, 8, "resource_ttls[0].ttl",
                "a duration is written in seconds"},
        Mistake{"- kind: runtimes\n  ttl: 0.0005s\n", 5, 8, "resource_ttls[0].ttl",
                "finer than a millisecond"},
        Mistake{"- kind: runtimes\n  ttl: 400000000000s\n", 5, 8, "resource_ttls[0].ttl",
                "out of range"},
        Mistake{"- kind: runtimes\n  ttl: {seconds: 3}\n", 5, 8, "resource_ttls[0].ttl",
                "expected a string, found a mapping"},
        Mistake{"- kind: runtimes\n", 4, 3, "resource_ttls[0].ttl", "needs a ttl"},
        Mistake{"- ttl: 30s\n", 4, 3, "resource_ttls[0].kind", "needs a kind"},
        Mistake{"- kind: runtimes\n  name: [flags]\n  ttl: 30s\n", 5, 3, "resource_ttls[0].name",
                "unknown field 'name' of a TTL entry; did you mean 'names'?"},
        Mistake{"- kind: runtimes\n  names: flags\n  ttl: 30s\n", 5, 10, "resource_ttls[0].names",
                "expected a list of item names, found \"flags\""},
        Mistake{"- kind: runtimes\n  names: [[flags]]\n  ttl: 30s\n", 5, 11,
                "resource_ttls[0].names[0]", "expected a string, found a list"},
        Mistake{"- runtimes: 30s\n", 4, 3, "resource_ttls[0].runtimes",
                "unknown field 'runtimes' of a TTL entry; write the section as 'kind: runtimes'"},
        Mistake{"- 30s\n", 4, 3, "resource_ttls[0]", "expected a TTL entry (a mapping"},
        Mistake{"  kind: runtimes\n", 4, 3, "resource_ttls", "expected a list, found a mapping"}));

TEST(ResourceTtls, MistakesDoNotStopTheOtherEntries) {
  auto result = Workspace::parse("resource_ttls:\n- kind: runtime\n  ttl: 30s\n"
                                 "- kind: clusters\n  ttl: 1s\n- kind: listeners\n  ttl: 1 s\n");
  EXPECT_EQ(result.errors.size(), 2u) << allErrors(result);
  ASSERT_EQ(result.workspace.resourceTtls().size(), 1u);
  EXPECT_EQ(result.workspace.resourceTtls()[0].kind, Kind::kCluster);
  EXPECT_EQ(result.workspace.resourceTtls()[0].location.line, 4);
}

TEST(ResourceTtls, AMisspeltSectionSuggestsResourceTtls) {
  auto result = Workspace::parse("resource_ttl:\n- kind: runtimes\n  ttl: 30s\n");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_THAT(result.errors[0].message, HasSubstr("did you mean 'resource_ttls'?"));
}

}  // namespace
}  // namespace meshdesk::workspace
