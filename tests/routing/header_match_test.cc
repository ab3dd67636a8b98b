// Header matchers with Envoy's semantics: string_match (exact, prefix, suffix, contains,
// safe_regex, ignore_case), the deprecated forms, present_match, range_match, invert_match,
// treat_missing_header_as_empty, repeated headers joined with ",", pseudo-headers.
#include <gtest/gtest.h>

#include "routing/route_evaluator.h"
#include "routing_test_support.h"

namespace meshdesk::routing {
namespace {

using testing::oneVirtualHost;
using testing::parseWorkspace;
using testing::traceHas;

// One route guarded by `matcher` (a HeaderMatcher in flow YAML), then a fallback.
class HeaderRoute {
 public:
  explicit HeaderRoute(const std::string& matcher)
      : evaluator_(parseWorkspace(oneVirtualHost("- match: {prefix: /, headers: [" + matcher +
                                                 "]}\n  route: {cluster: guarded}\n"
                                                 "- {match: {prefix: /}, route: {cluster: "
                                                 "fallback}}\n"))) {}

  RouteDecision with(std::vector<std::pair<std::string, std::string>> headers) const {
    return evaluator_.evaluate({.listener = "l", .host = "h.test", .headers = std::move(headers)});
  }
  RouteDecision evaluate(TestRequest request) const {
    request.listener = "l";
    return evaluator_.evaluate(request);
  }
  bool takes(std::vector<std::pair<std::string, std::string>> headers) const {
    RouteDecision d = with(std::move(headers));
    return d.matched && d.routeIndex == 0;
  }

