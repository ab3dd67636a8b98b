#include "lab/envoy_bootstrap.h"

#include <yaml-cpp/yaml.h>

#include "schema/yaml_writer.h"

namespace meshdesk::lab {

namespace {

// Scalars tagged "!" are strings to emitYaml (quoted when they would read as something else);
// untagged ones are written as they are (numbers, enums).
YAML::Node text(const std::string& s) {
  YAML::Node n(s);
  n.SetTag("!");
  return n;
}

YAML::Node socketAddress(const std::string& host, int port) {
  YAML::Node socket;
  socket["address"] = text(host);
  socket["port_value"] = port;
  YAML::Node address;
  address["socket_address"] = socket;
  return address;
}

YAML::Node adsSource() {
  YAML::Node source;
  source["ads"] = YAML::Node(YAML::NodeType::Map);
  source["resource_api_version"] = "V3";
  return source;
}

}  // namespace

std::string bootstrapYaml(const BootstrapSpec& spec) {
  static constexpr const char* kXdsCluster = "meshdesk_xds";
  YAML::Node root;

  YAML::Node node;
  node["id"] = text(spec.nodeId);
  node["cluster"] = text(spec.cluster);
  if (!spec.region.empty() || !spec.zone.empty()) {
    if (!spec.region.empty()) node["locality"]["region"] = text(spec.region);
    if (!spec.zone.empty()) node["locality"]["zone"] = text(spec.zone);
  }
  if (!spec.metadata.empty())
    for (const auto& [key, value] : spec.metadata) node["metadata"][key] = text(value);
  root["node"] = node;

  YAML::Node admin;
  admin["address"] = socketAddress(spec.adminHost, spec.adminPort);
  root["admin"] = admin;

  YAML::Node ads;
  ads["api_type"] = spec.delta ? "DELTA_GRPC" : "GRPC";
  ads["transport_api_version"] = "V3";
  YAML::Node grpcService;
  grpcService["envoy_grpc"]["cluster_name"] = text(kXdsCluster);
  ads["grpc_services"].push_back(grpcService);
  // Envoy sends its node on the first request of a stream only; the control plane remembers it.
  ads["set_node_on_first_message_only"] = true;
  YAML::Node dynamic;
  dynamic["ads_config"] = ads;
  dynamic["cds_config"] = adsSource();
  dynamic["lds_config"] = adsSource();
  root["dynamic_resources"] = dynamic;

  // xDS is gRPC, so the cluster that reaches the control plane must speak HTTP/2.
  YAML::Node cluster;
  cluster["name"] = text(kXdsCluster);
  cluster["type"] = "STATIC";
  cluster["connect_timeout"] = text("1s");
  YAML::Node protocol;
  protocol["@type"] = text("type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions");
  protocol["explicit_http_config"]["http2_protocol_options"] = YAML::Node(YAML::NodeType::Map);
  cluster["typed_extension_protocol_options"]["envoy.extensions.upstreams.http.v3.HttpProtocolOptions"] =
      protocol;
  YAML::Node endpoint;
  endpoint["endpoint"]["address"] = socketAddress(spec.xdsHost, spec.xdsPort);
  YAML::Node locality;
  locality["lb_endpoints"].push_back(endpoint);
  cluster["load_assignment"]["cluster_name"] = text(kXdsCluster);
  cluster["load_assignment"]["endpoints"].push_back(locality);
  root["static_resources"]["clusters"].push_back(cluster);

  return schema::emitYaml(root);
}

}  // namespace meshdesk::lab
