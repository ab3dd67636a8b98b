#pragma once
// The checks that look across fields and resources, after the constraint walk: references
// between resources, the order of filter chains, route tables, listener sockets and addresses.
// Each appends its findings (without a place; validate() adds places).

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <google/protobuf/message.h>

#include "validate/field_path.h"
#include "validate/finding.h"
#include "validate/sightings.h"
#include "workspace/workspace.h"

namespace meshdesk::validate {

// The workspace as the checks need it: its items, their names by kind, and what the walk saw.
class WorkspaceView {
 public:
  WorkspaceView(const workspace::Workspace& workspace, const Sightings& sightings);

  const workspace::Workspace& workspace() const { return workspace_; }
  const Sightings& sightings() const { return sightings_; }
  bool has(workspace::Kind kind, const std::string& name) const;
  // " (did you mean 'x'?)" for the closest name of that kind, or "".
  std::string suggestion(workspace::Kind kind, std::string_view name) const;

 private:
  const workspace::Workspace& workspace_;
  const Sightings& sightings_;
  std::vector<std::unordered_set<std::string>> names_;
};

// A finding about a resource, at `path` inside it.
Finding findingAt(Severity severity, std::string rule, workspace::Kind kind, std::string resource,
                  std::string path, std::string message);
// At `subpath` below a sighting.
Finding findingAt(Severity severity, std::string rule, const Sighting& at, std::string_view subpath,
                  std::string message);

// `message` as the generated class T: itself when it is one (the registry makes generated
// messages for every compiled type), else a copy parsed into `holder`.
template <typename T>
const T& viewAs(const google::protobuf::Message& message, std::unique_ptr<T>& holder) {
  if (const auto* typed = dynamic_cast<const T*>(&message)) return *typed;
  holder = std::make_unique<T>();
  holder->ParseFromString(message.SerializeAsString());
  return *holder;
}

// references.cc: RDS, SDS, EDS, route and TCP proxy clusters, aggregate clusters, scoped routes.
void checkReferences(const WorkspaceView& view, std::vector<Finding>& out);
// filter_order.cc: the router last in every HTTP filter chain, terminal network filters last.
void checkFilterOrder(const WorkspaceView& view, std::vector<Finding>& out);
// route_table.cc: duplicate domains, weighted cluster totals, routes that can never match.
void checkRouteTables(const WorkspaceView& view, std::vector<Finding>& out);
// listener_sockets.cc: address clashes, duplicate filter chain matches, listeners without
// filter chains, socket addresses that must be IP addresses.
void checkSockets(const WorkspaceView& view, std::vector<Finding>& out);

}  // namespace meshdesk::validate
