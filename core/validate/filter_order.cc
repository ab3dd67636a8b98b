// The order of filter chains: Envoy rejects a chain whose terminal filter is not last.
#include <set>
#include <string_view>

#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.pb.h"
#include "validate/cross_checks.h"
#include "validate/value_rules.h"

namespace meshdesk::validate {

namespace {

using envoy::config::listener::v3::Filter;
using envoy::config::listener::v3::FilterChain;
using envoy::config::listener::v3::Listener;
using envoy::extensions::filters::network::http_connection_manager::v3::HttpFilter;

constexpr std::string_view kRouterType = "envoy.extensions.filters.http.router.v3.Router";
constexpr std::string_view kRouterName = "envoy.filters.http.router";

std::string_view typeName(std::string_view typeUrl) {
  auto slash = typeUrl.rfind('/');
  return slash == std::string_view::npos ? typeUrl : typeUrl.substr(slash + 1);
}

bool isRouter(const HttpFilter& filter) {
  if (filter.has_typed_config()) return typeName(filter.typed_config().type_url()) == kRouterType;
  if (filter.has_config_discovery()) {
    for (const auto& url : filter.config_discovery().type_urls())
      if (typeName(url) == kRouterType) return true;
    return false;
  }
  return filter.name() == kRouterName;  // no config: Envoy finds the factory by name
}

std::string describe(const HttpFilter& filter) {
  if (!filter.name().empty()) return "'" + filter.name() + "'";
  if (filter.has_typed_config()) return std::string(typeName(filter.typed_config().type_url()));
  return "(unnamed)";
}

void httpFilters(const Sighting& s, std::vector<Finding>& out) {
  using envoy::extensions::filters::network::http_connection_manager::v3::HttpConnectionManager;
  std::unique_ptr<HttpConnectionManager> holder;
  const auto& hcm = viewAs(*s.message, holder);
  int n = hcm.http_filters_size();
  if (n == 0) return;
  auto at = [](int i) { return "http_filters[" + std::to_string(i) + "]"; };
  for (int i = 0; i + 1 < n; ++i) {
    if (!isRouter(hcm.http_filters(i))) continue;
    std::string following;
    for (int j = i + 1; j < n; ++j) following += (j > i + 1 ? ", " : "") + describe(hcm.http_filters(j));
    out.push_back(findingAt(Severity::kError, "http_filters.router_last", s, at(i),
                            "the router must be the last HTTP filter, but " + following +
                                (n - i - 1 == 1 ? " follows" : " follow") +
                                " it; Envoy rejects this chain"));
  }
  if (!isRouter(hcm.http_filters(n - 1)))
    out.push_back(findingAt(Severity::kError, "http_filters.router_last", s, at(n - 1),
                            "the last HTTP filter must be the router (" + std::string(kRouterName) +
                                "), not " + describe(hcm.http_filters(n - 1)) +
                                "; Envoy rejects a chain that does not end in a terminal filter"));
}

// Network filters that end a chain (they own the connection), as Envoy's factories declare.
bool isTerminalNetworkFilter(const Filter& filter) {
  static const std::set<std::string_view> terminal{
      "envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager",
      "envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy",
      "envoy.extensions.filters.network.echo.v3.Echo",
      "envoy.extensions.filters.network.direct_response.v3.Config",
      "envoy.extensions.filters.network.redis_proxy.v3.RedisProxy",
      "envoy.extensions.filters.network.thrift_proxy.v3.ThriftProxy",
  };
  return filter.has_typed_config() && terminal.count(typeName(filter.typed_config().type_url())) > 0;
}

void networkFilters(const Listener& listener, const FilterChain& chain, const std::string& path,
                    std::vector<Finding>& out) {
  int n = chain.filters_size();
  for (int i = 0; i + 1 < n; ++i) {
    const Filter& filter = chain.filters(i);
    if (!isTerminalNetworkFilter(filter)) continue;
    out.push_back(findingAt(
        Severity::kError, "network_filters.terminal_last", workspace::Kind::kListener,
        listener.name(), path + ".filters[" + std::to_string(i) + "]",
        "'" + (filter.name().empty() ? std::string(typeName(filter.typed_config().type_url()))
                                     : filter.name()) +
            "' is a terminal filter and must be the last in its chain; Envoy rejects filters "
            "after it"));
  }
}

}  // namespace

void checkFilterOrder(const WorkspaceView& view, std::vector<Finding>& out) {
  for (const auto& s : view.sightings().of(Watched::kHttpConnectionManager)) httpFilters(s, out);
  for (const auto& item : view.workspace().items(workspace::Kind::kListener)) {
    const auto& listener = item.as<Listener>();
    for (int i = 0; i < listener.filter_chains_size(); ++i)
      networkFilters(listener, listener.filter_chains(i), "filter_chains[" + std::to_string(i) + "]",
                     out);
    if (listener.has_default_filter_chain())
      networkFilters(listener, listener.default_filter_chain(), "default_filter_chain", out);
  }
}

}  // namespace meshdesk::validate
