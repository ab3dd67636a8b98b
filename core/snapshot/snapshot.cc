#include "snapshot/snapshot.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>

namespace meshdesk::snapshot {

Snapshot::Snapshot(std::string version, std::vector<ResourcePtr> resources)
    : version_(std::move(version)) {
  for (auto& r : resources) byType_[r->typeUrl()][r->name()] = std::move(r);
  for (const auto& [type, map] : byType_) {
    std::vector<std::uint64_t> ofType;
    ofType.reserve(map.size());
    for (const auto& [_, r] : map) {
      ofType.push_back(r->hash());
      if (r->ttl().count()) {
        auto [it, fresh] = shortestTtls_.try_emplace(type, r->ttl());
        if (!fresh && r->ttl() < it->second) it->second = r->ttl();
      }
    }
    typeHashes_[type] = XXH3_64bits(ofType.data(), ofType.size() * sizeof(std::uint64_t)) | 1;
  }
  std::vector<std::uint64_t> hashes;
  for (const auto& r : all()) hashes.push_back(r->hash());
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx",
                static_cast<unsigned long long>(
                    XXH3_64bits(hashes.data(), hashes.size() * sizeof(std::uint64_t))));
  contentHash_ = buf;
}

std::uint64_t Snapshot::typeHash(std::string_view typeUrl) const {
  auto it = typeHashes_.find(std::string(typeUrl));
  return it == typeHashes_.end() ? 0 : it->second;
}

std::chrono::milliseconds Snapshot::shortestTtl(std::string_view typeUrl) const {
  auto it = shortestTtls_.find(std::string(typeUrl));
  return it == shortestTtls_.end() ? std::chrono::milliseconds(0) : it->second;
}

std::chrono::milliseconds Snapshot::shortestTtl() const {
  std::chrono::milliseconds shortest{0};
  for (const auto& [_, ttl] : shortestTtls_)
    if (shortest.count() == 0 || ttl < shortest) shortest = ttl;
  return shortest;
}

std::vector<ResourcePtr> Snapshot::all() const {
  auto types = typeUrls();
  std::sort(types.begin(), types.end());
  std::vector<ResourcePtr> out;
  for (const auto& t : types)
    for (const auto& [_, r] : byType_.at(t)) out.push_back(r);
  return out;
}

const ResourceMap& Snapshot::resources(std::string_view typeUrl) const {
  static const ResourceMap empty;
  auto it = byType_.find(std::string(typeUrl));
  return it == byType_.end() ? empty : it->second;
}

ResourcePtr Snapshot::find(std::string_view typeUrl, std::string_view name) const {
  const auto& map = resources(typeUrl);
  auto it = map.find(name);
  return it == map.end() ? nullptr : it->second;
}

std::vector<std::string> Snapshot::typeUrls() const {
  std::vector<std::string> out;
  for (const auto& [url, _] : byType_) out.push_back(url);
  return out;
}

std::size_t Snapshot::size() const {
  std::size_t n = 0;
  for (const auto& [_, map] : byType_) n += map.size();
  return n;
}

}  // namespace meshdesk::snapshot
