// Rules inside google.protobuf.Any payloads (typed_config, api_listener, typed_per_filter_config),
// unpacked into their own type, generated or built at run time from the embedded descriptors.
#include <gmock/gmock.h>

#include <google/protobuf/unknown_field_set.h>

#include "envoy/config/listener/v3/listener.pb.h"
#include "schema/type_registry.h"
#include "validate/constraint_plan.h"
#include "validate/constraint_walk.h"
#include "validate_test_support.h"

namespace meshdesk::validate {
namespace {

using ::testing::HasSubstr;
using testing::check;
using testing::onlyFinding;
using testing::placeOf;

constexpr const char* kBufferType = "envoy.extensions.filters.http.buffer.v3.Buffer";

// A listener whose HTTP connection manager holds `filters` (YAML list items at indent 8).
std::string listenerWith(const std::string& hcmExtra, const std::string& filters) {
  return R"(listeners:
- name: edge
  address:
    socket_address: {address: 0.0.0.0, port_value: 8080}
  filter_chains:
  - filters:
    - name: envoy.filters.network.http_connection_manager
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
        stat_prefix: edge
)" + hcmExtra + R"(        route_config:
          name: local
          virtual_hosts:
          - name: all
            domains: ["*"]
            routes:
            - match: {prefix: /}
              direct_response: {status: 200}
        http_filters:
)" + filters;
}

constexpr const char* kRouter = R"(        - name: envoy.filters.http.router
          typed_config:
            "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
)";

TEST(AnyPayloads, CleanListenerHasNoFindings) {
  auto findings = check(listenerWith("", kRouter));
  EXPECT_TRUE(findings.empty()) << testing::listAll(findings);
}

TEST(AnyPayloads, GeneratedPayloadIsChecked) {
  std::string yaml = listenerWith("", kRouter);
  yaml.replace(yaml.find("stat_prefix: edge"), 17, R"(stat_prefix: "")");
  Finding f = onlyFinding(check(yaml), "string.min_len");
  EXPECT_EQ(f.path, "filter_chains[0].filters[0].typed_config.stat_prefix");
  EXPECT_EQ(placeOf(f), placeOf(yaml, R"("")"));
}

TEST(AnyPayloads, FieldOfAFilterInsideTheConnectionManager) {
  std::string yaml = listenerWith("", R"(        - name: envoy.filters.http.cors
          typed_config:
            "@type": type.googleapis.com/envoy.extensions.filters.http.cors.v3.Cors
        - name: ""
          typed_config:
            "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
)");
  Finding f = onlyFinding(check(yaml), "string.min_len");
  EXPECT_EQ(f.path, "filter_chains[0].filters[0].typed_config.http_filters[1].name");
  EXPECT_EQ(placeOf(f), placeOf(yaml, R"("")"));
}

TEST(AnyPayloads, DynamicPayloadInsideAGeneratedPayloadIsChecked) {
  // The buffer filter is not compiled in: its rules come from the embedded descriptor set.
  ASSERT_EQ(google::protobuf::DescriptorPool::generated_pool()->FindMessageTypeByName(kBufferType),
            nullptr);
  std::string yaml = listenerWith("", std::string(R"(        - name: envoy.filters.http.buffer
          typed_config:
            "@type": type.googleapis.com/envoy.extensions.filters.http.buffer.v3.Buffer
)") + kRouter);
  Finding f = onlyFinding(check(yaml), "message.required");
  EXPECT_EQ(f.path, "filter_chains[0].filters[0].typed_config.http_filters[0].typed_config."
                    "max_request_bytes");
  // Not written: the closest written field, the buffer filter's typed_config.
  EXPECT_EQ(placeOf(f), placeOf(yaml, "typed_config:", 2));

  yaml.replace(yaml.find("v3.Buffer\n"), 10, "v3.Buffer\n            max_request_bytes: 0\n");
  f = onlyFinding(check(yaml), "uint32.gt");
  EXPECT_EQ(f.message, "must be greater than 0 (is 0)");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "0\n", 1));
}

TEST(AnyPayloads, PerRouteFilterConfigInAMap) {
  std::string yaml = listenerWith("", kRouter);
  yaml.replace(yaml.find("          - name: all\n"), 22, R"(          - name: all
            typed_per_filter_config:
              envoy.filters.http.buffer:
                "@type": type.googleapis.com/envoy.extensions.filters.http.buffer.v3.BufferPerRoute
                buffer: {max_request_bytes: 0}
)");
  Finding f = onlyFinding(check(yaml), "uint32.gt");
  EXPECT_EQ(f.path, "filter_chains[0].filters[0].typed_config.route_config.virtual_hosts[0]."
                    "typed_per_filter_config[\"envoy.filters.http.buffer\"].buffer.max_request_bytes");
  EXPECT_EQ(placeOf(f), testing::right(placeOf(yaml, "max_request_bytes: 0}"), 19));
}

TEST(AnyPayloads, RequiredOneofOfADynamicPayload) {
  std::string yaml = listenerWith("", kRouter);
  yaml.replace(yaml.find("          - name: all\n"), 22, R"(          - name: all
            typed_per_filter_config:
              envoy.filters.http.buffer:
                "@type": type.googleapis.com/envoy.extensions.filters.http.buffer.v3.BufferPerRoute
)");
  Finding f = onlyFinding(check(yaml), "oneof.required");
  EXPECT_EQ(f.path, "filter_chains[0].filters[0].typed_config.route_config.virtual_hosts[0]."
                    "typed_per_filter_config[\"envoy.filters.http.buffer\"]");
  EXPECT_THAT(f.message, HasSubstr("disabled or buffer"));
  EXPECT_EQ(placeOf(f), placeOf(yaml, "envoy.filters.http.buffer:"));
}

