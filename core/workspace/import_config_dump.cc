// What an Envoy's GET /config_dump returned (envoy.admin.v3.ConfigDump) into a workspace: the
// resources Envoy is serving with (static ones and the active state of dynamic ones); warming,
// draining and rejected states, redacted secrets and the bootstrap's settings become notes.
//
// The sections are read in a fixed order whatever order the file has them in: the bootstrap's
// settings first (they name the management server's cluster, which is left out), listeners
// before routes (a dump lists listeners' inline route configurations again among the static
// ones, and they must be recognized as such), the bootstrap's static resources last (the
// listener, cluster and secret dumps list them too, with their state).
#include <algorithm>
#include <map>

#include "schema/type_registry.h"
#include "schema/yaml_to_message.h"
#include "workspace/import_formats.h"

namespace gp = google::protobuf;

namespace meshdesk::workspace::import {

namespace {

using envoy::config::cluster::v3::Cluster;
using envoy::config::listener::v3::Listener;

struct Section {
  int order;
  std::unique_ptr<gp::Message> dump;
  ImportPlace place;
};

// The phase each dump type is read in; -1 for a type that holds no resources.
int orderOf(const std::string& type) {
  static const std::map<std::string, int> order{
      {"envoy.admin.v3.BootstrapConfigDump", 0},  {"envoy.admin.v3.ListenersConfigDump", 1},
      {"envoy.admin.v3.ScopedRoutesConfigDump", 2}, {"envoy.admin.v3.RoutesConfigDump", 3},
      {"envoy.admin.v3.ClustersConfigDump", 4},   {"envoy.admin.v3.EndpointsConfigDump", 5},
      {"envoy.admin.v3.SecretsConfigDump", 6},    {"envoy.admin.v3.EcdsConfigDump", 7},
  };
  auto it = order.find(type);
  return it == order.end() ? -1 : it->second;
}

std::string inQuotes(const std::string& name) { return "'" + name + "'"; }

std::string versionOf(const gp::Message* state) {
  std::string version = state != nullptr ? stringField(*state, "version_info") : "";
  if (version.empty()) return version;
  std::string out = " ";  // GCC 12 warns (wrongly, -Wrestrict) about " " + std::string&&
  out += inQuotes(version);
  return out;
}

class DumpReader {
 public:
  explicit DumpReader(ImportAssembly& assembly) : assembly_(assembly) {}

  void listeners(const gp::Message& dump, const ImportPlace& place) {
    auto statics = repeatedMessages(dump, "static_listeners");
    for (std::size_t i = 0; i < statics.size(); ++i)
      listener(*statics[i], "listener", place.field("static_listeners").index(i));
    auto dynamics = repeatedMessages(dump, "dynamic_listeners");
    for (std::size_t i = 0; i < dynamics.size(); ++i) {
      const gp::Message& entry = *dynamics[i];
      ImportPlace at = place.field("dynamic_listeners").index(i);
      std::string name = stringField(entry, "name");
      const gp::Message* active = messageField(entry, "active_state");
      const gp::Message* warming = messageField(entry, "warming_state");
      const gp::Message* draining = messageField(entry, "draining_state");
      if (active != nullptr) listener(*active, "listener", at.field("active_state"));
      if (warming != nullptr) {
        if (active != nullptr)
          assembly_.note("listener " + inQuotes(name) + ": version" + versionOf(warming) +
                         " was warming (not yet serving); the serving version" +
                         versionOf(active) + " is imported");
        else
          assembly_.skip(Kind::kListener, name,
                         "it was only warming (version" + versionOf(warming) +
                             "), not yet serving");
      }
      if (draining != nullptr) {
        if (active == nullptr && warming == nullptr)
          assembly_.skip(Kind::kListener, name, "it was draining (being removed)");
        else
          assembly_.note("listener " + inQuotes(name) + ": the draining older version" +
                         versionOf(draining) + " is not imported");
      }
      rejected(entry, "listener", name, active != nullptr);
    }
  }

  void routes(const gp::Message& dump, const ImportPlace& place) {
    auto statics = repeatedMessages(dump, "static_route_configs");
    for (std::size_t i = 0; i < statics.size(); ++i) {
      ImportPlace at = place.field("static_route_configs").index(i).field("route_config");
      envoy::config::route::v3::RouteConfiguration routes;
      if (const gp::Message* any = messageField(*statics[i], "route_config");
          any != nullptr && unpackAs(*any, routes, at, assembly_))
        assembly_.addRouteConfiguration(std::move(routes), at, /*fromDump=*/true);
    }
    auto dynamics = repeatedMessages(dump, "dynamic_route_configs");
    for (std::size_t i = 0; i < dynamics.size(); ++i) {
      ImportPlace at = place.field("dynamic_route_configs").index(i).field("route_config");
      envoy::config::route::v3::RouteConfiguration routes;
      const gp::Message* any = messageField(*dynamics[i], "route_config");
      if (any != nullptr && unpackAs(*any, routes, at, assembly_)) {
        std::string name = routes.name();
        assembly_.addRouteConfiguration(std::move(routes), at);
        rejected(*dynamics[i], "route configuration", name, true);
      }
    }
  }

