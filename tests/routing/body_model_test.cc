// AI requests routed by the JSON body's "model": json_to_metadata copies it into dynamic
// metadata and routes match it with dynamic_metadata. Envoy chooses the route when the headers
// arrive, so metadata counts only once a filter clears the route cache: json_to_metadata does
// so itself after writing (Envoy 1.28+), header_to_metadata does not (a later Lua filter
// calling clearRouteCache() can). Where nothing clears it, the evaluator follows Envoy and says
// what the metadata would have selected.
#include <gtest/gtest.h>

#include "routing/route_evaluator.h"
#include "routing_test_support.h"

namespace meshdesk::routing {
namespace {

using testing::caveatHas;
using testing::oneVirtualHost;
using testing::parseWorkspace;
using testing::traceHas;

constexpr const char* kModelRoutes = R"(
- name: openai
  match:
    prefix: /v1/chat/completions
    dynamic_metadata:
    - filter: meshdesk.ai
      path: [{key: model}]
      value: {string_match: {prefix: gpt-}}
  route: {cluster: openai}
- name: anthropic
  match:
    prefix: /v1/chat/completions
    dynamic_metadata:
    - filter: meshdesk.ai
      path: [{key: model}]
      value: {string_match: {prefix: claude-}}
  route: {cluster: anthropic}
- name: local
  match: {prefix: /v1/}
  route: {cluster: local-llm}
)";

constexpr const char* kJsonToMetadata = R"(
- name: envoy.filters.http.json_to_metadata
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.filters.http.json_to_metadata.v3.JsonToMetadata
    request_rules:
      rules:
      - selectors: [{key: model}]
        on_present: {metadata_namespace: meshdesk.ai, key: model, type: STRING}
        on_missing: {metadata_namespace: meshdesk.ai, key: model, value: none}
)";

constexpr const char* kLuaClearsRouteCache = R"(
- name: envoy.filters.http.lua
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua
    default_source_code:
      inline_string: |
        function envoy_on_request(request_handle)
          request_handle:clearRouteCache()
        end
)";

constexpr const char* kHeaderToMetadata = R"(
- name: envoy.filters.http.header_to_metadata
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.filters.http.header_to_metadata.v3.Config
    request_rules:
    - header: X-AI-Model
      on_header_present: {metadata_namespace: meshdesk.ai, key: model, type: STRING}
      remove: true
)";

constexpr const char* kRouter = R"(
- name: envoy.filters.http.router
  typed_config: {"@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router}
)";

std::string filters(std::initializer_list<const char*> parts) {
  std::string out = "http_filters:\n";
  for (const char* p : parts) out += p;
  return out;
}

TestRequest chat(std::string model) {
  return {.listener = "l", .host = "ai.test", .method = "POST", .path = "/v1/chat/completions",
          .headers = {{"content-type", "application/json"}}, .bodyModel = std::move(model)};
}

TEST(BodyModel, JsonToMetadataClearsTheRouteCacheSoTheModelRoutes) {
  RouteEvaluator evaluator(
      parseWorkspace(oneVirtualHost(kModelRoutes, filters({kJsonToMetadata, kRouter}))));
  RouteDecision gpt = evaluator.evaluate(chat("gpt-4o"));
  ASSERT_TRUE(gpt.matched) << describe(gpt);
  EXPECT_EQ(gpt.routeName, "openai");
  EXPECT_EQ(gpt.clusters.at(0).name, "openai");
  // First pass, at the headers: no metadata yet, the catch-all takes the request...
  EXPECT_TRUE(traceHas(gpt, "dynamic_metadata 'meshdesk.ai.model' prefix 'gpt-': no such metadata"))
      << describe(gpt);
  EXPECT_TRUE(traceHas(gpt, "route #2 'local' matches"));
  // ...then the body is read, the metadata written, the route cache cleared, and routes tried
  // again.
  EXPECT_TRUE(traceHas(gpt, "sets metadata 'meshdesk.ai.model' = 'gpt-4o' (body \"model\")"));
  EXPECT_TRUE(traceHas(gpt, "json_to_metadata 'envoy.filters.http.json_to_metadata' clears the "
                            "route cache after writing request metadata (Envoy 1.28 and later)"));
  EXPECT_TRUE(traceHas(gpt, "route #0 'openai' matches: prefix '/v1/chat/completions' matches "
                            "'/v1/chat/completions'; dynamic_metadata 'meshdesk.ai.model' prefix "
                            "'gpt-': metadata has 'gpt-4o'"))
      << describe(gpt);
  EXPECT_TRUE(gpt.caveats.empty()) << describe(gpt);

  EXPECT_EQ(evaluator.evaluate(chat("claude-sonnet-4")).routeName, "anthropic");
  EXPECT_EQ(evaluator.evaluate(chat("llama3")).routeName, "local");
}

