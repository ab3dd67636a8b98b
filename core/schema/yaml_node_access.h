#pragma once
// Inside the schema box: what the converter (yaml_to_message.cc) reads of a node, for both node
// kinds it converts: yaml-cpp's YAML::Node (the API other boxes use) and YamlTree::Node (what
// workspace files are read into). One converter serves both, so they cannot drift apart.

#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "schema/yaml_tree.h"

namespace meshdesk::schema::access {

using Type = YamlTree::Type;

// 1-based; 0 when the node has no place.
struct Place {
  int line = 0;
  int column = 0;
};

inline Type typeOf(const YamlTree::Node& node) { return node.type(); }
inline Type typeOf(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      return Type::kScalar;
    case YAML::NodeType::Sequence:
      return Type::kSequence;
    case YAML::NodeType::Map:
      return Type::kMap;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      break;
  }
  return Type::kNull;
}

inline std::string_view scalarOf(const YamlTree::Node& node) { return node.scalar(); }
inline std::string_view scalarOf(const YAML::Node& node) { return node.Scalar(); }

// Quoted or tagged !!str; yaml-cpp tags a quoted scalar "!".
inline bool quotedOf(const YamlTree::Node& node) { return node.quoted(); }
inline bool quotedOf(const YAML::Node& node) {
  return node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str";
}

inline Place placeOf(const YamlTree::Node& node) { return {node.line(), node.column()}; }
inline Place placeOf(const YAML::Node& node) {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) return {};
  return {mark.line + 1, mark.column + 1};
}

// f(key, value) for each entry of a mapping, in order.
template <class F>
void forEachEntry(const YamlTree::Node& node, F&& f) {
  for (std::size_t i = 0, n = node.size(); i < n; ++i) f(node.key(i), node.value(i));
}
template <class F>
void forEachEntry(const YAML::Node& node, F&& f) {
  for (const auto& entry : node) f(static_cast<const YAML::Node&>(entry.first), entry.second);
}

// f(item) for each item of a list, in order.
template <class F>
void forEachItem(const YamlTree::Node& node, F&& f) {
  for (std::size_t i = 0, n = node.size(); i < n; ++i) f(node.item(i));
}
template <class F>
void forEachItem(const YAML::Node& node, F&& f) {
  for (const auto& item : node) f(static_cast<const YAML::Node&>(item));
}

}  // namespace meshdesk::schema::access
