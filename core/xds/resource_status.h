#pragma once
// The CSDS view of one resource type on one client: per resource, SYNCED, STALE, NOT_SENT or
// ERROR (with the client's NACK text), from what the session knows it sent and heard back.

#include <string>

#include "snapshot/snapshot.h"
#include "xds/resource_entries.h"
#include "xds/subscription.h"

namespace envoy::service::status::v3 {
class ClientConfig;
}

namespace meshdesk::xds {

void describeType(const std::string& typeUrl, const ResourceEntries& entries,
                  const NackErrors& errors, const snapshot::SnapshotPtr& snapshot,
                  const Subscription& subscription, envoy::service::status::v3::ClientConfig& out);

}  // namespace meshdesk::xds