 private:
  RouteEvaluator evaluator_;
};

TEST(HeaderMatch, StringMatchExactIsCaseSensitiveUnlessIgnoreCase) {
  HeaderRoute exact("{name: x-env, string_match: {exact: Prod}}");
  EXPECT_TRUE(exact.takes({{"X-Env", "Prod"}}));
  EXPECT_FALSE(exact.takes({{"x-env", "prod"}}));
  HeaderRoute relaxed("{name: x-env, string_match: {exact: Prod, ignore_case: true}}");
  EXPECT_TRUE(relaxed.takes({{"x-env", "PROD"}}));
}

TEST(HeaderMatch, StringMatchPrefixSuffixContains) {
  EXPECT_TRUE(HeaderRoute("{name: user-agent, string_match: {prefix: curl/}}").takes({{"user-agent", "curl/8.1"}}));
  EXPECT_FALSE(HeaderRoute("{name: user-agent, string_match: {prefix: curl/}}").takes({{"user-agent", "Mozilla curl/8"}}));
  EXPECT_TRUE(HeaderRoute("{name: accept, string_match: {suffix: /json}}").takes({{"accept", "application/json"}}));
  EXPECT_TRUE(HeaderRoute("{name: cookie, string_match: {contains: beta=1}}").takes({{"cookie", "a=2; beta=1; z=0"}}));
  EXPECT_FALSE(HeaderRoute("{name: cookie, string_match: {contains: beta=1}}").takes({{"cookie", "beta=0"}}));
}

TEST(HeaderMatch, SafeRegexIsAFullMatch) {
  HeaderRoute r(R"({name: x-version, string_match: {safe_regex: {regex: "v[0-9]+"}}})");
  EXPECT_TRUE(r.takes({{"x-version", "v12"}}));
  EXPECT_FALSE(r.takes({{"x-version", "v12-beta"}}));
}

TEST(HeaderMatch, DeprecatedFormsStillWork) {
  EXPECT_TRUE(HeaderRoute("{name: x-a, exact_match: one}").takes({{"x-a", "one"}}));
  EXPECT_TRUE(HeaderRoute("{name: x-a, prefix_match: on}").takes({{"x-a", "one"}}));
  EXPECT_TRUE(HeaderRoute("{name: x-a, suffix_match: ne}").takes({{"x-a", "one"}}));
  EXPECT_TRUE(HeaderRoute("{name: x-a, contains_match: n}").takes({{"x-a", "one"}}));
  EXPECT_TRUE(HeaderRoute(R"({name: x-a, safe_regex_match: {regex: "o.e"}})").takes({{"x-a", "one"}}));
  // Envoy: an empty exact_match accepts any value of a present header.
  HeaderRoute empty(R"({name: x-a, exact_match: ""})");
  EXPECT_TRUE(empty.takes({{"x-a", "anything"}}));
  EXPECT_FALSE(empty.takes({}));
}

TEST(HeaderMatch, NameAloneAndPresentMatch) {
  HeaderRoute nameOnly("{name: x-debug}");
  EXPECT_TRUE(nameOnly.takes({{"x-debug", ""}}));
  EXPECT_FALSE(nameOnly.takes({}));
  HeaderRoute absent("{name: x-debug, present_match: false}");
  EXPECT_TRUE(absent.takes({}));
  EXPECT_FALSE(absent.takes({{"x-debug", "1"}}));
}

TEST(HeaderMatch, RangeMatchIsHalfOpenAndNeedsAnInteger) {
  HeaderRoute r("{name: x-shard, range_match: {start: 10, end: 20}}");
  EXPECT_TRUE(r.takes({{"x-shard", "10"}}));
  EXPECT_TRUE(r.takes({{"x-shard", "19"}}));
  EXPECT_FALSE(r.takes({{"x-shard", "20"}}));
  EXPECT_FALSE(r.takes({{"x-shard", "15.5"}}));
  EXPECT_FALSE(r.takes({{"x-shard", "ten"}}));
  RouteDecision d = r.with({{"x-shard", "20"}});
  EXPECT_TRUE(traceHas(d, "header 'x-shard' range [10, 20): request has '20'")) << describe(d);
}

TEST(HeaderMatch, InvertMatchDoesNotMakeAMissingHeaderMatch) {
  HeaderRoute r("{name: x-env, string_match: {exact: prod}, invert_match: true}");
  EXPECT_TRUE(r.takes({{"x-env", "staging"}}));
  EXPECT_FALSE(r.takes({{"x-env", "prod"}}));
  // Envoy fails a value matcher on a missing header even when inverted.
  RouteDecision d = r.with({});
  EXPECT_EQ(d.routeIndex, 1);
  EXPECT_TRUE(traceHas(d, "Envoy fails every value matcher on a missing header, inverted or not"))
      << describe(d);
  // ...but an inverted presence matcher does match a missing header.
  EXPECT_TRUE(HeaderRoute("{name: x-env, present_match: true, invert_match: true}").takes({}));
}

TEST(HeaderMatch, TreatMissingHeaderAsEmpty) {
  HeaderRoute r(R"({name: x-env, string_match: {exact: ""}, treat_missing_header_as_empty: true})");
  EXPECT_TRUE(r.takes({}));
  EXPECT_FALSE(r.takes({{"x-env", "prod"}}));
  HeaderRoute inverted(
      "{name: x-env, string_match: {exact: prod}, invert_match: true, "
      "treat_missing_header_as_empty: true}");
  EXPECT_TRUE(inverted.takes({}));
}

TEST(HeaderMatch, RepeatedHeadersAreJoinedWithCommas) {
  HeaderRoute r("{name: x-tag, string_match: {exact: \"a,b\"}}");
  EXPECT_TRUE(r.takes({{"x-tag", "a"}, {"X-Tag", "b"}}));
  EXPECT_FALSE(r.takes({{"x-tag", "a"}}));
}

TEST(HeaderMatch, PseudoHeadersAreMatchable) {
  HeaderRoute method("{name: \":method\", string_match: {exact: DELETE}}");
  EXPECT_FALSE(method.takes({}));  // GET by default
  EXPECT_EQ(method.evaluate({.host = "h.test", .method = "DELETE"}).routeIndex, 0);
  HeaderRoute authority("{name: \":authority\", string_match: {suffix: .test}}");
  EXPECT_TRUE(authority.takes({}));  // the host is h.test
}

TEST(HeaderMatch, AllHeadersOfARouteMustMatch) {
  RouteEvaluator evaluator(parseWorkspace(oneVirtualHost(R"(
- match:
    prefix: /
    headers:
    - {name: x-a, string_match: {exact: "1"}}
    - {name: x-b, string_match: {exact: "2"}}
  route: {cluster: both}
- {match: {prefix: /}, route: {cluster: fallback}}
)")));
  RouteDecision one = evaluator.evaluate({.listener = "l", .host = "h", .headers = {{"x-a", "1"}}});
  EXPECT_EQ(one.clusters.at(0).name, "fallback");
  EXPECT_TRUE(traceHas(one, "header 'x-b' exact '2': request does not have it")) << describe(one);
  RouteDecision both = evaluator.evaluate(
      {.listener = "l", .host = "h", .headers = {{"x-a", "1"}, {"x-b", "2"}}});
  EXPECT_EQ(both.clusters.at(0).name, "both");
  EXPECT_TRUE(traceHas(both, "header 'x-a' exact '1': request has '1'; header 'x-b' exact '2': "
                             "request has '2'"))
      << describe(both);
}

}  // namespace
}  // namespace meshdesk::routing
