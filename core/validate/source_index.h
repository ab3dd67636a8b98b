#pragma once
// Where each field of each item is written in the workspace file.
//
// The workspace model keeps only each item's own place (Item::location()); a finding deep in a
// listener ("filter_chains[0].filters[0].typed_config.http_filters[1].name") should point at
// that line. This index re-reads the YAML text (into schema's compact YamlTree, which keeps each
// value's line and column) and follows a field path through it. It is built lazily: validating
// costs nothing extra until a finding needs a place.
//
// The text must be the one the workspace was read from; for a workspace edited since, places
// of edited items may be off (they are looked up by kind and name).

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/yaml_tree.h"
#include "workspace/item.h"
#include "workspace/resource_kind.h"

namespace meshdesk::validate {

class SourceIndex {
 public:
  SourceIndex(std::string yamlText, std::string fileName = {});

  const std::string& fileName() const { return fileName_; }

  // The place of `path` inside item (kind, name): a scalar field's value, or the key of a field
  // whose value is a mapping or a list, or a list item. A field that is not written (a missing
  // required field) gives the place of the closest written ancestor. Nullopt when the item is
  // not in the text.
  std::optional<workspace::SourceLocation> locate(workspace::Kind kind, std::string_view resource,
                                                  std::string_view path) const;

  // The same for a path from the top of the file, as workspace errors write it
  // ("clusters[2].lb_policy"); nullopt when not even its first step is in the text.
  std::optional<workspace::SourceLocation> locateFromTop(std::string_view path) const;

  // Which entry of the top-level list `key` ("resource_ttls") is written at `place`: the index
  // in the file, which is not the model's when the reader dropped an entry before it.
  std::optional<std::size_t> entryAt(std::string_view key, workspace::SourceLocation place) const;

  // The name written in the `index`-th entry of the kind's list ("" when it has none or there
  // is no such entry): what a workspace error's "clusters[2]" is called.
  std::string nameAt(workspace::Kind kind, std::size_t index) const;

 private:
  void parse() const;

  std::string text_;
  std::string fileName_;
  mutable std::once_flag parsed_;
  // Read only after parse(): safe from any number of threads.
  mutable std::optional<schema::YamlTree> tree_;
  // Per kind, item name -> its node (the first of that name, as the reader keeps the first).
  mutable std::vector<std::map<std::string, schema::YamlTree::Node, std::less<>>> byName_;
};

}  // namespace meshdesk::validate
