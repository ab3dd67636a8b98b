#pragma once
// The CSDS view of one resource type on one client: per resource, SYNCED, STALE, NOT_SENT or
// ERROR (with the client's NACK text), from what the session knows it sent and heard back.

#include <string>
#include <unordered_map>

#include "snapshot/snapshot.h"
#include "xds/session.h"
#include "xds/subscription.h"

namespace meshdesk::xds {

void describeType(const std::string& typeUrl,
                  const std::unordered_map<std::string, ResourceEntry>& entries,
                  const NackErrors& errors, const snapshot::SnapshotPtr& snapshot, const Subscription& subscription,
                  envoy::service::status::v3::ClientConfig& out);

}  // namespace meshdesk::xds
