#include "lab/lab_fleet.h"

#include <set>

namespace meshdesk::lab {

LabFleet::LabFleet(std::string xdsAddress) : address_(std::move(xdsAddress)) {}

LabFleet::~LabFleet() { clear(std::chrono::seconds(10)); }

std::vector<int> LabFleet::add(const ProxyBatch& batch) {
  std::vector<std::shared_ptr<SimulatedProxy>> created;
  std::vector<int> ids;
  {
    std::lock_guard lock(mutex_);
    std::set<std::string> taken;
    for (const auto& [_, p] : proxies_) taken.insert(p->node().id);
    // Numbers count from 1 for each pattern, skipping ids that are taken, so "edge-{n}" after
    // "mesh-{n}" still starts at edge-1.
    const bool numbered = batch.idPattern.find("{n}") != std::string::npos;
    const std::string pattern = numbered || batch.count == 1 ? batch.idPattern : batch.idPattern + "-{n}";
    const auto slot = pattern.find("{n}");
    int number = 1;
    for (int i = 0; i < batch.count; ++i) {
      LabNode node;
      node.id = pattern;
      if (slot != std::string::npos) {
        do {
          node.id = pattern;
          node.id.replace(slot, 3, std::to_string(number++));
        } while (taken.count(node.id));
      }
      taken.insert(node.id);
      node.cluster = batch.cluster;
      node.region = batch.region;
      if (!batch.zones.empty()) node.zone = batch.zones[i % batch.zones.size()];
      node.metadata = batch.metadata;
      auto proxy = SimulatedProxy::create(address_, std::move(node), batch.behaviour, timers_);
      int id = nextId_++;
      proxies_[id] = proxy;
      ids.push_back(id);
      created.push_back(std::move(proxy));
    }
  }
  if (batch.start)
    for (auto& p : created) p->start();
  return ids;
}

int LabFleet::add(LabNode node, ProxyBehaviour behaviour, bool start) {
  std::shared_ptr<SimulatedProxy> proxy;
  int id;
  {
    std::lock_guard lock(mutex_);
    proxy = SimulatedProxy::create(address_, std::move(node), std::move(behaviour), timers_);
    id = nextId_++;
    proxies_[id] = proxy;
  }
  if (start) proxy->start();
  return id;
}

std::shared_ptr<SimulatedProxy> LabFleet::find(int labId) const {
  std::lock_guard lock(mutex_);
  auto it = proxies_.find(labId);
  return it == proxies_.end() ? nullptr : it->second;
}

std::shared_ptr<SimulatedProxy> LabFleet::simulated(int labId) const { return find(labId); }

bool LabFleet::start(int labId) {
  auto p = find(labId);
  if (p) p->start();
  return p != nullptr;
}

bool LabFleet::stop(int labId) {
  auto p = find(labId);
  if (p) p->stop();
  return p != nullptr;
}

bool LabFleet::reconnect(int labId) {
  auto p = find(labId);
  if (p) p->reconnect();
  return p != nullptr;
}

bool LabFleet::setBehaviour(int labId, ProxyBehaviour behaviour) {
  auto p = find(labId);
  if (p) p->setBehaviour(std::move(behaviour));
  return p != nullptr;
}

bool LabFleet::remove(int labId) {
  std::shared_ptr<SimulatedProxy> p;
  {
    std::lock_guard lock(mutex_);
    auto it = proxies_.find(labId);
    if (it == proxies_.end()) return false;
    p = std::move(it->second);
    proxies_.erase(it);
    std::erase_if(retired_, [](const auto& r) { return r->waitStopped(std::chrono::milliseconds(0)); });
    retired_.push_back(p);
  }
  p->stop();
  return true;
}

void LabFleet::startAll() {
  for (const auto& info : proxies()) start(info.labId);
}

void LabFleet::stopAll() {
  std::vector<std::shared_ptr<SimulatedProxy>> all;
  {
    std::lock_guard lock(mutex_);
    for (auto& [_, p] : proxies_) all.push_back(p);
  }
  for (auto& p : all) p->stop();
}

void LabFleet::clear(std::chrono::milliseconds timeout) {
  std::map<int, std::shared_ptr<SimulatedProxy>> all;
  {
    std::lock_guard lock(mutex_);
    all.swap(proxies_);
    for (auto& r : retired_) all[-static_cast<int>(all.size()) - 1] = std::move(r);
    retired_.clear();
  }
  for (auto& [_, p] : all) p->stop();
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (auto& [_, p] : all) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    p->waitStopped(std::max(left, std::chrono::milliseconds(0)));
  }
}

void LabFleet::setAddress(std::string xdsAddress) {
  std::lock_guard lock(mutex_);
  address_ = std::move(xdsAddress);
  for (auto& [_, p] : proxies_) p->setAddress(address_);
}

std::string LabFleet::address() const {
  std::lock_guard lock(mutex_);
  return address_;
}

std::vector<LabProxyInfo> LabFleet::proxies() const {
  std::vector<std::pair<int, std::shared_ptr<SimulatedProxy>>> all;
  {
    std::lock_guard lock(mutex_);
    all.assign(proxies_.begin(), proxies_.end());
  }
  std::vector<LabProxyInfo> out;
  out.reserve(all.size());
  for (auto& [id, p] : all) out.push_back({id, p->status()});
  return out;
}

std::optional<LabProxyInfo> LabFleet::proxy(int labId, bool withResources) const {
  auto p = find(labId);
  if (!p) return std::nullopt;
  return LabProxyInfo{labId, p->status(withResources)};
}

std::size_t LabFleet::size() const {
  std::lock_guard lock(mutex_);
  return proxies_.size();
}

std::size_t LabFleet::connected() const {
  std::vector<std::shared_ptr<SimulatedProxy>> all;
  {
    std::lock_guard lock(mutex_);
    for (auto& [_, p] : proxies_) all.push_back(p);
  }
  std::size_t n = 0;
  for (auto& p : all) n += p->state() == LinkState::Connected;
  return n;
}

}  // namespace meshdesk::lab
