// YAML and JSON text to YAML::Node or protobuf: the entry points that start from text.
#include <algorithm>
#include <unordered_map>

#include "schema/yaml_pieces.h"
#include "schema/yaml_to_message.h"

namespace meshdesk::schema {

namespace gp = google::protobuf;

namespace {

// How many values the document holds once its aliases are expanded, counted without expanding
// them: an alias is the same node as its anchor, and such a node is found by its place.
constexpr std::size_t kMaxExpandedValues = 4'000'000;

std::size_t expandedSize(const YAML::Node& node,
                         std::unordered_map<std::uint64_t, std::size_t>& memo, int depth) {
  if (!node.IsMap() && !node.IsSequence()) return 1;
  const YAML::Mark mark = node.Mark();
  const std::uint64_t key = (static_cast<std::uint64_t>(mark.line) << 32) |
                            static_cast<std::uint32_t>(mark.column);
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  std::size_t size = 1;
  if (depth < 512) {
    if (node.IsMap()) {
      for (const auto& entry : node)
        size += expandedSize(entry.first, memo, depth + 1) +
                expandedSize(entry.second, memo, depth + 1);
    } else {
      for (const auto& item : node) size += expandedSize(item, memo, depth + 1);
    }
  }
  size = std::min(size, kMaxExpandedValues + 1);
  memo.emplace(key, size);
  return size;
}
}  // namespace

std::optional<YAML::Node> parseYaml(std::string_view text, std::vector<SchemaError>& errors) {
  if (!isOneDocument(text, errors)) return std::nullopt;
  try {
    YAML::Node root = YAML::Load(std::string(text));
    std::unordered_map<std::uint64_t, std::size_t> memo;
    if (expandedSize(root, memo, 0) > kMaxExpandedValues) {
      errors.push_back({"", 1, 1,
                        "the document expands to more than " +
                            std::to_string(kMaxExpandedValues) +
                            " values through YAML aliases; write it out or use fewer aliases"});
      return std::nullopt;
    }
    return root;
  } catch (const YAML::Exception& e) {
    errors.push_back({"", e.mark.is_null() ? 0 : e.mark.line + 1,
                      e.mark.is_null() ? 0 : e.mark.column + 1, "YAML syntax: " + e.msg});
    return std::nullopt;
  }
}

bool yamlTextToMessage(std::string_view yaml, gp::Message& out,
                       std::vector<SchemaError>& errors) {
  std::optional<YamlTree> tree = parseYamlTree(yaml, errors);
  return tree && yamlToMessage(tree->root(), out, errors);
}

bool jsonToMessage(std::string_view json, gp::Message& out, std::vector<SchemaError>& errors) {
  return yamlTextToMessage(json, out, errors);
}

}  // namespace meshdesk::schema
