#pragma once
// What a running Envoy holds, read from its admin /config_dump, and how that differs from what
// it should hold (the snapshot of its node group): drift.
//
// Drift is found by content, not by version label: Envoy keeps, per resource, the version of
// the response that last changed it, so an unchanged cluster rightly shows an older version.
// Both sides are written as canonical YAML (schema/message_to_yaml.h) and compared as text, so
// a difference is shown as the lines that differ. Secrets are compared by presence only: Envoy
// redacts their content in the dump.

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "snapshot/snapshot.h"

namespace meshdesk::lab {

struct HeldResource {
  std::string typeUrl;
  std::string name;
  std::string version;    // version_info of the response that last changed it
  std::string state;      // "active", "warming", "rejected"
  std::string yaml;       // canonical YAML of the resource, "" if it could not be read
  std::string problem;    // why it could not be read, or Envoy's error for a rejected one
};

struct ConfigDumpView {
  // The version each type's last accepted response carried (e.g. ClustersConfigDump.version_info).
  // Not compared: the control plane sends a type only when its content changed, so a type may
  // rightly hold an older version label than the one served.
  std::map<std::string, std::string> typeVersions;
  std::vector<HeldResource> resources;  // dynamic ones only: static ones come from the bootstrap
  std::vector<std::string> problems;    // what in the dump could not be read
};

// Reads the JSON Envoy's admin serves at /config_dump (snake_case or lowerCamelCase names).
ConfigDumpView readConfigDump(std::string_view json);

struct Drift {
  enum class Kind {
    Missing,     // should hold it, does not
    Unexpected,  // holds it, should not
    Different,   // holds another content than it should
    Rejected,    // Envoy holds a failed update of it (listener error_state)
    Unreadable,  // the held resource could not be read, so it could not be compared
  };
  Kind kind;
  std::string typeUrl;
  std::string name;
  std::string detail;  // a unified diff for Different, the text of an error, ...
};
const char* driftKindName(Drift::Kind kind);

// Compares what is held with `expected` (the snapshot the node's group is served). The names a
// proxy asks for (endpoints of EDS clusters, routes and secrets named by listeners) decide
// which resources of those types it should hold.
std::vector<Drift> findDrift(const ConfigDumpView& held, const snapshot::Snapshot& expected);

// GET http://host:port/config_dump?include_eds. The body, or nothing with `error` set.
std::optional<std::string> fetchConfigDump(const std::string& host, int port,
                                           std::string* error = nullptr,
                                           std::chrono::milliseconds timeout = std::chrono::seconds(3));

}  // namespace meshdesk::lab
