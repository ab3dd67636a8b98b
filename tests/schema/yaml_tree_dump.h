#pragma once
// A YamlTree as text, one line per node with its place, for tests that compare two trees (a
// document read whole and read in pieces must give the same dump). A node met again through an
// alias is written as a reference to where it was first written, so cycles end.

#include <map>
#include <string>

#include "schema/yaml_tree.h"

namespace meshdesk::schema::testing {

inline void dumpNode(const YamlTree::Node& node, int depth, std::map<std::uint32_t, int>& seen,
                     std::string& out) {
  out.append(static_cast<std::size_t>(2 * depth), ' ');
  out += std::to_string(node.line()) + ":" + std::to_string(node.column()) + " ";
  if (auto it = seen.find(node.id()); it != seen.end()) {
    out += "*" + std::to_string(it->second) + "\n";
    return;
  }
  const int number = static_cast<int>(seen.size());
  seen.emplace(node.id(), number);
  out += "#" + std::to_string(number) + " ";
  switch (node.type()) {
    case YamlTree::Type::kNull:
      out += "null\n";
      return;
    case YamlTree::Type::kScalar:
      out += std::string(node.quoted() ? "quoted " : "plain ") + "\"" + std::string(node.scalar()) +
             "\"\n";
      return;
    case YamlTree::Type::kSequence:
      out += std::string(node.block() ? "block" : "flow") + " list\n";
      for (std::size_t i = 0; i < node.size(); ++i) dumpNode(node.item(i), depth + 1, seen, out);
      return;
    case YamlTree::Type::kMap:
      out += std::string(node.block() ? "block" : "flow") + " mapping\n";
      for (std::size_t i = 0; i < node.size(); ++i) {
        dumpNode(node.key(i), depth + 1, seen, out);
        dumpNode(node.value(i), depth + 2, seen, out);
      }
      return;
  }
}

inline std::string dump(const YamlTree& tree) {
  std::map<std::uint32_t, int> seen;
  std::string out;
  dumpNode(tree.root(), 0, seen, out);
  return out;
}

}  // namespace meshdesk::schema::testing
