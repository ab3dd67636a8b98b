#include "validate/source_index.h"

#include <charconv>

#include "schema/field_names.h"
#include "validate/field_path.h"

namespace meshdesk::validate {

namespace {

using workspace::SourceLocation;

SourceLocation placeOf(const YAML::Mark& mark) {
  if (mark.is_null()) return {};
  return {mark.line + 1, mark.column + 1};
}

// A key as the schema box accepts it: the proto name, or its lowerCamelCase JSON name.
bool keyMatches(const YAML::Node& key, const PathStep& step) {
  if (!key.IsScalar()) return false;
  const std::string& text = key.Scalar();
  if (text == step.text) return true;
  return step.type == PathStep::Type::kField && text == schema::lowerCamelCase(step.text);
}

// A field's value in a mapping, by its proto name or JSON name. (A default YAML::Node is a
// defined null node, so "absent" needs its own answer.)
std::optional<YAML::Node> member(const YAML::Node& map, std::string_view name) {
  if (!map.IsMap()) return std::nullopt;
  PathStep step{PathStep::Type::kField, std::string(name)};
  for (const auto& entry : map)
    if (keyMatches(entry.first, step)) return entry.second;
  return std::nullopt;
}

// Follows `path` down from `node`; the place of the deepest step that is written.
// (yaml-cpp nodes are references: `a = b` would overwrite a's node in the document with b's
// content, so moving along uses reset().)
SourceLocation follow(const YAML::Node& start, std::string_view path) {
  YAML::Node current(start);
  SourceLocation place = placeOf(start.Mark());
  for (const PathStep& step : parseFieldPath(path)) {
    YAML::Node key;
    YAML::Node value;
    bool hasKey = false;
    bool found = false;
    if (current.IsMap()) {
      for (const auto& entry : current) {
        if (keyMatches(entry.first, step)) {
          key.reset(entry.first);
          value.reset(entry.second);
          hasKey = found = true;
          break;
        }
      }
    } else if (current.IsSequence() && step.type == PathStep::Type::kIndex) {
      std::size_t i = 0;
      auto [end, ec] = std::from_chars(step.text.data(), step.text.data() + step.text.size(), i);
      if (ec == std::errc() && i < current.size()) {
        value.reset(current[i]);
        found = true;
      }
    }
    if (!found) break;
    bool pointAtValue = !hasKey || (value.IsScalar() && !value.Mark().is_null());
    place = placeOf(pointAtValue ? value.Mark() : key.Mark());
    if (place.line == 0 && hasKey) place = placeOf(key.Mark());
    current.reset(value);
  }
  return place;
}

}  // namespace

SourceIndex::SourceIndex(std::string yamlText, std::string fileName)
    : text_(std::move(yamlText)), fileName_(std::move(fileName)) {}

void SourceIndex::parse() const {
  std::call_once(parsed_, [this] {
    byName_.resize(workspace::allKinds().size());
    try {
      root_ = YAML::Load(text_);
    } catch (const YAML::Exception&) {
      root_ = YAML::Node();  // the reader has reported the syntax error; nothing to place
      return;
    }
    const YAML::Node& root = root_;
    if (!root.IsMap()) return;
    for (const auto& info : workspace::allKinds()) {
      auto list = member(root, info.key);
      if (!list || !list->IsSequence()) continue;
      auto& names = byName_[static_cast<std::size_t>(info.kind)];
      for (const auto& item : *list) {
        auto name = member(item, info.nameField);
        if (!name || !name->IsScalar() || name->Scalar().empty()) continue;
        names.emplace(name->Scalar(), item);  // keeps the first, as the reader does
      }
    }
  });
}

std::optional<SourceLocation> SourceIndex::locate(workspace::Kind kind, std::string_view resource,
                                                  std::string_view path) const {
  parse();
  std::lock_guard lock(mutex_);
  const auto& names = byName_[static_cast<std::size_t>(kind)];
  auto it = names.find(resource);
  if (it == names.end()) return std::nullopt;
  return follow(it->second, path);
}

std::optional<SourceLocation> SourceIndex::locateFromTop(std::string_view path) const {
  parse();
  std::lock_guard lock(mutex_);
  const YAML::Node& root = root_;
  if (!root.IsMap()) return std::nullopt;
  // When not even the first step is written, the root's place would mislead.
  auto steps = parseFieldPath(path);
  if (steps.empty() || !member(root, steps.front().text)) return std::nullopt;
  return follow(root, path);
}

std::string SourceIndex::nameAt(workspace::Kind kind, std::size_t index) const {
  parse();
  std::lock_guard lock(mutex_);
  const YAML::Node& root = root_;
  if (!root.IsMap()) return "";
  const auto& info = workspace::kindInfo(kind);
  auto list = member(root, info.key);
  if (!list || !list->IsSequence() || index >= list->size()) return "";
  auto name = member((*list)[index], info.nameField);
  return name && name->IsScalar() ? name->Scalar() : "";
}

}  // namespace meshdesk::validate
