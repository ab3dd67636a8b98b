#pragma once
// Which resources a proxy asks for by name, as Envoy does: the endpoints of its EDS clusters,
// the route configurations its listeners' HTTP connection managers name (RDS), and the secrets
// that transport sockets name (SDS). Clusters and listeners themselves come by wildcard.

#include <set>
#include <string>
#include <vector>

namespace google::protobuf {
class Any;
}

namespace meshdesk::lab {

struct ResourceInterest {
  std::set<std::string> endpoints;  // ClusterLoadAssignment names
  std::set<std::string> routes;     // RouteConfiguration names
  std::set<std::string> secrets;    // Secret names
};

// What `clusters` and `listeners` (as received, packed in Any) make a proxy ask for.
ResourceInterest interestOf(const std::vector<const google::protobuf::Any*>& clusters,
                            const std::vector<const google::protobuf::Any*>& listeners);

}  // namespace meshdesk::lab
