// The bootstrap written for a lab Envoy reads back as envoy.config.bootstrap.v3.Bootstrap
// through the same schema code that reads workspaces (so a field Envoy does not know would be
// an error here), and says what it should.

#include "lab/envoy_bootstrap.h"

#include <gtest/gtest.h>

#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/type_resolver_util.h>

#include <nlohmann/json.hpp>

#include "schema/type_registry.h"
#include "schema/yaml_to_message.h"

namespace meshdesk::lab {
namespace {

// The message as JSON with proto field names, to look at with plain JSON paths (the Bootstrap
// type is not compiled into the binary; it is a dynamic message here).
nlohmann::json parseBack(const std::string& yaml) {
  const auto& registry = schema::TypeRegistry::instance();
  const auto* type = registry.findMessage("envoy.config.bootstrap.v3.Bootstrap");
  EXPECT_NE(type, nullptr);
  auto message = registry.newMessage(type);
  std::vector<schema::SchemaError> errors;
  EXPECT_TRUE(schema::yamlTextToMessage(yaml, *message, errors))
      << (errors.empty() ? "" : errors.front().toString()) << "\n" << yaml;
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  std::unique_ptr<google::protobuf::util::TypeResolver> resolver(
      google::protobuf::util::NewTypeResolverForDescriptorPool("type.googleapis.com",
                                                               &registry.pool()));
  std::string json;
  auto status = google::protobuf::util::BinaryToJsonString(
      resolver.get(), "type.googleapis.com/envoy.config.bootstrap.v3.Bootstrap",
      message->SerializeAsString(), &json, options);
  EXPECT_TRUE(status.ok()) << status.ToString();
  return nlohmann::json::parse(json);
}

TEST(EnvoyBootstrap, ReadsBackAsABootstrapWithNodeAdminAndAds) {
  BootstrapSpec spec;
  spec.nodeId = "lab-envoy-1";
  spec.cluster = "edge";
  spec.region = "eu";
  spec.zone = "eu-1a";
  spec.metadata = {{"track", "canary"}, {"version", "1.0"}};
  spec.xdsPort = 18123;
  spec.adminPort = 19001;
  auto b = parseBack(bootstrapYaml(spec));

  EXPECT_EQ(b["node"]["id"], "lab-envoy-1");
  EXPECT_EQ(b["node"]["cluster"], "edge");
  EXPECT_EQ(b["node"]["locality"]["zone"], "eu-1a");
  EXPECT_EQ(b["node"]["metadata"]["track"], "canary");
  // Quoted where it would otherwise read as a number.
  EXPECT_EQ(b["node"]["metadata"]["version"], "1.0");
  EXPECT_EQ(b["admin"]["address"]["socket_address"]["address"], "127.0.0.1");
  EXPECT_EQ(b["admin"]["address"]["socket_address"]["port_value"], 19001);

  const auto& ads = b["dynamic_resources"]["ads_config"];
  EXPECT_EQ(ads["api_type"], "GRPC");
  EXPECT_EQ(ads["transport_api_version"], "V3");
  const std::string xdsCluster = ads["grpc_services"][0]["envoy_grpc"]["cluster_name"];
  EXPECT_TRUE(b["dynamic_resources"]["cds_config"].contains("ads"));
  EXPECT_TRUE(b["dynamic_resources"]["lds_config"].contains("ads"));

  const auto& clusters = b["static_resources"]["clusters"];
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0]["name"], xdsCluster);
  const auto& socket = clusters[0]["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]
                                  ["address"]["socket_address"];
  EXPECT_EQ(socket["address"], "127.0.0.1");
  EXPECT_EQ(socket["port_value"], 18123);
  // gRPC needs HTTP/2 to the control plane.
  const auto& options =
      clusters[0]["typed_extension_protocol_options"]["envoy.extensions.upstreams.http.v3.HttpProtocolOptions"];
  EXPECT_TRUE(options["explicit_http_config"].contains("http2_protocol_options"));
}

TEST(EnvoyBootstrap, DeltaAndDeterministic) {
  BootstrapSpec spec;
  spec.nodeId = "n";
  spec.delta = true;
  const std::string yaml = bootstrapYaml(spec);
  EXPECT_EQ(yaml, bootstrapYaml(spec));
  EXPECT_EQ(parseBack(yaml)["dynamic_resources"]["ads_config"]["api_type"], "DELTA_GRPC");
  // A node id that YAML would read as something else stays a string.
  spec.nodeId = "true";
  EXPECT_EQ(parseBack(bootstrapYaml(spec))["node"]["id"], "true");
}

}  // namespace
}  // namespace meshdesk::lab
