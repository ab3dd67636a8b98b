#pragma once
// What became of one attempt to publish.

#include <optional>
#include <string>
#include <vector>

#include "history/version_store.h"

namespace meshdesk::controlplane {

// One problem found in what was to be published, located in the workspace file.
struct Problem {
  enum class Severity { Error, Warning };
  Severity severity = Severity::Error;
  std::string file;
  int line = 0;
  int column = 0;
  std::string resource;  // "clusters/api", when it is about one resource
  std::string path;      // field path
  std::string rule;      // which check found it ("schema", "reference", ...)
  std::string message;

  // "lab.yaml:12:7: error: clusters[1].lb_policy: unknown value ..."
  std::string toString() const;
};

struct PublishOutcome {
  enum class Status {
    Published,  // a new version is being served
    Unchanged,  // the content is the live version's; nothing new was sent
    Refused,    // the workspace has errors; the live version keeps serving
    Failed,     // it could not be read or recorded; the live version keeps serving
  };
  Status status = Status::Failed;
  std::optional<history::VersionInfo> version;  // the live version afterwards
  std::vector<Problem> problems;
  std::string detail;  // for Failed

  bool ok() const { return status == Status::Published || status == Status::Unchanged; }
  std::size_t errorCount() const;
  std::size_t warningCount() const;
  // One line: "published v7 (2 warnings)", "refused: 3 errors, v6 keeps serving", ...
  std::string summary() const;
};

}  // namespace meshdesk::controlplane
