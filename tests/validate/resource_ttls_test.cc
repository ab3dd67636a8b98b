// The workspace's resource_ttls checked against its items: each finding with its rule, its
// severity and the place of the field it is about (docs/validation.md, "Resource TTLs").
#include <gmock/gmock.h>

#include "validate/resource_ttls.h"
#include "validate_test_support.h"

namespace meshdesk::validate {
namespace {

using ::testing::HasSubstr;
using testing::check;
using testing::listAll;
using testing::onlyFinding;
using testing::placeOf;
using testing::withRule;

// Two runtimes and a cluster, then the entries under test.
std::string workspaceWith(const std::string& entries) {
  return "runtimes:\n- name: flags\n  layer: {checkout.v2: true}\n"
         "- name: limits\n  layer: {max: 10}\n"
         "clusters:\n- name: api\n  connect_timeout: 1s\n"
         "resource_ttls:\n" + entries;
}

TEST(ResourceTtlChecks, GoodEntriesHaveNothingToSay) {
  auto findings = check(workspaceWith("- kind: runtimes\n  names: [flags]\n  ttl: 30s\n"
                                      "- kind: runtimes\n  names: [limits]\n  ttl: 1s\n"
                                      "- kind: clusters\n  ttl: 300s\n"));
  EXPECT_TRUE(findings.empty()) << listAll(findings);
}

TEST(ResourceTtlChecks, ZeroIsAnErrorAtTheTtl) {
  std::string yaml = workspaceWith("- kind: runtimes\n  ttl: 0s\n");
  Finding f = onlyFinding(check(yaml), "resource_ttl.duration");
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_FALSE(f.kind);
  EXPECT_EQ(f.path, "resource_ttls[0].ttl");
  EXPECT_EQ(f.file, "test.yaml");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "0s"));
  EXPECT_THAT(f.message, HasSubstr("greater than 0s"));
  EXPECT_THAT(f.toString(), HasSubstr("test.yaml:" + std::to_string(f.line) + ":"));
}

TEST(ResourceTtlChecks, NegativeIsAnError) {
  std::string yaml = workspaceWith("- kind: clusters\n  ttl: -2.5s\n");
  auto findings = check(yaml);
  Finding f = onlyFinding(findings, "resource_ttl.duration");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "-2.5s"));
  EXPECT_THAT(f.message, HasSubstr("-2.500s given"));
  EXPECT_TRUE(withRule(findings, "resource_ttl.short").empty()) << listAll(findings);
}

// 100 years is the most; 10000 years (the longest Duration) would overflow heartbeat timers.
TEST(ResourceTtlChecks, OverACenturyIsAnError) {
  EXPECT_TRUE(withRule(check(workspaceWith("- kind: runtimes\n  ttl: 3153600000s\n")),
                       "resource_ttl.duration")
                  .empty());
  std::string yaml = workspaceWith("- kind: runtimes\n  ttl: 315576000000s\n");
  Finding f = onlyFinding(check(yaml), "resource_ttl.duration");
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_EQ(placeOf(f), placeOf(yaml, "315576000000s"));
  EXPECT_THAT(f.message, HasSubstr("over 100 years"));
}

TEST(ResourceTtlChecks, UnderASecondIsAWarning) {
  std::string yaml = workspaceWith("- kind: runtimes\n  names: [flags]\n  ttl: 0.200s\n");
  Finding f = onlyFinding(check(yaml), "resource_ttl.short");
  EXPECT_EQ(f.severity, Severity::kWarning);
  EXPECT_EQ(placeOf(f), placeOf(yaml, "0.200s"));
  EXPECT_THAT(f.message, HasSubstr("0.200s is very short"));
}

TEST(ResourceTtlChecks, ANameThatIsNoItemIsAWarningWithASuggestion) {
  std::string yaml = workspaceWith("- kind: runtimes\n  names: [flags, limit, api]\n  ttl: 30s\n");
  auto findings = withRule(check(yaml), "resource_ttl.unmatched");
  ASSERT_EQ(findings.size(), 2u) << listAll(findings);
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  EXPECT_EQ(findings[0].path, "resource_ttls[0].names[1]");
  EXPECT_EQ(placeOf(findings[0]), placeOf(yaml, "limit,"));
  EXPECT_THAT(findings[0].message, HasSubstr("'limit' is not one of the runtimes"));
  EXPECT_THAT(findings[0].message, HasSubstr("did you mean 'limits'?"));
  // "api" is a cluster, not a runtime.
  EXPECT_EQ(findings[1].path, "resource_ttls[0].names[2]");
  EXPECT_EQ(placeOf(findings[1]), placeOf(yaml, "api]"));
}

