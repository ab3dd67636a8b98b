#pragma once
// Every published version, kept as a commit of a Git repository in the workspace directory
// (<workspace dir>/.meshdesk/history.git, bare), so that versions survive restarts and the
// user's own Git tools can read, push and review them:
//
//   git --git-dir .meshdesk/history.git log --stat
//
// Each commit holds the published workspace file; its message is the publish message with
// trailers for the sequence number and content hash, and a tag vN names it.

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace meshdesk::history {

struct VersionInfo {
  int sequence = 0;             // 1, 2, 3, ...
  std::string contentHash;      // of the published file, 16 hex digits
  std::chrono::system_clock::time_point time;
  std::string author;
  std::string message;
  std::string commit;           // Git object id
  std::optional<int> rollbackOf;  // the version this one restored, if it is a rollback
};

class VersionStore {
 public:
  // Opens or creates the history of the workspace in `workspaceDir`.
  static std::unique_ptr<VersionStore> open(const std::string& workspaceDir, std::string* error);
  ~VersionStore();

  // Records `content` as the next version. Returns it, or nothing with `error` set.
  std::optional<VersionInfo> record(const std::string& content, const std::string& author,
                                    const std::string& message,
                                    std::optional<int> rollbackOf = std::nullopt,
                                    std::string* error = nullptr);
  // Oldest first.
  std::vector<VersionInfo> list() const;
  // The versions recorded after `sequence`, oldest first (a viewer that has the rest asks for
  // only what is new).
  std::vector<VersionInfo> listAfter(int sequence) const;
  std::optional<VersionInfo> find(int sequence) const;
  std::optional<VersionInfo> latest() const;
  // The file as published in version `sequence`.
  std::optional<std::string> content(int sequence) const;
  std::string repositoryPath() const;

  // The file name inside each commit.
  static constexpr const char* kFileName = "workspace.yaml";

 private:
  struct Impl;
  explicit VersionStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// A unified diff of two texts (3 lines of context), labelled like `git diff`. Empty if equal.
std::string unifiedDiff(const std::string& before, const std::string& after,
                        const std::string& beforeLabel, const std::string& afterLabel);

}  // namespace meshdesk::history
