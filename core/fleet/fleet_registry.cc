#include "fleet/fleet_registry.h"

#include <algorithm>

namespace meshdesk::fleet {

const char* syncStatusName(SyncStatus status) {
  switch (status) {
    case SyncStatus::NotSent: return "NOT_SENT";
    case SyncStatus::Stale: return "STALE";
    case SyncStatus::Synced: return "SYNCED";
    case SyncStatus::Nacked: return "NACKED";
  }
  return "?";
}

FleetRegistry::FleetRegistry(std::chrono::milliseconds batchInterval)
    : interval_(batchInterval), delivery_([this] { deliveryLoop(); }) {}

FleetRegistry::~FleetRegistry() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  delivery_.join();
}

ProxyId FleetRegistry::streamOpened(const ProxyIdentity& who) {
  std::lock_guard lock(mutex_);
  auto key = who.nodeId + '\n' + who.peer;
  auto found = byKey_.find(key);
  ProxyId id;
  if (found != byKey_.end()) {
    id = found->second;
    ++proxies_[id].streams;
    changed_.insert(id);
    return id;
  }
  id = nextId_++;
  ProxyState& p = proxies_[id];
  p.id = id;
  p.nodeId = who.nodeId;
  p.cluster = who.cluster;
  p.region = who.region;
  p.zone = who.zone;
  p.subZone = who.subZone;
  p.userAgent = who.userAgent;
  p.metadataJson = who.metadataJson;
  p.peer = who.peer;
  p.group = who.group;
  p.delta = who.delta;
  p.connectedAt = Clock::now();
  p.streams = 1;
  byKey_[key] = id;
  ++totals_.connects;
  events_.push_back({FleetEvent::Kind::Connected, id, p.nodeId, {}, {}, {}, p.connectedAt});
  changed_.insert(id);
  removed_.erase(id);
  return id;
}

void FleetRegistry::streamClosed(ProxyId id) {
  std::lock_guard lock(mutex_);
  auto it = proxies_.find(id);
  if (it == proxies_.end()) return;
  if (--it->second.streams > 0) {
    changed_.insert(id);
    return;
  }
  ++totals_.disconnects;
  events_.push_back(
      {FleetEvent::Kind::Disconnected, id, it->second.nodeId, {}, {}, {}, Clock::now()});
  byKey_.erase(it->second.nodeId + '\n' + it->second.peer);
  proxies_.erase(it);
  changed_.erase(id);
  removed_.insert(id);
}

void FleetRegistry::sent(ProxyId id, const std::string& typeUrl, const std::string& version,
                         const std::string& nonce) {
  std::lock_guard lock(mutex_);
  auto it = proxies_.find(id);
  if (it == proxies_.end()) return;
  TypeState& t = it->second.types[typeUrl];
  t.versionSent = version;
  t.nonceSent = nonce;
  t.sentAt = Clock::now();
  ++t.responses;
  t.status = SyncStatus::Stale;
  ++totals_.byType[typeUrl].responses;
  if (auto p = publishedAt_.find(version); p != publishedAt_.end())
    totals_.pushLatency.observe(t.sentAt - p->second);
  touch(id, {FleetEvent::Kind::Sent, id, it->second.nodeId, typeUrl, version, {}, t.sentAt});
}

void FleetRegistry::acked(ProxyId id, const std::string& typeUrl, const std::string& version,
                          const std::string& nonce) {
  std::lock_guard lock(mutex_);
  auto it = proxies_.find(id);
  if (it == proxies_.end()) return;
  TypeState& t = it->second.types[typeUrl];
  t.versionAcked = version;
  t.ackedAt = Clock::now();
  ++t.acks;
  ++totals_.byType[typeUrl].acks;
  if (auto p = publishedAt_.find(version); p != publishedAt_.end() && nonce == t.nonceSent)
    totals_.convergenceLatency.observe(t.ackedAt - p->second);
  // An ACK of an older response (a newer one is in flight) leaves the type stale.
  t.status = nonce == t.nonceSent ? SyncStatus::Synced : SyncStatus::Stale;
  touch(id, {FleetEvent::Kind::Acked, id, it->second.nodeId, typeUrl, version, {}, t.ackedAt});
}

