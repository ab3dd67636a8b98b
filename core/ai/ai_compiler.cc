#include "ai/ai_compiler.h"

#include <algorithm>
#include <map>
#include <set>

#include "ai/ai_route_spec.h"
#include "ai/backend_clusters.h"
#include "ai/envoy_routes.h"
#include "ai/model_route_rules.h"
#include "ai/provider_conventions.h"
#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/extensions/transport_sockets/tls/v3/secret.pb.h"

namespace meshdesk::ai {

namespace {

using envoy::config::cluster::v3::Cluster;

std::string backendField(int index, std::string_view field) {
  return "backends[" + std::to_string(index) + "]." + std::string(field);
}

int indexOf(const v1::ModelRoute& route, const v1::Backend* backend) {
  for (int i = 0; i < route.backends_size(); ++i)
    if (&route.backends(i) == backend) return i;
  return -1;
}

class Compilation {
 public:
  explicit Compilation(const workspace::Workspace& workspace)
      : workspace_(workspace), attachments_(workspace) {}

  void add(const AiRouteSpec& spec) {
    v1::ModelRoute route = withDefaults(spec.route);
    std::size_t errorsBefore = result_.errors.size();
    checkSecrets(spec, route);
    if (!route.has_attach()) {
      if (result_.errors.size() == errorsBefore) result_.modelRoutes.push_back(std::move(route));
      return;
    }
    std::vector<Cluster> clusters = clustersOf(spec, route);
    if (result_.errors.size() != errorsBefore) return;

    EnvoyRoutes routes = envoyRoutes(route, pathPerCluster(route), kRateLimitFilter);
    if (auto problem = attachments_.attach(route, routes)) {
      result_.errors.push_back(spec.error(problem->field, problem->message));
      return;
    }
    warn(spec, route);  // only about what is compiled
    for (auto& cluster : clusters) {
      std::string name = cluster.name();
      clusters_.emplace(name, std::make_pair(std::move(cluster), route.name()));
    }
    result_.modelRoutes.push_back(std::move(route));
  }

  void addError(workspace::WorkspaceError error) { result_.errors.push_back(std::move(error)); }

  CompiledAiRoutes finish() {
    result_.items = attachments_.items();
    for (auto& [name, entry] : clusters_)
      result_.items.push_back({workspace::Item(workspace::Kind::kCluster,
                                               std::make_unique<Cluster>(std::move(entry.first))),
                               false, {entry.second}});
    std::sort(result_.modelRoutes.begin(), result_.modelRoutes.end(),
              [](const auto& a, const auto& b) { return a.name() < b.name(); });
    return std::move(result_);
  }

 private:
  // Backends that do not agree on one path make the clusters rewrite it (backend_clusters.h).
  static bool pathPerCluster(const v1::ModelRoute& route) {
    std::set<std::string> paths;
    for (const auto& b : route.backends()) paths.insert(b.path_rewrite());
    return paths.size() > 1;
  }

  void checkSecrets(const AiRouteSpec& spec, const v1::ModelRoute& route) {
    if (!route.has_attach()) return;  // only Envoy reads keys over SDS
    for (int i = 0; i < route.backends_size(); ++i) {
      const std::string& name = route.backends(i).api_key_secret();
      if (name.empty()) continue;
      const auto* item = workspace_.find(workspace::Kind::kSecret, name);
      if (item == nullptr) {
        result_.errors.push_back(spec.error(
            backendField(i, "api_key_secret"),
            "no secret named '" + name + "' in the workspace (add it under secrets: with a "
            "generic_secret holding the header value)"));
      } else if (!item->as<envoy::extensions::transport_sockets::tls::v3::Secret>()
                      .has_generic_secret()) {
        result_.errors.push_back(spec.error(
            backendField(i, "api_key_secret"),
            "secret '" + name + "' is not a generic_secret; an API key is injected from one"));
      }
    }
  }

