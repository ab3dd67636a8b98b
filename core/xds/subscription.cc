#include "xds/subscription.h"

#include <algorithm>

namespace meshdesk::xds {

namespace {
constexpr std::string_view kWildcard = "*";
}

std::vector<Subscription::Name> Subscription::applySotw(
    const google::protobuf::RepeatedPtrField<std::string>& names) {
  bool first = !started_;
  started_ = true;
  std::vector<Name> added;
  if (first && names.empty() && legacyAllowed_) {
    legacyWildcard_ = true;
    return added;
  }
  bool star = false;
  std::vector<std::string_view> next;
  next.reserve(names.size());
  for (const auto& n : names) {
    if (n == kWildcard)
      star = true;
    else
      next.push_back(n);
  }
  // Clients usually list the names in the same (sorted) order every time.
  if (!std::is_sorted(next.begin(), next.end())) std::sort(next.begin(), next.end());
  next.erase(std::unique(next.begin(), next.end()), next.end());

  // Most requests are ACKs repeating the same names: nothing to rebuild then.
  if (!first && !legacyWildcard_ && star == wildcard_ && next.size() == names_.size() &&
      std::equal(next.begin(), next.end(), names_.begin(),
                 [](std::string_view a, const Name& b) { return a == b.view(); }))
    return added;

  // Legacy wildcard lasts while the client keeps sending empty lists; naming anything ends it.
  if (legacyWildcard_ && (star || !next.empty())) legacyWildcard_ = false;
  wildcard_ = star;
  std::vector<Name> kept;
  kept.reserve(next.size());
  for (auto n : next) {
    if (const Name* held = names_.find(n)) {
      kept.push_back(*held);
    } else {
      kept.emplace_back(n);
      added.push_back(kept.back());
    }
  }
  names_ = NameSet::fromSorted(std::move(kept));
  return added;
}

std::vector<Subscription::Name> Subscription::applyDelta(
    const google::protobuf::RepeatedPtrField<std::string>& subscribe,
    const google::protobuf::RepeatedPtrField<std::string>& unsubscribe,
    std::vector<Name>* removed) {
  bool first = !started_;
  started_ = true;
  std::vector<Name> added;
  if (first && subscribe.empty() && legacyAllowed_) legacyWildcard_ = true;
  for (const auto& n : subscribe) {
    if (n == kWildcard) {
      wildcard_ = true;
      legacyWildcard_ = false;
    } else if (names_.insert(std::string_view(n))) {
      added.push_back(*names_.find(n));
      legacyWildcard_ = false;
    }
  }
  for (const auto& n : unsubscribe) {
    if (n == kWildcard) {
      wildcard_ = false;
      legacyWildcard_ = false;
    } else if (const Name* held = names_.find(n)) {
      Name name = *held;
      names_.erase(n);
      if (removed) removed->push_back(std::move(name));
    }
  }
  return added;
}

}  // namespace meshdesk::xds