void FleetRegistry::nacked(ProxyId id, const std::string& typeUrl,
                           const std::string& rejectedVersion, const std::string& nonce,
                           const std::string& message, int code) {
  std::lock_guard lock(mutex_);
  auto it = proxies_.find(id);
  if (it == proxies_.end()) return;
  TypeState& t = it->second.types[typeUrl];
  Nack nack{typeUrl, rejectedVersion, nonce, message, code, Clock::now()};
  t.lastNack = nack;
  ++t.nacks;
  ++totals_.byType[typeUrl].nacks;
  if (nonce == t.nonceSent) t.status = SyncStatus::Nacked;
  auto& history = it->second.nackHistory;
  history.push_back(nack);
  if (history.size() > kNackHistory) history.pop_front();
  touch(id, {FleetEvent::Kind::Nacked, id, it->second.nodeId, typeUrl, rejectedVersion, message,
             nack.at});
}

void FleetRegistry::published(const std::string& version) {
  std::lock_guard lock(mutex_);
  publishedAt_[version] = Clock::now();
  // Keep the recent ones: a proxy that ACKs a version published long ago is not converging.
  while (publishedAt_.size() > 64) {
    auto oldest = std::min_element(publishedAt_.begin(), publishedAt_.end(),
                                   [](const auto& a, const auto& b) { return a.second < b.second; });
    publishedAt_.erase(oldest);
  }
}

FleetTotals FleetRegistry::totals() const {
  std::lock_guard lock(mutex_);
  return totals_;
}

void FleetRegistry::regrouped(ProxyId id, const std::string& group) {
  std::lock_guard lock(mutex_);
  auto it = proxies_.find(id);
  if (it == proxies_.end() || it->second.group == group) return;
  it->second.group = group;
  changed_.insert(id);
}

void FleetRegistry::touch(ProxyId id, FleetEvent event) {
  events_.push_back(std::move(event));
  changed_.insert(id);
}

std::vector<ProxyState> FleetRegistry::proxies() const {
  std::lock_guard lock(mutex_);
  std::vector<ProxyState> out;
  out.reserve(proxies_.size());
  for (const auto& [_, p] : proxies_) out.push_back(p);
  return out;
}

std::optional<ProxyState> FleetRegistry::proxy(ProxyId id) const {
  std::lock_guard lock(mutex_);
  auto it = proxies_.find(id);
  if (it == proxies_.end()) return std::nullopt;
  return it->second;
}

std::size_t FleetRegistry::size() const {
  std::lock_guard lock(mutex_);
  return proxies_.size();
}

int FleetRegistry::subscribe(Observer observer) {
  std::lock_guard lock(observersMutex_);
  int id = nextObserver_++;
  observers_[id] = std::make_shared<Observer>(std::move(observer));
  return id;
}

void FleetRegistry::unsubscribe(int id) {
  // Taking the delivery lock too means no batch is being delivered to this observer once we
  // return, so the caller may destroy what the observer captured.
  std::lock_guard lock(observersMutex_);
  observers_.erase(id);
}

void FleetRegistry::deliveryLoop() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    wake_.wait_for(lock, interval_, [this] { return stopping_; });
    if (stopping_) break;
    if (events_.empty() && changed_.empty() && removed_.empty()) continue;
    FleetBatch batch;
    batch.events.swap(events_);
    batch.changed.reserve(changed_.size());
    for (ProxyId id : changed_) {
      auto it = proxies_.find(id);
      if (it != proxies_.end()) batch.changed.push_back(it->second);
    }
    batch.removed.assign(removed_.begin(), removed_.end());
    changed_.clear();
    removed_.clear();
    lock.unlock();
    {
      std::lock_guard observersLock(observersMutex_);
      for (auto& [_, observer] : observers_) (*observer)(batch);
    }
    lock.lock();
  }
}

}  // namespace meshdesk::fleet
