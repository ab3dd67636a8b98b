#include "rollout/canary_rollout.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "rollout/canary_publication.h"

namespace meshdesk::rollout {

namespace {

constexpr const char* kAutomatic = "meshdesk (automatic)";

std::string seconds(std::chrono::milliseconds d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g s", d.count() / 1000.0);
  return buf;
}

std::string defaultWho(const std::string& who) {
  if (!who.empty()) return who;
  const char* user = std::getenv("USER");
  return user && *user ? user : "meshdesk";
}

}  // namespace

const char* rolloutStateName(RolloutState state) {
  switch (state) {
    case RolloutState::Idle: return "idle";
    case RolloutState::Watching: return "watching";
    case RolloutState::Converged: return "converged";
    case RolloutState::Promoted: return "promoted";
    case RolloutState::RolledBack: return "rolled back";
    case RolloutState::Superseded: return "superseded";
  }
  return "?";
}

CanaryRollout::CanaryRollout(controlplane::ControlPlane& plane, AuditTrail audit)
    : plane_(plane), audit_(std::move(audit)) {
  subscription_ = plane_.fleet().subscribe([this](const fleet::FleetBatch& b) { observe(b); });
  watcher_ = std::thread([this] { watchLoop(); });
}

CanaryRollout::~CanaryRollout() {
  plane_.fleet().unsubscribe(subscription_);
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  watcher_.join();
  std::lock_guard lock(mutex_);
  if (status_.active())
    endCanary(RolloutState::RolledBack, "meshdesk", "canary-rolled-back",
              "the console closed during the canary");
}

void CanaryRollout::onChange(Listener listener) {
  std::lock_guard lock(listenersMutex_);
  listeners_.push_back(std::move(listener));
}

void CanaryRollout::changed() {
  RolloutStatus now = status();
  std::vector<Listener> copy;
  {
    std::lock_guard lock(listenersMutex_);
    copy = listeners_;
  }
  for (auto& l : copy) l(now);
}

RolloutStatus CanaryRollout::status() const {
  std::lock_guard lock(mutex_);
  return status_;
}

void CanaryRollout::record(const std::string& who, const std::string& action,
                           const std::string& detail, const std::vector<std::string>& proxies,
                           const std::string& version) {
  AuditEntry entry;
  entry.at = std::chrono::system_clock::now();
  entry.who = defaultWho(who);
  entry.action = action;
  entry.version = version.empty() ? status_.label : version;
  entry.detail = detail;
  entry.proxies = proxies;
  std::string error;
  // A trail that cannot be written must not stop a rollback; the failure is kept in the
  // status so the console shows it.
  if (!audit_.append(entry, &error)) status_.reason += (status_.reason.empty() ? "" : "; ") + error;
}

bool CanaryRollout::start(const workspace::Workspace& candidate, const CanarySelector& selector,
                          const CanaryPolicy& policy, const std::string& who,
                          const std::string& message, std::string* error) {
  auto fail = [&](std::string why) {
    if (error) *error = std::move(why);
    return false;
  };
  {
    std::lock_guard lock(mutex_);
    if (status_.active()) return fail("a canary (" + status_.label + ") is already running");
    for (const auto& p : plane_.check(candidate))
      if (p.severity == controlplane::Problem::Severity::Error)
        return fail("the candidate has errors: " + p.toString());
    auto live = plane_.liveWorkspace();
    auto liveVersion = plane_.liveVersion();
    if (!live || !liveVersion) return fail("nothing is published yet: publish a first version");

    auto connected = plane_.fleet().proxies();
    auto chosen = selectCanary(connected, selector);
    if (chosen.empty()) return fail("no connected proxy is picked by " + selector.describe());
    std::vector<fleet::ProxyState> proxies;
    canaryProxies_.clear();
    for (const auto& p : connected)
      if (std::binary_search(chosen.begin(), chosen.end(), p.nodeId)) {
        proxies.push_back(p);
        canaryProxies_.push_back(p.id);
      }
    const std::string label = std::to_string(liveVersion->sequence + 1) + "-canary";
    auto plan = planCanary(plane_.store(), *live, candidate, proxies, label);
    std::set<std::string> groups;
    for (const auto& [_, g] : plan.groupOf) groups.insert(g);
    if (plan.unchangedGroups.size() == groups.size())
      return fail("the candidate serves the picked proxies what they are served now");

    plane_.fleet().published(label);
    applyCanary(plane_.store(), *live, candidate, proxies, label);

    const auto now = std::chrono::system_clock::now();
    status_ = RolloutStatus{};
    status_.state = RolloutState::Watching;
    status_.label = label;
    status_.base = liveVersion->sequence;
    status_.selection = selector.describe();
    status_.who = defaultWho(who);
    status_.message = message;
    status_.startedAt = now;
    if (policy.convergeWithin.count() > 0) status_.deadline = now + policy.convergeWithin;
    for (const auto& id : chosen) status_.nodes[id] = {};
    status_.candidateYaml = candidate.toYaml();
    candidate_ = candidate;
    policy_ = policy;
    pendingNacks_.clear();
    progressDirty_ = true;

    std::string detail = selector.describe() + "; roll back on NACK: " +
                         (policy.rollbackOnNack ? "yes" : "no") + "; converge within: " +
                         (policy.convergeWithin.count() > 0 ? seconds(policy.convergeWithin) : "no limit");
    if (policy.promoteAfter) detail += "; promote after " + seconds(*policy.promoteAfter);
    if (!message.empty()) detail += "; " + message;
    record(who, "canary-started", detail, chosen);
  }
  wake_.notify_all();
  changed();
  return true;
}

controlplane::PublishOutcome CanaryRollout::promote(const std::string& who) {
  controlplane::PublishOutcome outcome;
  workspace::Workspace candidate;
  std::string message;
  {
    std::lock_guard lock(mutex_);
    if (!status_.active() || !candidate_) {
      outcome.status = controlplane::PublishOutcome::Status::Failed;
      outcome.detail = "there is no canary to promote";
      return outcome;
    }
    candidate = *candidate_;
    message = (status_.message.empty() ? std::string("Canary") : status_.message) + " (promoted from " +
              status_.label + ")";
    promoting_ = true;
  }
  outcome = plane_.publish(candidate, message);
  {
    std::lock_guard lock(mutex_);
    promoting_ = false;
    if (outcome.ok() && outcome.version) {
      // The publish replaced the node groups with the candidate's own and dropped the canary
      // groups; the canary nodes already hold that content, so they are sent nothing new.
      if (hasCanary(plane_.store())) clearCanary(plane_.store(), candidate);
      status_.state = RolloutState::Promoted;
      status_.promotedAs = outcome.version->sequence;
      status_.endedAt = std::chrono::system_clock::now();
      status_.reason = "promoted as v" + std::to_string(outcome.version->sequence);
      std::vector<std::string> nodes;
      for (const auto& [id, _] : status_.nodes) nodes.push_back(id);
      record(who, "canary-promoted", "published to every proxy as v" +
                                         std::to_string(outcome.version->sequence),
             {}, std::to_string(outcome.version->sequence));
    } else {
      record(who, "canary-promotion-refused", outcome.summary(), {});
    }
  }
  changed();
  return outcome;
}

bool CanaryRollout::rollback(const std::string& who, const std::string& reason) {
  {
    std::lock_guard lock(mutex_);
    if (!status_.active()) return false;
    endCanary(RolloutState::RolledBack, who, "canary-rolled-back",
              reason.empty() ? "rolled back by hand" : reason);
  }
  changed();
  return true;
}

bool CanaryRollout::endCanary(RolloutState state, const std::string& who,
                              const std::string& action, const std::string& reason) {
  if (auto live = plane_.liveWorkspace()) clearCanary(plane_.store(), *live);
  status_.state = state;
  status_.endedAt = std::chrono::system_clock::now();
  status_.reason = reason;
  std::vector<std::string> nodes;
  for (const auto& [id, _] : status_.nodes) nodes.push_back(id);
  record(who, action, reason, nodes);
  candidate_.reset();
  return true;
}

void CanaryRollout::observe(const fleet::FleetBatch& batch) {
  bool wake = false;
  {
    std::lock_guard lock(mutex_);
    if (!status_.active()) return;
    for (const auto& e : batch.events) {
      if (e.kind != fleet::FleetEvent::Kind::Nacked || e.version != status_.label) continue;
      if (!status_.nodes.count(e.nodeId)) continue;
      pendingNacks_.push_back(e.nodeId + '\n' + e.typeUrl + '\n' + e.message);
      wake = true;
    }
    for (const auto& p : batch.changed) {
      if (!status_.nodes.count(p.nodeId)) continue;
      if (std::find(canaryProxies_.begin(), canaryProxies_.end(), p.id) == canaryProxies_.end())
        canaryProxies_.push_back(p.id);
      progressDirty_ = wake = true;
    }
    for (auto id : batch.removed)
      if (std::find(canaryProxies_.begin(), canaryProxies_.end(), id) != canaryProxies_.end())
        progressDirty_ = wake = true;
  }
  if (wake) wake_.notify_all();
}

void CanaryRollout::refreshProgress() {
  std::map<std::string, CanaryNodeProgress> fresh;
  std::vector<fleet::ProxyId> alive;
  for (auto id : canaryProxies_) {
    auto p = plane_.fleet().proxy(id);
    if (!p) continue;
    alive.push_back(id);
    bool sent = false, allAcked = true;
    for (const auto& [type, t] : p->types) {
      if (t.versionSent != status_.label) continue;
      sent = true;
      if (t.status != fleet::SyncStatus::Synced) allAcked = false;
    }
    auto& progress = fresh[p->nodeId];
    progress.connected = true;
    progress.acked = progress.acked || (sent && allAcked);
  }
  canaryProxies_ = std::move(alive);
  for (auto& [id, progress] : status_.nodes) {
    auto it = fresh.find(id);
    progress.connected = it != fresh.end();
    progress.acked = it != fresh.end() && it->second.acked;
  }
}

void CanaryRollout::watchLoop() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    wake_.wait_for(lock, std::chrono::milliseconds(200), [this] {
      return stopping_ || !pendingNacks_.empty() || progressDirty_;
    });
    if (stopping_) break;
    if (!status_.active()) {
      pendingNacks_.clear();
      progressDirty_ = false;
      continue;
    }
    bool notify = false;

