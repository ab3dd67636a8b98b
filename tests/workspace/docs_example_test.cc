// The example in docs/workspace-format.md is a real workspace, written the way Meshdesk writes.
#include <gtest/gtest.h>

#include "test_files.h"
#include "workspace/workspace.h"

namespace meshdesk::workspace {
namespace {

std::string exampleOfTheDocs() {
  std::string doc = testing::readFile(std::filesystem::path(MESHDESK_SOURCE_DIR) /
                                      "docs/workspace-format.md");
  auto section = doc.find("\n## Example");
  auto start = doc.find("```yaml\n", section);
  auto end = doc.find("\n```", start + 8);
  if (section == std::string::npos || start == std::string::npos || end == std::string::npos)
    return "";
  return doc.substr(start + 8, end - start - 8 + 1);
}

TEST(DocsExample, ParsesWithoutErrorsAndIsInCanonicalForm) {
  std::string example = exampleOfTheDocs();
  ASSERT_FALSE(example.empty()) << "no ```yaml block under '## Example'";
  auto result = Workspace::parse(example, "workspace-format.md");
  for (const auto& e : result.errors) ADD_FAILURE() << e.toString();
  EXPECT_EQ(result.workspace.items(Kind::kListener).size(), 2u);
  EXPECT_EQ(result.workspace.toYaml(), example);
}

}  // namespace
}  // namespace meshdesk::workspace
