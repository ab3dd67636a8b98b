#include "routing/route_table.h"

namespace meshdesk::routing {

std::shared_ptr<const RouteTable> RouteTable::compile(
    const envoy::config::route::v3::RouteConfiguration& config, const std::string& label) {
  auto table = std::make_shared<RouteTable>();
  table->proto_ = config;
  table->label_ = label;
  const auto& vhosts = table->proto_.virtual_hosts();
  table->virtualHosts_.reserve(vhosts.size());
  for (int v = 0; v < vhosts.size(); ++v) {
    const auto& vhost = vhosts[v];
    CompiledVirtualHost compiled;
    compiled.name = vhost.name();
    compiled.proto = &vhost;
    compiled.usesMatcherTree = vhost.has_matcher();
    std::string where = label + " > virtual host '" + vhost.name() + "'";
    if (compiled.usesMatcherTree)
      table->problems_.push_back(where + ": routes by a `matcher` tree, which Meshdesk does not "
                                         "evaluate");
    compiled.routes.reserve(vhost.routes_size());
    for (int r = 0; r < vhost.routes_size(); ++r) {
      compiled.routes.push_back(CompiledRoute::compile(
          vhost.routes(r), r, where + " > route #" + std::to_string(r), table->problems_));
    }
    std::vector<std::string> domains(vhost.domains().begin(), vhost.domains().end());
    table->domains_.add(v, domains, vhost.name(), table->problems_);
    table->virtualHosts_.push_back(std::move(compiled));
  }
  return table;
}

std::size_t RouteTable::routeCount() const {
  std::size_t n = 0;
  for (const auto& v : virtualHosts_) n += v.routes.size();
  return n;
}

}  // namespace meshdesk::routing
