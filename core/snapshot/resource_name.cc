#include "snapshot/resource_name.h"

#include <array>
#include <atomic>
#include <functional>
#include <mutex>
#include <unordered_set>

namespace meshdesk::snapshot {

namespace {

using Rep = ResourceName::Rep;

struct RepHash {
  using is_transparent = void;
  std::size_t operator()(const Rep* r) const { return r->hash; }
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
struct RepEqual {
  using is_transparent = void;
  static std::string_view text(const Rep* r) { return r->text; }
  static std::string_view text(std::string_view s) { return s; }
  template <typename A, typename B>
  bool operator()(const A& a, const B& b) const {
    return text(a) == text(b);
  }
};

// Sharded so that streams interning names on different threads rarely wait for each other.
struct Shard {
  std::mutex mutex;
  std::unordered_set<Rep*, RepHash, RepEqual> reps;
};
constexpr std::size_t kShards = 16;

std::array<Shard, kShards>& shards() {
  // Never destroyed: handles in static objects may outlive any destruction order.
  static auto* table = new std::array<Shard, kShards>();
  return *table;
}

Shard& shardOf(std::size_t hash) { return shards()[(hash >> 7) % kShards]; }

Rep* intern(std::string_view text) {
  const std::size_t hash = std::hash<std::string_view>{}(text);
  Shard& shard = shardOf(hash);
  std::lock_guard lock(shard.mutex);
  auto it = shard.reps.find(text);
  if (it != shard.reps.end()) {
    // A handle being released as the last one has not counted down yet: it waits for this
    // lock, then sees the reference added here, and the Rep stays.
    (*it)->refs.fetch_add(1, std::memory_order_relaxed);
    return *it;
  }
  Rep* rep = new Rep(text, hash);
  shard.reps.insert(rep);
  return rep;
}

void acquire(Rep* rep) {
  if (rep) rep->refs.fetch_add(1, std::memory_order_relaxed);
}

void release(Rep* rep) {
  if (!rep) return;
  // Above one, nobody can be dropping the last reference: no lock.
  std::uint32_t n = rep->refs.load(std::memory_order_relaxed);
  while (n > 1) {
    if (rep->refs.compare_exchange_weak(n, n - 1, std::memory_order_acq_rel,
                                        std::memory_order_relaxed))
      return;
  }
  // Possibly the last: decide under the shard's lock, where interning revives it.
  Shard& shard = shardOf(rep->hash);
  std::lock_guard lock(shard.mutex);
  if (rep->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) {
    shard.reps.erase(rep);
    delete rep;
  }
}

}  // namespace

ResourceName::ResourceName(std::string_view text) : rep_(text.empty() ? nullptr : intern(text)) {}

ResourceName::ResourceName(const ResourceName& other) noexcept : rep_(other.rep_) { acquire(rep_); }

ResourceName& ResourceName::operator=(const ResourceName& other) noexcept {
  if (rep_ != other.rep_) {
    acquire(other.rep_);
    release(rep_);
    rep_ = other.rep_;
  }
  return *this;
}

ResourceName& ResourceName::operator=(ResourceName&& other) noexcept {
  if (this != &other) {
    release(rep_);
    rep_ = other.rep_;
    other.rep_ = nullptr;
  }
  return *this;
}

ResourceName::~ResourceName() { release(rep_); }

const std::string& ResourceName::emptyText() {
  static const std::string empty;
  return empty;
}

std::size_t ResourceName::interned() {
  std::size_t n = 0;
  for (auto& shard : shards()) {
    std::lock_guard lock(shard.mutex);
    n += shard.reps.size();
  }
  return n;
}

}  // namespace meshdesk::snapshot
