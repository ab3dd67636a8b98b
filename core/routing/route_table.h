#pragma once
// A RouteConfiguration compiled for evaluation: its virtual hosts indexed by domain and their
// routes compiled (regexes built once). Holds its own copy of the configuration, so that it
// outlives edits to the workspace it came from.

#include <memory>
#include <string>
#include <vector>

#include "envoy/config/route/v3/route.pb.h"
#include "routing/compiled_route.h"
#include "routing/domain_index.h"

namespace meshdesk::routing {

struct CompiledVirtualHost {
  std::string name;
  const envoy::config::route::v3::VirtualHost* proto = nullptr;
  std::vector<CompiledRoute> routes;
  // Set when the virtual host routes with a `matcher` tree instead of `routes` (not evaluated).
  bool usesMatcherTree = false;
};

class RouteTable {
 public:
  // `label` names the configuration in problems: "route configuration 'edge'" or "listener
  // 'edge' inline route_config".
  static std::shared_ptr<const RouteTable> compile(
      const envoy::config::route::v3::RouteConfiguration& config, const std::string& label);

  const std::string& name() const { return proto_.name(); }
  const std::string& label() const { return label_; }
  const envoy::config::route::v3::RouteConfiguration& proto() const { return proto_; }
  const DomainIndex& domains() const { return domains_; }
  const std::vector<CompiledVirtualHost>& virtualHosts() const { return virtualHosts_; }
  MatchSettings settings() const { return {proto_.ignore_path_parameters_in_path_matching()}; }
  // Bad regexes, repeated domains, unsupported matchers: each names its place.
  const std::vector<std::string>& problems() const { return problems_; }
  std::size_t routeCount() const;

 private:
  envoy::config::route::v3::RouteConfiguration proto_;
  std::string label_;
  DomainIndex domains_;
  std::vector<CompiledVirtualHost> virtualHosts_;
  std::vector<std::string> problems_;
};

}  // namespace meshdesk::routing