    std::vector<std::string> nacks;
    nacks.swap(pendingNacks_);
    std::string firstNack;
    std::vector<std::string> nackers;
    for (const auto& n : nacks) {
      auto a = n.find('\n'), b = n.find('\n', a + 1);
      std::string node = n.substr(0, a), type = n.substr(a + 1, b - a - 1), text = n.substr(b + 1);
      auto& progress = status_.nodes[node];
      if (progress.nack.empty()) {
        progress.nack = text;
        progress.nackType = type;
        record(kAutomatic, "canary-nacked", type + ": " + text, {node});
        nackers.push_back(node);
      }
      if (firstNack.empty()) firstNack = node + " NACKed " + status_.label + ": " + text;
      notify = true;
    }
    if (!firstNack.empty() && policy_.rollbackOnNack) {
      endCanary(RolloutState::RolledBack, kAutomatic, "canary-rolled-back", firstNack);
      lock.unlock();
      changed();
      lock.lock();
      continue;
    }

    auto live = plane_.liveVersion();
    if (!promoting_ && live && status_.base && live->sequence != *status_.base) {
      endCanary(RolloutState::Superseded, kAutomatic, "canary-superseded",
                "v" + std::to_string(live->sequence) + " was published during the canary");
      lock.unlock();
      changed();
      lock.lock();
      continue;
    }

