// An Envoy bootstrap into a workspace: static_resources become items, every other setting a
// note. The bootstrap type is not compiled to C++; the registry reads it as a DynamicMessage.
#include <map>

#include "schema/type_registry.h"
#include "schema/yaml_to_message.h"
#include "workspace/import_formats.h"

namespace gp = google::protobuf;

namespace meshdesk::workspace::import {

namespace {

// Why a bootstrap setting is not a workspace item; the settings not listed are "a bootstrap
// setting".
std::string whyNotImported(const std::string& field) {
  static const std::map<std::string, std::string> reasons{
      {"node", "the proxy's identity, which each proxy sets in its own bootstrap (node groups "
               "match on it)"},
      {"admin", "the admin interface is set in each proxy's bootstrap"},
      {"dynamic_resources", "where the proxy gets its configuration from; point its ads_config "
                            "at Meshdesk's xDS address"},
      {"layered_runtime", "runtime layers are read from the bootstrap; a layer for Meshdesk to "
                          "serve goes in runtimes (RTDS)"},
      {"hds_config", "health discovery is not served by Meshdesk"},
      {"cluster_manager", "cluster manager settings are read from the bootstrap"},
  };
  auto it = reasons.find(field);
  return it != reasons.end() ? it->second : "a bootstrap setting, not a resource Meshdesk serves";
}

// The clusters named as the way to a management server: gRPC services' envoy_grpc.cluster_name
// and REST/gRPC api_config_source.cluster_names, wherever they are in `message`.
void collectServerClusters(const gp::Message& message, ImportAssembly& assembly, int depth) {
  if (depth > 32) return;
  const std::string& type = message.GetDescriptor()->full_name();
  if (type == "envoy.config.core.v3.GrpcService.EnvoyGrpc") {
    if (std::string name = stringField(message, "cluster_name"); !name.empty())
      assembly.addControlPlaneCluster(name);
  }
  const gp::Reflection* reflection = message.GetReflection();
  std::vector<const gp::FieldDescriptor*> fields;
  reflection->ListFields(message, &fields);
  for (const gp::FieldDescriptor* field : fields) {
    if (type == "envoy.config.core.v3.ApiConfigSource" && field->name() == "cluster_names") {
      for (int i = 0; i < reflection->FieldSize(message, field); ++i)
        assembly.addControlPlaneCluster(reflection->GetRepeatedString(message, field, i));
    }
    if (field->cpp_type() != gp::FieldDescriptor::CPPTYPE_MESSAGE) continue;
    if (field->is_repeated()) {
      for (int i = 0; i < reflection->FieldSize(message, field); ++i)
        collectServerClusters(reflection->GetRepeatedMessage(message, field, i), assembly,
                              depth + 1);
    } else {
      collectServerClusters(reflection->GetMessage(message, field), assembly, depth + 1);
    }
  }
}

}  // namespace

void importBootstrapSettings(const gp::Message& bootstrap, const ImportPlace& place,
                             ImportAssembly& assembly) {
  std::vector<const gp::FieldDescriptor*> fields;
  bootstrap.GetReflection()->ListFields(bootstrap, &fields);
  for (const gp::FieldDescriptor* field : fields) {
    if (field->name() == "static_resources") continue;
    ImportPlace at = place.field(field->name());
    std::string where = at.path();
    if (at.location().line > 0) where += " (line " + std::to_string(at.location().line) + ")";
    assembly.note("not imported: " + where + ": " + whyNotImported(field->name()));
  }
  if (const gp::Message* dynamic = messageField(bootstrap, "dynamic_resources"))
    collectServerClusters(*dynamic, assembly, 0);
}

void importStaticResources(const gp::Message& bootstrap, const ImportPlace& place,
                           ImportAssembly& assembly) {
  const gp::Message* resources = messageField(bootstrap, "static_resources");
  if (resources == nullptr) return;
  ImportPlace at = place.field("static_resources");
  auto listeners = repeatedMessages(*resources, "listeners");
  for (std::size_t i = 0; i < listeners.size(); ++i) {
    ImportPlace item = at.field("listeners").index(i);
    envoy::config::listener::v3::Listener listener;
    if (readAs(*listeners[i], listener, item, assembly)) assembly.addListener(std::move(listener), item);
  }
  auto clusters = repeatedMessages(*resources, "clusters");
  for (std::size_t i = 0; i < clusters.size(); ++i) {
    ImportPlace item = at.field("clusters").index(i);
    envoy::config::cluster::v3::Cluster cluster;
    if (readAs(*clusters[i], cluster, item, assembly)) assembly.addCluster(std::move(cluster), item);
  }
  auto secrets = repeatedMessages(*resources, "secrets");
  for (std::size_t i = 0; i < secrets.size(); ++i) {
    ImportPlace item = at.field("secrets").index(i);
    envoy::extensions::transport_sockets::tls::v3::Secret secret;
    if (readAs(*secrets[i], secret, item, assembly)) assembly.addSecret(std::move(secret), item);
  }
  // Fields a later Envoy API adds to static_resources are not dropped without a word.
  std::vector<const gp::FieldDescriptor*> fields;
  resources->GetReflection()->ListFields(*resources, &fields);
  for (const gp::FieldDescriptor* field : fields) {
    const std::string& name = field->name();
    if (name == "listeners" || name == "clusters" || name == "secrets") continue;
    assembly.note("not imported: " + at.field(name).path() + ": not a kind of resource the "
                  "importer knows");
  }
}

ImportResult importBootstrap(const YAML::Node& root, const std::string& fileName) {
  ImportAssembly assembly(fileName);
  const auto& registry = schema::TypeRegistry::instance();
  const gp::Descriptor* type = registry.findMessage("envoy.config.bootstrap.v3.Bootstrap");
  // A workspace given by mistake would otherwise be a list of unknown fields.
  for (const auto& entry : root) {
    if (!entry.first.IsScalar()) continue;
    const std::string& key = entry.first.Scalar();
    if (kindFromKey(key) && type->FindFieldByName(key) == nullptr) {
      assembly.error(ImportPlace(entry.first, key),
                     "this looks like a Meshdesk workspace (it has '" + key +
                         "' at the top), not an Envoy bootstrap or /config_dump; open it "
                         "instead of importing it");
      return assembly.finish();
    }
  }
  auto bootstrap = registry.newMessage(type);
  std::vector<schema::SchemaError> errors;
  schema::yamlToMessage(root, *bootstrap, errors);
  for (auto& e : errors) assembly.error(e.line, e.column, std::move(e.path), std::move(e.message));
  ImportPlace top(root, "");
  importBootstrapSettings(*bootstrap, top, assembly);
  importStaticResources(*bootstrap, top, assembly);
  return assembly.finish();
}

}  // namespace meshdesk::workspace::import
