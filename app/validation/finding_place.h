#pragma once
// From a validation finding to the row of the navigator it is about: a route finding
// ("virtual_hosts[0].routes[3].match") belongs to that route's row, an endpoint finding to that
// endpoint's, everything else to its item; an AI route's ("ai_routes[2].backends[0].host") to
// that AI route. What is left of the path names the field inside.

#include <QString>

#include "validate/finding.h"
#include "workspace/resource_tree.h"

namespace meshdesk::app {

struct FindingPlace {
  ResourceRef ref;
  // The field path relative to what `ref` stands for ("match.prefix" for a route).
  QString field;
};

FindingPlace placeOf(const validate::Finding& finding);

// A key for hashing refs: equal refs give equal keys.
QString refKey(const ResourceRef& ref);

}  // namespace meshdesk::app
