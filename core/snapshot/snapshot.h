#pragma once
// An immutable set of resources, by type, that one group of nodes should hold.

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "snapshot/resource.h"

namespace meshdesk::snapshot {

// The resources of one type, by name (ordered, so responses are deterministic).
using ResourceMap = std::map<std::string, ResourcePtr, std::less<>>;

class Snapshot {
 public:
  // `version` labels what was published ("7", or a hash); it becomes `version_info` and
  // `system_version_info` of every response built from this snapshot.
  explicit Snapshot(std::string version, std::vector<ResourcePtr> resources = {});

  const std::string& version() const { return version_; }
  // 16 hex digits over every resource's type, name and content: equal for equal content,
  // whatever the version label says.
  const std::string& contentHash() const { return contentHash_; }
  // Over the type's resources (names and content); 0 for a type the snapshot does not hold.
  std::uint64_t typeHash(std::string_view typeUrl) const;
  // Every resource, by type URL then name.
  std::vector<ResourcePtr> all() const;
  // The resources of a type; an empty map for a type the snapshot does not hold.
  const ResourceMap& resources(std::string_view typeUrl) const;
  ResourcePtr find(std::string_view typeUrl, std::string_view name) const;
  std::vector<std::string> typeUrls() const;
  // The shortest TTL among the type's resources, or zero if none has one.
  std::chrono::milliseconds shortestTtl(std::string_view typeUrl) const;
  // The shortest TTL of all, or zero if no resource has one (then nobody needs heartbeats).
  std::chrono::milliseconds shortestTtl() const;
  std::size_t size() const;

 private:
  std::string version_;
  std::string contentHash_;
  std::unordered_map<std::string, ResourceMap> byType_;
  std::unordered_map<std::string, std::uint64_t> typeHashes_;
  std::unordered_map<std::string, std::chrono::milliseconds> shortestTtls_;
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

}  // namespace meshdesk::snapshot
