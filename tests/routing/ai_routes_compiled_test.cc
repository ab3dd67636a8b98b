// What the AI routes compiler (core/ai) gives Envoy, evaluated: a request naming its model in
// the x-ai-model header or only in the JSON body reaches the AI route's weighted backends; the
// user's catch-all still takes everything else. The compiler places the AI routes ahead of the
// user's routes and adds json_to_metadata to the connection manager.
#include <gtest/gtest.h>

#include "ai/ai_compiler.h"
#include "ai/compiled_output.h"
#include "routing/route_evaluator.h"
#include "routing_test_support.h"

namespace meshdesk::routing {
namespace {

using testing::loadWorkspace;
using testing::traceHas;

class AiRoutesCompiled : public ::testing::Test {
 protected:
  void SetUp() override {
    workspace::Workspace written = loadWorkspace("ai-edge.yaml");
    ai::CompiledAiRoutes compiled = ai::compile(written);
    ASSERT_TRUE(compiled.ok()) << compiled.errors.front().toString();
    evaluator = std::make_unique<RouteEvaluator>(ai::withCompiledAiRoutes(written, compiled));
    ASSERT_TRUE(evaluator->problems().empty()) << evaluator->problems().front();
  }
  static TestRequest chat() {
    return {.host = "api.example.com", .method = "POST", .path = "/v1/chat/completions",
            .headers = {{"content-type", "application/json"}}};
  }
  static void expectBackends(const RouteDecision& d) {
    ASSERT_EQ(d.action, RouteActionKind::kWeightedClusters) << describe(d);
    ASSERT_EQ(d.clusters.size(), 2u);
    EXPECT_EQ(d.clusters[0].weight, 80u);
    EXPECT_EQ(d.clusters[1].weight, 20u);
    EXPECT_EQ(d.totalWeight, 100u);
    EXPECT_TRUE(d.clusters[0].inWorkspace && d.clusters[1].inWorkspace) << describe(d);
  }
  std::unique_ptr<RouteEvaluator> evaluator;
};

TEST_F(AiRoutesCompiled, ModelHeaderReachesTheBackends) {
  TestRequest request = chat();
  request.headers.emplace_back("x-ai-model", "gpt-4o-mini-2024-07-18");
  RouteDecision d = evaluator->evaluate(request);
  ASSERT_TRUE(d.matched) << describe(d);
  EXPECT_EQ(d.listener, "edge");
  EXPECT_EQ(d.virtualHost, "api");
  EXPECT_EQ(d.routeName, "ai-chat-header");
  expectBackends(d);
}

TEST_F(AiRoutesCompiled, BodyModelReachesTheBackendsThroughJsonToMetadata) {
  TestRequest request = chat();
  request.bodyModel = "gpt-4o";
  RouteDecision d = evaluator->evaluate(request);
  EXPECT_EQ(d.routeName, "ai-chat-body") << describe(d);
  expectBackends(d);
  EXPECT_TRUE(traceHas(d, "clears the route cache after writing request metadata")) << describe(d);
  EXPECT_TRUE(d.caveats.empty()) << describe(d);
}

TEST_F(AiRoutesCompiled, OtherModelsAndPathsGoToTheUsersRoutes) {
  TestRequest other = chat();
  other.bodyModel = "claude-sonnet-4";
  EXPECT_EQ(evaluator->evaluate(other).routeName, "catch-all");
  TestRequest page{.host = "api.example.com", .path = "/index.html"};
  EXPECT_EQ(evaluator->evaluate(page).clusters.at(0).name, "web");
}

}  // namespace
}  // namespace meshdesk::routing
