#include "ai/envoy_routes.h"

#include "ai/backend_clusters.h"
#include "ai/model_route_rules.h"
#include "ai/typed_config.h"
#include "envoy/extensions/filters/http/local_ratelimit/v3/local_rate_limit.pb.h"

namespace meshdesk::ai {

namespace {

using envoy::config::route::v3::Route;
using envoy::config::route::v3::RouteAction;
using envoy::type::matcher::v3::StringMatcher;

std::string regexLiteral(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// One model: exact or prefix as written. Several: one anchored RE2 alternation, so that the
// route stays one route (and its rate limit one bucket).
StringMatcher modelMatcher(const v1::ModelRoute& route) {
  StringMatcher matcher;
  if (route.models_size() == 1) {
    const auto& m = route.models(0);
    if (m.has_exact()) {
      matcher.set_exact(m.exact());
    } else {
      matcher.set_prefix(m.prefix());
    }
    return matcher;
  }
  std::string regex = "^(?:";
  for (int i = 0; i < route.models_size(); ++i) {
    const auto& m = route.models(i);
    if (i > 0) regex += "|";
    regex += m.has_exact() ? regexLiteral(m.exact()) : regexLiteral(m.prefix()) + ".*";
  }
  regex += ")$";
  matcher.mutable_safe_regex()->set_regex(regex);
  return matcher;
}

// The one path every backend is sent to, or "" when they keep the request's path.
std::string commonPathRewrite(const v1::ModelRoute& route) {
  return route.backends().empty() ? "" : route.backends(0).path_rewrite();
}

void addRetryPolicy(RouteAction& action, const v1::ModelRoute& route, bool fallsBack) {
  if (!route.has_retry()) return;
  const auto& retry = route.retry();
  std::vector<std::string> on;
  if (retry.on_5xx()) on.push_back("5xx");
  if (retry.on_connect_failure()) on.push_back("connect-failure");
  if (retry.on_429()) on.push_back("retriable-status-codes");
  if (on.empty()) return;
  auto& policy = *action.mutable_retry_policy();
  std::string retryOn;
  for (const auto& condition : on) retryOn += (retryOn.empty() ? "" : ",") + condition;
  policy.set_retry_on(retryOn);
  if (retry.num_retries() > 0) policy.mutable_num_retries()->set_value(retry.num_retries());
  if (retry.on_429()) policy.add_retriable_status_codes(429);
  if (fallsBack) {
    // Each retry leaves out the priorities already tried: with the aggregate cluster's
    // priorities laid end to end, that is the next backend in fallback order.
    YAML::Node config;
    config["update_frequency"] = 1;
    auto& priority = *policy.mutable_retry_priority();
    priority.set_name("envoy.retry_priorities.previous_priorities");
    *priority.mutable_typed_config() = packedFromYaml(
        "envoy.extensions.retry.priority.previous_priorities.v3.PreviousPrioritiesConfig", config);
  }
}

google::protobuf::Any rateLimit(const v1::ModelRoute& route) {
  envoy::extensions::filters::http::local_ratelimit::v3::LocalRateLimit limit;
  limit.set_stat_prefix("ai_" + route.name());
  auto& bucket = *limit.mutable_token_bucket();
  bucket.set_max_tokens(route.rate_limit().requests());
  bucket.mutable_tokens_per_fill()->set_value(route.rate_limit().requests());
  *bucket.mutable_fill_interval() = route.rate_limit().fill_interval();
  for (auto* fraction : {limit.mutable_filter_enabled(), limit.mutable_filter_enforced()}) {
    fraction->mutable_default_value()->set_numerator(100);
    fraction->mutable_default_value()->set_denominator(envoy::type::v3::FractionalPercent::HUNDRED);
  }
  limit.mutable_filter_enabled()->set_runtime_key("ai." + route.name() + ".rate_limit_enabled");
  limit.mutable_filter_enforced()->set_runtime_key("ai." + route.name() + ".rate_limit_enforced");
  return packed(limit);
}

}  // namespace

RouteAction routeAction(const v1::ModelRoute& route, bool pathPerCluster) {
  RouteAction action;
  auto levels = priorityLevels(route);
  bool fallsBack = levels.size() > 1;
  const auto& first = levels.front();
  auto target = [&](const v1::Backend& b) {
    return fallsBack ? fallbackClusterName(route, b) : backendClusterName(route, b);
  };
  if (first.size() == 1) {
    action.set_cluster(target(*first.front()));
  } else {
    auto weights = effectiveWeights(first);
    auto& split = *action.mutable_weighted_clusters();
    for (std::size_t i = 0; i < first.size(); ++i) {
      auto& cluster = *split.add_clusters();
      cluster.set_name(target(*first[i]));
      cluster.mutable_weight()->set_value(weights[i]);
    }
  }
  *action.mutable_timeout() = route.timeout();
  // Providers serve many names from one address and check the Host header (and TLS SNI).
  action.mutable_auto_host_rewrite()->set_value(true);
  if (!pathPerCluster && !commonPathRewrite(route).empty())
    action.set_prefix_rewrite(commonPathRewrite(route));
  addRetryPolicy(action, route, fallsBack);
  return action;
}

EnvoyRoutes envoyRoutes(const v1::ModelRoute& route, bool pathPerCluster,
                        std::string_view rateLimitFilter) {
  EnvoyRoutes routes;
  RouteAction action = routeAction(route, pathPerCluster);
  StringMatcher models = modelMatcher(route);

  routes.byHeader.set_name("ai-" + route.name() + "-header");
  routes.byHeader.mutable_match()->set_path(route.attach().path());
  auto& header = *routes.byHeader.mutable_match()->add_headers();
  header.set_name(route.model_header());
  *header.mutable_string_match() = models;
  *routes.byHeader.mutable_route() = action;

  routes.byBody.set_name("ai-" + route.name() + "-body");
  routes.byBody.mutable_match()->set_path(route.attach().path());
  auto& metadata = *routes.byBody.mutable_match()->add_dynamic_metadata();
  metadata.set_filter(std::string(kModelMetadataNamespace));
  metadata.add_path()->set_key(std::string(kModelMetadataKey));
  *metadata.mutable_value()->mutable_string_match() = models;
  *routes.byBody.mutable_route() = action;

  if (route.has_rate_limit() && route.rate_limit().requests() > 0) {
    google::protobuf::Any limit = rateLimit(route);
    (*routes.byHeader.mutable_typed_per_filter_config())[std::string(rateLimitFilter)] = limit;
    (*routes.byBody.mutable_typed_per_filter_config())[std::string(rateLimitFilter)] = limit;
  }
  return routes;
}

}  // namespace meshdesk::ai
