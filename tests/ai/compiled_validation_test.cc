// What the compiler emits passes the workspace validation (the (validate.rules) of the Envoy API
// inside every typed_config, references, filter order, route tables), as what publish serves.
#include <gtest/gtest.h>

#include <filesystem>

#include "ai/ai_compiler.h"
#include "ai/compiled_output.h"
#include "validate/validate.h"

namespace meshdesk::ai {
namespace {

namespace fs = std::filesystem;

class CompiledValidation : public ::testing::TestWithParam<std::string> {};

TEST_P(CompiledValidation, MergedWorkspaceHasNoValidationError) {
  auto loaded = workspace::Workspace::load(fs::path(MESHDESK_SOURCE_DIR) / "tests/ai/data" /
                                           (GetParam() + ".yaml"));
  ASSERT_TRUE(loaded.ok());
  auto compiled = compile(loaded.workspace);
  ASSERT_TRUE(compiled.ok()) << compiled.errors.front().toString();
  ASSERT_FALSE(compiled.items.empty());
  auto merged = withCompiledAiRoutes(loaded.workspace, compiled);
  auto findings = validate::validate(merged);
  for (const auto& f : findings) {
    if (f.severity == validate::Severity::kError) ADD_FAILURE() << f.toString();
    else std::cout << "  (warning) " << f.toString() << "\n";
  }
}

// The check above reaches inside what the compiler emits: the key's SDS reference sits in the
// credential injector, inside the upstream protocol options of a cluster, and is still checked.
TEST(CompiledValidationReach, AMissingKeySecretInsideTheUpstreamFiltersIsFound) {
  auto loaded = workspace::Workspace::load(fs::path(MESHDESK_SOURCE_DIR) /
                                           "tests/ai/data/openai-split.yaml");
  ASSERT_TRUE(loaded.ok());
  auto merged = withCompiledAiRoutes(loaded.workspace, compile(loaded.workspace));
  ASSERT_TRUE(merged.remove(workspace::Kind::kSecret, "openai-key"));
  bool found = false;
  for (const auto& f : validate::validate(merged))
    if (f.severity == validate::Severity::kError && f.rule == "reference.secret" &&
        f.resource == "ai-chat-openai")
      found = true;
  EXPECT_TRUE(found);
}

INSTANTIATE_TEST_SUITE_P(Workspaces, CompiledValidation,
                         ::testing::Values("openai-split", "provider-fallback", "anthropic-inline"),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (auto& c : name)
                             if (c == '-') c = '_';
                           return name;
                         });

}  // namespace
}  // namespace meshdesk::ai
