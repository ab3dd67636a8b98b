// The client's reading of a route: which backends one request tries, and when it moves on.
#include "attempt_plan.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "ai/model_route_rules.h"
#include "chat_client.h"
#include "schema/yaml_to_message.h"

namespace meshdesk::aiclient {
namespace {

using ::testing::ElementsAre;

ai::v1::ModelRoute routeFrom(std::string_view yaml) {
  ai::v1::ModelRoute route;
  std::vector<schema::SchemaError> errors;
  schema::yamlTextToMessage(yaml, route, errors);
  for (const auto& e : errors) ADD_FAILURE() << e.toString();
  return ai::withDefaults(route);
}

std::vector<std::string> names(const std::vector<const ai::v1::Backend*>& backends) {
  std::vector<std::string> out;
  for (const auto* b : backends) out.push_back(b->name());
  return out;
}

TEST(AttemptPlan, SplitsTheFirstPriorityByWeight) {
  auto route = routeFrom(R"(name: r
models: [{exact: m}]
backends: [{name: a, host: h, weight: 3}, {name: b, host: h, weight: 1}, {name: z, host: h, weight: 0}])");
  std::mt19937_64 random(42);
  std::map<std::string, int> counts;
  for (int i = 0; i < 8000; ++i) ++counts[attemptOrder(route, random).front()->name()];
  EXPECT_EQ(counts.count("z"), 0u);  // weight 0 next to others: never chosen
  EXPECT_NEAR(counts["a"] / 8000.0, 0.75, 0.03);
  EXPECT_NEAR(counts["b"] / 8000.0, 0.25, 0.03);
}

TEST(AttemptPlan, RetriesMoveThroughThePrioritiesInOrder) {
  auto route = routeFrom(R"(name: r
models: [{exact: m}]
backends: [{name: last, host: h, priority: 7}, {name: first, host: h}, {name: second, host: h, priority: 1}])");
  std::mt19937_64 random(1);
  EXPECT_EQ(attemptsAllowed(route), 3);  // default retry: one per fallback priority
  EXPECT_THAT(names(attemptOrder(route, random)), ElementsAre("first", "second", "last"));
}

TEST(AttemptPlan, WithoutRetryThereIsOneAttemptAndWithOnePriorityTheSameBackend) {
  auto once = routeFrom("name: r\nmodels: [{exact: m}]\nbackends: [{name: a, host: h}]");
  std::mt19937_64 random(1);
  EXPECT_THAT(names(attemptOrder(once, random)), ElementsAre("a"));
  auto retried = routeFrom(R"(name: r
models: [{exact: m}]
backends: [{name: a, host: h}]
retry: {num_retries: 2, on_5xx: true})");
  EXPECT_THAT(names(attemptOrder(retried, random)), ElementsAre("a", "a", "a"));
}

TEST(AttemptPlan, RetriableFollowsTheRetryConditions) {
  auto route = routeFrom(R"(name: r
models: [{exact: m}]
backends: [{name: a, host: h}]
retry: {on_429: true, on_connect_failure: true})");
  EXPECT_TRUE(retriable(route, {"a", 429, "", false}));
  EXPECT_FALSE(retriable(route, {"a", 503, "", false}));
  EXPECT_FALSE(retriable(route, {"a", 400, "", false}));
  EXPECT_TRUE(retriable(route, {"a", 0, "Connection", true}));
  EXPECT_FALSE(retriable(route, {"a", 0, "Read", false}));
}

TEST(AttemptPlan, TheFirstRouteByNameServingTheModelIsChosen) {
  auto broad = routeFrom("name: a-broad\nmodels: [{prefix: gpt-}]\nbackends: [{name: x, host: h}]");
  auto exact = routeFrom("name: b-exact\nmodels: [{exact: gpt-4o}]\nbackends: [{name: y, host: h}]");
  std::vector<const ai::v1::ModelRoute*> byName{&broad, &exact};
  EXPECT_EQ(routeFor(byName, "gpt-4o")->name(), "a-broad");
  EXPECT_EQ(routeFor(byName, "claude"), nullptr);
}

}  // namespace
}  // namespace meshdesk::aiclient
