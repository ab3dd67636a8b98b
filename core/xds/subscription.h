#pragma once
// What a client asked for, for one resource type on one stream: a wildcard, named resources,
// or both (xDS protocol, "How the client specifies what resources to return").

#include <string_view>
#include <vector>

#include <google/protobuf/repeated_ptr_field.h>

#include "snapshot/resource_name.h"
#include "xds/name_set.h"

namespace meshdesk::xds {

class Subscription {
 public:
  using Name = snapshot::ResourceName;

  // `legacyWildcardAllowed`: an empty name list on the first request means "everything"; the
  // protocol keeps that only for LDS and CDS (and we extend it to custom types, which our own
  // subscribers ask for wholesale).
  explicit Subscription(bool legacyWildcardAllowed) : legacyAllowed_(legacyWildcardAllowed) {}

  // A SotW request names the full set each time. Returns the names that were added, in name
  // order.
  std::vector<Name> applySotw(const google::protobuf::RepeatedPtrField<std::string>& names);
  // A delta request names changes. Returns the names that were added.
  std::vector<Name> applyDelta(const google::protobuf::RepeatedPtrField<std::string>& subscribe,
                               const google::protobuf::RepeatedPtrField<std::string>& unsubscribe,
                               std::vector<Name>* removed);

  bool wildcard() const { return wildcard_ || legacyWildcard_; }
  bool wants(std::string_view name) const { return wildcard() || names_.contains(name); }
  bool named(std::string_view name) const { return names_.contains(name); }
  // The names asked for by name (not through the wildcard), in name order.
  const NameSet& names() const { return names_; }
  bool started() const { return started_; }

 private:
  bool legacyAllowed_;
  bool started_ = false;
  bool wildcard_ = false;        // "*" named explicitly
  bool legacyWildcard_ = false;  // empty first request, until the client names something
  NameSet names_;
};

}  // namespace meshdesk::xds
