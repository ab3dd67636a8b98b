// The YAML writer: exact style, and that every string reads back as the same string.
#include "schema/yaml_writer.h"

#include <gtest/gtest.h>

namespace meshdesk::schema {
namespace {

YAML::Node string(const std::string& s) {
  YAML::Node node(s);
  node.SetTag("!");
  return node;
}

TEST(YamlWriter, BlockStyleAsEnvoysDocs) {
  auto node = YAML::Load(R"(
static_resources:
  listeners:
  - name: l
    address: {socket_address: {address: 0.0.0.0, port_value: 80}}
    filter_chains: [{filters: []}]
  clusters: []
matrix: [[1, 2], [3]]
empty: {}
)");
  EXPECT_EQ(emitYaml(node), R"(static_resources:
  listeners:
  - name: l
    address:
      socket_address:
        address: 0.0.0.0
        port_value: 80
    filter_chains:
    - filters: []
  clusters: []
matrix:
- [1, 2]
- [3]
empty: {}
)");
}

TEST(YamlWriter, LongListsOfScalarsAreBlockLists) {
  YAML::Node node(YAML::NodeType::Map);
  YAML::Node list(YAML::NodeType::Sequence);
  for (int i = 0; i < 12; ++i) list.push_back(string("host-" + std::to_string(i) + ".example.com"));
  node["domains"] = list;
  std::string text = emitYaml(node);
  EXPECT_EQ(text.rfind("domains:\n- host-0.example.com\n- host-1.example.com\n", 0), 0u) << text;
}

TEST(YamlWriter, StringsAreQuotedOnlyWhenTheyWouldReadAsSomethingElse) {
  struct Case {
    std::string value;
    std::string written;
  };
  for (const auto& c : std::vector<Case>{
           {"plain", "plain"},
           {"/api/v1", "/api/v1"},
           {"127.0.0.1", "127.0.0.1"},
           {"2001:db8::1", "2001:db8::1"},
           {"-foo", "-foo"},
           {"*", "\"*\""},
           {"8080", "\"8080\""},
           {"1e3", "\"1e3\""},
           {"0x1F", "\"0x1F\""},
           {"true", "\"true\""},
           {"No", "\"No\""},
           {"y", "\"y\""},
           {"null", "\"null\""},
           {"~", "\"~\""},
           {"", "\"\""},
           {".inf", "\"\".inf\"\""},
           {"a: b", "\"a: b\""},
           {"a #b", "\"a #b\""},
           {"trailing ", "\"trailing \""},
           {"@type", "\"@type\""},
           {"tab\there", "\"tab\\there\""},
           {"quote\"s", "quote\"s"},
           {"- x", "\"- x\""},
           {"---", "\"---\""},
       }) {
    YAML::Node map(YAML::NodeType::Map);
    map.force_insert(string("k"), string(c.value));
    std::string text = emitYaml(map);
    if (c.value == ".inf") {
      EXPECT_EQ(text, "k: \".inf\"\n");
    } else {
      EXPECT_EQ(text, "k: " + c.written + "\n") << c.value;
    }
    YAML::Node back = YAML::Load(text);
    EXPECT_EQ(back["k"].Scalar(), c.value) << text;
  }
}

TEST(YamlWriter, UntaggedScalarsAreWrittenAsTheyAre) {
  // Numbers, bools and enum names from messageToYaml, plain scalars from a parsed file: their
  // text is their meaning, so it is not quoted even where a string would be.
  YAML::Node map(YAML::NodeType::Map);
  map["port"] = YAML::Node("8080");
  map["on"] = YAML::Node("true");
  map["odd"] = YAML::Node("a: b");  // not valid plain: quoted all the same
  EXPECT_EQ(emitYaml(map), "port: 8080\non: true\nodd: \"a: b\"\n");
}

TEST(YamlWriter, MultiLineStrings) {
  for (const std::string& s : {std::string("a\nb\n"), std::string("a\nb"), std::string("a\n\nb\n"),
                               std::string("a\nb\n\n"), std::string(" lead\nx\n"),
                               std::string("a\n  \nb\n"), std::string("x\r\ny\n"),
                               std::string("  indented\n    more\n")}) {
    YAML::Node seq(YAML::NodeType::Sequence);
    seq.push_back(string(s));
    YAML::Node map(YAML::NodeType::Map);
    map.force_insert(string("lua"), string(s));
    map.force_insert(string("list"), seq);
    std::string text = emitYaml(map);
    YAML::Node back = YAML::Load(text);
    EXPECT_EQ(back["lua"].Scalar(), s) << text;
    EXPECT_EQ(back["list"][0].Scalar(), s) << text;
  }
  YAML::Node map(YAML::NodeType::Map);
  map.force_insert(string("code"), string("function f()\n  return 1\nend\n"));
  EXPECT_EQ(emitYaml(map), "code: |\n  function f()\n    return 1\n  end\n");
  map = YAML::Node(YAML::NodeType::Map);
  map.force_insert(string("code"), string("a\nb"));
  EXPECT_EQ(emitYaml(map), "code: |-\n  a\n  b\n");
}

TEST(YamlWriter, TagsOtherThanStringAreKept) {
  auto node = YAML::Load("a: !!binary aGk=\nb: !custom {x: 1}\nc: !!str 5\n");
  std::string text = emitYaml(node);
  EXPECT_EQ(text, "a: !!binary aGk=\nb: !custom\n  x: 1\nc: \"5\"\n");
  auto back = YAML::Load(text);
  EXPECT_EQ(back["a"].Tag(), "tag:yaml.org,2002:binary");
  EXPECT_EQ(back["b"].Tag(), "!custom");
  EXPECT_EQ(back["b"]["x"].Scalar(), "1");
  EXPECT_EQ(back["c"].Scalar(), "5");
  EXPECT_EQ(emitYaml(back), text);
}

TEST(YamlWriter, EmittingParsedOutputIsAFixedPoint) {
  auto node = YAML::Load(R"(
a: "quoted"
b: 'single'
c: plain words here
d: [x, "y", 3]
e:
  - {k: v}
  - - nested
    - list
f: |
  literal
  text
g: null
h: ""
)");
  std::string once = emitYaml(node);
  EXPECT_EQ(emitYaml(YAML::Load(once)), once);
}

TEST(YamlWriter, PlainScalarIsNonString) {
  for (const char* s : {"", "~", "null", "NULL", "true", "False", "yes", "off", "Y", "0", "-1",
                        "+3", "1.5", ".5", "1e-3", "0x1f", "0o17", "0b101", "1_000", "1:30",
                        ".inf", "-.Inf", ".NaN", "<<"})
    EXPECT_TRUE(plainScalarIsNonString(s)) << s;
  for (const char* s : {"a", "1.2.3", "127.0.0.1", "v1", "1a", "-", "Infinity2", "yesno", "0xZZ",
                        "e5", "ROUND_ROBIN"})
    EXPECT_FALSE(plainScalarIsNonString(s)) << s;
}

}  // namespace
}  // namespace meshdesk::schema