TEST(BodyModel, JsonToMetadataReadsOnlyItsContentTypes) {
  RouteEvaluator evaluator(
      parseWorkspace(oneVirtualHost(kModelRoutes, filters({kJsonToMetadata, kRouter}))));
  TestRequest request = chat("gpt-4o");
  request.headers = {{"content-type", "application/json; charset=utf-8"}};
  RouteDecision d = evaluator.evaluate(request);
  EXPECT_EQ(d.routeName, "local") << describe(d);
  EXPECT_TRUE(traceHas(d, "content-type 'application/json; charset=utf-8' is not one it reads"));
  // It wrote nothing, so it cleared nothing.
  EXPECT_FALSE(traceHas(d, "clears the route cache after writing"));

  // Without a content-type header the test body is taken to be JSON, and the trace says so.
  request.headers.clear();
  RouteDecision assumed = evaluator.evaluate(request);
  EXPECT_EQ(assumed.routeName, "openai") << describe(assumed);
  EXPECT_TRUE(traceHas(assumed, "(assumed: a JSON body)"));
}

TEST(BodyModel, AllowContentTypesRegexAcceptsParameters) {
  std::string filter = kJsonToMetadata;
  filter.replace(filter.find("      rules:"), 12,
                 "      allow_content_types: [application/json]\n"
                 "      allow_content_types_regex: {regex: \"^application/json\\\\s*;.*$\"}\n"
                 "      rules:");
  RouteEvaluator evaluator(
      parseWorkspace(oneVirtualHost(kModelRoutes, filters({filter.c_str(), kRouter}))));
  TestRequest request = chat("claude-opus-4");
  request.headers = {{"content-type", "application/json; charset=utf-8"}};
  EXPECT_EQ(evaluator.evaluate(request).routeName, "anthropic");
}

TEST(BodyModel, MissingModelWritesTheOnMissingValue) {
  RouteEvaluator evaluator(parseWorkspace(oneVirtualHost(R"(
- match:
    prefix: /
    dynamic_metadata: [{filter: meshdesk.ai, path: [{key: model}], value: {string_match: {exact: none}}}]
  route: {cluster: needs-model}
- {match: {prefix: /}, route: {cluster: has-model}}
)",
                                                         filters({kJsonToMetadata, kRouter}))));
  RouteDecision d = evaluator.evaluate(chat(""));
  EXPECT_EQ(d.clusters.at(0).name, "needs-model") << describe(d);
  EXPECT_TRUE(traceHas(d, "sets metadata 'meshdesk.ai.model' = 'none' (on_missing)"));
}

TEST(BodyModel, HeaderToMetadataAloneIsNotSeenByRoutes) {
  RouteEvaluator evaluator(
      parseWorkspace(oneVirtualHost(kModelRoutes, filters({kHeaderToMetadata, kRouter}))));
  TestRequest request = chat("");
  request.headers.emplace_back("x-ai-model", "gpt-4.1");
  RouteDecision d = evaluator.evaluate(request);
  EXPECT_EQ(d.routeName, "local") << describe(d);
  EXPECT_TRUE(traceHas(d, "sets metadata 'meshdesk.ai.model' = 'gpt-4.1' (header 'x-ai-model')"));
  EXPECT_TRUE(caveatHas(d, "route #0 of virtual host 'vh' would match; but Envoy chose the route "
                           "when the request headers arrived, and no later filter clears the "
                           "route cache"))
      << describe(d);
}

