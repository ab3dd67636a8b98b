#pragma once
// What a client asked for, for one resource type on one stream: a wildcard, named resources,
// or both (xDS protocol, "How the client specifies what resources to return").

#include <string>
#include <unordered_set>
#include <vector>

#include <google/protobuf/repeated_ptr_field.h>

namespace meshdesk::xds {

class Subscription {
 public:
  // `legacyWildcardAllowed`: an empty name list on the first request means "everything"; the
  // protocol keeps that only for LDS and CDS (and we extend it to custom types, which our own
  // subscribers ask for wholesale).
  explicit Subscription(bool legacyWildcardAllowed) : legacyAllowed_(legacyWildcardAllowed) {}

  // A SotW request names the full set each time. Returns the names that were added.
  std::vector<std::string> applySotw(const google::protobuf::RepeatedPtrField<std::string>& names);
  // A delta request names changes. Returns the names that were added.
  std::vector<std::string> applyDelta(
      const google::protobuf::RepeatedPtrField<std::string>& subscribe,
      const google::protobuf::RepeatedPtrField<std::string>& unsubscribe,
      std::vector<std::string>* removed);

  bool wildcard() const { return wildcard_ || legacyWildcard_; }
  bool wants(const std::string& name) const { return wildcard() || names_.count(name) != 0; }
  bool named(const std::string& name) const { return names_.count(name) != 0; }
  const std::unordered_set<std::string>& names() const { return names_; }
  bool started() const { return started_; }

 private:
  bool legacyAllowed_;
  bool started_ = false;
  bool wildcard_ = false;        // "*" named explicitly
  bool legacyWildcard_ = false;  // empty first request, until the client names something
  std::unordered_set<std::string> names_;
};

}  // namespace meshdesk::xds
