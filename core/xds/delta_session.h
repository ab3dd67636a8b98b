#pragma once
// The incremental (delta) protocol variant: per resource versions, only changes are sent,
// deletions and names that do not exist go in removed_resources.

#include <unordered_map>
#include <vector>

#include "xds/name_set.h"
#include "xds/resource_entries.h"
#include "xds/session.h"
#include "xds/subscription.h"

namespace envoy::service::discovery::v3 {
class DeltaDiscoveryRequest;
}

namespace meshdesk::xds {

class DeltaSession : public Session {
 public:
  using Session::Session;

  RequestOutcome onRequest(const envoy::service::discovery::v3::DeltaDiscoveryRequest& request);
  void describe(envoy::service::status::v3::ClientConfig& out) const override;

 protected:
  std::optional<EncodedResponse> build(const std::string& typeUrl) override;
  std::vector<std::string> subscribedTypes() const override;
  std::optional<EncodedResponse> buildHeartbeat(const std::string& typeUrl) override;

 private:
  // One unanswered response: what it changed, so that a NACK can restore what the client keeps.
  struct Inflight {
    std::string nonce;
    std::string version;
    std::vector<std::pair<snapshot::ResourceName, std::uint64_t>> sent;  // name, version sent
  };
  struct TypeState {
    explicit TypeState(bool legacyWildcard) : subscription(legacyWildcard) {}
    Subscription subscription;
    ResourceEntries entries;
    NackErrors errors;
    NameSet toldAbsent;  // subscribed, absent, and told so
    // Oldest first, bounded. A vector, not a deque: an empty deque still holds a 512-byte block,
    // and every quiet stream has one per type.
    std::vector<Inflight> inflight;
  };
  static constexpr std::size_t kMaxInflight = 16;

  void answer(TypeState& state, const std::string& typeUrl,
              const envoy::service::discovery::v3::DeltaDiscoveryRequest& request);
  std::unordered_map<std::string, TypeState> types_;
};

}  // namespace meshdesk::xds