TEST(BodyModel, HeaderToMetadataFollowedByALuaRouteCacheClear) {
  RouteEvaluator evaluator(parseWorkspace(
      oneVirtualHost(kModelRoutes, filters({kHeaderToMetadata, kLuaClearsRouteCache, kRouter}))));
  TestRequest request = chat("");
  request.headers.emplace_back("x-ai-model", "gpt-4.1");
  RouteDecision d = evaluator.evaluate(request);
  EXPECT_EQ(d.routeName, "openai") << describe(d);
  EXPECT_TRUE(traceHas(d, "filter 'envoy.filters.http.lua' clears the route cache (its Lua code "
                          "calls clearRouteCache()"));
  EXPECT_TRUE(traceHas(d, "removes header 'x-ai-model'"));
  EXPECT_TRUE(d.caveats.empty()) << describe(d);
}

TEST(BodyModel, ClearingBeforeTheMetadataIsWrittenDoesNotHelp) {
  RouteEvaluator evaluator(parseWorkspace(
      oneVirtualHost(kModelRoutes, filters({kLuaClearsRouteCache, kHeaderToMetadata, kRouter}))));
  TestRequest request = chat("");
  request.headers.emplace_back("x-ai-model", "gpt-4.1");
  RouteDecision d = evaluator.evaluate(request);
  EXPECT_EQ(d.routeName, "local") << describe(d);
  EXPECT_FALSE(traceHas(d, "filter 'envoy.filters.http.lua' clears the route cache"));
  EXPECT_TRUE(caveatHas(d, "would match")) << describe(d);
}

TEST(BodyModel, AssumeRouteCacheClearedOptionRoutesByMetadataWithACaveat) {
  RouteEvaluator evaluator(
      parseWorkspace(oneVirtualHost(kModelRoutes, filters({kHeaderToMetadata, kRouter}))),
      RouteEvaluator::Options{.assumeRouteCacheCleared = true});
  TestRequest request = chat("");
  request.headers.emplace_back("x-ai-model", "claude-opus-4");
  RouteDecision d = evaluator.evaluate(request);
  EXPECT_EQ(d.routeName, "anthropic") << describe(d);
  EXPECT_TRUE(traceHas(d, "assuming the route cache is cleared after "
                          "'envoy.filters.http.header_to_metadata' (evaluator option)"));
  EXPECT_TRUE(caveatHas(d, "in Envoy that needs a later filter that clears it")) << describe(d);
}

TEST(BodyModel, ExtProcMayClearTheRouteCacheAndThatIsACaveat) {
  const char* extProc = R"(
- name: envoy.filters.http.ext_proc
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.filters.http.ext_proc.v3.ExternalProcessor
    grpc_service: {envoy_grpc: {cluster_name: ai-processor}}
)";
  RouteEvaluator evaluator(
      parseWorkspace(oneVirtualHost(kModelRoutes, filters({kHeaderToMetadata, extProc, kRouter}))));
  TestRequest request = chat("");
  request.headers.emplace_back("x-ai-model", "gpt-4o");
  RouteDecision d = evaluator.evaluate(request);
  EXPECT_EQ(d.routeName, "openai") << describe(d);
  EXPECT_TRUE(caveatHas(d, "ext_proc clears it if the processor's response sets clear_route_cache"))
      << describe(d);
}

TEST(BodyModel, AHeaderRouteDoesNotSeeTheBodyModel) {
  RouteEvaluator evaluator(parseWorkspace(oneVirtualHost(R"(
- match:
    prefix: /
    headers: [{name: x-ai-model, string_match: {exact: gpt-4o}}]
  route: {cluster: openai}
- {match: {prefix: /}, route: {cluster: local-llm}}
)")));
  RouteDecision d = evaluator.evaluate(chat("gpt-4o"));
  EXPECT_EQ(d.clusters.at(0).name, "local-llm");
  EXPECT_TRUE(traceHas(d, "the body's \"model\" is not a header")) << describe(d);
  TestRequest withHeader = chat("gpt-4o");
  withHeader.headers.emplace_back("x-ai-model", "gpt-4o");
  EXPECT_EQ(evaluator.evaluate(withHeader).clusters.at(0).name, "openai");
}

}  // namespace
}  // namespace meshdesk::routing
