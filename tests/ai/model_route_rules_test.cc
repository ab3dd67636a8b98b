// What a usable ModelRoute is and what its unset fields mean.
#include "ai/model_route_rules.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "schema/yaml_to_message.h"

namespace meshdesk::ai {
namespace {

using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

v1::ModelRoute routeFrom(std::string_view yaml) {
  v1::ModelRoute route;
  std::vector<schema::SchemaError> errors;
  schema::yamlTextToMessage(yaml, route, errors);
  for (const auto& e : errors) ADD_FAILURE() << e.toString();
  return route;
}

TEST(ModelRouteRules, AUsableRouteHasNoProblems) {
  auto route = routeFrom(R"(name: chat
models: [{exact: gpt-4o}, {prefix: gpt-4o-mini}]
backends: [{name: openai, host: api.openai.com, tls: true}])");
  EXPECT_THAT(problemsOf(route), IsEmpty());
}

TEST(ModelRouteRules, NamesEachProblemWithItsField) {
  auto route = routeFrom(R"(name: "my route"
models: [{exact: ""}]
backends:
- {name: a, host: h, port: 70000}
- {name: a}
- {name: b, host: h, path_rewrite: v1/x}
attach: {listener: "", path: chat}
model_header: X-Model)");
  auto problems = problemsOf(route);
  std::vector<std::string> fields;
  for (const auto& p : problems) fields.push_back(p.field);
  EXPECT_THAT(fields, ElementsAre("name", "models[0]", "backends[0].port", "backends[1].name",
                                  "backends[1].host", "backends[2].path_rewrite", "attach.path",
                                  "attach.listener", "model_header"));
  EXPECT_THAT(problems[3].message, HasSubstr("a second backend named 'a'"));
}

TEST(ModelRouteRules, NoBackendsAndNoModelsAreProblems) {
  auto problems = problemsOf(routeFrom("name: empty"));
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].field, "models");
  EXPECT_EQ(problems[1].field, "backends");
  EXPECT_THAT(problems[1].message, HasSubstr("no backends"));
}

TEST(ModelRouteRules, DefaultsAreWrittenOut) {
  auto route = withDefaults(routeFrom(R"(name: chat
attach: {listener: edge}
models: [{exact: m}]
backends:
- {name: a, host: api.example.com, tls: true}
- {name: b, host: 10.0.0.1, priority: 1}
rate_limit: {requests: 5})"));
  EXPECT_EQ(route.model_header(), "x-ai-model");
  EXPECT_EQ(route.attach().path(), "/v1/chat/completions");
  EXPECT_EQ(route.attach().virtual_host(), "ai");
  EXPECT_EQ(route.backends(0).port(), 443u);
  EXPECT_EQ(route.backends(0).sni(), "api.example.com");
  EXPECT_EQ(route.backends(0).ca_file(), "/etc/ssl/certs/ca-certificates.crt");
  EXPECT_EQ(route.backends(0).provider(), v1::Backend::OPENAI);
  EXPECT_EQ(route.backends(1).port(), 80u);
  EXPECT_TRUE(route.backends(1).sni().empty());
  EXPECT_EQ(route.timeout().seconds(), 60);
  // Two priorities: the route falls back on the usual failures, once per later priority.
  EXPECT_TRUE(route.retry().on_429() && route.retry().on_5xx() && route.retry().on_connect_failure());
  EXPECT_EQ(route.retry().num_retries(), 1u);
  EXPECT_EQ(route.rate_limit().fill_interval().seconds(), 1);
}

TEST(ModelRouteRules, AWrittenRetryIsKeptButCoversEveryFallbackPriority) {
  auto route = withDefaults(routeFrom(R"(name: r
models: [{exact: m}]
backends: [{name: a, host: h}, {name: b, host: h, priority: 1}, {name: c, host: h, priority: 5}]
retry: {on_5xx: true})"));
  EXPECT_FALSE(route.retry().on_429());
  EXPECT_EQ(route.retry().num_retries(), 2u);
}

TEST(ModelRouteRules, LevelsAreByPriorityAndWeightsDefaultToEqual) {
  auto route = routeFrom(R"(name: r
models: [{exact: m}]
backends:
- {name: late, host: h, priority: 2}
- {name: a, host: h, weight: 0}
- {name: b, host: h, weight: 3}
- {name: c, host: h, priority: 2})");
  auto levels = priorityLevels(route);
  ASSERT_EQ(levels.size(), 2u);
  EXPECT_EQ(levels[0][0]->name(), "a");
  EXPECT_EQ(levels[0][1]->name(), "b");
  EXPECT_EQ(levels[1][0]->name(), "late");
  EXPECT_THAT(effectiveWeights(levels[0]), ElementsAre(0u, 3u));
  EXPECT_THAT(effectiveWeights(levels[1]), ElementsAre(1u, 1u));
}

TEST(ModelRouteRules, ServesExactAndPrefixModels) {
  auto route = routeFrom("name: r\nmodels: [{exact: gpt-4o}, {prefix: claude-}]");
  EXPECT_TRUE(servesModel(route, "gpt-4o"));
  EXPECT_FALSE(servesModel(route, "gpt-4o-mini"));
  EXPECT_TRUE(servesModel(route, "claude-3-5-sonnet"));
  EXPECT_FALSE(servesModel(route, "claude"));
}

}  // namespace
}  // namespace meshdesk::ai