TEST(AnyPayloads, ApiListenerPayload) {
  std::string yaml = R"(listeners:
- name: grpc.lab
  api_listener:
    api_listener:
      "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
      stat_prefix: grpc
      rds:
        route_config_name: lab-routes
      http_filters:
      - name: envoy.filters.http.router
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
)";
  Finding f = onlyFinding(check(yaml), "message.required");
  EXPECT_EQ(f.path, "api_listener.api_listener.rds.config_source");
  EXPECT_EQ(placeOf(f), placeOf(yaml, "rds:"));
}

TEST(AnyPayloads, DisallowedFieldOfADynamicType) {
  // A tracing provider's config, built from the embedded descriptors, with a field Envoy
  // disallows by default.
  std::string yaml = listenerWith(R"(        tracing:
          provider:
            name: envoy.tracers.dynamic_ot
            typed_config:
              "@type": type.googleapis.com/envoy.config.trace.v3.DynamicOtConfig
              library: /usr/lib/tracer.so
)", kRouter);
  Finding f = onlyFinding(check(yaml), "disallowed");
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_EQ(f.path, "filter_chains[0].filters[0].typed_config.tracing.provider.typed_config.library");
  EXPECT_THAT(f.message, HasSubstr("envoy.deprecated_features:envoy.config.trace.v3.DynamicOtConfig.library"));
  EXPECT_EQ(placeOf(f), placeOf(yaml, "/usr/lib/tracer.so"));
}

TEST(AnyPayloads, UnknownTypeInAMessageBuiltInCode) {
  envoy::config::listener::v3::Listener listener;
  listener.set_name("code");
  auto* filter = listener.add_filter_chains()->add_filters();
  filter->set_name("x");
  filter->mutable_typed_config()->set_type_url("type.googleapis.com/envoy.NoSuchThing");
  std::vector<Finding> findings;
  Sightings sightings;
  ConstraintWalk(findings, sightings).walk(workspace::Kind::kListener, "code", listener);
  Finding f = onlyFinding(findings, "any.type");
  EXPECT_EQ(f.path, "filter_chains[0].filters[0].typed_config");
}

TEST(RuleOptions, ReadFromDescriptorsBuiltAtRunTime) {
  const auto* buffer = schema::TypeRegistry::instance().findMessage(kBufferType);
  ASSERT_NE(buffer, nullptr);
  const MessagePlan& plan = planFor(buffer);
  ASSERT_EQ(plan.ruled.size(), 1u);
  EXPECT_EQ(plan.ruled[0].field->name(), "max_request_bytes");
  EXPECT_TRUE(plan.ruled[0].rules->message().required());
  EXPECT_EQ(plan.ruled[0].rules->uint32().gt(), 0u);
  EXPECT_TRUE(plan.ruled[0].rules->uint32().has_gt());
  EXPECT_EQ(&planFor(buffer), &plan);  // cached
}

TEST(RuleOptions, ReadFromUnknownFieldsWhenTheExtensionWasNotKnown) {
  ::validate::FieldRules written;
  written.mutable_string()->set_min_len(3);
  google::protobuf::FieldOptions options;
  options.GetReflection()->MutableUnknownFields(&options)->AddLengthDelimited(
      ::validate::kRulesFieldNumber, written.SerializeAsString());
  ::validate::FieldRules read;
  ASSERT_TRUE(readRulesOption(options, read));
  EXPECT_EQ(read.string().min_len(), 3u);

  google::protobuf::FieldOptions none;
  EXPECT_FALSE(readRulesOption(none, read));
}

}  // namespace
}  // namespace meshdesk::validate

namespace meshdesk::validate {
namespace {

TEST(AnyPayloads, TypedStructIsConvertedAndChecked) {
  std::string yaml = listenerWith("", std::string(R"(        - name: envoy.filters.http.buffer
          typed_config:
            "@type": type.googleapis.com/xds.type.v3.TypedStruct
            type_url: type.googleapis.com/envoy.extensions.filters.http.buffer.v3.Buffer
            value:
              max_request_bytes: 0
              max_request_bytez: 1
)") + kRouter);
  auto findings = check(yaml);
  Finding rule = onlyFinding(findings, "uint32.gt");
  EXPECT_EQ(rule.path, "filter_chains[0].filters[0].typed_config.http_filters[0].typed_config."
                       "value.max_request_bytes");
  EXPECT_EQ(placeOf(rule), testing::right(placeOf(yaml, "max_request_bytes: 0"), 19));
  Finding schema = onlyFinding(findings, "schema");
  EXPECT_EQ(schema.path, "filter_chains[0].filters[0].typed_config.http_filters[0].typed_config."
                         "value.max_request_bytez");
  EXPECT_THAT(schema.message, HasSubstr("did you mean 'max_request_bytes'?"));
  // A scalar field is placed at its value (the reader places unknown keys at the key).
  EXPECT_EQ(placeOf(schema), testing::right(placeOf(yaml, "max_request_bytez"), 19));
}

}  // namespace
}  // namespace meshdesk::validate
