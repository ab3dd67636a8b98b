#pragma once
// What one stream's client holds of one resource type, per resource (ResourceEntry), in a flat
// table sorted by name. A proxy holds every resource it uses (hundreds), and a server holds
// thousands of proxies: one row here is an interned name and the entry, 40 bytes, where a hash
// map node with a copied name took 112 bytes plus buckets and malloc's overhead.

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "snapshot/resource_name.h"

namespace meshdesk::xds {

// Per-resource bookkeeping, in content hashes (0 = none).
struct ResourceEntry {
  std::uint64_t held = 0;      // the version the client holds (it ACKed it)
  std::uint64_t sent = 0;      // the version it will hold if it ACKs what is in flight
  std::uint64_t rejected = 0;  // the last version it NACKed (why: in the type's NackErrors)
  // NACKed: if the content goes back to what the client holds, send it once more, so that the
  // client ACKs the new version and its status leaves NACKED.
  bool resend = false;
};

// The client's error text for each resource it NACKed, apart from the entries: most resources
// never have one, and a proxy holds hundreds of entries.
using NackErrors = std::unordered_map<std::string, std::string>;

class ResourceEntries {
 public:
  struct Row {
    snapshot::ResourceName name;
    ResourceEntry entry;
  };
  using iterator = std::vector<Row>::iterator;
  using const_iterator = std::vector<Row>::const_iterator;

  ResourceEntry* find(std::string_view name) {
    auto it = lowerBound(name);
    return it != rows_.end() && it->name.view() == name ? &it->entry : nullptr;
  }
  const ResourceEntry* find(std::string_view name) const {
    return const_cast<ResourceEntries*>(this)->find(name);
  }

  // For walks in name order (a response's resources, the names it touched): `hint` is where
  // the previous look-up ended, so that the next name, usually the next row, costs one pointer
  // comparison instead of a binary search over name strings. Start it at 0.
  ResourceEntry* find(const snapshot::ResourceName& name, std::size_t& hint) {
    std::size_t i = locate(name, hint);
    if (i < rows_.size() && rows_[i].name == name) {
      hint = i + 1;
      return &rows_[i].entry;
    }
    hint = i;
    return nullptr;
  }
  // The same, making the entry (all zero) if there is none.
  ResourceEntry& obtain(const snapshot::ResourceName& name, std::size_t& hint) {
    std::size_t i = locate(name, hint);
    if (i == rows_.size() || rows_[i].name != name)
      rows_.insert(rows_.begin() + static_cast<std::ptrdiff_t>(i), Row{name, {}});
    hint = i + 1;
    return rows_[i].entry;
  }
  // The entry of `name`, made (all zero) if there is none. Invalidates other entries'
  // references, like any insertion.
  ResourceEntry& operator[](const snapshot::ResourceName& name) {
    auto it = lowerBound(name.view());
    if (it == rows_.end() || it->name != name) it = rows_.insert(it, Row{name, {}});
    return it->entry;
  }
  ResourceEntry& operator[](std::string_view name) {
    auto it = lowerBound(name);
    if (it == rows_.end() || it->name.view() != name)
      it = rows_.insert(it, Row{snapshot::ResourceName(name), {}});
    return it->entry;
  }
  bool erase(std::string_view name) {
    auto it = lowerBound(name);
    if (it == rows_.end() || it->name.view() != name) return false;
    rows_.erase(it);
    return true;
  }
  // Removes the rows for which `drop(row)` is true, visiting every row once, in name order.
  template <typename Drop>
  void eraseIf(Drop drop) {
    auto out = rows_.begin();
    for (auto it = rows_.begin(); it != rows_.end(); ++it) {
      if (drop(static_cast<const Row&>(*it))) continue;
      if (out != it) *out = std::move(*it);
      ++out;
    }
    rows_.erase(out, rows_.end());
  }
  // Gives back the memory of rows that were removed or never filled: a stream lives for hours
  // and its table changes rarely after the first responses.
  void compact() {
    // Doubling leaves up to half the capacity unused (100 rows in room for 128: 1.1 KiB a type).
    if (rows_.capacity() > rows_.size() + rows_.size() / 16 + 2) rows_.shrink_to_fit();
  }

  bool empty() const { return rows_.empty(); }
  std::size_t size() const { return rows_.size(); }
  iterator begin() { return rows_.begin(); }
  iterator end() { return rows_.end(); }
  const_iterator begin() const { return rows_.begin(); }
  const_iterator end() const { return rows_.end(); }

 private:
  // Where `name` is or would go.
  std::size_t locate(const snapshot::ResourceName& name, std::size_t hint) {
    if (hint < rows_.size() && rows_[hint].name == name) return hint;
    return static_cast<std::size_t>(lowerBound(name.view()) - rows_.begin());
  }
  iterator lowerBound(std::string_view name) {
    return std::lower_bound(rows_.begin(), rows_.end(), name,
                            [](const Row& row, std::string_view n) { return row.name.view() < n; });
  }

  std::vector<Row> rows_;
};

}  // namespace meshdesk::xds
