#include "routing/route_evaluator.h"

#include <array>
#include <map>
#include <set>
#include <unordered_map>

#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "routing/listener_entry.h"
#include "routing/request_preparation.h"
#include "routing/route_action.h"
#include "routing/route_table.h"
#include "routing/string_match.h"

namespace meshdesk::routing {

struct RouteEvaluator::Index {
  std::vector<ListenerEntry> listeners;
  std::unordered_map<std::string, std::shared_ptr<const RouteTable>> tables;
  std::set<std::string> clusters;
  std::vector<std::string> problems;
};

namespace {

using envoy::config::route::v3::VirtualHost;

// The outcome of one pass of virtual host and route selection.
struct Selection {
  int virtualHost = -1;
  int route = -1;
  bool tlsRedirect = false;  // require_tls sends the client to https before any route
  std::string matchedPath;   // what prefix_rewrite replaces
  bool same(const Selection& o) const {
    return virtualHost == o.virtualHost && route == o.route && tlsRedirect == o.tlsRedirect;
  }
};

constexpr std::size_t kFailureKinds =
    static_cast<std::size_t>(CompiledRoute::Failure::kGrpcClientQuery) + 1;

std::string failureName(CompiledRoute::Failure f) {
  using F = CompiledRoute::Failure;
  switch (f) {
    case F::kPath: return "path";
    case F::kConnect:
    case F::kNotConnect: return "CONNECT";
    case F::kHeader: return "headers";
    case F::kQuery: return "query_parameters";
    case F::kGrpc: return "grpc";
    case F::kTls: return "tls_context";
    case F::kMetadata: return "dynamic_metadata";
    case F::kUnsupported: return "not evaluated";
    case F::kGrpcClientQuery: return "ignored by gRPC";
    case F::kNone: break;
  }
  return "?";
}

std::string matchedPathOf(const CompiledRoute& route, const RequestView& view) {
  const auto& m = route.proto().match();
  if (m.has_prefix()) return view.pathNoQuery.substr(0, m.prefix().size());
  if (m.has_path_separated_prefix())
    return view.pathNoQuery.substr(0, m.path_separated_prefix().size());
  return view.pathNoQuery;
}

class Pass {
 public:
  Pass(const RouteTable& table, const RequestView& view, std::size_t maxExplained,
       std::vector<std::string>& trace)
      : table_(table), view_(view), maxExplained_(maxExplained), trace_(trace) {}

  Selection run() {
    Selection s;
    std::string host = view_.authority;
    if (table_.proto().ignore_port_in_host_matching()) {
      if (std::size_t p = hostPortStart(host); p != std::string::npos) {
        host.resize(p);
        trace_.push_back("ignore_port_in_host_matching: virtual hosts are matched on '" + host + "'");
      }
    }
    host = lowerAscii(host);
    DomainIndex::Selection vh = table_.domains().select(host);
    if (vh.virtualHost < 0) {
      trace_.push_back("no virtual host for host '" + host + "': " + vh.how +
                       " (Envoy answers 404)");
      portHint(host, vh);
      return s;
    }
    const CompiledVirtualHost& vhost = table_.virtualHosts()[vh.virtualHost];
    trace_.push_back("host '" + host + "' -> virtual host '" + vhost.name + "' by " + vh.how);
    portHint(host, vh);
    s.virtualHost = vh.virtualHost;

    if (requiresTlsRedirect(*vhost.proto)) {
      s.tlsRedirect = true;
      return s;
    }
    if (vhost.usesMatcherTree && vhost.routes.empty()) {
      trace_.push_back("virtual host '" + vhost.name + "' routes with a `matcher` tree, which "
                       "Meshdesk does not evaluate");
      return s;
    }
    const MatchSettings settings = table_.settings();
    std::size_t explained = 0, unexplained = 0;
    std::array<std::size_t, kFailureKinds> reasons{};
    for (const CompiledRoute& route : vhost.routes) {
      CompiledRoute::Check c = route.check(view_, settings);
      if (c.failure == CompiledRoute::Failure::kNone) {
        summarizeUnexplained(unexplained, reasons);
        trace_.push_back("route " + route.label() + " matches: " + route.explain(c, view_, settings));
        s.route = route.index();
        s.matchedPath = matchedPathOf(route, view_);
        return s;
      }
      if (explained < maxExplained_) {
        ++explained;
        trace_.push_back("route " + route.label() + " does not match: " +
                         route.explain(c, view_, settings));
      } else {
        ++unexplained;
        ++reasons[static_cast<std::size_t>(c.failure)];
      }
    }
    summarizeUnexplained(unexplained, reasons);
    trace_.push_back("no route of virtual host '" + vhost.name + "' matches (Envoy answers 404)");
    return s;
  }

