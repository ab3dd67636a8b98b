#include "controlplane/control_plane.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "admin/admin_server.h"
#include "controlplane/workspace_checks.h"
#include "controlplane/workspace_watcher.h"
#include "publish/publication.h"

namespace meshdesk::controlplane {

namespace fs = std::filesystem;

namespace {
std::string defaultAuthor() {
  const char* user = std::getenv("USER");
  return user && *user ? user : "meshdesk";
}

}  // namespace

ControlPlane::ControlPlane(Options options) : options_(std::move(options)) {
  if (options_.author.empty()) options_.author = defaultAuthor();
  xds::ServerOptions serverOptions;
  serverOptions.address = options_.xdsAddress;
  serverOptions.debounce = options_.debounce;
  xds_ = std::make_unique<xds::XdsServer>(store_, fleet_, serverOptions);
}

ControlPlane::~ControlPlane() { stop(); }

bool ControlPlane::start(std::string* error) {
  auto dir = fs::absolute(options_.workspacePath).parent_path();
  history_ = history::VersionStore::open(dir.string(), &historyError_);
  if (!xds_->start(error)) return false;
  // Serve the last good version at once, so proxies get something even if the file is broken.
  if (history_) {
    if (auto latest = history_->latest()) {
      if (auto content = history_->content(latest->sequence)) {
        auto parsed = workspace::Workspace::parse(*content, "v" + std::to_string(latest->sequence));
        auto prepared = preparePublish(parsed.workspace, options_.workspacePath);
        if (parsed.ok() && prepared.publishable()) {
          std::lock_guard lock(mutex_);
          liveServed_ = prepared.served;
          apply(plan(prepared), std::to_string(latest->sequence));
          live_ = latest;
          liveWorkspace_ = std::move(parsed.workspace);
        }
      }
    }
  }
  // Without a history nothing is recorded, but the file is still served.
  publishFile("Published at start");
  // Last, so that a health check passing means the workspace is being served.
  if (!options_.adminAddress.empty()) {
    admin_ = std::make_unique<admin::AdminServer>(fleet_, *xds_);
    addAdminRoutes();
    if (!admin_->start(options_.adminAddress, error)) {
      xds_->stop();
      return false;
    }
  }
  return true;
}

void ControlPlane::stop() {
  watcher_.reset();
  if (admin_) admin_->stop();
  if (xds_) xds_->stop();
}

PublishOutcome ControlPlane::publishFile(const std::string& message) {
  std::lock_guard publishing(publishing_);
  std::string text;
  auto loaded = readWorkspace(options_.workspacePath, &text);
  if (!loaded.ok()) {
    PublishOutcome outcome;
    outcome.status = PublishOutcome::Status::Refused;
    outcome.problems = loadProblems(loaded.errors);
    report(outcome);
    return outcome;
  }
  return serve(loaded.workspace, message.empty() ? "Workspace file changed" : message,
               std::nullopt, &text);
}

PublishOutcome ControlPlane::publish(const workspace::Workspace& workspace,
                                     const std::string& message, std::optional<int> rollbackOf) {
  std::lock_guard publishing(publishing_);
  return serve(workspace, message, rollbackOf, nullptr);
}

PublishOutcome ControlPlane::rollback(int sequence, const std::string& message) {
  std::lock_guard publishing(publishing_);
  PublishOutcome outcome;
  std::optional<std::string> content = history_ ? history_->content(sequence) : std::nullopt;
  if (!content) {
    outcome.status = PublishOutcome::Status::Failed;
    outcome.detail = "there is no version " + std::to_string(sequence);
    report(outcome);
    return outcome;
  }
  auto parsed = workspace::Workspace::parse(*content, "v" + std::to_string(sequence));
  if (!parsed.ok()) {
    outcome.status = PublishOutcome::Status::Refused;
    outcome.problems = loadProblems(parsed.errors);
    report(outcome);
    return outcome;
  }
  return serve(parsed.workspace,
               message.empty() ? "Roll back to v" + std::to_string(sequence) : message, sequence,
               nullptr);
}

std::vector<Problem> ControlPlane::check(const workspace::Workspace& workspace) const {
  return checkWorkspace(workspace, options_.workspacePath);
}

workspace::LoadResult ControlPlane::readWorkspace(const std::string& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    workspace::LoadResult result;
    result.errors.push_back({path, 0, 0, "", "cannot read the file"});
    return result;
  }
  text->assign(std::istreambuf_iterator<char>(in), {});
  return workspace::Workspace::parse(*text, path);
}

