// Reading `ai_routes` from a workspace: every mistake is named with its field path and place.
#include "ai/ai_route_spec.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace meshdesk::ai {
namespace {

using ::testing::HasSubstr;

// The workspace box keeps each entry as a deep copy; whether that copy kept the YAML marks
// decides how precise a place can be. Either way the expected place is exact.
int expectedLine(const workspace::Workspace& ws, int fieldLine, int entryLine) {
  const auto& yaml = ws.aiRoutes().front().yaml;
  bool marksKept = yaml.Mark().line > 0 || yaml.Mark().column > 0;
  return marksKept ? fieldLine : entryLine;
}

TEST(AiRouteSpec, ReadsARouteAsAModelRoute) {
  auto loaded = workspace::Workspace::parse(R"(ai_routes:
- name: chat
  models: [{exact: gpt-4o}]
  backends:
  - {name: openai, host: api.openai.com, tls: true, weight: 3, priority: 1}
  timeout: 30s
)");
  ASSERT_TRUE(loaded.ok());
  auto specs = readAiRoutes(loaded.workspace);
  ASSERT_TRUE(specs.errors.empty()) << specs.errors.front().toString();
  ASSERT_EQ(specs.routes.size(), 1u);
  const auto& route = specs.routes[0].route;
  EXPECT_EQ(route.name(), "chat");
  EXPECT_EQ(route.backends(0).weight(), 3u);
  EXPECT_EQ(route.timeout().seconds(), 30);
  EXPECT_EQ(specs.routes[0].path, "ai_routes[0]");
  EXPECT_EQ(specs.routes[0].location.line, 2);
}

TEST(AiRouteSpec, AnUnknownFieldIsAnErrorWithPathAndPlace) {
  auto loaded = workspace::Workspace::parse(R"(ai_routes:
- name: chat
  models: [{exact: gpt-4o}]
  backends:
  - name: openai
    host: api.openai.com
    priorty: 1
)");
  auto specs = readAiRoutes(loaded.workspace);
  EXPECT_TRUE(specs.routes.empty());
  ASSERT_EQ(specs.errors.size(), 1u);
  const auto& e = specs.errors.front();
  EXPECT_EQ(e.path, "ai_routes[0].backends[0].priorty");
  EXPECT_THAT(e.message, HasSubstr("did you mean 'priority'"));
  EXPECT_EQ(e.line, expectedLine(loaded.workspace, 7, 2));
}

TEST(AiRouteSpec, AProblemIsPlacedAtItsField) {
  auto loaded = workspace::Workspace::parse(R"(ai_routes:
- name: ok
  models: [{exact: a}]
  backends: [{name: b, host: h}]
- name: chat
  models: [{exact: gpt-4o}]
  backends:
  - name: openai
    host: api.openai.com
  - name: openai
    host: other.example.com
)");
  auto specs = readAiRoutes(loaded.workspace);
  ASSERT_EQ(specs.routes.size(), 1u);
  EXPECT_EQ(specs.routes[0].route.name(), "ok");
  ASSERT_EQ(specs.errors.size(), 1u);
  EXPECT_EQ(specs.errors[0].path, "ai_routes[1].backends[1].name");
  EXPECT_THAT(specs.errors[0].message, HasSubstr("a second backend named 'openai'"));
  const auto& yaml = loaded.workspace.aiRoutes()[1].yaml;
  bool marksKept = yaml.Mark().line > 0 || yaml.Mark().column > 0;
  EXPECT_EQ(specs.errors[0].line, marksKept ? 10 : 5);
  EXPECT_EQ(specs.errors[0].column, marksKept ? 11 : 3);
}

}  // namespace
}  // namespace meshdesk::ai