  std::vector<Cluster> clustersOf(const AiRouteSpec& spec, const v1::ModelRoute& route) {
    std::vector<Cluster> clusters;
    auto levels = priorityLevels(route);
    bool perCluster = pathPerCluster(route);
    auto claim = [&](const std::string& name, int backend) {
      if (workspace_.find(workspace::Kind::kCluster, name) != nullptr) {
        result_.errors.push_back(spec.error(backendField(backend, "name"),
                                            "the workspace already has a cluster named '" + name +
                                                "'; rename the backend or that cluster"));
        return false;
      }
      if (auto it = clusters_.find(name); it != clusters_.end()) {
        result_.errors.push_back(spec.error(
            backendField(backend, "name"),
            "AI route '" + it->second.second + "' already makes a cluster named '" + name + "'"));
        return false;
      }
      return true;
    };
    // Key headers any backend of the route is given.
    std::set<std::string> keyHeaders;
    for (const auto& b : route.backends())
      if (!b.api_key_secret().empty()) keyHeaders.insert(std::string(apiKeyHeader(b.provider())));
    for (int i = 0; i < route.backends_size(); ++i) {
      const auto& backend = route.backends(i);
      UpstreamRequestEdits edits;
      if (perCluster)
        edits.path = backend.path_rewrite().empty() ? route.attach().path() : backend.path_rewrite();
      if (route.backends_size() > 1) {
        std::string own = backend.api_key_secret().empty()
                              ? ""
                              : std::string(apiKeyHeader(backend.provider()));
        for (const auto& header : keyHeaders)
          if (header != own) edits.removedHeaders.push_back(header);
      }
      if (claim(backendClusterName(route, backend), i))
        clusters.push_back(backendCluster(route, backend, edits));
    }
    if (levels.size() > 1) {
      std::vector<std::string> fallbacks;
      for (std::size_t l = 1; l < levels.size(); ++l)
        for (const auto* b : fallbackOrder(levels[l])) fallbacks.push_back(backendClusterName(route, *b));
      for (const auto* first : levels.front()) {
        std::string name = fallbackClusterName(route, *first);
        if (!claim(name, indexOf(route, first))) continue;
        std::vector<std::string> chain{backendClusterName(route, *first)};
        chain.insert(chain.end(), fallbacks.begin(), fallbacks.end());
        clusters.push_back(fallbackCluster(name, chain));
      }
    }
    return clusters;
  }

  // An aggregate cluster tries its clusters one after another: within a fallback priority the
  // heavier backend goes first (then the order written).
  static std::vector<const v1::Backend*> fallbackOrder(std::vector<const v1::Backend*> level) {
    std::stable_sort(level.begin(), level.end(),
                     [](const auto* a, const auto* b) { return a->weight() > b->weight(); });
    return level;
  }

  void warn(const AiRouteSpec& spec, const v1::ModelRoute& route) {
    auto warning = [&](std::string field, std::string message) {
      result_.warnings.push_back(spec.error(field, std::move(message)));
    };
    for (int i = 0; i < route.backends_size(); ++i)
      if (!route.backends(i).model_override().empty())
        warning(backendField(i, "model_override"),
                "Envoy forwards the request body unchanged: the model is rewritten only by "
                "ModelRoute subscribers (rewriting a JSON body in Envoy needs Lua or ext_proc)");
    auto levels = priorityLevels(route);
    for (std::size_t l = 1; l < levels.size(); ++l) {
      if (levels[l].size() < 2) continue;
      warning(backendField(indexOf(route, levels[l].front()), "priority"),
              "Envoy tries the backends of fallback priority " +
                  std::to_string(levels[l].front()->priority()) +
                  " one after another (heaviest first), not split by weight");
    }
    if (levels.size() > 1 && route.has_retry() && !route.retry().on_429() &&
        !route.retry().on_5xx() && !route.retry().on_connect_failure())
      warning("retry", "no retry condition (on_429, on_5xx, on_connect_failure): the route never "
                       "falls back to a later priority");
  }

  const workspace::Workspace& workspace_;
  RouteAttachments attachments_;
  std::map<std::string, std::pair<Cluster, std::string>> clusters_;  // name -> (cluster, AI route)
  CompiledAiRoutes result_;
};

}  // namespace

CompiledAiRoutes compile(const workspace::Workspace& workspace) {
  AiRouteSpecs specs = readAiRoutes(workspace);
  std::stable_sort(specs.routes.begin(), specs.routes.end(),
                   [](const auto& a, const auto& b) { return a.route.name() < b.route.name(); });
  Compilation compilation(workspace);
  for (auto& error : specs.errors) compilation.addError(std::move(error));
  for (const auto& spec : specs.routes) compilation.add(spec);
  CompiledAiRoutes result = compilation.finish();
  // Errors in file order, as an editor lists them.
  auto byPlace = [](const auto& a, const auto& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  };
  std::stable_sort(result.errors.begin(), result.errors.end(), byPlace);
  std::stable_sort(result.warnings.begin(), result.warnings.end(), byPlace);
  return result;
}

}  // namespace meshdesk::ai
