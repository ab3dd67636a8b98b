#include "workspace/resource_ttl.h"

#include <algorithm>

#include "schema/well_known_text.h"

namespace meshdesk::workspace {

bool ResourceTtl::covers(const Item& item) const {
  if (item.kind() != kind) return false;
  if (!names) return true;
  return std::find(names->begin(), names->end(), item.name()) != names->end();
}

std::optional<std::chrono::milliseconds> ttlOf(const std::vector<ResourceTtl>& ttls,
                                              const Item& item) {
  for (const auto& entry : ttls)
    if (entry.covers(item)) return entry.ttl;
  return std::nullopt;
}

std::string ttlText(std::chrono::milliseconds ttl) {
  const auto count = ttl.count();
  return schema::text::formatDuration(count / 1000,
                                      static_cast<std::int32_t>((count % 1000) * 1'000'000));
}

}  // namespace meshdesk::workspace
