// The reader's errors in the same list as validation findings: kind, resource, path relative to
// the resource, and the reader's place.
#include <gmock/gmock.h>

#include "validate_test_support.h"

namespace meshdesk::validate {
namespace {

using ::testing::HasSubstr;
using testing::check;
using testing::onlyFinding;
using testing::placeOf;

TEST(LoadErrors, SchemaErrorsBecomeFindingsOfTheirResource) {
  std::string yaml = R"(clusters:
- name: api
  type: STATIC
  conect_timeout: 1s
  lb_policy: ROUND_ROBBIN
)";
  auto findings = check(yaml, /*readerErrorsExpected=*/true);
  auto schema = testing::withRule(findings, "schema");
  ASSERT_EQ(schema.size(), 2u) << testing::listAll(findings);
  EXPECT_EQ(schema[0].kind, workspace::Kind::kCluster);
  EXPECT_EQ(schema[0].resource, "api");
  EXPECT_EQ(schema[0].path, "conect_timeout");
  EXPECT_THAT(schema[0].message, HasSubstr("did you mean 'connect_timeout'?"));
  EXPECT_EQ(placeOf(schema[0]), placeOf(yaml, "conect_timeout"));
  EXPECT_EQ(schema[1].path, "lb_policy");
  EXPECT_EQ(placeOf(schema[1]), placeOf(yaml, "ROUND_ROBBIN"));
  EXPECT_EQ(schema[1].file, "test.yaml");
}

TEST(LoadErrors, UnknownTypeInsideAnAny) {
  std::string yaml = R"(listeners:
- name: edge
  api_listener:
    api_listener:
      "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConectionManager
)";
  Finding f = onlyFinding(check(yaml, true), "schema");
  EXPECT_EQ(f.resource, "edge");
  EXPECT_EQ(f.path, "api_listener.api_listener.@type");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "type.googleapis.com"));
}

TEST(LoadErrors, DuplicateNamesReachTheFindings) {
  std::string yaml = R"(clusters:
- name: api
  connect_timeout: 1s
- name: api
  connect_timeout: 2s
)";
  Finding f = onlyFinding(check(yaml, true), "duplicate_name");
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_EQ(f.kind, workspace::Kind::kCluster);
  EXPECT_EQ(f.resource, "api");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "name: api", 2));
}

TEST(LoadErrors, ErrorsOutsideItemsKeepTheirPathFromTheTop) {
  std::string yaml = R"(clusters:
- connect_timeout: 1s
node_groups:
- name: canary
  match: {id: "canary-*"}
  resources: [nothing]
)";
  auto findings = check(yaml, true);
  ASSERT_EQ(findings.size(), 2u) << testing::listAll(findings);
  EXPECT_FALSE(findings[0].kind.has_value());  // a cluster without a name has no resource name
  EXPECT_EQ(findings[0].path, "clusters[0].name");
  EXPECT_FALSE(findings[1].kind.has_value());
  EXPECT_EQ(findings[1].path, "node_groups[0].resources[0]");
  EXPECT_EQ(placeOf(findings[1]), placeOf(yaml, "nothing"));
}

TEST(LoadErrors, SyntaxError) {
  std::string yaml = "clusters:\n- name: [api\n";
  auto findings = check(yaml, true);
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findings[0].rule, "schema");
  EXPECT_GT(findings[0].line, 0);
}

TEST(LoadErrors, ConvertedWithoutTheTextTheyKeepTheReadersPath) {
  workspace::WorkspaceError e{"w.yaml", 3, 5, "clusters[0].lb_policy", "unknown value"};
  auto findings = findingsFromLoadErrors({e});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_FALSE(findings[0].kind.has_value());
  EXPECT_EQ(findings[0].path, "clusters[0].lb_policy");
  EXPECT_EQ(findings[0].toString(), "w.yaml:3:5: error: clusters[0].lb_policy: unknown value [schema]");
}

}  // namespace
}  // namespace meshdesk::validate

namespace meshdesk::validate {
namespace {

TEST(LoadErrors, RulesDoNotRepeatWhatTheReaderSaid) {
  // port_value does not parse, so it is unset; "needs one of port_value or named_port" would
  // only repeat that. The unrelated rule on the same cluster still shows.
  std::string yaml = R"(clusters:
- name: api
  type: STATIC
  connect_timeout: 0s
  load_assignment:
    cluster_name: api
    endpoints:
    - lb_endpoints:
      - endpoint:
          address:
            socket_address: {address: 10.0.0.1, port_value: http}
)";
  auto findings = check(yaml, true);
  ASSERT_EQ(findings.size(), 2u) << testing::listAll(findings);
  EXPECT_EQ(findings[0].rule, "duration.gt");
  EXPECT_EQ(findings[1].rule, "schema");
  EXPECT_EQ(findings[1].path,
            "load_assignment.endpoints[0].lb_endpoints[0].endpoint.address.socket_address.port_value");
}

}  // namespace
}  // namespace meshdesk::validate
