#pragma once
// A time to live (xDS "TTL") for resources of the workspace, as the workspace file writes it:
//
//   resource_ttls:
//   - kind: runtimes          # a section of the workspace
//     names: [flags]          # optional; without it, every item of that section
//     ttl: 30s                # a duration as Envoy writes one
//
// The TTL lives beside the items, not inside them, so that every item stays exactly the
// resource Envoy's docs describe. A proxy that supports TTLs drops a resource whose TTL lapses
// without the control plane refreshing it (Meshdesk sends heartbeats every half TTL while it
// serves the resource); see docs/workspace-format.md.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "workspace/item.h"
#include "workspace/resource_kind.h"

namespace meshdesk::workspace {

struct ResourceTtl {
  Kind kind = Kind::kRuntime;
  // Names of items of `kind`. Absent: every item of the kind, including ones added later.
  std::optional<std::vector<std::string>> names;
  // As written; zero or negative is kept so that validation can point at it (publishing gives
  // such a resource no TTL).
  std::chrono::milliseconds ttl{0};
  SourceLocation location;

  bool covers(const Item& item) const;
};

// The TTL of `item`: that of the first entry of `ttls` covering it, or nullopt. (Two entries
// covering one item is a validation error, so which one counts only matters for a workspace
// published without validation.)
std::optional<std::chrono::milliseconds> ttlOf(const std::vector<ResourceTtl>& ttls,
                                              const Item& item);

// "30s", "0.250s": the protobuf JSON form of a Duration, as Envoy's docs write durations.
std::string ttlText(std::chrono::milliseconds ttl);

}  // namespace meshdesk::workspace
