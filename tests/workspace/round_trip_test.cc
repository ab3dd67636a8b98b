// Import then export: one normalization, after which reading and writing change nothing, and
// the content survives it exactly.
#include <google/protobuf/util/message_differencer.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_files.h"
#include "workspace/workspace.h"

namespace meshdesk::workspace {
namespace {

using google::protobuf::util::MessageDifferencer;

void expectSameContent(const Workspace& a, const Workspace& b) {
  for (const auto& info : allKinds()) {
    ASSERT_EQ(a.items(info.kind).size(), b.items(info.kind).size()) << info.key;
    for (std::size_t i = 0; i < a.items(info.kind).size(); ++i) {
      const auto& x = a.items(info.kind)[i].message();
      const auto& y = b.items(info.kind)[i].message();
      EXPECT_TRUE(MessageDifferencer::Equals(x, y))
          << info.key << "[" << i << "]:\n" << x.DebugString() << "\nvs\n" << y.DebugString();
    }
  }
  ASSERT_EQ(a.nodeGroups().size(), b.nodeGroups().size());
  for (std::size_t i = 0; i < a.nodeGroups().size(); ++i) {
    EXPECT_EQ(a.nodeGroups()[i].name, b.nodeGroups()[i].name);
    EXPECT_EQ(a.nodeGroups()[i].match.id, b.nodeGroups()[i].match.id);
    EXPECT_EQ(a.nodeGroups()[i].match.cluster, b.nodeGroups()[i].match.cluster);
    EXPECT_EQ(a.nodeGroups()[i].match.metadata, b.nodeGroups()[i].match.metadata);
    EXPECT_EQ(a.nodeGroups()[i].resources, b.nodeGroups()[i].resources);
  }
  ASSERT_EQ(a.resourceTtls().size(), b.resourceTtls().size());
  for (std::size_t i = 0; i < a.resourceTtls().size(); ++i) {
    EXPECT_EQ(a.resourceTtls()[i].kind, b.resourceTtls()[i].kind);
    EXPECT_EQ(a.resourceTtls()[i].names, b.resourceTtls()[i].names);
    EXPECT_EQ(a.resourceTtls()[i].ttl, b.resourceTtls()[i].ttl);
  }
}

class RoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(RoundTrip, OneNormalizationThenByteIdentical) {
  auto original = Workspace::load(testing::dataFile(GetParam()));
  ASSERT_TRUE(original.ok()) << original.errors.front().toString();
  std::string once = original.workspace.toYaml();
  auto reread = Workspace::parse(once);
  ASSERT_TRUE(reread.ok()) << reread.errors.front().toString() << "\n" << once;
  expectSameContent(original.workspace, reread.workspace);
  EXPECT_EQ(reread.workspace.toYaml(), once);
}

TEST_P(RoundTrip, WritingTwiceGivesTheSameBytes) {
  auto a = Workspace::load(testing::dataFile(GetParam()));
  auto b = Workspace::load(testing::dataFile(GetParam()));
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a.workspace.toYaml(), b.workspace.toYaml());
  Workspace copy = a.workspace;
  EXPECT_EQ(copy.toYaml(), a.workspace.toYaml());
}

INSTANTIATE_TEST_SUITE_P(TestData, RoundTrip,
                         ::testing::Values("edge-tls-sni.yaml", "sidecar.yaml", "grpc-mesh.yaml",
                                           "resource-ttls.yaml"),
                         [](const auto& info) {
                           std::string name = info.param.substr(0, info.param.find('.'));
                           for (char& c : name)
                             if (c == '-') c = '_';
                           return name;
                         });

TEST(RoundTrip, SameContentWrittenDifferentlyGivesTheSameBytes) {
  // Field order, flow or block style, camelCase or snake_case, quoting, map key order, "5s" or
  // "5.000s": none of it is content.
  auto a = Workspace::parse(R"(clusters:
- name: api
  connect_timeout: 5s
  lb_policy: LEAST_REQUEST
  metadata: {filter_metadata: {envoy.lb: {zone: a, canary: true}}}
  load_assignment: {cluster_name: api, endpoints: [{lb_endpoints: [{endpoint: {address: {socket_address: {address: 10.0.0.1, port_value: 80}}}}]}]}
)");
  auto b = Workspace::parse(R"(clusters:
- loadAssignment:
    endpoints:
    - lbEndpoints:
      - endpoint:
          address:
            socketAddress:
              portValue: "80"
              address: "10.0.0.1"
    clusterName: api
  metadata:
    filterMetadata:
      "envoy.lb":
        canary: true
        zone: "a"
  lbPolicy: 1
  connectTimeout: 5.000s
  name: "api"
)");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a.workspace.toYaml(), b.workspace.toYaml());
}

TEST(RoundTrip, TheWrittenTextHasTheSectionsInAFixedOrder) {
  auto result = Workspace::parse("node_groups:\n- name: g\nclusters:\n- name: c\nlisteners:\n"
                                 "- name: l\n");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.workspace.toYaml(),
            "listeners:\n- name: l\n\nclusters:\n- name: c\n\nnode_groups:\n- name: g\n  match: {}\n");
}

}  // namespace
}  // namespace meshdesk::workspace
