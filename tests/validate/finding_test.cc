// Findings as the console lists them: text form, counts, file order, and places without the text.
#include <gmock/gmock.h>

#include "validate_test_support.h"

namespace meshdesk::validate {
namespace {

using testing::placeOf;

TEST(Findings, TextFormNamesPlaceResourcePathAndRule) {
  Finding f;
  f.severity = Severity::kWarning;
  f.rule = "route.shadowed";
  f.kind = workspace::Kind::kRoute;
  f.resource = "edge";
  f.path = "virtual_hosts[0].routes[1].match";
  f.file = "lab.yaml";
  f.line = 12;
  f.column = 7;
  f.message = "can never match";
  EXPECT_EQ(f.toString(), "lab.yaml:12:7: warning: routes/edge: virtual_hosts[0].routes[1].match: "
                          "can never match [route.shadowed]");
  f.file.clear();
  f.line = 0;
  f.kind.reset();
  f.path.clear();
  EXPECT_EQ(f.toString(), "warning: can never match [route.shadowed]");
}

TEST(Findings, CountsAndFileOrder) {
  std::vector<Finding> findings(4);
  findings[0].line = 9;
  findings[1].line = 0;  // no place: last
  findings[2].line = 3;
  findings[2].column = 5;
  findings[2].severity = Severity::kWarning;
  findings[3].line = 3;
  findings[3].column = 5;
  for (std::size_t i = 0; i < findings.size(); ++i) findings[i].message = std::to_string(i);
  EXPECT_EQ(countErrors(findings), 3u);
  EXPECT_EQ(countWarnings(findings), 1u);
  EXPECT_TRUE(hasErrors(findings));
  sortByPlace(findings);
  // Same place: the error first.
  EXPECT_EQ(findings[0].message, "3");
  EXPECT_EQ(findings[1].message, "2");
  EXPECT_EQ(findings[2].message, "0");
  EXPECT_EQ(findings[3].message, "1");
}

TEST(Findings, WithoutTheTextTheyHaveTheirItemsPlace) {
  std::string yaml = R"(clusters:
- name: a
  connect_timeout: 1s
- name: b
  connect_timeout: 0s
)";
  auto loaded = workspace::Workspace::parse(yaml);
  ASSERT_TRUE(loaded.ok());
  auto findings = validate(loaded.workspace);
  ASSERT_EQ(findings.size(), 1u) << testing::listAll(findings);
  EXPECT_EQ(findings[0].rule, "duration.gt");
  EXPECT_EQ(findings[0].file, "");
  EXPECT_EQ(placeOf(findings[0]), placeOf(yaml, "name: b"));

  SourceIndex source(yaml, "w.yaml");
  findings = validate(loaded.workspace, &source);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].file, "w.yaml");
  EXPECT_EQ(placeOf(findings[0]), placeOf(yaml, "0s"));
}

TEST(Findings, CheckingAFileThatIsNotThere) {
  auto checked = checkWorkspaceFile("/nonexistent/meshdesk/workspace.yaml");
  ASSERT_EQ(checked.findings.size(), 1u);
  EXPECT_EQ(checked.findings[0].rule, "schema");
  EXPECT_THAT(checked.findings[0].toString(), ::testing::HasSubstr("/nonexistent/meshdesk/workspace.yaml"));
}

}  // namespace
}  // namespace meshdesk::validate
