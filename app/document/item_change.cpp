#include "document/item_change.h"

namespace meshdesk::app {

using workspace::Item;
using workspace::Workspace;

int indexOfItem(const Workspace& workspace, workspace::Kind kind, const std::string& name) {
  const auto& items = workspace.items(kind);
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    if (items[i].name() == name) return i;
  }
  return -1;
}

std::string insertItem(Workspace& workspace, Item item, int index) {
  const workspace::Kind kind = item.kind();
  if (workspace.find(kind, item.name()) != nullptr) {
    return "there is already a " + std::string(workspace::kindInfo(kind).label) + " named '" +
           item.name() + "'";
  }
  const auto& items = workspace.items(kind);
  if (index < 0 || index >= static_cast<int>(items.size())) return workspace.put(std::move(item));
  // The workspace only appends; the items after the place are taken out and put back.
  std::vector<Item> tail(items.begin() + index, items.end());
  for (const Item& moved : tail) workspace.remove(kind, moved.name());
  std::string error = workspace.put(std::move(item));
  for (Item& moved : tail) workspace.put(std::move(moved));
  return error;
}

std::string applyChange(Workspace& workspace, const ItemChange& change, bool forward) {
  const std::optional<Item>& from = forward ? change.before : change.after;
  const std::optional<Item>& to = forward ? change.after : change.before;
  if (from && to) return workspace.replace(change.kind, from->name(), *to);
  if (from) {
    if (!workspace.remove(change.kind, from->name())) {
      return "there is no " + std::string(workspace::kindInfo(change.kind).label) + " named '" +
             from->name() + "'";
    }
    return {};
  }
  if (to) return insertItem(workspace, *to, change.index);
  return {};
}

std::string applyChanges(Workspace& workspace, const std::vector<ItemChange>& changes,
                         bool forward) {
  const int count = static_cast<int>(changes.size());
  for (int step = 0; step < count; ++step) {
    const int i = forward ? step : count - 1 - step;
    std::string error = applyChange(workspace, changes[i], forward);
    if (error.empty()) continue;
    for (int back = step - 1; back >= 0; --back) {
      applyChange(workspace, changes[forward ? back : count - 1 - back], !forward);
    }
    return error;
  }
  return {};
}

}  // namespace meshdesk::app
