#include "workspace/node_group.h"

namespace meshdesk::workspace {

bool NodeGroup::includes(const Item& item) const {
  if (!resources) return true;
  std::string name = item.name();
  std::string qualified = std::string(kindInfo(item.kind()).key) + "/" + name;
  for (const auto& wanted : *resources)
    if (wanted == name || wanted == qualified) return true;
  return false;
}

}  // namespace meshdesk::workspace
