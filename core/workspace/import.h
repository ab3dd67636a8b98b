#pragma once
// Existing Envoy configuration into a workspace: a bootstrap file (YAML or JSON) or what an
// Envoy's /config_dump returned, split into one workspace item per xDS resource.
//
// What changes on the way in, and why (docs/import.md says the same for users):
//   - A listener's inline `route_config` (in an HTTP connection manager) becomes a route
//     configuration of its own, named as written or "<listener>-routes" when unnamed, and the
//     manager gets `rds` over ADS instead: routes are then edited and served on their own.
//   - A STATIC cluster's `load_assignment` becomes an `endpoints` item and the cluster EDS over
//     ADS: endpoints can then change without replacing the cluster (a CDS change makes Envoy
//     rebuild the cluster and its connection pools; an EDS change only updates hosts). DNS
//     clusters keep their load_assignment: their hosts are names Envoy resolves, which EDS
//     does not do.
//   - `rds` and `eds_config` sources that name another management server become ADS: the
//     workspace is served by Meshdesk.
//   - The cluster through which Envoy reaches its management server (named in the bootstrap's
//     dynamic_resources) is left out: it belongs in the bootstrap, not in what is served.
//   - Everything that is not imported is listed in `notes`, with why: bootstrap settings
//     (node, admin, dynamic_resources, ...), warming and draining states, rejected updates,
//     secrets whose keys the dump redacted, duplicates that differ.
//
// Errors carry the place in the imported file (line, column, field path from its top).
// Imported items have no SourceLocation: they have no place in a workspace file yet.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "workspace/workspace.h"
#include "workspace/workspace_error.h"

namespace meshdesk::workspace {

struct ImportResult {
  Workspace workspace;
  std::vector<WorkspaceError> errors;
  // What was left out or changed, one sentence each ("not imported: admin: ...").
  std::vector<std::string> notes;

  bool ok() const { return errors.empty(); }
};

enum class ImportFormat {
  kBootstrap,   // envoy.config.bootstrap.v3.Bootstrap
  kConfigDump,  // envoy.admin.v3.ConfigDump, as GET /config_dump returns it
};

// Decides between bootstrap and config dump by the top-level keys ("configs" is a dump).
ImportResult importEnvoyConfig(std::string_view text, const std::string& fileName = {});
ImportResult importEnvoyConfig(std::string_view text, ImportFormat format,
                               const std::string& fileName = {});
ImportResult importEnvoyFile(const std::filesystem::path& file);

}  // namespace meshdesk::workspace
