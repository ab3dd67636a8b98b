// Golden tests: each workspace under tests/ai/data compiled, and the whole output (Envoy
// resources, ModelRoutes, errors, warnings) compared with tests/ai/golden/<name>.yaml, which the
// schema's deterministic writer produced. MESHDESK_UPDATE_GOLDEN=1 rewrites the golden files
// (then read the diff: it is the change in what Envoy gets).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ai/ai_compiler.h"
#include "ai/compiled_output.h"
#include "workspace/workspace.h"

namespace meshdesk::ai {
namespace {

namespace fs = std::filesystem;

const fs::path kData = fs::path(MESHDESK_SOURCE_DIR) / "tests/ai/data";
const fs::path kGolden = fs::path(MESHDESK_SOURCE_DIR) / "tests/ai/golden";

std::string readFile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

bool updating() {
  const char* value = std::getenv("MESHDESK_UPDATE_GOLDEN");
  return value != nullptr && std::string(value) == "1";
}

class CompileGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(CompileGolden, MatchesTheGoldenFile) {
  fs::path input = kData / (GetParam() + ".yaml");
  auto loaded = workspace::Workspace::load(input);
  for (const auto& e : loaded.errors) ADD_FAILURE() << "the test workspace itself: " << e.toString();

  std::string actual = compiledToYaml(compile(loaded.workspace));
  fs::path golden = kGolden / (GetParam() + ".yaml");
  if (updating()) {
    std::ofstream(golden, std::ios::binary) << actual;
    GTEST_SKIP() << "wrote " << golden;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing; run with MESHDESK_UPDATE_GOLDEN=1";
  EXPECT_EQ(actual, readFile(golden)) << "compiled output of " << input << " changed; if that is "
                                         "intended, rerun with MESHDESK_UPDATE_GOLDEN=1";
}

INSTANTIATE_TEST_SUITE_P(Workspaces, CompileGolden,
                         ::testing::Values("openai-split", "provider-fallback", "anthropic-inline",
                                           "mistakes"),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (auto& c : name)
                             if (c == '-') c = '_';
                           return name;
                         });

}  // namespace
}  // namespace meshdesk::ai
