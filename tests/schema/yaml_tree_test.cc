// parseYamlTree: what it reads is what yaml-cpp reads (places included), and reading a text in
// pieces on several threads gives the same tree, or the same error, as reading it whole.
#include "schema/yaml_tree.h"

#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "schema/yaml_to_message.h"
#include "yaml_tree_dump.h"

namespace meshdesk::schema {
namespace {

YamlTree parseOk(std::string_view text, int pieces) {
  std::vector<SchemaError> errors;
  std::optional<YamlTree> tree = parseYamlTree(text, errors, {pieces});
  EXPECT_TRUE(errors.empty()) << errors.front().toString();
  return tree ? std::move(*tree) : YamlTree();
}

std::string errorsOf(std::string_view text, int pieces) {
  std::vector<SchemaError> errors;
  std::optional<YamlTree> tree = parseYamlTree(text, errors, {pieces});
  EXPECT_FALSE(tree.has_value());
  std::string out;
  for (const auto& e : errors) out += e.toString() + "\n";
  return out;
}

TEST(YamlTree, HoldsWhatYamlCppReadsWithItsPlaces) {
  const std::string text = R"(name: "quoted"
port: 8080
flag: 'true'
empty:
list: [a, b]
block:
  - x: 1
    y: ~
anchored: &a {k: v}
again: *a
)";
  YamlTree tree = parseOk(text, 1);
  YAML::Node node = YAML::Load(text);
  const YamlTree::Node root = tree.root();
  ASSERT_TRUE(root.isMap());
  ASSERT_EQ(root.size(), node.size());
  EXPECT_TRUE(root.block());
  std::size_t i = 0;
  for (const auto& entry : node) {
    const YamlTree::Node key = root.key(i), value = root.value(i);
    EXPECT_EQ(key.scalar(), entry.first.Scalar());
    EXPECT_EQ(key.line(), entry.first.Mark().line + 1) << key.scalar();
    EXPECT_EQ(key.column(), entry.first.Mark().column + 1) << key.scalar();
    EXPECT_EQ(value.line(), entry.second.Mark().line + 1) << key.scalar();
    EXPECT_EQ(value.column(), entry.second.Mark().column + 1) << key.scalar();
    EXPECT_EQ(value.isNull(), entry.second.IsNull()) << key.scalar();
    EXPECT_EQ(value.isMap(), entry.second.IsMap()) << key.scalar();
    EXPECT_EQ(value.isSequence(), entry.second.IsSequence()) << key.scalar();
    if (value.isScalar()) {
      EXPECT_EQ(value.scalar(), entry.second.Scalar());
    }
    ++i;
  }
  EXPECT_TRUE(root.value(0).quoted());
  EXPECT_FALSE(root.value(1).quoted());
  EXPECT_TRUE(root.value(2).quoted());
  EXPECT_FALSE(root.value(4).block());
  EXPECT_TRUE(root.value(5).item(0).value(1).isNull());
  // An alias is its anchor's node.
  EXPECT_EQ(root.value(7).id(), root.value(6).id());
  EXPECT_EQ(tree.aliasCount(), 1u);
}

TEST(YamlTree, AnEmptyDocumentIsNull) {
  EXPECT_TRUE(parseOk("", 1).root().isNull());
  EXPECT_TRUE(parseOk("# only a comment\n", 1).root().isNull());
}

TEST(YamlTree, SyntaxErrorsHaveThePlaceYamlCppGives) {
  for (const char* text : {"a: [1, 2\nb: 3\n", "a: 1\n b: 2\n", "a: b: c\n", "{a: 1\n"}) {
    std::string expected;
    try {
      YAML::Load(text);
    } catch (const YAML::Exception& e) {
      expected = std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1) +
                 ": YAML syntax: " + e.msg + "\n";
    }
    ASSERT_NE(expected, "") << text;
    EXPECT_EQ(errorsOf(text, 1), expected);
  }
  EXPECT_EQ(errorsOf("a: 1\n---\nb: 2\n", 1), "2:1: expected one YAML document, found more\n");
  // yaml-cpp 0.7 yields documents without end after this (YAML::LoadAll never returns); the
  // first is read, as YAML::Load reads it.
  std::vector<SchemaError> errors;
  std::optional<YamlTree> endless = parseYamlTree("[],", errors);
  ASSERT_TRUE(endless.has_value());
  EXPECT_TRUE(endless->root().isSequence());
  EXPECT_EQ(endless->root().size(), YAML::Load("[],").size());
}

TEST(YamlTree, AliasesThatExpandTooFarAreRefused) {
  std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 9; ++i)
    bomb += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [*a" + std::to_string(i - 1) +
            ", *a" + std::to_string(i - 1) + ", *a" + std::to_string(i - 1) + ", *a" +
            std::to_string(i - 1) + ", *a" + std::to_string(i - 1) + ", *a" +
            std::to_string(i - 1) + ", *a" + std::to_string(i - 1) + ", *a" +
            std::to_string(i - 1) + ", *a" + std::to_string(i - 1) + ", *a" +
            std::to_string(i - 1) + "]\n";
  EXPECT_NE(errorsOf(bomb, 1).find("expands to more than"), std::string::npos);
}

