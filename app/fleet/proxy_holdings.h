#pragma once
// What one proxy holds and what it should hold, as workspace files to diff and as CSDS rows.
//
// "Holds" is put together kind by kind: for each resource type the proxy ACKed, the items of
// that kind in the version it ACKed (a type the control plane did not resend keeps its older
// version, so a proxy may hold clusters of v8 and listeners of v6). Both sides keep only what
// the proxy's node group gets and the kinds the proxy was sent. Names asked for one by one
// (endpoints, routes, secrets) are compared by kind, not by the names it asked for; the CSDS
// rows are the per-resource truth.
//
// Plain C++ (no widgets), so it runs on a worker thread.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "fleet/proxy_state.h"

namespace meshdesk::app {

// The workspace file published as `version` ("7", "8-canary"), or nothing if it is not known.
using VersionContent = std::function<std::optional<std::string>(const std::string& version)>;

struct HoldingsDiff {
  std::string diff;                // unified, per resource; "" when it holds what it should
  std::vector<std::string> notes;  // what could not be compared, and why
  std::vector<std::string> heldVersions;  // "clusters: 8", ...
};

HoldingsDiff diffHoldings(const fleet::ProxyState& proxy, const VersionContent& contentOf,
                          const std::string& targetYaml, const std::string& targetLabel);

// One resource of one proxy as the control plane's CSDS service reports it.
struct ResourceStatusRow {
  std::string typeUrl, name;
  std::string status;        // SYNCED, STALE, NOT_SENT, ERROR
  std::string clientStatus;  // ACKED, NACKED, REQUESTED, DOES_NOT_EXIST
  std::string version;       // the resource's content version it holds (or was sent)
  std::string error;         // the NACK text
};

// Asks the CSDS service at `address` about node `nodeId` (blocking, a few seconds at most).
std::vector<ResourceStatusRow> fetchClientStatus(const std::string& address,
                                                 const std::string& nodeId, std::string* error);

}  // namespace meshdesk::app
