#pragma once
// Who did what to the fleet, and when: one JSON object per line in
// <workspace dir>/.meshdesk/audit.jsonl, next to the version history, so that the record of a
// rollout travels with the workspace it changed.
//
// Each entry is appended whole or not at all: the file is locked, the line written with one
// write(2) to an O_APPEND descriptor, and cut back if the write fell short (a full disk), then
// fsynced. A reader therefore never sees half an entry, except from a crash mid-write, which
// leaves a last line without its newline; read() skips it and says so.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace meshdesk::rollout {

struct AuditEntry {
  std::chrono::system_clock::time_point at;
  std::string who;
  // "canary-started", "canary-nacked", "canary-converged", "canary-promoted",
  // "canary-rolled-back", "canary-superseded"
  std::string action;
  std::string version;               // the version the step is about ("8-canary", "8")
  std::string detail;                // why, or what was chosen
  std::vector<std::string> proxies;  // node ids the step concerns

  // One line, no newline; times in UTC as RFC 3339 with milliseconds.
  std::string toJson() const;
  static std::optional<AuditEntry> fromJson(const std::string& line, std::string* error = nullptr);
};

class AuditTrail {
 public:
  explicit AuditTrail(std::string path) : path_(std::move(path)) {}
  // <dir of workspaceFile>/.meshdesk/audit.jsonl
  static std::string pathFor(const std::string& workspaceFile);

  // Creates the folder and file if needed. False, with `error`, if the entry was not recorded.
  bool append(const AuditEntry& entry, std::string* error = nullptr) const;
  // Oldest first. Lines that cannot be read are reported in `problems` ("audit.jsonl:7: ...").
  std::vector<AuditEntry> read(std::vector<std::string>* problems = nullptr) const;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace meshdesk::rollout