PublishOutcome ControlPlane::serve(const workspace::Workspace& workspace,
                                   const std::string& message, std::optional<int> rollbackOf,
                                   const std::string* sourceText) {
  PublishOutcome outcome;
  auto prepared = preparePublish(workspace, options_.workspacePath, sourceText);
  outcome.problems = prepared.problems;
  if (!prepared.publishable()) {
    outcome.status = PublishOutcome::Status::Refused;
    report(outcome);
    return outcome;
  }
  auto planned = plan(prepared);
  std::optional<history::VersionInfo> live;
  {
    std::lock_guard lock(mutex_);
    live = live_;
  }
  // Unchanged means: every proxy would be given exactly what it is given now.
  if (live && !rollbackOf && planned.groups == store_.nodeGroups()) {
    auto current = store_.all();
    bool same = current.size() == planned.snapshots.size();
    for (const auto& [group, snapshot] : planned.snapshots) {
      auto it = current.find(group);
      same = same && it != current.end() && it->second->contentHash() == snapshot->contentHash();
    }
    if (same) {
      outcome.status = PublishOutcome::Status::Unchanged;
      report(outcome);
      return outcome;
    }
  }
  // The file as the user wrote it (comments included) when there is one; writing it anew is
  // the slow part of a large publish.
  const std::string text = sourceText ? *sourceText : workspace.toYaml();

  std::optional<history::VersionInfo> version;
  if (history_) {
    std::string error;
    version = history_->record(text, options_.author, message, rollbackOf, &error);
    if (!version) {
      outcome.status = PublishOutcome::Status::Failed;
      outcome.detail = error;
      report(outcome);
      return outcome;
    }
  } else {
    version = history::VersionInfo{};
    version->sequence = live ? live->sequence + 1 : 1;
    version->message = message;
    version->time = std::chrono::system_clock::now();
  }
  {
    std::lock_guard lock(mutex_);
    liveServed_ = prepared.served;
    apply(planned, std::to_string(version->sequence));
    live_ = version;
    liveWorkspace_ = workspace;
  }
  outcome.status = PublishOutcome::Status::Published;
  report(outcome);
  return outcome;
}

ControlPlane::Plan ControlPlane::plan(const PreparedPublish& prepared) {
  auto publication = publish::buildPublication(prepared.served);
  Plan out;
  out.groups = publication.groups;
  for (const auto& [group, built] : publication.snapshots) {
    auto resources = built->all();
    resources.insert(resources.end(), prepared.extraResources.begin(),
                     prepared.extraResources.end());
    out.snapshots[group] = std::make_shared<snapshot::Snapshot>("", std::move(resources));
  }
  return out;
}

void ControlPlane::apply(const Plan& plan, const std::string& label) {
  // Snapshots are labelled with the version that last changed them: a group whose content did
  // not change keeps its snapshot, and its nodes are sent nothing.
  fleet_.published(label);
  store_.setNodeGroups(plan.groups);
  auto current = store_.all();
  for (const auto& [group, planned] : plan.snapshots) {
    auto existing = current.find(group);
    if (existing != current.end() && existing->second->contentHash() == planned->contentHash())
      continue;
    store_.set(group, std::make_shared<snapshot::Snapshot>(label, planned->all()));
  }
  for (const auto& [group, _] : current)
    if (!plan.snapshots.count(group)) store_.erase(group);
}

void ControlPlane::report(PublishOutcome& outcome) {
  std::vector<OutcomeObserver> observers;
  {
    std::lock_guard lock(mutex_);
    outcome.version = live_;
    lastOutcome_ = outcome;
    observers = observers_;
  }
  for (const auto& o : observers) o(outcome);
}

void ControlPlane::watch(bool follow) {
  if (!follow) {
    watcher_.reset();
    return;
  }
  if (!watcher_)
    watcher_ = std::make_unique<WorkspaceWatcher>(options_.workspacePath,
                                                  [this] { publishFile(); });
}

std::vector<history::VersionInfo> ControlPlane::versions() const {
  return history_ ? history_->list() : std::vector<history::VersionInfo>{};
}

std::vector<history::VersionInfo> ControlPlane::versionsAfter(int sequence) const {
  return history_ ? history_->listAfter(sequence) : std::vector<history::VersionInfo>{};
}

std::optional<history::VersionInfo> ControlPlane::liveVersion() const {
  std::lock_guard lock(mutex_);
  return live_;
}

std::optional<workspace::Workspace> ControlPlane::liveWorkspace() const {
  std::lock_guard lock(mutex_);
  return liveWorkspace_;
}

std::optional<workspace::Workspace> ControlPlane::liveServedWorkspace() const {
  std::lock_guard lock(mutex_);
  return liveServed_;
}

PublishOutcome ControlPlane::lastOutcome() const {
  std::lock_guard lock(mutex_);
  return lastOutcome_;
}

void ControlPlane::onOutcome(OutcomeObserver observer) {
  std::lock_guard lock(mutex_);
  observers_.push_back(std::move(observer));
}

}  // namespace meshdesk::controlplane
