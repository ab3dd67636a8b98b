#pragma once
// What the fleet charts plot, recorded from the registry's batches as they arrive on the GUI
// thread: per proxy and per node group the version last pushed and the version ACKed over time,
// ACKs and NACKs per second, connected proxies per second, and per version how long each proxy
// took from the publish to its last ACK of it.
//
// Bounded on purpose (a console left open for a week must not grow): an hour of per-second
// samples, the last 128 version steps per proxy and 1024 per group, the last 32 versions'
// convergence times, and the last 256 version labels that are not numbers. A proxy's steps go
// when it disconnects; a node group's (a canary's) once 8 groups emptied after it.

#include <QObject>
#include <QString>
#include <QStringList>

#include <deque>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "fleet/fleet_registry.h"

namespace meshdesk::app {

class FleetTimeline : public QObject {
  Q_OBJECT

 public:
  static constexpr std::size_t kKeepSeconds = 3600;
  static constexpr std::size_t kProxySteps = 128;
  static constexpr std::size_t kGroupSteps = 1024;
  static constexpr std::size_t kVersions = 32;
  static constexpr std::size_t kOtherLabels = 256;
  static constexpr std::size_t kEmptyGroups = 8;

  struct Step {
    qint64 ms;      // since the epoch
    double pushed;  // versionValue() of the version last sent
    double acked;   // ... and of the version last ACKed (NaN before any)
  };
  struct Second {
    qint64 ms;  // start of the second
    int acks = 0;
    int nacks = 0;
    int connected = 0;
  };

  explicit FleetTimeline(QObject* parent = nullptr);

  void applyBatch(const fleet::FleetBatch& batch);
  // `version` was published at `at`: convergence is timed from here. A version seen sent
  // without this is timed from its first push.
  void published(const std::string& version, fleet::Clock::time_point at);
  // Closes the second that ended (by the wall clock); called once a second by a timer.
  void tick(fleet::Clock::time_point now = fleet::Clock::now());

  // Versions "7" plot as 7, a canary "8-canary" as 7.5 (between the live and what it would
  // become), other labels by order of first sight.
  double versionValue(const std::string& version);
  QString versionLabel(double value) const;

  const std::deque<Step>* proxySteps(const std::string& nodeId) const;
  const std::deque<Step>* groupSteps(const std::string& group) const;
  QStringList groups() const;
  QStringList nodes() const;
  const std::deque<Second>& seconds() const { return seconds_; }
  int connected() const { return static_cast<int>(proxies_.size()); }

  // Seconds from publish to the proxy's last ACK of `version`, one value per proxy.
  std::vector<double> convergence(const std::string& version) const;
  // Newest first.
  QStringList convergedVersions() const;

  QString versionsCsv(const std::deque<Step>& steps) const;
  QString ratesCsv() const;
  QString connectedCsv() const;
  QString convergenceCsv(const std::string& version) const;

 signals:
  void ticked();

 private:
  struct ProxyTrack {
    std::string nodeId, group;
    double pushed = 0, acked = 0;
    bool hasPushed = false, hasAcked = false;
  };
  struct VersionTiming {
    qint64 publishedMs = 0;
    bool fromPublish = false;
    std::unordered_map<fleet::ProxyId, std::pair<std::string, qint64>> lastAck;  // node id, ms
  };
  void pushStep(std::deque<Step>& steps, std::size_t keep, qint64 ms, double pushed, double acked);
  void regroup(const std::string& group, qint64 ms);
  Second& secondAt(qint64 ms);
  VersionTiming& timing(const std::string& version, qint64 ms);

  std::unordered_map<fleet::ProxyId, ProxyTrack> proxies_;
  std::map<std::string, std::deque<Step>> proxySteps_;  // by node id
  std::map<std::string, std::deque<Step>> groupSteps_;
  std::deque<Second> seconds_;
  std::map<std::string, VersionTiming> versions_;
  std::deque<std::string> versionOrder_;  // oldest first
  std::map<std::string, double> otherVersions_;
  std::deque<std::string> otherOrder_;  // oldest first
  double nextOther_ = 1;
  std::deque<std::string> emptyGroups_;  // groups without proxies whose steps are kept, oldest first
  std::set<std::string> dirtyGroups_;
};

}  // namespace meshdesk::app
