#pragma once
// The state-of-the-world protocol variant: each response of a full-state type (LDS, CDS, SRDS,
// custom types) holds the complete set the client subscribes to; responses of the other types
// hold only the resources that changed.

#include <unordered_map>

#include "xds/name_set.h"
#include "xds/resource_entries.h"
#include "xds/session.h"
#include "xds/subscription.h"

namespace envoy::service::discovery::v3 {
class DiscoveryRequest;
}

namespace meshdesk::xds {

class SotwSession : public Session {
 public:
  using Session::Session;

  RequestOutcome onRequest(const envoy::service::discovery::v3::DiscoveryRequest& request);
  void describe(envoy::service::status::v3::ClientConfig& out) const override;

 protected:
  std::optional<EncodedResponse> build(const std::string& typeUrl) override;
  std::vector<std::string> subscribedTypes() const override;
  std::optional<EncodedResponse> buildHeartbeat(const std::string& typeUrl) override;

 private:
  struct TypeState {
    explicit TypeState(bool fullState) : fullState(fullState), subscription(fullState) {}
    bool fullState;
    Subscription subscription;
    ResourceEntries entries;
    NackErrors errors;
    std::vector<snapshot::ResourceName> inflight;  // names the unanswered response touched
    std::string inflightNonce;
    std::string inflightVersion;
    std::string ackedVersion;
    bool everSent = false;
    // The snapshot the last response was built from: what a deferred cleanup re-sends.
    snapshot::SnapshotPtr sentFrom;
    NameSet force;  // newly subscribed: send even if unchanged
  };

  void acknowledge(TypeState& state, const std::string& typeUrl,
                   const envoy::service::discovery::v3::DiscoveryRequest& request);
  std::unordered_map<std::string, TypeState> types_;
};

}  // namespace meshdesk::xds
