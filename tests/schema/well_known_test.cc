// Every well-known type, both ways: what YAML reads into it, how it is written back, and the
// errors for each wrong form.
#include <google/protobuf/any.pb.h>
#include <google/protobuf/duration.pb.h>
#include <google/protobuf/empty.pb.h>
#include <google/protobuf/field_mask.pb.h>
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/timestamp.pb.h>
#include <google/protobuf/wrappers.pb.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "schema/message_to_yaml.h"
#include "schema/well_known_text.h"
#include "schema/yaml_to_message.h"

namespace meshdesk::schema {
namespace {

namespace gp = google::protobuf;
using ::testing::HasSubstr;

// Reads `yaml` into M, expecting no error, and checks it is written back as `written`.
template <typename M>
M roundTrip(std::string_view yaml, std::string_view written) {
  M message;
  std::vector<SchemaError> errors;
  EXPECT_TRUE(yamlTextToMessage(yaml, message, errors))
      << yaml << ": " << (errors.empty() ? "" : errors.front().toString());
  EXPECT_EQ(messageToYamlText(message), written) << "from " << yaml;
  return message;
}

template <typename M>
std::string errorOf(std::string_view yaml) {
  M message;
  std::vector<SchemaError> errors;
  yamlTextToMessage(yaml, message, errors);
  EXPECT_EQ(errors.size(), 1u) << yaml;
  return errors.empty() ? "" : errors.front().message;
}

TEST(WellKnown, Duration) {
  auto d = roundTrip<gp::Duration>("5s", "5s\n");
  EXPECT_EQ(d.seconds(), 5);
  d = roundTrip<gp::Duration>("0.250s", "0.250s\n");
  EXPECT_EQ(d.nanos(), 250'000'000);
  d = roundTrip<gp::Duration>("\"1.000001s\"", "1.000001s\n");
  EXPECT_EQ(d.nanos(), 1'000);
  d = roundTrip<gp::Duration>("-1.5s", "-1.500s\n");
  EXPECT_EQ(d.seconds(), -1);
  EXPECT_EQ(d.nanos(), -500'000'000);
  roundTrip<gp::Duration>("0.000000001s", "0.000000001s\n");
  roundTrip<gp::Duration>("315576000000s", "315576000000s\n");
}

TEST(WellKnown, DurationErrors) {
  EXPECT_THAT(errorOf<gp::Duration>("5"), HasSubstr("with an 's' suffix"));
  EXPECT_THAT(errorOf<gp::Duration>("250ms"), HasSubstr("with an 's' suffix"));
  EXPECT_THAT(errorOf<gp::Duration>("1.0000000001s"), HasSubstr("with an 's' suffix"));
  EXPECT_THAT(errorOf<gp::Duration>("315576000001s"), HasSubstr("out of range"));
  EXPECT_THAT(errorOf<gp::Duration>("{seconds: 5}"), HasSubstr("expected a duration"));
}

TEST(WellKnown, Timestamp) {
  auto t = roundTrip<gp::Timestamp>("2024-05-01T12:00:00Z", "2024-05-01T12:00:00Z\n");
  EXPECT_EQ(t.seconds(), 1714564800);
  t = roundTrip<gp::Timestamp>("2024-05-01T14:00:00.5+02:00", "2024-05-01T12:00:00.500Z\n");
  EXPECT_EQ(t.nanos(), 500'000'000);
  t = roundTrip<gp::Timestamp>("1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z\n");
  EXPECT_EQ(t.seconds(), -1);
  roundTrip<gp::Timestamp>("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z\n");
  roundTrip<gp::Timestamp>("2000-02-29T23:59:59.123456789Z", "2000-02-29T23:59:59.123456789Z\n");
}

TEST(WellKnown, TimestampErrors) {
  EXPECT_THAT(errorOf<gp::Timestamp>("2024-05-01 12:00:00"), HasSubstr("RFC 3339"));
  EXPECT_THAT(errorOf<gp::Timestamp>("2023-02-29T00:00:00Z"), HasSubstr("impossible date"));
  EXPECT_THAT(errorOf<gp::Timestamp>("2024-05-01T12:00:00"), HasSubstr("RFC 3339"));
  EXPECT_THAT(errorOf<gp::Timestamp>("1714564800"), HasSubstr("RFC 3339"));
}

TEST(WellKnown, WrappersArePlainScalars) {
  EXPECT_EQ(roundTrip<gp::UInt32Value>("42", "42\n").value(), 42u);
  EXPECT_EQ(roundTrip<gp::Int32Value>("-7", "-7\n").value(), -7);
  EXPECT_EQ(roundTrip<gp::UInt64Value>("\"18446744073709551615\"", "18446744073709551615\n").value(),
            18446744073709551615ull);
  EXPECT_EQ(roundTrip<gp::Int64Value>("-9223372036854775808", "-9223372036854775808\n").value(),
            INT64_MIN);
  EXPECT_EQ(roundTrip<gp::BoolValue>("false", "false\n").value(), false);
  EXPECT_EQ(roundTrip<gp::StringValue>("hello", "hello\n").value(), "hello");
  EXPECT_EQ(roundTrip<gp::StringValue>("\"8080\"", "\"8080\"\n").value(), "8080");
  EXPECT_EQ(roundTrip<gp::BytesValue>("AAEC", "AAEC\n").value(), std::string("\0\1\2", 3));
  EXPECT_EQ(roundTrip<gp::DoubleValue>("0.1", "0.1\n").value(), 0.1);
  EXPECT_EQ(roundTrip<gp::FloatValue>("0.1", "0.1\n").value(), 0.1f);
  EXPECT_EQ(roundTrip<gp::DoubleValue>("1e300", "1e+300\n").value(), 1e300);
}

TEST(WellKnown, WrapperErrors) {
  EXPECT_THAT(errorOf<gp::UInt32Value>("-1"), HasSubstr("out of range"));
  EXPECT_THAT(errorOf<gp::UInt32Value>("{value: 1}"), HasSubstr("expected an integer (uint32), found a mapping"));
  EXPECT_THAT(errorOf<gp::Int32Value>("2147483648"), HasSubstr("out of range"));
  EXPECT_THAT(errorOf<gp::FloatValue>("1e39"), HasSubstr("out of range for a float"));
  EXPECT_THAT(errorOf<gp::DoubleValue>("fast"), HasSubstr("expected a number"));
  EXPECT_THAT(errorOf<gp::BoolValue>("1"), HasSubstr("expected true or false"));
}

TEST(WellKnown, NonFiniteDoubles) {
  roundTrip<gp::DoubleValue>(".inf", "Infinity\n");
  roundTrip<gp::DoubleValue>("-Infinity", "-Infinity\n");
  EXPECT_TRUE(std::isnan(roundTrip<gp::DoubleValue>("NaN", "NaN\n").value()));
}

TEST(WellKnown, StructValueAndListValueAreFreeFormYaml) {
  auto s = roundTrip<gp::Struct>(R"(zone: us-east-1a
weight: 3.5
canary: true
note: "true"
port: "8080"
none: ~
tags: [a, 1, false]
nested: {deep: {x: z}}
)", R"(canary: true
nested:
  deep:
    x: z
none: null
note: "true"
port: "8080"
tags: [a, 1, false]
weight: 3.5
zone: us-east-1a
)");
  EXPECT_EQ(s.fields().at("weight").number_value(), 3.5);
  EXPECT_EQ(s.fields().at("note").string_value(), "true");
  EXPECT_EQ(s.fields().at("port").string_value(), "8080");
  EXPECT_EQ(s.fields().at("none").kind_case(), gp::Value::kNullValue);
  EXPECT_EQ(s.fields().at("tags").list_value().values(1).number_value(), 1);
  auto v = roundTrip<gp::Value>("[1, {a: b}]", "- 1\n- a: b\n");
  EXPECT_EQ(v.list_value().values(1).struct_value().fields().at("a").string_value(), "b");
  auto l = roundTrip<gp::ListValue>("- x\n- 2\n", "[x, 2]\n");
  EXPECT_EQ(l.values(0).string_value(), "x");
  EXPECT_THAT(errorOf<gp::Struct>("[1, 2]"), HasSubstr("expected a mapping (google.protobuf.Struct)"));
  EXPECT_THAT(errorOf<gp::ListValue>("{a: 1}"), HasSubstr("expected a list (google.protobuf.ListValue)"));
}

TEST(WellKnown, FieldMaskAsTextOrList) {
  auto m = roundTrip<gp::FieldMask>("\"routeConfig.virtualHosts,statPrefix\"",
                                    "routeConfig.virtualHosts,statPrefix\n");
  ASSERT_EQ(m.paths_size(), 2);
  EXPECT_EQ(m.paths(0), "route_config.virtual_hosts");
  EXPECT_EQ(m.paths(1), "stat_prefix");
  m = roundTrip<gp::FieldMask>("[route_config.name, stat_prefix]", "routeConfig.name,statPrefix\n");
  EXPECT_EQ(m.paths(0), "route_config.name");
  EXPECT_THAT(errorOf<gp::FieldMask>("{a: b}"), HasSubstr("expected field paths"));
}

TEST(WellKnown, EmptyIsAnEmptyMapping) {
  roundTrip<gp::Empty>("{}", "{}\n");
  EXPECT_THAT(errorOf<gp::Empty>("{a: 1}"), HasSubstr("unknown field 'a' in google.protobuf.Empty"));
}

TEST(WellKnown, AnyHoldingAWellKnownTypeUsesValue) {
  auto any = roundTrip<gp::Any>(
      "{\"@type\": type.googleapis.com/google.protobuf.Duration, value: 1.5s}",
      "\"@type\": type.googleapis.com/google.protobuf.Duration\nvalue: 1.500s\n");
  gp::Duration d;
  ASSERT_TRUE(any.UnpackTo(&d));
  EXPECT_EQ(d.seconds(), 1);
  roundTrip<gp::Any>("{\"@type\": type.googleapis.com/google.protobuf.Struct, value: {a: 1}}",
                     "\"@type\": type.googleapis.com/google.protobuf.Struct\nvalue:\n  a: 1\n");
  EXPECT_THAT(errorOf<gp::Any>("{\"@type\": type.googleapis.com/google.protobuf.Duration, "
                               "seconds: 1}"),
              HasSubstr("has only \"@type\" and \"value\""));
}

TEST(WellKnown, AnyHoldingAMessageListsItsFieldsAfterType) {
  roundTrip<gp::Any>(R"("@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
suppress_envoy_headers: true
start_child_span: true
)",
                     R"("@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
start_child_span: true
suppress_envoy_headers: true
)");
}

TEST(WellKnownText, Base64AcceptsBothAlphabetsAndNoPadding) {
  std::string out;
  EXPECT_EQ(text::decodeBase64("-_8", out), "");
  EXPECT_EQ(out, "\xfb\xff");
  EXPECT_EQ(text::decodeBase64("+/8=", out), "");
  EXPECT_EQ(out, "\xfb\xff");
  EXPECT_EQ(text::encodeBase64("\xfb\xff"), "+/8=");
  EXPECT_EQ(text::encodeBase64(""), "");
  EXPECT_EQ(text::encodeBase64("abc"), "YWJj");
  EXPECT_NE(text::decodeBase64("YW=J", out), "");
  EXPECT_NE(text::decodeBase64("Y", out), "");
}

TEST(WellKnownText, IntegersRejectJunkAndReportRange) {
  std::int64_t s;
  std::uint64_t u;
  EXPECT_EQ(text::parseSigned("+12", -100, 100, s), "");
  EXPECT_EQ(s, 12);
  EXPECT_NE(text::parseSigned("12abc", -100, 100, s), "");
  EXPECT_NE(text::parseSigned("", -100, 100, s), "");
  EXPECT_NE(text::parseSigned("0x10", -100, 100, s), "");
  EXPECT_THAT(text::parseSigned("101", -100, 100, s), HasSubstr("out of range"));
  EXPECT_EQ(text::parseUnsigned("-0", 10, u), "");
  EXPECT_THAT(text::parseUnsigned("-3", 10, u), HasSubstr("out of range"));
}

}  // namespace
}  // namespace meshdesk::schema
