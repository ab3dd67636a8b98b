#pragma once
// A listener as the evaluator needs it: its port, its filter chains with the HTTP connection
// manager each one runs (route source, host and path normalization, HTTP filters), and the
// choice of filter chain for a request.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.pb.h"
#include "routing/filter_effects.h"
#include "routing/route_table.h"
#include "workspace/workspace.h"

namespace meshdesk::routing {

using HttpConnectionManager =
    envoy::extensions::filters::network::http_connection_manager::v3::HttpConnectionManager;

struct ChainEntry {
  // The chain's name, "filter_chains[i]", "default_filter_chain" or "api_listener".
  std::string label;
  envoy::config::listener::v3::FilterChainMatch match;
  // Null when the chain runs no HTTP connection manager (tcp_proxy and the like).
  std::shared_ptr<const HttpConnectionManager> hcm;
  // Network filters by name, to say what a non-HTTP chain does.
  std::string networkFilters;
  // Where the routes come from: rds.route_config_name, or an inline route_config.
  std::string rdsName;
  std::shared_ptr<const RouteTable> inlineTable;
  bool scopedRoutes = false;
  FilterEffects effects;
};

struct ListenerEntry {
  std::string name;
  std::uint32_t port = 0;  // 0: no socket address (pipe, api_listener)
  bool apiListener = false;
  std::vector<ChainEntry> chains;
  std::optional<ChainEntry> defaultChain;
  bool usesFilterChainMatcher = false;

  bool servesHttp() const;

  // Built from the workspace item; HCM configurations are decoded and inline route
  // configurations compiled here, once. `line` (0: unknown) places problems in the file.
  static ListenerEntry index(const envoy::config::listener::v3::Listener& listener,
                             const workspace::Workspace& workspace,
                             std::vector<std::string>& problems, int line = 0);

  // The chain a connection for `host` reaches, following Envoy's filter chain match order as
  // far as a test request tells (destination port = this listener's port, SNI = the host);
  // criteria the request cannot tell (addresses, ALPN, source) are named in the trace and not
  // used. Null when no chain matches and there is no default chain.
  const ChainEntry* selectChain(const std::string& host, std::vector<std::string>& trace) const;
};

}  // namespace meshdesk::routing
