#include "ai/model_route_rules.h"

#include <algorithm>
#include <map>
#include <set>

namespace meshdesk::ai {

namespace {

bool isPositive(const google::protobuf::Duration& d) {
  return d.seconds() > 0 || (d.seconds() == 0 && d.nanos() > 0);
}
bool isNegative(const google::protobuf::Duration& d) { return d.seconds() < 0 || d.nanos() < 0; }

std::string indexed(std::string_view field, int i) {
  return std::string(field) + "[" + std::to_string(i) + "]";
}

// RFC 9110 token characters; Envoy keeps header names lower case.
bool isHeaderName(std::string_view name) {
  if (name.empty()) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
  });
}

int levelCount(const v1::ModelRoute& route) {
  std::set<std::uint32_t> priorities;
  for (const auto& b : route.backends()) priorities.insert(b.priority());
  return static_cast<int>(priorities.size());
}

}  // namespace

bool isPlainName(std::string_view name) {
  if (name.empty()) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '_' || c == '-';
  });
}

v1::ModelRoute withDefaults(v1::ModelRoute route) {
  if (route.model_header().empty()) route.set_model_header(std::string(kDefaultModelHeader));
  if (route.has_attach()) {
    auto& attach = *route.mutable_attach();
    if (attach.path().empty()) attach.set_path(std::string(kDefaultPath));
    if (attach.virtual_host().empty()) attach.set_virtual_host(std::string(kDefaultVirtualHost));
    if (attach.port() != 0 && attach.address().empty())
      attach.set_address(std::string(kDefaultListenerAddress));
  }
  for (auto& b : *route.mutable_backends()) {
    if (b.provider() == v1::Backend::PROVIDER_UNSPECIFIED) b.set_provider(v1::Backend::OPENAI);
    if (b.port() == 0) b.set_port(b.tls() ? 443 : 80);
    if (b.tls() && b.sni().empty()) b.set_sni(b.host());
    if (b.tls() && b.ca_file().empty()) b.set_ca_file(std::string(kDefaultCaFile));
    if (!b.has_connect_timeout()) b.mutable_connect_timeout()->set_seconds(kDefaultConnectTimeoutSeconds);
  }
  if (!route.has_timeout()) route.mutable_timeout()->set_seconds(kDefaultTimeoutSeconds);
  int levels = levelCount(route);
  if (!route.has_retry() && levels > 1) {
    auto& retry = *route.mutable_retry();
    retry.set_on_429(true);
    retry.set_on_5xx(true);
    retry.set_on_connect_failure(true);
  }
  if (route.has_retry() && route.retry().num_retries() == 0 && levels > 1)
    route.mutable_retry()->set_num_retries(static_cast<std::uint32_t>(levels - 1));
  if (route.has_rate_limit() && route.rate_limit().requests() > 0 &&
      !route.rate_limit().has_fill_interval())
    route.mutable_rate_limit()->mutable_fill_interval()->set_seconds(1);
  return route;
}

std::vector<RouteProblem> problemsOf(const v1::ModelRoute& route) {
  std::vector<RouteProblem> problems;
  auto problem = [&](std::string field, std::string message) {
    problems.push_back({std::move(field), std::move(message)});
  };

  if (route.name().empty()) {
    problem("name", "a model route needs a name");
  } else if (!isPlainName(route.name())) {
    problem("name", "'" + route.name() + "' may only hold letters, digits, '.', '_' and '-'");
  }

  if (route.models().empty())
    problem("models", "no models: a route serves at least one (models: [{exact: gpt-4o}])");
  for (int i = 0; i < route.models_size(); ++i) {
    const auto& m = route.models(i);
    if (m.match_case() == v1::ModelMatch::MATCH_NOT_SET) {
      problem(indexed("models", i), "a model match needs exact or prefix");
    } else if ((m.has_exact() && m.exact().empty()) || (m.has_prefix() && m.prefix().empty())) {
      problem(indexed("models", i), "empty model name");
    }
  }

  if (route.backends().empty()) problem("backends", "no backends: nowhere to send a request");
  std::map<std::string, int> names;
  for (int i = 0; i < route.backends_size(); ++i) {
    const auto& b = route.backends(i);
    std::string at = indexed("backends", i);
    if (b.name().empty()) {
      problem(at + ".name", "a backend needs a name");
    } else if (!isPlainName(b.name())) {
      problem(at + ".name", "'" + b.name() + "' may only hold letters, digits, '.', '_' and '-'");
    } else if (auto [it, inserted] = names.emplace(b.name(), i); !inserted) {
      problem(at + ".name", "a second backend named '" + b.name() + "' (the first is backends[" +
                                std::to_string(it->second) + "])");
    }
    if (b.host().empty()) problem(at + ".host", "a backend needs a host");
    if (b.port() > 65535) problem(at + ".port", "port " + std::to_string(b.port()) + " is out of range");
    if (!b.path_rewrite().empty() && b.path_rewrite().front() != '/')
      problem(at + ".path_rewrite", "a path starts with '/'");
    if (isNegative(b.connect_timeout())) problem(at + ".connect_timeout", "a timeout cannot be negative");
  }

  if (route.has_attach()) {
    const auto& attach = route.attach();
    if (!attach.path().empty() && attach.path().front() != '/')
      problem("attach.path", "a path starts with '/'");
    if (attach.listener().empty())
      problem("attach.listener", "an attachment names the listener the route joins");
    if (attach.port() > 65535)
      problem("attach.port", "port " + std::to_string(attach.port()) + " is out of range");
  }
  if (!route.model_header().empty() && !isHeaderName(route.model_header()))
    problem("model_header", "'" + route.model_header() +
                                "' is not a lower-case HTTP header name");
  if (isNegative(route.timeout())) problem("timeout", "a timeout cannot be negative");
  if (route.has_rate_limit() && route.rate_limit().requests() > 0 &&
      route.rate_limit().has_fill_interval() && !isPositive(route.rate_limit().fill_interval()))
    problem("rate_limit.fill_interval", "the interval must be longer than zero");
  return problems;
}

std::vector<std::vector<const v1::Backend*>> priorityLevels(const v1::ModelRoute& route) {
  std::map<std::uint32_t, std::vector<const v1::Backend*>> byPriority;
  for (const auto& b : route.backends()) byPriority[b.priority()].push_back(&b);
  std::vector<std::vector<const v1::Backend*>> levels;
  for (auto& [priority, backends] : byPriority) levels.push_back(std::move(backends));
  return levels;
}

std::vector<std::uint32_t> effectiveWeights(const std::vector<const v1::Backend*>& level) {
  std::vector<std::uint32_t> weights;
  bool allZero = true;
  for (const auto* b : level) {
    weights.push_back(b->weight());
    if (b->weight() != 0) allZero = false;
  }
  if (allZero) std::fill(weights.begin(), weights.end(), 1u);
  return weights;
}

bool servesModel(const v1::ModelRoute& route, std::string_view model) {
  for (const auto& m : route.models()) {
    if (m.has_exact() && m.exact() == model) return true;
    if (m.has_prefix() && !m.prefix().empty() && model.substr(0, m.prefix().size()) == m.prefix())
      return true;
  }
  return false;
}

}  // namespace meshdesk::ai
