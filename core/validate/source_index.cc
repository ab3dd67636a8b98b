#include "validate/source_index.h"

#include <charconv>

#include "schema/field_names.h"
#include "validate/field_path.h"

namespace meshdesk::validate {

namespace {

using workspace::SourceLocation;
using Node = schema::YamlTree::Node;

SourceLocation placeOf(const Node& node) {
  if (node.line() == 0) return {};
  return {node.line(), node.column()};
}

// A key as the schema box accepts it: the proto name, or its lowerCamelCase JSON name.
bool keyMatches(const Node& key, const PathStep& step) {
  if (!key.isScalar()) return false;
  const std::string_view text = key.scalar();
  if (text == step.text) return true;
  return step.type == PathStep::Type::kField && text == schema::lowerCamelCase(step.text);
}

// The entry of `map` whose key matches `step`: its index, or nullopt.
std::optional<std::size_t> entryOf(const Node& map, const PathStep& step) {
  if (!map.isMap()) return std::nullopt;
  for (std::size_t i = 0; i < map.size(); ++i)
    if (keyMatches(map.key(i), step)) return i;
  return std::nullopt;
}

// A field's value in a mapping, by its proto name or JSON name.
std::optional<Node> member(const Node& map, std::string_view name) {
  auto i = entryOf(map, PathStep{PathStep::Type::kField, std::string(name)});
  if (!i) return std::nullopt;
  return map.value(*i);
}

// Follows `path` down from `start`; the place of the deepest step that is written.
SourceLocation follow(const Node& start, std::string_view path) {
  Node current = start;
  SourceLocation place = placeOf(start);
  for (const PathStep& step : parseFieldPath(path)) {
    std::optional<Node> key;
    std::optional<Node> value;
    if (auto i = entryOf(current, step)) {
      key = current.key(*i);
      value = current.value(*i);
    } else if (current.isSequence() && step.type == PathStep::Type::kIndex) {
      std::size_t i = 0;
      auto [end, ec] = std::from_chars(step.text.data(), step.text.data() + step.text.size(), i);
      if (ec == std::errc() && i < current.size()) value = current.item(i);
    }
    if (!value) break;
    const bool pointAtValue = !key || (value->isScalar() && value->line() != 0);
    place = placeOf(pointAtValue ? *value : *key);
    if (place.line == 0 && key) place = placeOf(*key);
    current = *value;
  }
  return place;
}

}  // namespace

SourceIndex::SourceIndex(std::string yamlText, std::string fileName)
    : text_(std::move(yamlText)), fileName_(std::move(fileName)) {}

void SourceIndex::parse() const {
  std::call_once(parsed_, [this] {
    byName_.resize(workspace::allKinds().size());
    std::vector<schema::SchemaError> errors;  // the reader has reported them; nothing to place
    tree_ = schema::parseYamlTree(text_, errors);
    if (!tree_) return;
    const Node root = tree_->root();
    if (!root.isMap()) return;
    for (const auto& info : workspace::allKinds()) {
      auto list = member(root, info.key);
      if (!list || !list->isSequence()) continue;
      auto& names = byName_[static_cast<std::size_t>(info.kind)];
      for (std::size_t i = 0; i < list->size(); ++i) {
        const Node item = list->item(i);
        auto name = member(item, info.nameField);
        if (!name || !name->isScalar() || name->scalar().empty()) continue;
        names.emplace(std::string(name->scalar()), item);  // keeps the first, as the reader does
      }
    }
  });
}

std::optional<SourceLocation> SourceIndex::locate(workspace::Kind kind, std::string_view resource,
                                                  std::string_view path) const {
  parse();
  const auto& names = byName_[static_cast<std::size_t>(kind)];
  auto it = names.find(resource);
  if (it == names.end()) return std::nullopt;
  return follow(it->second, path);
}

std::optional<SourceLocation> SourceIndex::locateFromTop(std::string_view path) const {
  parse();
  if (!tree_ || !tree_->root().isMap()) return std::nullopt;
  const Node root = tree_->root();
  // When not even the first step is written, the root's place would mislead.
  auto steps = parseFieldPath(path);
  if (steps.empty() || !member(root, steps.front().text)) return std::nullopt;
  return follow(root, path);
}

std::optional<std::size_t> SourceIndex::entryAt(std::string_view key,
                                                workspace::SourceLocation place) const {
  parse();
  if (!tree_ || !tree_->root().isMap() || place.line == 0) return std::nullopt;
  auto list = member(tree_->root(), key);
  if (!list || !list->isSequence()) return std::nullopt;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const SourceLocation at = placeOf(list->item(i));
    if (at.line == place.line && at.column == place.column) return i;
  }
  return std::nullopt;
}

std::string SourceIndex::nameAt(workspace::Kind kind, std::size_t index) const {
  parse();
  if (!tree_ || !tree_->root().isMap()) return "";
  const auto& info = workspace::kindInfo(kind);
  auto list = member(tree_->root(), info.key);
  if (!list || !list->isSequence() || index >= list->size()) return "";
  auto name = member(list->item(index), info.nameField);
  return name && name->isScalar() ? std::string(name->scalar()) : "";
}

}  // namespace meshdesk::validate
