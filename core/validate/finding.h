#pragma once
// One thing wrong (or suspicious) in a workspace, with where it is: what the console lists and
// what decides whether a workspace may be published.

#include <optional>
#include <string>
#include <vector>

#include "workspace/resource_kind.h"

namespace meshdesk::validate {

enum class Severity {
  // Envoy would reject it (NACK), or it cannot work as written: publishing it is a mistake.
  kError,
  // Envoy accepts it, but it is almost certainly not what was meant (a route that can never
  // match, an EDS cluster without endpoints, a deprecated field).
  kWarning,
};

struct Finding {
  Severity severity = Severity::kError;
  // Stable identifier of the check, for filtering and docs: "string.min_len", "route.shadowed",
  // "reference.route", "schema", ... (docs/validation.md lists them all).
  std::string rule;
  // The resource it is about; empty for a problem of the file itself (a YAML syntax error, a
  // node group), whose `path` then starts at the top of the file.
  std::optional<workspace::Kind> kind;
  std::string resource;
  // Field path inside the resource, as Envoy's docs name fields and as the schema box writes
  // them: "filter_chains[0].filters[0].typed_config.http_filters[1].name",
  // `metadata["envoy.lb"]`. Empty for the resource as a whole.
  std::string path;
  // Workspace file and 1-based place in it; line 0 when there is no place (an item made in
  // code, or a workspace validated without its text).
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;

  // "lab.yaml:12:7: error: clusters/api: connect_timeout: must be greater than 0s [duration.gt]"
  std::string toString() const;
};

std::size_t countErrors(const std::vector<Finding>& findings);
std::size_t countWarnings(const std::vector<Finding>& findings);
inline bool hasErrors(const std::vector<Finding>& findings) { return countErrors(findings) > 0; }

// File order (line, column), then errors before warnings; findings without a place last, in the
// order they were found. Stable, so that the same workspace always lists the same way.
void sortByPlace(std::vector<Finding>& findings);

const char* severityName(Severity severity);

}  // namespace meshdesk::validate
