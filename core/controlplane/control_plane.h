#pragma once
// The control plane as the console and the headless server run it: a workspace file, its
// version history, the xDS server that serves the live version, the fleet that reports back,
// and (optionally) the admin HTTP endpoint. Publishing goes workspace -> checks -> snapshots ->
// a new version; anything wrong leaves the live version serving and the files untouched.

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "controlplane/publish_outcome.h"
#include "controlplane/workspace_checks.h"
#include "fleet/fleet_registry.h"
#include "history/version_store.h"
#include "snapshot/snapshot_store.h"
#include "workspace/workspace.h"
#include "xds/xds_server.h"

namespace meshdesk::admin {
class AdminServer;
}

namespace meshdesk::controlplane {

struct Options {
  std::string workspacePath;                 // the workspace file
  std::string xdsAddress = "127.0.0.1:18000";
  std::string adminAddress;                  // empty: no admin endpoint
  std::chrono::milliseconds debounce{20};    // coalescing of pushes
  std::string author;                        // of the versions recorded; default $USER
};

class WorkspaceWatcher;

class ControlPlane {
 public:
  using OutcomeObserver = std::function<void(const PublishOutcome&)>;

  explicit ControlPlane(Options options);
  ~ControlPlane();
  ControlPlane(const ControlPlane&) = delete;
  ControlPlane& operator=(const ControlPlane&) = delete;

  // Opens the history, starts the servers and publishes the workspace file (or, if it has
  // errors, serves the last good version from the history). False only if a server cannot
  // start; the outcome of the first publish is in lastOutcome().
  bool start(std::string* error = nullptr);
  void stop();

  // Reads the workspace file again and publishes it.
  PublishOutcome publishFile(const std::string& message = {});
  // Publishes `workspace` (an editor's copy); the file is not touched.
  PublishOutcome publish(const workspace::Workspace& workspace, const std::string& message,
                         std::optional<int> rollbackOf = std::nullopt);
  // Publishes the content of an earlier version as a new version.
  PublishOutcome rollback(int sequence, const std::string& message = {});
  // Checks without publishing: problems of `workspace` as publish would see them.
  std::vector<Problem> check(const workspace::Workspace& workspace) const;

  // Follows the workspace file: a change (saved in place or renamed over it) is published
  // within a second; an invalid one is refused and logged.
  void watch(bool follow);

  // Per-resource unified YAML diff between two versions; nothing if either does not exist.
  std::optional<std::string> diff(int from, int to) const;
  std::vector<history::VersionInfo> versions() const;
  // Those recorded after `sequence`, oldest first.
  std::vector<history::VersionInfo> versionsAfter(int sequence) const;
  std::optional<history::VersionInfo> liveVersion() const;
  std::optional<workspace::Workspace> liveWorkspace() const;
  // What the proxies get: the live workspace with its AI routes compiled in.
  std::optional<workspace::Workspace> liveServedWorkspace() const;
  PublishOutcome lastOutcome() const;

  // Called (on the publishing thread) after every publish attempt.
  void onOutcome(OutcomeObserver observer);

  const Options& options() const { return options_; }
  snapshot::SnapshotStore& store() { return store_; }
  fleet::FleetRegistry& fleet() { return fleet_; }
  xds::XdsServer& xds() { return *xds_; }
  admin::AdminServer* admin() { return admin_.get(); }
  history::VersionStore* history() { return history_.get(); }
  // Why there is no history (a read-only workspace folder, ...), if there is none.
  const std::string& historyError() const { return historyError_; }

 private:
  PublishOutcome serve(const workspace::Workspace& workspace, const std::string& message,
                       std::optional<int> rollbackOf, const std::string* sourceText);
  // What each node group is to be served, before it gets a version label.
  struct Plan {
    snapshot::NodeGroups groups;
    std::map<std::string, snapshot::SnapshotPtr> snapshots;
  };
  static Plan plan(const PreparedPublish& prepared);
  void apply(const Plan& plan, const std::string& label);
  static workspace::LoadResult readWorkspace(const std::string& path, std::string* text);
  void report(PublishOutcome& outcome);
  void addAdminRoutes();

  Options options_;
  snapshot::SnapshotStore store_;
  fleet::FleetRegistry fleet_;
  std::unique_ptr<xds::XdsServer> xds_;
  std::unique_ptr<admin::AdminServer> admin_;
  std::unique_ptr<history::VersionStore> history_;
  std::unique_ptr<WorkspaceWatcher> watcher_;
  std::string historyError_;

  std::mutex publishing_;     // one publish at a time
  mutable std::mutex mutex_;  // guards what follows
  std::optional<history::VersionInfo> live_;
  std::optional<workspace::Workspace> liveWorkspace_;
  std::optional<workspace::Workspace> liveServed_;
  PublishOutcome lastOutcome_;
  std::vector<OutcomeObserver> observers_;
};

}  // namespace meshdesk::controlplane
