#include "fleet/fleet_timeline.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

namespace meshdesk::app {

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

qint64 msOf(fleet::Clock::time_point at) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
}

QString isoTime(qint64 ms) {
  return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool allDigits(const std::string& s) {
  return !s.empty() && s.size() < 10 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

FleetTimeline::FleetTimeline(QObject* parent) : QObject(parent) {}

double FleetTimeline::versionValue(const std::string& version) {
  if (allDigits(version)) return std::stod(version);
  static const std::string canary = "-canary";
  if (version.size() > canary.size() && version.ends_with(canary) &&
      allDigits(version.substr(0, version.size() - canary.size())))
    return std::stod(version.substr(0, version.size() - canary.size())) - 0.5;
  auto it = otherVersions_.find(version);
  if (it != otherVersions_.end()) return it->second;
  // Labels that are not numbers (content hashes) are numbered in the order they appear.
  const double next = nextOther_++;
  otherVersions_.emplace(version, next);
  otherOrder_.push_back(version);
  while (otherOrder_.size() > kOtherLabels) {
    otherVersions_.erase(otherOrder_.front());
    otherOrder_.pop_front();
  }
  return next;
}

QString FleetTimeline::versionLabel(double value) const {
  if (std::isnan(value)) return {};
  for (const auto& [label, v] : otherVersions_)
    if (v == value) return QString::fromStdString(label);
  if (value == std::floor(value)) return QString::number(static_cast<qint64>(value));
  if (value - std::floor(value) == 0.5)
    return QString::number(static_cast<qint64>(value + 0.5)) + QStringLiteral("-canary");
  return QString::number(value);
}

void FleetTimeline::pushStep(std::deque<Step>& steps, std::size_t keep, qint64 ms, double pushed,
                             double acked) {
  auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
  if (!steps.empty() && same(steps.back().pushed, pushed) && same(steps.back().acked, acked)) return;
  steps.push_back({ms, pushed, acked});
  while (steps.size() > keep) steps.pop_front();
}

FleetTimeline::Second& FleetTimeline::secondAt(qint64 ms) {
  const qint64 second = ms - ms % 1000;
  if (seconds_.empty()) {
    seconds_.push_back({second});
    return seconds_.back();
  }
  if (second > seconds_.back().ms) {
    // Seconds without events are there too, with nothing in them (and the count they had).
    qint64 next = std::max(seconds_.back().ms + 1000, second - static_cast<qint64>(kKeepSeconds) * 1000);
    const int connected = seconds_.back().connected;
    for (; next <= second; next += 1000) seconds_.push_back({next, 0, 0, connected});
    while (seconds_.size() > kKeepSeconds) seconds_.pop_front();
    return seconds_.back();
  }
  for (auto it = seconds_.rbegin(); it != seconds_.rend(); ++it)
    if (it->ms == second) return *it;
  // Older than what is kept (a clock step back): counted in the oldest second.
  return seconds_.front();
}

FleetTimeline::VersionTiming& FleetTimeline::timing(const std::string& version, qint64 ms) {
  auto it = versions_.find(version);
  if (it != versions_.end()) return it->second;
  versionOrder_.push_back(version);
  while (versionOrder_.size() > kVersions) {
    versions_.erase(versionOrder_.front());
    versionOrder_.pop_front();
  }
  VersionTiming& t = versions_[version];
  t.publishedMs = ms;
  return t;
}

void FleetTimeline::published(const std::string& version, fleet::Clock::time_point at) {
  VersionTiming& t = timing(version, msOf(at));
  if (!t.fromPublish) {
    t.publishedMs = msOf(at);
    t.fromPublish = true;
  }
}

void FleetTimeline::regroup(const std::string& group, qint64 ms) {
  double pushed = kNone, acked = kNone;
  bool any = false;
  for (const auto& [_, t] : proxies_) {
    if (t.group != group) continue;
    any = true;
    if (t.hasPushed) pushed = std::isnan(pushed) ? t.pushed : std::max(pushed, t.pushed);
    // What the whole group holds: the oldest version any of its proxies ACKed last.
    if (t.hasAcked) acked = std::isnan(acked) ? t.acked : std::min(acked, t.acked);
  }
  if (!any && groupSteps_.find(group) == groupSteps_.end()) return;
  pushStep(groupSteps_[group], kGroupSteps, ms, pushed, acked);
  // Every canary makes a group of its own: the ones gone longest go with their steps.
  auto empty = std::find(emptyGroups_.begin(), emptyGroups_.end(), group);
  if (any && empty != emptyGroups_.end()) emptyGroups_.erase(empty);
  if (!any && empty == emptyGroups_.end()) emptyGroups_.push_back(group);
  while (emptyGroups_.size() > kEmptyGroups) {
    groupSteps_.erase(emptyGroups_.front());
    emptyGroups_.pop_front();
  }
}

void FleetTimeline::applyBatch(const fleet::FleetBatch& batch) {
  qint64 last = msOf(fleet::Clock::now());
  for (const auto& p : batch.changed) {
    ProxyTrack& t = proxies_[p.id];
    if (t.nodeId.empty()) t.nodeId = p.nodeId;
    if (t.group != p.group) {
      if (!t.group.empty()) dirtyGroups_.insert(t.group);
      t.group = p.group;
      dirtyGroups_.insert(p.group);
    }
  }
  using Kind = fleet::FleetEvent::Kind;
  for (const auto& e : batch.events) {
    const qint64 ms = msOf(e.at);
    auto it = proxies_.find(e.proxy);
    switch (e.kind) {
      case Kind::Sent: {
        const double v = versionValue(e.version);
        timing(e.version, ms);
        if (it == proxies_.end()) break;
        it->second.pushed = v;
        it->second.hasPushed = true;
        pushStep(proxySteps_[it->second.nodeId], kProxySteps, ms, v,
                 it->second.hasAcked ? it->second.acked : kNone);
        dirtyGroups_.insert(it->second.group);
        break;
      }
      case Kind::Acked: {
        ++secondAt(ms).acks;
        const double v = versionValue(e.version);
        VersionTiming& t = timing(e.version, ms);
        auto& slot = t.lastAck[e.proxy];
        slot.first = e.nodeId;
        slot.second = std::max(slot.second, ms);
        if (it == proxies_.end()) break;
        it->second.acked = v;
        it->second.hasAcked = true;
        pushStep(proxySteps_[it->second.nodeId], kProxySteps, ms,
                 it->second.hasPushed ? it->second.pushed : kNone, v);
        dirtyGroups_.insert(it->second.group);
        break;
      }
      case Kind::Nacked: ++secondAt(ms).nacks; break;
      case Kind::Connected:
      case Kind::Disconnected: break;
    }
    last = ms;
  }
  std::vector<std::string> goneNodes;
  for (fleet::ProxyId id : batch.removed) {
    auto it = proxies_.find(id);
    if (it == proxies_.end()) continue;
    dirtyGroups_.insert(it->second.group);
    goneNodes.push_back(it->second.nodeId);
    proxies_.erase(it);
  }
  if (!goneNodes.empty()) {
    // Once for the batch: a thousand proxies stopped at once must not cost a million compares.
    std::set<std::string> stillConnected;
    for (const auto& [_, t] : proxies_) stillConnected.insert(t.nodeId);
    for (const auto& node : goneNodes)
      if (!stillConnected.count(node)) proxySteps_.erase(node);
  }
  for (const auto& group : dirtyGroups_) regroup(group, last);
  dirtyGroups_.clear();
}

void FleetTimeline::tick(fleet::Clock::time_point now) {
  secondAt(msOf(now)).connected = connected();
  emit ticked();
}

const std::deque<FleetTimeline::Step>* FleetTimeline::proxySteps(const std::string& nodeId) const {
  auto it = proxySteps_.find(nodeId);
  return it == proxySteps_.end() ? nullptr : &it->second;
}

const std::deque<FleetTimeline::Step>* FleetTimeline::groupSteps(const std::string& group) const {
  auto it = groupSteps_.find(group);
  return it == groupSteps_.end() ? nullptr : &it->second;
}

QStringList FleetTimeline::groups() const {
  QStringList out;
  for (const auto& [g, _] : groupSteps_) out << QString::fromStdString(g);
  return out;
}

QStringList FleetTimeline::nodes() const {
  QStringList out;
  for (const auto& [n, _] : proxySteps_) out << QString::fromStdString(n);
  return out;
}

std::vector<double> FleetTimeline::convergence(const std::string& version) const {
  std::vector<double> out;
  auto it = versions_.find(version);
  if (it == versions_.end()) return out;
  for (const auto& [_, ack] : it->second.lastAck)
    out.push_back(std::max<qint64>(0, ack.second - it->second.publishedMs) / 1000.0);
  std::sort(out.begin(), out.end());
  return out;
}

QStringList FleetTimeline::convergedVersions() const {
  QStringList out;
  for (auto it = versionOrder_.rbegin(); it != versionOrder_.rend(); ++it) {
    auto v = versions_.find(*it);
    if (v != versions_.end() && !v->second.lastAck.empty()) out << QString::fromStdString(*it);
  }
  return out;
}

QString FleetTimeline::versionsCsv(const std::deque<Step>& steps) const {
  QString out = QStringLiteral("time,pushed,acked\n");
  for (const auto& s : steps)
    out += isoTime(s.ms) + QLatin1Char(',') + versionLabel(s.pushed) + QLatin1Char(',') +
           versionLabel(s.acked) + QLatin1Char('\n');
  return out;
}

QString FleetTimeline::ratesCsv() const {
  QString out = QStringLiteral("time,acks,nacks\n");
  for (const auto& s : seconds_)
    out += isoTime(s.ms) + QLatin1Char(',') + QString::number(s.acks) + QLatin1Char(',') +
           QString::number(s.nacks) + QLatin1Char('\n');
  return out;
}

QString FleetTimeline::connectedCsv() const {
  QString out = QStringLiteral("time,connected\n");
  for (const auto& s : seconds_)
    out += isoTime(s.ms) + QLatin1Char(',') + QString::number(s.connected) + QLatin1Char('\n');
  return out;
}

QString FleetTimeline::convergenceCsv(const std::string& version) const {
  QString out = QStringLiteral("version,node,published,last_ack,seconds\n");
  auto it = versions_.find(version);
  if (it == versions_.end()) return out;
  std::vector<std::pair<std::string, qint64>> rows;
  for (const auto& [_, ack] : it->second.lastAck) rows.push_back(ack);
  std::sort(rows.begin(), rows.end());
  for (const auto& [node, ms] : rows)
    out += QString::fromStdString(version) + QLatin1Char(',') + QString::fromStdString(node) +
           QLatin1Char(',') + isoTime(it->second.publishedMs) + QLatin1Char(',') + isoTime(ms) +
           QLatin1Char(',') + QString::number(std::max<qint64>(0, ms - it->second.publishedMs) / 1000.0, 'f', 3) +
           QLatin1Char('\n');
  return out;
}

}  // namespace meshdesk::app