 private:
  void summarizeUnexplained(std::size_t n, const std::array<std::size_t, kFailureKinds>& reasons) {
    if (n == 0) return;
    std::map<std::string, std::size_t> byName;
    for (std::size_t f = 0; f < kFailureKinds; ++f)
      if (reasons[f]) byName[failureName(static_cast<CompiledRoute::Failure>(f))] += reasons[f];
    std::string by;
    for (const auto& [reason, count] : byName)
      by += (by.empty() ? "" : ", ") + reason + " " + std::to_string(count);
    trace_.push_back("... " + std::to_string(n) + " more routes do not match (failing on: " + by +
                     ")");
  }

  // Envoy compares the host with its port; people expect the port not to matter. Say so when
  // the port is what kept a more specific virtual host from matching.
  void portHint(const std::string& host, const DomainIndex::Selection& chosen) {
    std::size_t p = hostPortStart(host);
    if (p == std::string::npos || chosen.how.rfind("exact", 0) == 0) return;
    DomainIndex::Selection without = table_.domains().select(host.substr(0, p));
    if (without.virtualHost < 0 || without.virtualHost == chosen.virtualHost) return;
    trace_.push_back("note: without its port, host '" + host.substr(0, p) + "' would select virtual "
                     "host '" + table_.virtualHosts()[without.virtualHost].name + "' (" +
                     without.how + "); Envoy keeps the port unless the connection manager sets "
                     "strip_any_host_port or strip_matching_host_port, or the route configuration "
                     "ignore_port_in_host_matching");
  }

  bool requiresTlsRedirect(const VirtualHost& vhost) {
    if (vhost.require_tls() == VirtualHost::NONE) return false;
    std::string proto = view_.firstHeader("x-forwarded-proto").value_or(
        view_.firstHeader(":scheme").value_or("http"));
    if (proto == "https") return false;
    if (vhost.require_tls() == VirtualHost::EXTERNAL_ONLY &&
        view_.firstHeader("x-envoy-internal").value_or("") == "true")
      return false;
    trace_.push_back(std::string("require_tls ") +
                     (vhost.require_tls() == VirtualHost::ALL ? "ALL" : "EXTERNAL_ONLY") +
                     ": the request is not HTTPS (x-forwarded-proto/:scheme '" + proto +
                     "'), so Envoy redirects it to https before looking at the routes");
    return true;
  }

  const RouteTable& table_;
  const RequestView& view_;
  std::size_t maxExplained_;
  std::vector<std::string>& trace_;
};

std::string joinFirst(const std::vector<std::string>& items, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < n; ++i) out += (i ? "; " : "") + items[i];
  if (items.size() > n) out += "; and " + std::to_string(items.size() - n) + " more";
  return out;
}

}  // namespace

RouteEvaluator::RouteEvaluator(const workspace::Workspace& workspace)
    : RouteEvaluator(workspace, Options{}) {}

RouteEvaluator::RouteEvaluator(const workspace::Workspace& workspace, Options options)
    : options_(options) {
  auto index = std::make_unique<Index>();
  for (const auto& item : workspace.items(workspace::Kind::kRoute)) {
    const auto& config = item.as<envoy::config::route::v3::RouteConfiguration>();
    std::string label = "route configuration '" + config.name() + "'";
    if (item.location().line > 0) label += " (line " + std::to_string(item.location().line) + ")";
    auto table = RouteTable::compile(config, label);
    for (const auto& p : table->problems()) index->problems.push_back(p);
    index->tables.emplace(config.name(), std::move(table));
  }
  for (const auto& item : workspace.items(workspace::Kind::kListener)) {
    index->listeners.push_back(ListenerEntry::index(item.as<envoy::config::listener::v3::Listener>(),
                                                    workspace, index->problems,
                                                    item.location().line));
  }
  for (const auto& item : workspace.items(workspace::Kind::kCluster)) index->clusters.insert(item.name());
  index_ = std::move(index);
}

RouteEvaluator::~RouteEvaluator() = default;
RouteEvaluator::RouteEvaluator(RouteEvaluator&&) noexcept = default;
RouteEvaluator& RouteEvaluator::operator=(RouteEvaluator&&) noexcept = default;

const std::vector<std::string>& RouteEvaluator::problems() const { return index_->problems; }
std::size_t RouteEvaluator::routeConfigurationCount() const { return index_->tables.size(); }
std::size_t RouteEvaluator::listenerCount() const { return index_->listeners.size(); }

