#pragma once
// One change to one item of a workspace, reversible: what was there before (nothing for a new
// item) and what is there after (nothing for a deleted one). Every edit the console makes, from
// a form field to a drag between clusters, is a list of these, so undo needs no special case.

#include <optional>
#include <vector>

#include "workspace/workspace.h"

namespace meshdesk::app {

struct ItemChange {
  workspace::Kind kind = workspace::Kind::kListener;
  std::optional<workspace::Item> before;
  std::optional<workspace::Item> after;
  // Where a new item goes in its kind's list (and where a deleted one comes back); -1: the end.
  int index = -1;
};

// Position of the item named `name` in its kind's list, or -1.
int indexOfItem(const workspace::Workspace& workspace, workspace::Kind kind,
                const std::string& name);

// Applies `change` forwards (before -> after) or backwards. Returns "" or why not.
std::string applyChange(workspace::Workspace& workspace, const ItemChange& change, bool forward);

// Applies a list of changes in order; on failure, what was applied is undone and the reason is
// returned.
std::string applyChanges(workspace::Workspace& workspace, const std::vector<ItemChange>& changes,
                         bool forward);

// Puts `item` at `index` of its kind's list (the end for -1 or past the end).
std::string insertItem(workspace::Workspace& workspace, workspace::Item item, int index);

}  // namespace meshdesk::app