TEST(ResourceTtlChecks, AnEntryThatCoversNothingIsAWarning) {
  std::string yaml = workspaceWith("- kind: secrets\n  ttl: 30s\n"
                                   "- kind: runtimes\n  names: []\n  ttl: 30s\n");
  auto findings = withRule(check(yaml), "resource_ttl.unmatched");
  ASSERT_EQ(findings.size(), 2u) << listAll(findings);
  EXPECT_EQ(placeOf(findings[0]), placeOf(yaml, "secrets"));
  EXPECT_THAT(findings[0].message, HasSubstr("there are no secrets"));
  EXPECT_EQ(findings[1].path, "resource_ttls[1].names");
  EXPECT_EQ(placeOf(findings[1]), placeOf(yaml, "names: []"));
}

TEST(ResourceTtlChecks, TwoEntriesWithDifferentTtlsForOneResourceAreAnError) {
  std::string yaml = workspaceWith("- kind: runtimes\n  ttl: 30s\n"
                                   "- kind: runtimes\n  names: [limits]\n  ttl: 5s\n");
  Finding f = onlyFinding(check(yaml), "resource_ttl.overlap");
  EXPECT_EQ(f.severity, Severity::kError);
  // At the later entry's name, naming the earlier entry and its line.
  EXPECT_EQ(f.path, "resource_ttls[1].names[0]");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "limits]"));
  EXPECT_THAT(f.message, HasSubstr("runtimes/limits is also covered by resource_ttls[0] (line " +
                                   std::to_string(placeOf(yaml, "- kind: runtimes").line) + ")"));
  EXPECT_THAT(f.message, HasSubstr("30s there and 5s here"));
}

TEST(ResourceTtlChecks, TwoEntriesWithTheSameTtlAreOnlyRedundant) {
  std::string yaml = workspaceWith("- kind: runtimes\n  names: [flags, limits]\n  ttl: 30s\n"
                                   "- kind: runtimes\n  ttl: 30s\n");
  auto findings = check(yaml);
  Finding f = onlyFinding(findings, "resource_ttl.overlap");
  EXPECT_EQ(f.severity, Severity::kWarning);
  // The later entry covers the whole kind: the finding is at its kind.
  EXPECT_EQ(f.path, "resource_ttls[1].kind");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "runtimes\n  ttl", 1));
  EXPECT_THAT(f.message, HasSubstr("runtimes/flags, runtimes/limits are also covered"));
  EXPECT_FALSE(hasErrors(findings)) << listAll(findings);
}

TEST(ResourceTtlChecks, EntriesOfDifferentKindsDoNotOverlap) {
  std::string yaml = "clusters:\n- name: api\n  connect_timeout: 1s\n"
                     "endpoints:\n- cluster_name: api\n"
                     "resource_ttls:\n- kind: clusters\n  ttl: 30s\n- kind: endpoints\n  ttl: 5s\n";
  auto findings = check(yaml);
  EXPECT_TRUE(withRule(findings, "resource_ttl.overlap").empty()) << listAll(findings);
}

// An entry the reader dropped (unknown kind) does not shift the places of the ones after it.
TEST(ResourceTtlChecks, PlacesSurviveAnEntryTheReaderDropped) {
  std::string yaml = workspaceWith("- kind: runtime\n  ttl: 30s\n- kind: clusters\n  ttl: 0s\n");
  auto findings = check(yaml, /*readerErrorsExpected=*/true);
  Finding schema = onlyFinding(findings, "schema");
  EXPECT_EQ(schema.path, "resource_ttls[0].kind");
  EXPECT_EQ(placeOf(schema), placeOf(yaml, "runtime\n"));
  Finding zero = onlyFinding(findings, "resource_ttl.duration");
  EXPECT_EQ(zero.path, "resource_ttls[1].ttl");
  EXPECT_EQ(placeOf(zero), testing::right(placeOf(yaml, "ttl: 0s"), 5));
}

// A workspace checked without its text (an editor's copy): the entry's own place.
TEST(ResourceTtlChecks, WithoutTheTextFindingsPointAtTheEntry) {
  std::string yaml = workspaceWith("- kind: runtimes\n  names: [nope]\n  ttl: 30s\n");
  auto loaded = workspace::Workspace::parse(yaml);
  ASSERT_TRUE(loaded.ok());
  auto findings = validate(loaded.workspace);
  Finding f = onlyFinding(findings, "resource_ttl.unmatched");
  EXPECT_EQ(f.path, "resource_ttls[0].names[0]");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "kind: runtimes"));
  EXPECT_TRUE(f.file.empty());
}

TEST(ResourceTtlChecks, EntriesMadeInCodeHaveNoPlace) {
  workspace::Workspace ws;
  ws.setResourceTtls({{workspace::Kind::kRuntime, std::nullopt, std::chrono::milliseconds(-1), {}}});
  std::vector<Finding> findings;
  checkResourceTtls(ws, nullptr, findings);
  ASSERT_EQ(withRule(findings, "resource_ttl.duration").size(), 1u) << listAll(findings);
  EXPECT_EQ(withRule(findings, "resource_ttl.duration")[0].line, 0);
  EXPECT_EQ(withRule(findings, "resource_ttl.unmatched").size(), 1u) << listAll(findings);
}

}  // namespace
}  // namespace meshdesk::validate