namespace {

// One listener's answer: chain, connection manager, route configuration, then the passes of
// route selection (one at the headers, one more after each route cache clear).
RouteDecision evaluateOn(const ListenerEntry& listener, const TestRequest& request,
                         const RouteEvaluator::Index& index,
                         const RouteEvaluator::Options& options) {
  RouteDecision d;
  d.listener = listener.name;
  const ChainEntry* chain = listener.selectChain(request.host, d.trace);
  if (!chain) return d;
  d.filterChain = chain->label;
  if (!chain->hcm) {
    d.trace.push_back("filter chain " + chain->label + " runs " +
                      (chain->networkFilters.empty() ? std::string("no filters")
                                                     : chain->networkFilters) +
                      ", not an HTTP connection manager: no HTTP routing");
    return d;
  }
  std::shared_ptr<const RouteTable> table;
  if (chain->scopedRoutes) {
    d.trace.push_back("the connection manager uses scoped_routes, which Meshdesk does not "
                      "evaluate");
    return d;
  }
  if (!chain->rdsName.empty()) {
    auto it = index.tables.find(chain->rdsName);
    if (it == index.tables.end()) {
      d.trace.push_back("rds names route configuration '" + chain->rdsName +
                        "', which is not in the workspace (Envoy keeps the listener warming "
                        "until it arrives)");
      d.routeConfiguration = chain->rdsName;
      return d;
    }
    table = it->second;
    d.trace.push_back("route configuration '" + table->name() + "' (rds)");
  } else if (chain->inlineTable) {
    table = chain->inlineTable;
    d.trace.push_back("route configuration '" + table->name() + "' (inline route_config)");
  } else {
    d.trace.push_back("the connection manager has no route configuration");
    return d;
  }
  d.routeConfiguration = table->name();
  if (!table->problems().empty())
    d.caveats.push_back(table->label() + " has errors Envoy would reject: " +
                        joinFirst(table->problems(), 3));
  for (const auto& note : chain->effects.notes()) d.trace.push_back(note);

  std::optional<RequestView> prepared = prepareRequest(request, listener, *chain->hcm, d.trace);
  if (!prepared) return d;
  RequestView view = std::move(*prepared);

  if (chain->effects.writesMetadata())
    d.trace.push_back("route selection when the request headers arrive, before any HTTP filter "
                      "runs:");
  Selection s = Pass(*table, view, options.maxExplainedRoutes, d.trace).run();
  std::vector<std::string> writers;  // filters whose metadata no route pass has seen yet
  for (const FilterStep& step : chain->effects.steps()) {
    using K = FilterStep::Kind;
    if (step.kind == K::kJsonToMetadata || step.kind == K::kHeaderToMetadata) {
      if (FilterEffects::apply(step, request, view, d.trace) == 0) continue;
      writers.push_back(step.filterName);
      if (step.kind == K::kHeaderToMetadata) continue;
      d.trace.push_back("json_to_metadata '" + step.filterName + "' clears the route cache after "
                        "writing request metadata (Envoy 1.28 and later): route selection runs "
                        "again, now with the metadata");
      s = Pass(*table, view, options.maxExplainedRoutes, d.trace).run();
      writers.clear();
      continue;
    }
    if (writers.empty()) continue;
    d.trace.push_back("filter '" + step.filterName + "' clears the route cache (" + step.clearing +
                      "): route selection runs again, now with the metadata");
    if (step.kind == K::kMayClearRouteCache)
      d.caveats.push_back("the route was chosen again because filter '" + step.filterName +
                          "' is taken to clear the route cache; " + step.clearing);
    s = Pass(*table, view, options.maxExplainedRoutes, d.trace).run();
    writers.clear();
  }
  if (!writers.empty()) {
    std::string who;
    for (const auto& w : writers) who += (who.empty() ? "'" : ", '") + w + "'";
    std::vector<std::string> later;
    Selection withMetadata = Pass(*table, view, options.maxExplainedRoutes, later).run();
    if (options.assumeRouteCacheCleared) {
      d.trace.push_back("assuming the route cache is cleared after " + who +
                        " (evaluator option): route selection runs again, now with the metadata");
      d.trace.insert(d.trace.end(), later.begin(), later.end());
      if (!withMetadata.same(s))
        d.caveats.push_back("assumed that the route cache is cleared after " + who +
                            "; in Envoy that needs a later filter that clears it (for example a "
                            "Lua filter calling clearRouteCache()), and this listener has none");
      s = withMetadata;
    } else if (!withMetadata.same(s)) {
      std::string other =
          withMetadata.route >= 0
              ? "route #" + std::to_string(withMetadata.route) + " of virtual host '" +
                    table->virtualHosts()[withMetadata.virtualHost].name + "'"
              : std::string("no route");
      std::string msg = "with the metadata that " + who + " writes, " + other +
                        " would match; but Envoy chose the route when the request headers "
                        "arrived, and no later filter clears the route cache, so the metadata "
                        "does not take part (add a filter after it that clears the cache, e.g. "
                        "Lua calling clearRouteCache())";
      d.caveats.push_back(msg);
      d.trace.push_back("note: " + msg);
    }
  }

  if (s.virtualHost < 0) return d;
  const CompiledVirtualHost& vhost = table->virtualHosts()[s.virtualHost];
  d.virtualHost = vhost.name;
  if (s.tlsRedirect) {
    d.matched = true;
    d.action = RouteActionKind::kRedirect;
    d.redirect = RedirectOutcome{301, httpsLocation(view)};
    d.trace.push_back("action: redirect 301 to " + d.redirect->location + " (require_tls)");
    return d;
  }
  if (s.route < 0) return d;
  const CompiledRoute& route = vhost.routes[s.route];
  d.matched = true;
  d.routeIndex = s.route;
  d.routeName = route.name();
  resolveAction(route.proto(), view, s.matchedPath, index.clusters, d);
  if (!route.runtimeFraction().empty())
    d.caveats.push_back("route " + route.label() + " has runtime_fraction " +
                        route.runtimeFraction() +
                        ", not evaluated: Envoy takes it only for that share of requests and "
                        "tries the following routes for the rest");
  if (listener.apiListener && d.action != RouteActionKind::kCluster &&
      d.action != RouteActionKind::kWeightedClusters &&
      d.action != RouteActionKind::kClusterSpecifierPlugin) {
    d.trace.push_back("note: a proxyless gRPC client forwards only cluster, weighted_clusters "
                      "and cluster_specifier_plugin routes; on this one its call fails "
                      "(UNAVAILABLE)");
    d.caveats.push_back("gRPC clients fail calls on a route whose action is " +
                        actionKindName(d.action));
  }
  return d;
}

}  // namespace