  void scopedRoutes(const gp::Message& dump, const ImportPlace& place) {
    for (const gp::Message* inline_ : repeatedMessages(dump, "inline_scoped_route_configs")) {
      assembly_.note("scoped route configurations " + inQuotes(stringField(*inline_, "name")) +
                     " are inline in their listener's HTTP connection manager and stay there");
    }
    auto dynamics = repeatedMessages(dump, "dynamic_scoped_route_configs");
    for (std::size_t i = 0; i < dynamics.size(); ++i) {
      ImportPlace at = place.field("dynamic_scoped_route_configs").index(i);
      auto scopes = repeatedMessages(*dynamics[i], "scoped_route_configs");
      for (std::size_t j = 0; j < scopes.size(); ++j) {
        ImportPlace scopeAt = at.field("scoped_route_configs").index(j);
        envoy::config::route::v3::ScopedRouteConfiguration scoped;
        if (unpackAs(*scopes[j], scoped, scopeAt, assembly_))
          assembly_.addScopedRouteConfiguration(std::move(scoped), scopeAt);
      }
      rejected(*dynamics[i], "scoped route configurations", stringField(*dynamics[i], "name"),
               true);
    }
  }

  void clusters(const gp::Message& dump, const ImportPlace& place) {
    auto statics = repeatedMessages(dump, "static_clusters");
    for (std::size_t i = 0; i < statics.size(); ++i)
      cluster(*statics[i], place.field("static_clusters").index(i));
    auto active = repeatedMessages(dump, "dynamic_active_clusters");
    for (std::size_t i = 0; i < active.size(); ++i) {
      std::string name = cluster(*active[i], place.field("dynamic_active_clusters").index(i));
      rejected(*active[i], "cluster", name, true);
    }
    auto warming = repeatedMessages(dump, "dynamic_warming_clusters");
    for (std::size_t i = 0; i < warming.size(); ++i) {
      ImportPlace at = place.field("dynamic_warming_clusters").index(i).field("cluster");
      const gp::Message* any = messageField(*warming[i], "cluster");
      Cluster payload;
      if (any == nullptr || !unpackAs(*any, payload, at, assembly_)) continue;
      if (assembly_.has(Kind::kCluster, payload.name()))
        assembly_.note("cluster " + inQuotes(payload.name()) + ": version" + versionOf(warming[i]) +
                       " was warming (not yet serving); the active version is imported");
      else
        assembly_.skip(Kind::kCluster, payload.name(),
                       "it was only warming (version" + versionOf(warming[i]) +
                           "), not yet serving");
    }
  }

  void endpoints(const gp::Message& dump, const ImportPlace& place) {
    for (const char* list : {"static_endpoint_configs", "dynamic_endpoint_configs"}) {
      auto entries = repeatedMessages(dump, list);
      for (std::size_t i = 0; i < entries.size(); ++i) {
        ImportPlace at = place.field(list).index(i).field("endpoint_config");
        envoy::config::endpoint::v3::ClusterLoadAssignment assignment;
        const gp::Message* any = messageField(*entries[i], "endpoint_config");
        if (any == nullptr || !unpackAs(*any, assignment, at, assembly_)) continue;
        std::string name = assignment.cluster_name();
        // A dump's static endpoint configs are the load assignments of clusters that are not
        // EDS (DNS ones with the addresses resolved): they come with their cluster, or were
        // left out with it. Only a dump without that cluster makes them endpoints.
        if (std::string_view(list) == "static_endpoint_configs" &&
            assembly_.has(Kind::kCluster, name))
          continue;
        assembly_.addEndpoints(std::move(assignment), at);
        rejected(*entries[i], "endpoints", name, true);
      }
    }
  }

  void secrets(const gp::Message& dump, const ImportPlace& place) {
    for (const char* list : {"static_secrets", "dynamic_active_secrets"}) {
      auto entries = repeatedMessages(dump, list);
      for (std::size_t i = 0; i < entries.size(); ++i) {
        ImportPlace at = place.field(list).index(i);
        std::string name = stringField(*entries[i], "name");
        const gp::Message* any = messageField(*entries[i], "secret");
        if (any == nullptr) {
          if (!name.empty()) assembly_.skip(Kind::kSecret, name, "the file has no content for it");
          continue;
        }
        envoy::extensions::transport_sockets::tls::v3::Secret secret;
        if (!unpackAs(*any, secret, at.field("secret"), assembly_)) continue;
        if (secret.name().empty()) secret.set_name(name);
        assembly_.addSecret(std::move(secret), at.field("secret"));
        rejected(*entries[i], "secret", name, true);
      }
    }
    for (const gp::Message* warming : repeatedMessages(dump, "dynamic_warming_secrets")) {
      std::string name = stringField(*warming, "name");
      if (assembly_.has(Kind::kSecret, name))
        assembly_.note("secret " + inQuotes(name) + ": version" + versionOf(warming) +
                       " was warming (not yet in use); only the active version was considered");
      else
        assembly_.skip(Kind::kSecret, name,
                       "it was only warming (version" + versionOf(warming) + "), not yet in use");
    }
  }

