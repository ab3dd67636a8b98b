#include "xds/subscription.h"

namespace meshdesk::xds {

namespace {
constexpr const char* kWildcard = "*";
}

std::vector<std::string> Subscription::applySotw(
    const google::protobuf::RepeatedPtrField<std::string>& names) {
  bool first = !started_;
  started_ = true;
  std::vector<std::string> added;
  if (first && names.empty() && legacyAllowed_) {
    legacyWildcard_ = true;
    return added;
  }
  // Most requests are ACKs repeating the same names: nothing to rebuild then.
  if (!first && !legacyWildcard_) {
    bool same = true;
    std::size_t named = 0;
    bool star = false;
    for (const auto& n : names) {
      if (n == kWildcard) {
        star = true;
      } else {
        ++named;
        same = same && names_.count(n) != 0;
      }
    }
    if (same && star == wildcard_ && named == names_.size()) return added;
  }
  bool star = false;
  std::unordered_set<std::string> next;
  for (const auto& n : names) {
    if (n == kWildcard) {
      star = true;
    } else {
      next.insert(n);
    }
  }
  // Legacy wildcard lasts while the client keeps sending empty lists; naming anything ends it.
  if (legacyWildcard_ && (star || !next.empty())) legacyWildcard_ = false;
  wildcard_ = star;
  for (const auto& n : next)
    if (!names_.count(n)) added.push_back(n);
  names_ = std::move(next);
  return added;
}

std::vector<std::string> Subscription::applyDelta(
    const google::protobuf::RepeatedPtrField<std::string>& subscribe,
    const google::protobuf::RepeatedPtrField<std::string>& unsubscribe,
    std::vector<std::string>* removed) {
  bool first = !started_;
  started_ = true;
  std::vector<std::string> added;
  if (first && subscribe.empty() && legacyAllowed_) legacyWildcard_ = true;
  for (const auto& n : subscribe) {
    if (n == kWildcard) {
      wildcard_ = true;
      legacyWildcard_ = false;
    } else if (names_.insert(n).second) {
      added.push_back(n);
      legacyWildcard_ = false;
    }
  }
  for (const auto& n : unsubscribe) {
    if (n == kWildcard) {
      wildcard_ = false;
      legacyWildcard_ = false;
    } else if (names_.erase(n) && removed) {
      removed->push_back(n);
    }
  }
  return added;
}

}  // namespace meshdesk::xds
