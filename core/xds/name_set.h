#pragma once
// A set of resource names held by one stream (what it subscribes to, what it was told is
// absent): interned names in a sorted vector, one pointer each, searched by text.

#include <algorithm>
#include <string_view>
#include <vector>

#include "snapshot/resource_name.h"

namespace meshdesk::xds {

class NameSet {
 public:
  using Name = snapshot::ResourceName;
  using const_iterator = std::vector<Name>::const_iterator;

  NameSet() = default;
  // `sorted` must be in NameOrder without duplicates.
  static NameSet fromSorted(std::vector<Name> sorted) {
    NameSet set;
    set.names_ = std::move(sorted);
    return set;
  }

  bool contains(std::string_view name) const {
    auto it = std::lower_bound(names_.begin(), names_.end(), name, snapshot::NameOrder{});
    return it != names_.end() && it->view() == name;
  }
  // The set's handle for `name`, or the empty name.
  const Name* find(std::string_view name) const {
    auto it = std::lower_bound(names_.begin(), names_.end(), name, snapshot::NameOrder{});
    return it != names_.end() && it->view() == name ? &*it : nullptr;
  }
  // True if it was not there.
  bool insert(const Name& name) {
    auto it = std::lower_bound(names_.begin(), names_.end(), name, snapshot::NameOrder{});
    if (it != names_.end() && *it == name) return false;
    names_.insert(it, name);
    return true;
  }
  // Interns `name` only if the set does not hold it yet.
  bool insert(std::string_view name) {
    auto it = std::lower_bound(names_.begin(), names_.end(), name, snapshot::NameOrder{});
    if (it != names_.end() && it->view() == name) return false;
    names_.insert(it, Name(name));
    return true;
  }
  bool erase(std::string_view name) {
    auto it = std::lower_bound(names_.begin(), names_.end(), name, snapshot::NameOrder{});
    if (it == names_.end() || it->view() != name) return false;
    names_.erase(it);
    return true;
  }
  void clear() { std::vector<Name>().swap(names_); }

  bool empty() const { return names_.empty(); }
  std::size_t size() const { return names_.size(); }
  const_iterator begin() const { return names_.begin(); }
  const_iterator end() const { return names_.end(); }
  const Name& operator[](std::size_t i) const { return names_[i]; }

 private:
  std::vector<Name> names_;
};

}  // namespace meshdesk::xds