  void extensionConfigs(const gp::Message& dump, const ImportPlace& place) {
    auto entries = repeatedMessages(dump, "ecds_filters");
    for (std::size_t i = 0; i < entries.size(); ++i) {
      ImportPlace at = place.field("ecds_filters").index(i).field("ecds_filter");
      envoy::config::core::v3::TypedExtensionConfig config;
      const gp::Message* any = messageField(*entries[i], "ecds_filter");
      if (any == nullptr || !unpackAs(*any, config, at, assembly_)) continue;
      std::string name = config.name();
      assembly_.addExtensionConfig(std::move(config), at);
      rejected(*entries[i], "extension config", name, true);
    }
  }

 private:
  void listener(const gp::Message& holder, const char* field, const ImportPlace& place) {
    const gp::Message* any = messageField(holder, field);
    if (any == nullptr) return;
    Listener payload;
    ImportPlace at = place.field(field);
    if (unpackAs(*any, payload, at, assembly_)) assembly_.addListener(std::move(payload), at);
  }

  // The cluster's name, or "" when it could not be read.
  std::string cluster(const gp::Message& holder, const ImportPlace& place) {
    const gp::Message* any = messageField(holder, "cluster");
    if (any == nullptr) return {};
    Cluster payload;
    ImportPlace at = place.field("cluster");
    if (!unpackAs(*any, payload, at, assembly_)) return {};
    std::string name = payload.name();
    assembly_.addCluster(std::move(payload), at);
    return name;
  }

  // A dynamic resource whose last update Envoy refused keeps serving its previous version.
  void rejected(const gp::Message& entry, const std::string& label, const std::string& name,
                bool serving) {
    const gp::Message* failure = messageField(entry, "error_state");
    if (failure == nullptr) return;
    std::string details = stringField(*failure, "details");
    assembly_.note(label + " " + inQuotes(name) + ": Envoy rejected its last update (version" +
                   versionOf(failure) + ")" + (details.empty() ? "" : ": " + details) + "; " +
                   (serving ? "the version it kept is imported" : "nothing is imported"));
  }

  ImportAssembly& assembly_;
};

}  // namespace

ImportResult importConfigDump(const YAML::Node& root, const std::string& fileName) {
  ImportAssembly assembly(fileName);
  const auto& registry = schema::TypeRegistry::instance();
  auto dump = registry.newMessage(registry.findMessage("envoy.admin.v3.ConfigDump"));
  std::vector<schema::SchemaError> errors;
  schema::yamlToMessage(root, *dump, errors);
  for (auto& e : errors) assembly.error(e.line, e.column, std::move(e.path), std::move(e.message));

  ImportPlace top(root, "");
  std::vector<Section> sections;
  auto configs = repeatedMessages(*dump, "configs");
  for (std::size_t i = 0; i < configs.size(); ++i) {
    ImportPlace at = top.field("configs").index(i);
    AnyContent content = anyContent(*configs[i]);
    const gp::Descriptor* type = registry.findByTypeUrl(content.typeUrl);
    if (type == nullptr) continue;  // the reader has said what is wrong with its "@type"
    int order = orderOf(type->full_name());
    if (order < 0) {
      assembly.note("not imported: " + at.path() + " (" + type->full_name() +
                    "): it holds no xDS resources");
      continue;
    }
    auto payload = registry.newMessage(type);
    if (!payload->ParseFromString(content.bytes)) {
      assembly.error(at, "this " + type->name() + " is not imported: a string in it is not "
                         "valid UTF-8, or it is nested deeper than protobuf's limit of 100 levels");
      continue;
    }
    sections.push_back({order, std::move(payload), at});
  }
  std::stable_sort(sections.begin(), sections.end(),
                   [](const Section& a, const Section& b) { return a.order < b.order; });
  bool hasEndpoints = std::any_of(sections.begin(), sections.end(),
                                  [](const Section& s) { return s.order == 5; });
  if (!hasEndpoints)
    assembly.setMissingEndpointsHint(
        " (a dump lists endpoints only when asked: GET /config_dump?include_eds)");

  DumpReader reader(assembly);
  for (const Section& section : sections) {
    switch (section.order) {
      case 0:
        if (const gp::Message* bootstrap = messageField(*section.dump, "bootstrap"))
          importBootstrapSettings(*bootstrap, section.place.field("bootstrap"), assembly);
        break;
      case 1: reader.listeners(*section.dump, section.place); break;
      case 2: reader.scopedRoutes(*section.dump, section.place); break;
      case 3: reader.routes(*section.dump, section.place); break;
      case 4: reader.clusters(*section.dump, section.place); break;
      case 5: reader.endpoints(*section.dump, section.place); break;
      case 6: reader.secrets(*section.dump, section.place); break;
      case 7: reader.extensionConfigs(*section.dump, section.place); break;
    }
  }
  for (const Section& section : sections) {
    if (section.order != 0) continue;
    if (const gp::Message* bootstrap = messageField(*section.dump, "bootstrap"))
      importStaticResources(*bootstrap, section.place.field("bootstrap"), assembly);
  }
  return assembly.finish();
}

}  // namespace meshdesk::workspace::import
