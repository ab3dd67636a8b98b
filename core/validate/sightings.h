#pragma once
// Messages the constraint walk saw that the checks across resources need, wherever they were
// (a route configuration inline in a listener's HTTP connection manager, an SDS reference in a
// cluster's transport socket, ...), each with the resource and field path it was found at.

#include <array>
#include <memory>
#include <string>
#include <vector>

#include <google/protobuf/message.h>

#include "validate/constraint_plan.h"
#include "workspace/resource_kind.h"

namespace meshdesk::validate {

struct Sighting {
  workspace::Kind kind;
  std::string resource;
  // Path of the message inside the resource ("" for the resource itself).
  std::string path;
  // Into the workspace's items or into `Sightings::payloads`; valid while both live.
  const google::protobuf::Message* message;
};

struct Sightings {
  std::array<std::vector<Sighting>, static_cast<std::size_t>(Watched::kCount)> byType;
  // Unpacked google.protobuf.Any payloads that sightings point into.
  std::vector<std::unique_ptr<google::protobuf::Message>> payloads;

  const std::vector<Sighting>& of(Watched type) const {
    return byType[static_cast<std::size_t>(type)];
  }
  std::size_t count() const {
    std::size_t n = 0;
    for (const auto& list : byType) n += list.size();
    return n;
  }
};

}  // namespace meshdesk::validate
