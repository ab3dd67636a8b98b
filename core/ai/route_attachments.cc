#include "ai/route_attachments.h"

#include <algorithm>

#include "ai/typed_config.h"
#include "envoy/extensions/filters/http/json_to_metadata/v3/json_to_metadata.pb.h"
#include "envoy/extensions/filters/http/local_ratelimit/v3/local_rate_limit.pb.h"
#include "envoy/extensions/filters/http/router/v3/router.pb.h"
#include "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.pb.h"

namespace meshdesk::ai {

namespace {

using envoy::config::listener::v3::Filter;
using envoy::config::listener::v3::Listener;
using envoy::config::route::v3::Route;
using envoy::config::route::v3::RouteConfiguration;
using envoy::config::route::v3::VirtualHost;
using envoy::extensions::filters::network::http_connection_manager::v3::HttpConnectionManager;
using envoy::extensions::filters::network::http_connection_manager::v3::HttpFilter;

constexpr std::string_view kManagerType =
    "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3."
    "HttpConnectionManager";
constexpr std::string_view kRouterType =
    "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router";

std::string createdRouteConfigurationName(const std::string& listener) { return "ai-" + listener; }

Filter* mutableFilterAt(Listener& listener, int chain, int filter) {
  auto* filterChain = chain < 0 ? listener.mutable_default_filter_chain()
                                : listener.mutable_filter_chains(chain);
  return filterChain->mutable_filters(filter);
}

// Every HTTP connection manager of a listener with where it sits.
std::vector<std::tuple<int, int, HttpConnectionManager>> managersOf(const Listener& listener) {
  std::vector<std::tuple<int, int, HttpConnectionManager>> found;
  auto scan = [&](const envoy::config::listener::v3::FilterChain& chain, int index) {
    for (int f = 0; f < chain.filters_size(); ++f) {
      const auto& config = chain.filters(f).typed_config();
      HttpConnectionManager manager;
      if (config.type_url() == kManagerType && config.UnpackTo(&manager))
        found.emplace_back(index, f, std::move(manager));
    }
  };
  for (int c = 0; c < listener.filter_chains_size(); ++c) scan(listener.filter_chains(c), c);
  if (listener.has_default_filter_chain()) scan(listener.default_filter_chain(), -1);
  return found;
}

int routerIndex(const HttpConnectionManager& manager) {
  for (int i = manager.http_filters_size() - 1; i >= 0; --i) {
    const auto& filter = manager.http_filters(i);
    if (filter.typed_config().type_url() == kRouterType ||
        filter.name() == "envoy.filters.http.router")
      return i;
  }
  return -1;
}

bool hasFilter(const HttpConnectionManager& manager, std::string_view name) {
  for (const auto& f : manager.http_filters())
    if (f.name() == name) return true;
  return false;
}

void insertBefore(HttpConnectionManager& manager, int index, HttpFilter filter) {
  auto* filters = manager.mutable_http_filters();
  filters->Add(std::move(filter));
  for (int i = filters->size() - 1; i > index; --i) filters->SwapElements(i, i - 1);
}

HttpFilter jsonToMetadataFilter() {
  envoy::extensions::filters::http::json_to_metadata::v3::JsonToMetadata config;
  auto& rules = *config.mutable_request_rules();
  auto& rule = *rules.add_rules();
  rule.add_selectors()->set_key(std::string(kModelMetadataKey));
  auto& present = *rule.mutable_on_present();
  present.set_metadata_namespace(std::string(kModelMetadataNamespace));
  present.set_key(std::string(kModelMetadataKey));
  present.set_type(envoy::extensions::filters::http::json_to_metadata::v3::JsonToMetadata::STRING);
  rules.add_allow_content_types("application/json");
  // "application/json; charset=utf-8" as many clients send it.
  rules.mutable_allow_content_types_regex()->set_regex("^application/json\\s*;.*$");
  HttpFilter filter;
  filter.set_name(std::string(kJsonToMetadataFilter));
  *filter.mutable_typed_config() = packed(config);
  return filter;
}

HttpFilter rateLimitFilter() {
  // No bucket here: it is disabled but for routes whose typed_per_filter_config enables it.
  envoy::extensions::filters::http::local_ratelimit::v3::LocalRateLimit config;
  config.set_stat_prefix("ai_rate_limit");
  HttpFilter filter;
  filter.set_name(std::string(kRateLimitFilter));
  *filter.mutable_typed_config() = packed(config);
  return filter;
}

void addFilters(HttpConnectionManager& manager, bool rateLimited) {
  if (!hasFilter(manager, kJsonToMetadataFilter))
    insertBefore(manager, routerIndex(manager), jsonToMetadataFilter());
  if (rateLimited && !hasFilter(manager, kRateLimitFilter))
    insertBefore(manager, routerIndex(manager), rateLimitFilter());
}

const VirtualHost* findHost(const RouteConfiguration& config, const std::string& name) {
  for (const auto& host : config.virtual_hosts())
    if (host.name() == name) return &host;
  return nullptr;
}

std::string hostNames(const RouteConfiguration& config) {
  std::string names;
  for (const auto& host : config.virtual_hosts())
    names += (names.empty() ? "" : ", ") + host.name();
  return names.empty() ? "none" : names;
}

// AI routes first, header routes before body routes, then what the user wrote.
void prepend(VirtualHost& host, const std::vector<Route>& byHeader, const std::vector<Route>& byBody) {
  google::protobuf::RepeatedPtrField<Route> routes;
  for (const auto& r : byHeader) *routes.Add() = r;
  for (const auto& r : byBody) *routes.Add() = r;
  for (const auto& r : host.routes()) *routes.Add() = r;
  host.mutable_routes()->Swap(&routes);
}

std::optional<RouteProblem> nameTaken(const VirtualHost& host, const EnvoyRoutes& routes) {
  for (const auto& r : host.routes())
    if (r.name() == routes.byHeader.name() || r.name() == routes.byBody.name())
      return RouteProblem{"name", "virtual host '" + host.name() + "' already has a route named '" +
                                      r.name() + "'"};
  return std::nullopt;
}

std::vector<std::string> sorted(const std::set<std::string>& names) {
  return {names.begin(), names.end()};
}

}  // namespace

const RouteConfiguration* RouteAttachments::userRouteConfiguration(const std::string& name) const {
  const auto* item = workspace_.find(workspace::Kind::kRoute, name);
  return item ? &item->as<RouteConfiguration>() : nullptr;
}

std::optional<RouteProblem> RouteAttachments::attach(const v1::ModelRoute& route,
                                                     const EnvoyRoutes& routes) {
  const auto& attach = route.attach();
  std::vector<HostPlace> hosts;
  std::vector<ManagerPlace> managers;
  const auto* item = workspace_.find(workspace::Kind::kListener, attach.listener());
  std::optional<RouteProblem> problem =
      item ? attachToExisting(route, routes, item->as<Listener>(), hosts, managers)
           : attachToCreated(route, hosts, managers);
  if (problem) return problem;

  // Two AI routes can meet in one virtual host; their names must not meet.
  for (const auto& place : hosts) {
    auto it = pending_.find(place);
    if (it == pending_.end()) continue;
    for (const auto* list : {&it->second.byHeader, &it->second.byBody})
      for (const auto& r : *list)
        if (r.name() == routes.byHeader.name() || r.name() == routes.byBody.name())
          return RouteProblem{"name", "another AI route already adds a route named '" + r.name() +
                                          "' to virtual host '" + place.virtualHost + "'"};
  }

  bool rateLimited = route.has_rate_limit() && route.rate_limit().requests() > 0;
  for (const auto& place : hosts) {
    auto& pending = pending_[place];
    pending.byHeader.push_back(routes.byHeader);
    pending.byBody.push_back(routes.byBody);
    if (!place.inlineIn) configurationRoutes_[place.routeConfiguration].insert(route.name());
  }
  for (const auto& place : managers) {
    managers_[place] = managers_[place] || rateLimited;
    listenerRoutes_[place.listener].insert(route.name());
  }
  return std::nullopt;
}

std::optional<RouteProblem> RouteAttachments::attachToCreated(const v1::ModelRoute& route,
                                                              std::vector<HostPlace>& hosts,
                                                              std::vector<ManagerPlace>& managers) {
  const auto& attach = route.attach();
  if (attach.port() == 0) {
    std::string names;
    for (const auto& l : workspace_.items(workspace::Kind::kListener))
      names += (names.empty() ? "" : ", ") + l.name();
    return RouteProblem{"attach.listener",
                        "no listener named '" + attach.listener() + "' in the workspace (listeners: " +
                            (names.empty() ? "none" : names) +
                            "); name one, or give attach.port to have it created"};
  }
  std::string configuration = createdRouteConfigurationName(attach.listener());
  auto it = created_.find(attach.listener());
  if (it == created_.end()) {
    if (userRouteConfiguration(configuration) != nullptr)
      return RouteProblem{"attach.listener", "the route configuration '" + configuration +
                                                 "' of a created listener would replace the "
                                                 "workspace's own"};
    created_[attach.listener()] = {attach.address(), attach.port(), attach.virtual_host(), route.name()};
  } else {
    const CreatedListener& made = it->second;
    if (made.address != attach.address() || made.port != attach.port())
      return RouteProblem{"attach.port", "AI route '" + made.byRoute + "' creates listener '" +
                                             attach.listener() + "' on " + made.address + ":" +
                                             std::to_string(made.port) + "; give the same address "
                                             "and port, or another listener name"};
    if (made.virtualHost != attach.virtual_host())
      return RouteProblem{"attach.virtual_host",
                          "a created listener has one virtual host for every domain: '" +
                              made.virtualHost + "' (from AI route '" + made.byRoute + "')"};
  }
  hosts.push_back({configuration, std::nullopt, attach.virtual_host()});
  managers.push_back({attach.listener(), 0, 0});
  return std::nullopt;
}

std::optional<RouteProblem> RouteAttachments::attachToExisting(const v1::ModelRoute& route,
                                                               const EnvoyRoutes& routes,
                                                               const Listener& listener,
                                                               std::vector<HostPlace>& hosts,
                                                               std::vector<ManagerPlace>& managers) {
  const auto& attach = route.attach();
  auto found = managersOf(listener);
  if (found.empty())
    return RouteProblem{"attach.listener", "listener '" + listener.name() +
                                               "' has no HTTP connection manager to route in"};
  std::string seen;
  for (const auto& [chain, filter, manager] : found) {
    const RouteConfiguration* configuration = nullptr;
    std::optional<ManagerPlace> inlineIn;
    std::string configurationName;
    if (manager.has_rds()) {
      configurationName = manager.rds().route_config_name();
      configuration = userRouteConfiguration(configurationName);
    } else if (manager.has_route_config()) {
      configuration = &manager.route_config();
      configurationName = manager.route_config().name();
      inlineIn = ManagerPlace{listener.name(), chain, filter};
    }
    if (configuration == nullptr) continue;
    seen += (seen.empty() ? "" : "; ") + configurationName + ": " + hostNames(*configuration);
    const VirtualHost* host = findHost(*configuration, attach.virtual_host());
    if (host == nullptr) continue;
    if (auto taken = nameTaken(*host, routes)) return taken;
    if (routerIndex(manager) < 0)
      return RouteProblem{"attach.listener", "the HTTP connection manager of listener '" +
                                                 listener.name() + "' has no router filter"};
    HostPlace place{inlineIn ? "" : configurationName, inlineIn, attach.virtual_host()};
    // Two filter chains may share one route configuration: its virtual host gets the routes once.
    if (std::find(hosts.begin(), hosts.end(), place) == hosts.end()) hosts.push_back(place);
    managers.push_back({listener.name(), chain, filter});
  }
  if (hosts.empty())
    return RouteProblem{"attach.virtual_host",
                        "no virtual host '" + attach.virtual_host() + "' where listener '" +
                            listener.name() + "' routes (" + (seen.empty() ? "no route configuration "
                                                              "in the workspace" : seen) + ")"};
  return std::nullopt;
}

Listener RouteAttachments::listenerToEdit(const std::string& name) const {
  if (const auto* item = workspace_.find(workspace::Kind::kListener, name))
    return item->as<Listener>();
  const CreatedListener& made = created_.at(name);
  Listener listener;
  listener.set_name(name);
  auto& socket = *listener.mutable_address()->mutable_socket_address();
  socket.set_address(made.address);
  socket.set_port_value(made.port);
  HttpConnectionManager manager;
  manager.set_stat_prefix("ai_" + name);
  auto& rds = *manager.mutable_rds();
  rds.set_route_config_name(createdRouteConfigurationName(name));
  rds.mutable_config_source()->mutable_ads();
  rds.mutable_config_source()->set_resource_api_version(envoy::config::core::v3::V3);
  auto& router = *manager.add_http_filters();
  router.set_name("envoy.filters.http.router");
  *router.mutable_typed_config() = packed(envoy::extensions::filters::http::router::v3::Router());
  auto& filter = *listener.add_filter_chains()->add_filters();
  filter.set_name("envoy.filters.network.http_connection_manager");
  *filter.mutable_typed_config() = packed(manager);
  return listener;
}

RouteConfiguration RouteAttachments::routeConfigurationToEdit(const std::string& name) const {
  if (const auto* configuration = userRouteConfiguration(name)) return *configuration;
  for (const auto& [listener, made] : created_) {
    if (createdRouteConfigurationName(listener) != name) continue;
    RouteConfiguration configuration;
    configuration.set_name(name);
    auto& host = *configuration.add_virtual_hosts();
    host.set_name(made.virtualHost);
    host.add_domains("*");
    return configuration;
  }
  return {};
}

std::vector<EditedItem> RouteAttachments::items() const {
  std::map<std::string, Listener> listeners;
  std::map<std::string, RouteConfiguration> configurations;

  for (const auto& [place, rateLimited] : managers_) {
    auto [it, fresh] = listeners.try_emplace(place.listener);
    if (fresh) it->second = listenerToEdit(place.listener);
    Filter* filter = mutableFilterAt(it->second, place.chain, place.filter);
    HttpConnectionManager manager;
    filter->typed_config().UnpackTo(&manager);
    addFilters(manager, rateLimited);
    for (const auto& [host, routes] : pending_) {
      if (host.inlineIn != place) continue;
      for (auto& vh : *manager.mutable_route_config()->mutable_virtual_hosts())
        if (vh.name() == host.virtualHost) prepend(vh, routes.byHeader, routes.byBody);
    }
    *filter->mutable_typed_config() = packed(manager);
  }
  for (const auto& [host, routes] : pending_) {
    if (host.inlineIn) continue;
    auto [it, fresh] = configurations.try_emplace(host.routeConfiguration);
    if (fresh) it->second = routeConfigurationToEdit(host.routeConfiguration);
    for (auto& vh : *it->second.mutable_virtual_hosts())
      if (vh.name() == host.virtualHost) prepend(vh, routes.byHeader, routes.byBody);
  }

  std::vector<EditedItem> items;
  for (auto& [name, listener] : listeners) {
    bool user = workspace_.find(workspace::Kind::kListener, name) != nullptr;
    items.push_back({workspace::Item(workspace::Kind::kListener,
                                     std::make_unique<Listener>(std::move(listener))),
                     user, sorted(listenerRoutes_.at(name))});
  }
  for (auto& [name, configuration] : configurations) {
    bool user = userRouteConfiguration(name) != nullptr;
    auto routesOf = configurationRoutes_.find(name);
    items.push_back({workspace::Item(workspace::Kind::kRoute,
                                     std::make_unique<RouteConfiguration>(std::move(configuration))),
                     user, routesOf == configurationRoutes_.end() ? std::vector<std::string>{}
                                                                  : sorted(routesOf->second)});
  }
  return items;
}

}  // namespace meshdesk::ai