    if (progressDirty_) {
      progressDirty_ = false;
      refreshProgress();
      notify = true;
    }
    const auto now = std::chrono::system_clock::now();
    if (status_.state == RolloutState::Watching) {
      bool all = !status_.nodes.empty();
      for (const auto& [_, p] : status_.nodes) all = all && p.acked;
      if (all) {
        status_.state = RolloutState::Converged;
        status_.convergedAt = now;
        auto took = std::chrono::duration_cast<std::chrono::milliseconds>(now - status_.startedAt);
        record(kAutomatic, "canary-converged",
               "every canary proxy ACKed " + status_.label + " after " + seconds(took), {});
        notify = true;
      } else if (status_.deadline.time_since_epoch().count() != 0 && now > status_.deadline) {
        int acked = 0;
        for (const auto& [_, p] : status_.nodes) acked += p.acked;
        endCanary(RolloutState::RolledBack, kAutomatic, "canary-rolled-back",
                  "not converged in time: " + std::to_string(acked) + " of " +
                      std::to_string(status_.nodes.size()) + " canary proxies ACKed " + status_.label);
        notify = true;
      }
    }
    if (status_.state == RolloutState::Converged && policy_.promoteAfter && status_.convergedAt &&
        now >= *status_.convergedAt + *policy_.promoteAfter) {
      lock.unlock();
      promote(kAutomatic);
      lock.lock();
      continue;
    }
    if (notify) {
      lock.unlock();
      changed();
      lock.lock();
    }
  }
}

}  // namespace meshdesk::rollout
