#pragma once
// A problem found while reading configuration, with where it is.

#include <string>

namespace meshdesk::schema {

struct SchemaError {
  // Field path from the root of what was converted, as Envoy's docs name fields:
  // "filter_chains[0].filters[0].typed_config.route_config.virtual_hosts[1].domains",
  // map entries as `metadata["envoy.lb"]`.
  std::string path;
  // 1-based; 0 when the error has no place in a text (a message built in code).
  int line = 0;
  int column = 0;
  std::string message;

  // "12:7: clusters[0].lb_policy: unknown enum value ..."
  std::string toString() const;
};

}  // namespace meshdesk::schema