// A workspace-shaped text: lists of items at column 0 under plain keys, with what can sit in
// an item (comments, block and quoted multi-line scalars, flow collections, anchors).
std::string workspaceLike(int items) {
  std::string text = "# a workspace\nlisteners:\n";
  for (int i = 0; i < items; ++i) {
    text += "- name: listener-" + std::to_string(i) + "\n  port: " + std::to_string(10000 + i) +
            "\n  # a comment\n  tags: [a, \"b\", {c: d}]\n";
    if (i % 7 == 0) text += "  description: |\n    two lines\n    of text\n\n";
    if (i % 5 == 0) text += "  quoted: \"over\n    two lines\"\n";
    if (i % 3 == 0) text += "  shared: &s" + std::to_string(i) + " {x: 1}\n  again: *s" +
                            std::to_string(i) + "\n";
    if (i % 4 == 0) text += "  empty:\n";
  }
  text += "clusters:\n";
  for (int i = 0; i < items; ++i)
    text += "-   name: 'cluster-" + std::to_string(i) + "'\n    lb_policy: ROUND_ROBIN\n";
  text += "endpoints: []\nroutes:\n";
  for (int i = 0; i < items; ++i) text += "- name: r" + std::to_string(i) + "\n";
  return text;
}

TEST(YamlTree, PiecesGiveTheSameTreeAsAWholeParse) {
  const std::string text = workspaceLike(60);
  const YamlTree whole = parseOk(text, 1);
  EXPECT_EQ(whole.pieces(), 1);
  for (int pieces : {2, 3, 4, 7}) {
    const YamlTree cut = parseOk(text, pieces);
    EXPECT_EQ(cut.pieces(), pieces);
    EXPECT_EQ(testing::dump(cut), testing::dump(whole)) << pieces << " pieces";
    EXPECT_EQ(cut.aliasCount(), whole.aliasCount());
  }
}

TEST(YamlTree, LargeTextsAreCutByDefault) {
  std::string text = workspaceLike(4000);
  ASSERT_GT(text.size(), 256u * 1024);
  const YamlTree whole = parseOk(text, 1);
  const YamlTree cut = parseOk(text, 0);
  EXPECT_EQ(testing::dump(cut), testing::dump(whole));
}

// Each text has an item line ("- " at column 0) where cutting would change the meaning, or
// which is not below a plain `key:`; each reads as a whole parse does.
TEST(YamlTree, TextsThatCannotBeCutThereReadAsWhole) {
  const std::vector<std::string> texts = {
      // inside a double-quoted scalar
      "listeners:\n- a\n- b\n- \"c\n- d\n- e\"\n- f\n",
      // inside a single-quoted scalar
      "listeners:\n- a\n- b\n- 'c\n- d'\n- f\n",
      // inside a flow list
      "listeners:\n- a\n- [b,\n- c]\n- d\n",
      // the list's key is not a plain key alone on its line
      "\"listeners\":\n- a\n- b\n- c\n- d\n",
      "listeners: &l\n- a\n- b\n- c\n- d\n",
      "? listeners\n:\n- a\n- b\n- c\n",
      // an alias in a later piece to an anchor in an earlier one
      "listeners:\n- &x a\n- b\n- c\n- *x\n- *x\n",
      // a list that is not the value of a top-level key
      "- a\n- b\n- c\n- d\n",
      // a syntax error after the cut
      "listeners:\n- a\n- b\n- c\n- d: [\n",
      "listeners:\n- a\n- b\n- c\n- d\n  bad: indentation\n",
      // a tab where indentation should be
      "listeners:\n- a\n- b\n\t- c\n- d\n",
  };
  for (const auto& text : texts) {
    for (int pieces : {2, 3}) {
      std::vector<SchemaError> wholeErrors, cutErrors;
      auto whole = parseYamlTree(text, wholeErrors, {1});
      auto cut = parseYamlTree(text, cutErrors, {pieces});
      ASSERT_EQ(whole.has_value(), cut.has_value()) << text;
      ASSERT_EQ(wholeErrors.size(), cutErrors.size()) << text;
      for (std::size_t i = 0; i < wholeErrors.size(); ++i)
        EXPECT_EQ(cutErrors[i].toString(), wholeErrors[i].toString()) << text;
      if (whole) EXPECT_EQ(testing::dump(*cut), testing::dump(*whole)) << text;
    }
  }
}

TEST(YamlTree, ConvertsAsTheYamlNodeConverterDoes) {
  const std::string text = R"(name: api
connect_timeout: 0.25x
lb_policy: ROUND_ROBN
load_assignment:
  cluster_name: api
  endpoints:
  - lb_endpoints:
    - endpoint: {address: {socket_address: {address: 10.0.0.1, port_value: 99999}}}
metadata:
  filter_metadata:
    envoy.lb: {canary: true, "weight": 3, tags: [a, 1]}
typed_extension_protocol_options:
  envoy.extensions.upstreams.http.v3.HttpProtocolOptions:
    "@type": type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions
    explicit_http_config: {http2_protocol_options: {}}
    common_http_protocol_options: {idle_timeout: 1s, idel: 2}
name: twice
dns_lookup_family: V4_ONLY
)";
  envoy::config::cluster::v3::Cluster fromTree, fromNode;
  std::vector<SchemaError> treeErrors, nodeErrors;
  std::optional<YamlTree> tree = parseYamlTree(text, treeErrors);
  ASSERT_TRUE(tree.has_value());
  yamlToMessage(tree->root(), fromTree, treeErrors, "clusters[0]");
  yamlToMessage(YAML::Load(text), fromNode, nodeErrors, "clusters[0]");
  ASSERT_EQ(treeErrors.size(), nodeErrors.size());
  ASSERT_GE(treeErrors.size(), 4u);
  for (std::size_t i = 0; i < treeErrors.size(); ++i)
    EXPECT_EQ(treeErrors[i].toString(), nodeErrors[i].toString());
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(fromTree, fromNode));
  EXPECT_EQ(fromTree.dns_lookup_family(), envoy::config::cluster::v3::Cluster::V4_ONLY);
}

}  // namespace
}  // namespace meshdesk::schema
