#pragma once
// What the workspace's resource_ttls mean, checked: the reader has checked their shape (a known
// kind, a duration it can read); here, against the items.
//
//   resource_ttl.duration  error    a TTL of 0s or less, or over 100 years
//   resource_ttl.short     warning  a TTL under 1s
//   resource_ttl.unmatched warning  a name that is no item of the kind, or an entry that covers
//                                   nothing
//   resource_ttl.overlap   error    two entries cover one resource with different TTLs (which
//                                   one counts would depend on their order); a warning when the
//                                   TTLs are equal (only redundant)
//
// The findings are about the file, not about one resource: no kind, a path from the top
// ("resource_ttls[1].names[0]"), placed at that field when `source` is given, else at the entry.

#include <vector>

#include "validate/finding.h"
#include "validate/source_index.h"
#include "workspace/workspace.h"

namespace meshdesk::validate {

void checkResourceTtls(const workspace::Workspace& workspace, const SourceIndex* source,
                       std::vector<Finding>& out);

}  // namespace meshdesk::validate
