// Finding a field path in the YAML text: proto and JSON names, lists, maps, Any payloads
// inline, and the closest written place for a field that is not written.
#include <gtest/gtest.h>

#include "validate/field_path.h"
#include "validate/source_index.h"
#include "validate_test_support.h"

namespace meshdesk::validate {
namespace {

using testing::Place;
using testing::placeOf;
using workspace::Kind;

constexpr const char* kText = R"(clusters:
- name: api
  connectTimeout: 1s
  load_assignment:
    cluster_name: api
    endpoints:
    - lb_endpoints:
      - endpoint:
          address:
            socket_address: {address: 10.0.0.1, port_value: 80}
  metadata:
    filter_metadata:
      envoy.lb: {canary: true}
- name: api
  connect_timeout: 9s
listeners:
- name: edge
  api_listener:
    api_listener:
      "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
      stat_prefix: edge
)";

Place at(const SourceIndex& index, Kind kind, std::string_view name, std::string_view path) {
  auto where = index.locate(kind, name, path);
  if (!where) return {};
  return {where->line, where->column};
}

TEST(SourceIndex, FollowsFieldPaths) {
  SourceIndex index(kText, "w.yaml");
  EXPECT_EQ(at(index, Kind::kCluster, "api", ""), placeOf(kText, "name: api"));
  // The JSON spelling is found by the proto name; the first of two items of one name is kept.
  EXPECT_EQ(at(index, Kind::kCluster, "api", "connect_timeout"), placeOf(kText, "1s"));
  EXPECT_EQ(at(index, Kind::kCluster, "api",
               "load_assignment.endpoints[0].lb_endpoints[0].endpoint.address.socket_address.port_value"),
            placeOf(kText, "80"));
  // A mapping value: the key.
  EXPECT_EQ(at(index, Kind::kCluster, "api", "load_assignment"), placeOf(kText, "load_assignment"));
  EXPECT_EQ(at(index, Kind::kCluster, "api", R"(metadata.filter_metadata["envoy.lb"].canary)"),
            placeOf(kText, "true"));
  // Not written: the closest written ancestor.
  EXPECT_EQ(at(index, Kind::kCluster, "api", "load_assignment.policy.overprovisioning_factor"),
            placeOf(kText, "load_assignment"));
  // Any payload fields are inline.
  EXPECT_EQ(at(index, Kind::kListener, "edge", "api_listener.api_listener.stat_prefix"),
            placeOf(kText, "edge\n", 2));
  EXPECT_FALSE(index.locate(Kind::kRoute, "edge", "").has_value());
}

TEST(SourceIndex, FromTheTopAndNamesByPosition) {
  SourceIndex index(kText);
  auto where = index.locateFromTop("clusters[1].connect_timeout");
  ASSERT_TRUE(where.has_value());
  EXPECT_EQ((Place{where->line, where->column}), placeOf(kText, "9s"));
  EXPECT_FALSE(index.locateFromTop("routes[0]").has_value());
  EXPECT_EQ(index.nameAt(Kind::kListener, 0), "edge");
  EXPECT_EQ(index.nameAt(Kind::kListener, 1), "");
}

TEST(SourceIndex, BrokenTextPlacesNothing) {
  SourceIndex index("clusters: [\n");
  EXPECT_FALSE(index.locate(Kind::kCluster, "api", "").has_value());
}

TEST(FieldPath, ParsesWhatItBuilds) {
  FieldPath path;
  path.field("a");
  path.index(3);
  path.key("x.y", true);
  path.field("b");
  path.key("7", false);
  EXPECT_EQ(path.str(), R"(a[3]["x.y"].b[7])");
  auto steps = parseFieldPath(path.str());
  ASSERT_EQ(steps.size(), 5u);
  EXPECT_EQ(steps[0].type, PathStep::Type::kField);
  EXPECT_EQ(steps[1].type, PathStep::Type::kIndex);
  EXPECT_EQ(steps[1].text, "3");
  EXPECT_EQ(steps[2].type, PathStep::Type::kKey);
  EXPECT_EQ(steps[2].text, "x.y");
  EXPECT_EQ(steps[3].text, "b");
  EXPECT_EQ(steps[4].type, PathStep::Type::kIndex);
  EXPECT_EQ(joinPath("a.b", "c"), "a.b.c");
  EXPECT_EQ(joinPath("a", "[1]"), "a[1]");
  EXPECT_EQ(joinPath("", "c"), "c");
}

}  // namespace
}  // namespace meshdesk::validate
