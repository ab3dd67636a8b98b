#include "routing/route_action.h"

#include <re2/re2.h>

#include <algorithm>

#include "routing/string_match.h"

namespace meshdesk::routing {

namespace {

using envoy::config::route::v3::RedirectAction;
using envoy::config::route::v3::RouteAction;

std::string queryOf(std::string_view path) {
  std::size_t q = path.find('?');
  return q == std::string_view::npos ? std::string() : std::string(path.substr(q));
}

// prefix_rewrite / regex_rewrite on the path without its query; nullopt when neither is set.
std::optional<std::string> rewritePath(const std::string& prefixRewrite,
                                       const envoy::type::matcher::v3::RegexMatchAndSubstitute* regex,
                                       const RequestView& request, const std::string& matchedPath) {
  const std::string& path = request.pathNoQuery;
  if (!prefixRewrite.empty()) {
    std::size_t n = std::min(matchedPath.size(), path.size());
    return prefixRewrite + path.substr(n);
  }
  if (regex && !regex->pattern().regex().empty()) {
    re2::RE2 re(regex->pattern().regex(), re2::RE2::Quiet);
    std::string out = path;
    if (re.ok()) re2::RE2::GlobalReplace(&out, re, regex->substitution());
    return out;
  }
  return std::nullopt;
}

void clusterShare(ClusterShare share, const std::set<std::string>& clusters,
                  RouteDecision& decision) {
  share.inWorkspace = !share.name.empty() && clusters.count(share.name) > 0;
  decision.clusters.push_back(std::move(share));
}

std::string fromHeader(const std::string& header, const RequestView& request, std::string& name) {
  std::optional<std::string> value = request.firstHeader(lowerAscii(header));
  name = value.value_or("");
  return value ? "header '" + header + "' = '" + *value + "'"
               : "the request has no header '" + header + "' (Envoy answers 404)";
}

// total_weight is deprecated but still honoured by Envoy (and validated against the sum).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
void forward(const RouteAction& action, const RequestView& request,
             const std::string& matchedPath, const std::set<std::string>& clusters,
             RouteDecision& d) {
  std::string line;
  switch (action.cluster_specifier_case()) {
    case RouteAction::kCluster:
      d.action = RouteActionKind::kCluster;
      clusterShare({action.cluster()}, clusters, d);
      line = "cluster '" + action.cluster() + "'";
      break;
    case RouteAction::kClusterHeader: {
      d.action = RouteActionKind::kClusterHeader;
      ClusterShare share;
      share.fromHeader = action.cluster_header();
      line = "cluster_header: " + fromHeader(action.cluster_header(), request, share.name);
      clusterShare(std::move(share), clusters, d);
      break;
    }
    case RouteAction::kWeightedClusters: {
      d.action = RouteActionKind::kWeightedClusters;
      const auto& wc = action.weighted_clusters();
      std::uint32_t sum = 0;
      for (const auto& c : wc.clusters()) {
        ClusterShare share;
        share.weight = c.has_weight() ? c.weight().value() : 0;
        sum += share.weight;
        std::string part;
        if (!c.cluster_header().empty()) {
          share.fromHeader = c.cluster_header();
          part = fromHeader(c.cluster_header(), request, share.name);
        } else {
          share.name = c.name();
          part = "'" + c.name() + "'";
        }
        line += (line.empty() ? "" : ", ") + part + " weight " + std::to_string(share.weight);
        clusterShare(std::move(share), clusters, d);
      }
      d.totalWeight = wc.has_total_weight() ? wc.total_weight().value() : sum;
      line = "weighted_clusters (total " + std::to_string(d.totalWeight) + "): " + line;
      if (wc.has_total_weight() && wc.total_weight().value() != sum)
        line += "; the weights add up to " + std::to_string(sum) +
                ", not total_weight (Envoy rejects this)";
      if (!wc.header_name().empty())
        line += "; the cluster is picked by the value of header '" + wc.header_name() +
                "' rather than at random";
      break;
    }
    case RouteAction::kClusterSpecifierPlugin:
      d.action = RouteActionKind::kClusterSpecifierPlugin;
      d.clusterSpecifierPlugin = action.cluster_specifier_plugin();
      line = "cluster_specifier_plugin '" + d.clusterSpecifierPlugin +
             "' picks the cluster at run time (not evaluated)";
      d.caveats.push_back("the cluster is chosen at run time by cluster specifier plugin '" +
                          d.clusterSpecifierPlugin + "'");
      break;
    case RouteAction::kInlineClusterSpecifierPlugin: {
      d.action = RouteActionKind::kClusterSpecifierPlugin;
      const auto& ext = action.inline_cluster_specifier_plugin().extension();
      d.clusterSpecifierPlugin = ext.name().empty() ? ext.typed_config().type_url() : ext.name();
      line = "inline cluster specifier plugin '" + d.clusterSpecifierPlugin +
             "' picks the cluster at run time (not evaluated)";
      d.caveats.push_back("the cluster is chosen at run time by an inline cluster specifier "
                          "plugin");
      break;
    }
    case RouteAction::CLUSTER_SPECIFIER_NOT_SET:
      d.action = RouteActionKind::kCluster;
      line = "a route action with no cluster (Envoy rejects it)";
      break;
  }
  for (const auto& c : d.clusters)
    if (!c.name.empty() && !c.inWorkspace)
      line += "; cluster '" + c.name + "' is not in the workspace (Envoy answers 503)";
  d.trace.push_back("action: " + line);

  auto rewritten = rewritePath(action.prefix_rewrite(),
                               action.has_regex_rewrite() ? &action.regex_rewrite() : nullptr,
                               request, matchedPath);
  if (rewritten) {
    d.upstreamPath = *rewritten + queryOf(request.path);
    d.trace.push_back("the upstream request's path is rewritten to '" + d.upstreamPath + "'");
  }
}

#pragma GCC diagnostic pop

int redirectStatus(RedirectAction::RedirectResponseCode code) {
  switch (code) {
    case RedirectAction::FOUND: return 302;
    case RedirectAction::SEE_OTHER: return 303;
    case RedirectAction::TEMPORARY_REDIRECT: return 307;
    case RedirectAction::PERMANENT_REDIRECT: return 308;
    default: return 301;
  }
}

// Envoy's Utility::newUri: scheme, host (the request's, dropping a default or replaced port),
// port, then the path with its query handled as path_redirect and strip_query say.
void redirect(const RedirectAction& r, const RequestView& request, const std::string& matchedPath,
              RouteDecision& d) {
  d.action = RouteActionKind::kRedirect;
  RedirectOutcome out;
  out.status = redirectStatus(r.response_code());
  // The request's scheme is :scheme; whether its port was the default one is judged by
  // x-forwarded-proto (which the connection manager sets to the connection's protocol).
  const std::string requestScheme = request.firstHeader(":scheme").value_or("http");
  const std::string forwardedProto = request.firstHeader("x-forwarded-proto").value_or(requestScheme);
  std::string scheme = !r.scheme_redirect().empty() ? r.scheme_redirect()
                       : r.https_redirect()         ? "https"
                                                    : requestScheme;
  std::string port = r.port_redirect() ? ":" + std::to_string(r.port_redirect()) : "";
  std::string host = r.host_redirect();
  if (host.empty()) {
    host = request.authority;
    std::size_t portStart = hostPortStart(host);
    if (portStart != std::string::npos) {
      std::string requestPort = host.substr(portStart);
      bool dropPort = !port.empty();
      if (scheme != forwardedProto)
        dropPort = dropPort || (forwardedProto == "https" && requestPort == ":443") ||
                   (forwardedProto == "http" && requestPort == ":80");
      if (dropPort) host.resize(portStart);
    }
  }
  std::string path;
  if (!r.path_redirect().empty()) {
    path = r.path_redirect();
    if (path.find('?') == std::string::npos && !r.strip_query()) path += queryOf(request.path);
  } else {
    auto rewritten = rewritePath(r.prefix_rewrite(), r.has_regex_rewrite() ? &r.regex_rewrite() : nullptr,
                                 request, matchedPath);
    path = rewritten.value_or(request.pathNoQuery);
    if (!r.strip_query()) path += queryOf(request.path);
  }
  if (path.empty() || path.front() != '/') path = "/" + path;
  out.location = scheme + "://" + host + port + path;
  d.trace.push_back("action: redirect " + std::to_string(out.status) + " to " + out.location);
  d.redirect = std::move(out);
}

void directResponse(const envoy::config::route::v3::DirectResponseAction& a, RouteDecision& d) {
  d.action = RouteActionKind::kDirectResponse;
  DirectResponseOutcome out;
  out.status = static_cast<int>(a.status());
  const auto& body = a.body();
  if (!a.has_body()) {
    out.bodySource = "none";
  } else if (body.has_inline_string()) {
    out.body = body.inline_string();
    out.bodySource = "inline";
  } else if (body.has_inline_bytes()) {
    out.body = body.inline_bytes();
    out.bodySource = "inline";
  } else if (body.has_filename()) {
    out.bodySource = "file " + body.filename();
  } else if (body.has_environment_variable()) {
    out.bodySource = "environment variable " + body.environment_variable();
  }
  d.trace.push_back("action: direct_response " + std::to_string(out.status) +
                    (out.bodySource == "inline" ? " with a " + std::to_string(out.body.size()) +
                                                      "-byte inline body"
                                                : " (body: " + out.bodySource + ")"));
  d.directResponse = std::move(out);
}

}  // namespace

std::string httpsLocation(const RequestView& request) {
  RedirectAction https;
  https.set_https_redirect(true);
  RouteDecision scratch;
  redirect(https, request, request.pathNoQuery, scratch);
  return scratch.redirect->location;
}

void resolveAction(const envoy::config::route::v3::Route& route, const RequestView& request,
                   const std::string& matchedPath, const std::set<std::string>& clusters,
                   RouteDecision& decision) {
  using R = envoy::config::route::v3::Route;
  switch (route.action_case()) {
    case R::kRoute: forward(route.route(), request, matchedPath, clusters, decision); break;
    case R::kRedirect: redirect(route.redirect(), request, matchedPath, decision); break;
    case R::kDirectResponse: directResponse(route.direct_response(), decision); break;
    case R::kFilterAction:
      decision.action = RouteActionKind::kFilterAction;
      decision.trace.push_back("action: filter_action (a filter acts on the request; nothing is "
                               "forwarded by the router)");
      break;
    case R::kNonForwardingAction:
      decision.action = RouteActionKind::kNonForwarding;
      decision.trace.push_back("action: non_forwarding_action (the request is not forwarded; "
                               "used by gRPC servers)");
      break;
    case R::ACTION_NOT_SET:
      decision.trace.push_back("action: none (Envoy rejects a route without an action)");
      break;
  }
}

}  // namespace meshdesk::routing