RouteDecision RouteEvaluator::evaluate(const TestRequest& request) const {
  const Index& index = *index_;
  std::vector<const ListenerEntry*> candidates;
  RouteDecision none;
  if (!request.listener.empty()) {
    for (const auto& l : index.listeners)
      if (l.name == request.listener) candidates.push_back(&l);
    if (candidates.empty()) {
      none.trace.push_back("no listener named '" + request.listener + "' in the workspace");
      return none;
    }
    if (!candidates.front()->servesHttp()) {
      none.listener = request.listener;
      none.trace.push_back("listener '" + request.listener + "' has no HTTP connection manager");
      return none;
    }
  } else {
    // A gRPC client dials xds:///name, and its listener is "name" (port included when the
    // target has one): try the authority as written, then without its port.
    const std::string authority = lowerAscii(request.host);
    std::string host = authority;
    std::string port;
    if (std::size_t p = hostPortStart(host); p != std::string::npos) {
      port = host.substr(p + 1);
      host.resize(p);
    }
    for (const std::string& target : {authority, host}) {
      for (const auto& l : index.listeners)
        if (l.apiListener && lowerAscii(l.name) == target) candidates.push_back(&l);
      if (!candidates.empty()) {
        none.trace.push_back("api_listener '" + candidates.front()->name +
                             "' is the gRPC target of that name");
        break;
      }
    }
    if (candidates.empty()) {
      if (!port.empty()) {
        for (const auto& l : index.listeners)
          if (l.servesHttp() && std::to_string(l.port) == port) candidates.push_back(&l);
        if (!candidates.empty())
          none.trace.push_back("listeners on port " + port + ": " + std::to_string(candidates.size()));
      }
      if (candidates.empty()) {
        for (const auto& l : index.listeners)
          if (l.servesHttp() && !l.apiListener) candidates.push_back(&l);
        none.trace.push_back("no listener given: trying every HTTP listener in file order (" +
                             std::to_string(candidates.size()) + ")");
      }
    }
    if (candidates.empty()) {
      none.trace.push_back("the workspace has no HTTP listener");
      return none;
    }
  }

  RouteDecision last;
  std::vector<std::string> tried;
  for (const ListenerEntry* listener : candidates) {
    RouteDecision d = evaluateOn(*listener, request, index, options_);
    if (d.matched || candidates.size() == 1) {
      d.trace.insert(d.trace.begin(), none.trace.begin(), none.trace.end());
      if (!tried.empty())
        d.trace.insert(d.trace.begin() + static_cast<long>(none.trace.size()),
                       tried.begin(), tried.end());
      return d;
    }
    tried.push_back("listener '" + listener->name + "': no route (" +
                    (d.trace.empty() ? std::string("?") : d.trace.back()) + ")");
  }
  none.trace.insert(none.trace.end(), tried.begin(), tried.end());
  return none;
}

}  // namespace meshdesk::routing
