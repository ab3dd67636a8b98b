#include "ai/backend_clusters.h"

#include <arpa/inet.h>

#include "ai/provider_conventions.h"
#include "ai/typed_config.h"
#include "envoy/extensions/clusters/aggregate/v3/cluster.pb.h"
#include "envoy/extensions/transport_sockets/tls/v3/tls.pb.h"

namespace meshdesk::ai {

namespace {

using envoy::config::cluster::v3::Cluster;

bool isIpAddress(const std::string& host) {
  unsigned char buffer[16];
  return inet_pton(AF_INET, host.c_str(), buffer) == 1 ||
         inet_pton(AF_INET6, host.c_str(), buffer) == 1;
}

// Header mutation values are Envoy format strings: a literal '%' is written "%%".
std::string formatLiteral(const std::string& text) {
  std::string out;
  for (char c : text) {
    out += c;
    if (c == '%') out += '%';
  }
  return out;
}

YAML::Node typedConfig(std::string_view type) {
  YAML::Node config;
  config["@type"] = "type.googleapis.com/" + std::string(type);
  return config;
}

YAML::Node filterEntry(const std::string& name, const YAML::Node& typedConfig) {
  YAML::Node entry;
  entry["name"] = name;
  entry["typed_config"] = typedConfig;
  return entry;
}

YAML::Node credentialInjector(const v1::Backend& backend) {
  YAML::Node generic = typedConfig("envoy.extensions.http.injected_credentials.generic.v3.Generic");
  generic["credential"]["name"] = backend.api_key_secret();
  generic["credential"]["sds_config"]["ads"] = YAML::Node(YAML::NodeType::Map);
  generic["credential"]["sds_config"]["resource_api_version"] = "V3";
  std::string_view header = apiKeyHeader(backend.provider());
  if (header != "authorization") generic["header"] = std::string(header);

  YAML::Node injector =
      typedConfig("envoy.extensions.filters.http.credential_injector.v3.CredentialInjector");
  // The client's own key, if it sent one, must not reach the provider in place of ours.
  injector["overwrite"] = true;
  injector["credential"]["name"] = "envoy.http.injected_credentials.generic";
  injector["credential"]["typed_config"] = generic;
  return filterEntry("envoy.filters.http.credential_injector", injector);
}

YAML::Node headerAppend(const std::string& key, const std::string& value, const char* action) {
  YAML::Node mutation;
  mutation["append"]["header"]["key"] = key;
  mutation["append"]["header"]["value"] = formatLiteral(value);
  mutation["append"]["append_action"] = action;
  return mutation;
}

// Upstream HTTP filters of the cluster: header edits (other backends' keys removed, the
// provider's fixed headers, the path), the key, and the codec that must end every upstream
// filter chain.
void addUpstreamFilters(Cluster& cluster, const v1::Backend& backend,
                        const UpstreamRequestEdits& edits) {
  YAML::Node mutations(YAML::NodeType::Sequence);
  for (const auto& header : edits.removedHeaders) {
    YAML::Node remove;
    remove["remove"] = header;
    mutations.push_back(remove);
  }
  for (const auto& [key, value] : providerHeaders(backend.provider()))
    mutations.push_back(headerAppend(key, value, "ADD_IF_ABSENT"));
  if (!edits.path.empty())
    mutations.push_back(headerAppend(":path", edits.path, "OVERWRITE_IF_EXISTS_OR_ADD"));
  bool key = !backend.api_key_secret().empty();
  if (!key && mutations.size() == 0) return;

  YAML::Node filters(YAML::NodeType::Sequence);
  if (mutations.size() > 0) {
    YAML::Node mutation = typedConfig("envoy.extensions.filters.http.header_mutation.v3.HeaderMutation");
    mutation["mutations"]["request_mutations"] = mutations;
    filters.push_back(filterEntry("envoy.filters.http.header_mutation", mutation));
  }
  if (key) filters.push_back(credentialInjector(backend));
  filters.push_back(filterEntry(
      "envoy.filters.http.upstream_codec",
      typedConfig("envoy.extensions.filters.http.upstream_codec.v3.UpstreamCodec")));

  YAML::Node options;
  options["explicit_http_config"]["http_protocol_options"] = YAML::Node(YAML::NodeType::Map);
  options["http_filters"] = filters;
  (*cluster.mutable_typed_extension_protocol_options())
      ["envoy.extensions.upstreams.http.v3.HttpProtocolOptions"] =
      packedFromYaml("envoy.extensions.upstreams.http.v3.HttpProtocolOptions", options);
}

}  // namespace

std::string backendClusterName(const v1::ModelRoute& route, const v1::Backend& backend) {
  return "ai-" + route.name() + "-" + backend.name();
}

std::string fallbackClusterName(const v1::ModelRoute& route, const v1::Backend& backend) {
  return backendClusterName(route, backend) + "-fallback";
}

Cluster backendCluster(const v1::ModelRoute& route, const v1::Backend& backend,
                       const UpstreamRequestEdits& edits) {
  Cluster cluster;
  std::string name = backendClusterName(route, backend);
  cluster.set_name(name);
  // A provider is one name behind which addresses rotate: LOGICAL_DNS, as Envoy advises for
  // large web services; an address needs no resolving.
  cluster.set_type(isIpAddress(backend.host()) ? Cluster::STATIC : Cluster::LOGICAL_DNS);
  *cluster.mutable_connect_timeout() = backend.connect_timeout();

  auto& assignment = *cluster.mutable_load_assignment();
  assignment.set_cluster_name(name);
  auto& endpoint = *assignment.add_endpoints()->add_lb_endpoints()->mutable_endpoint();
  auto& socket = *endpoint.mutable_address()->mutable_socket_address();
  socket.set_address(backend.host());
  socket.set_port_value(backend.port());
  // What auto_host_rewrite puts in the Host header.
  endpoint.set_hostname(backend.host());

  if (backend.tls()) {
    envoy::extensions::transport_sockets::tls::v3::UpstreamTlsContext tls;
    tls.set_sni(backend.sni());
    auto& validation = *tls.mutable_common_tls_context()->mutable_validation_context();
    validation.mutable_trusted_ca()->set_filename(backend.ca_file());
    // Without a SAN matcher Envoy checks the chain but not that it belongs to this host.
    auto& san = *validation.add_match_typed_subject_alt_names();
    san.set_san_type(envoy::extensions::transport_sockets::tls::v3::SubjectAltNameMatcher::DNS);
    san.mutable_matcher()->set_exact(backend.sni());
    cluster.mutable_transport_socket()->set_name("envoy.transport_sockets.tls");
    *cluster.mutable_transport_socket()->mutable_typed_config() = packed(tls);
  }
  addUpstreamFilters(cluster, backend, edits);
  return cluster;
}

Cluster fallbackCluster(const std::string& name, const std::vector<std::string>& clusters) {
  Cluster cluster;
  cluster.set_name(name);
  cluster.set_lb_policy(Cluster::CLUSTER_PROVIDED);
  envoy::extensions::clusters::aggregate::v3::ClusterConfig config;
  for (const auto& c : clusters) config.add_clusters(c);
  cluster.mutable_cluster_type()->set_name("envoy.clusters.aggregate");
  *cluster.mutable_cluster_type()->mutable_typed_config() = packed(config);
  return cluster;
}

}  // namespace meshdesk::ai
