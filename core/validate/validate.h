#pragma once
// Checking a workspace as strictly as Envoy will, before Meshdesk publishes it, so that what is
// served is not NACKed (and what Envoy would accept but cannot work is flagged too).
//
// One list of findings covers everything:
//   - what the reader found (YAML syntax, unknown fields, wrong types, bad enum values, unknown
//     "@type", duplicate names, node groups): findingsFromLoadErrors();
//   - the (validate.rules) constraints of the Envoy API on every field of every resource,
//     inside every google.protobuf.Any too, and deprecated or disallowed fields
//     (constraint_walk.h);
//   - references between resources, filter order, route tables, sockets (cross_checks.h);
//   - the resource_ttls against the items (resource_ttls.h).
// docs/validation.md lists every rule with an example of the output.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "validate/finding.h"
#include "validate/source_index.h"
#include "workspace/workspace.h"

namespace meshdesk::validate {

// The findings about `workspace`, in file order. With `source` (the text the workspace was read
// from) each finding has the line and column of its field; without, that of its item.
std::vector<Finding> validate(const workspace::Workspace& workspace,
                              const SourceIndex* source = nullptr);

// The reader's errors as findings (rule "schema", or "duplicate_name" for a second item of the
// same kind and name). With `source`, an error inside an item ("clusters[2].lb_policy") gets
// that item's kind and name and a path relative to it ("lb_policy"); otherwise, and for errors
// outside items, the path stays as the reader wrote it.
std::vector<Finding> findingsFromLoadErrors(const std::vector<workspace::WorkspaceError>& errors,
                                            const SourceIndex* source = nullptr);

struct CheckedWorkspace {
  workspace::LoadResult loaded;
  // The reader's errors and validate()'s findings together, in file order.
  std::vector<Finding> findings;
};

// Read, then check: everything wrong with a workspace file, with places.
CheckedWorkspace checkWorkspaceText(std::string_view yaml, const std::string& fileName = {});
CheckedWorkspace checkWorkspaceFile(const std::filesystem::path& file);

}  // namespace meshdesk::validate
