#pragma once
// The google.protobuf types whose YAML/JSON form is not a plain mapping of their fields.

#include <string_view>

#include <google/protobuf/descriptor.h>

namespace meshdesk::schema {

enum class WellKnown {
  kNone,  // an ordinary message (google.protobuf.Empty included: it is written `{}`)
  kAny,
  kDuration,
  kTimestamp,
  kWrapper,  // DoubleValue ... BytesValue: the wrapped scalar itself
  kStruct,
  kValue,
  kListValue,
  kFieldMask,
};

inline WellKnown wellKnownOf(const google::protobuf::Descriptor* type) {
  if (type->file()->package() != "google.protobuf") return WellKnown::kNone;
  std::string_view name = type->name();
  if (name == "Any") return WellKnown::kAny;
  if (name == "Duration") return WellKnown::kDuration;
  if (name == "Timestamp") return WellKnown::kTimestamp;
  if (name == "Struct") return WellKnown::kStruct;
  if (name == "Value") return WellKnown::kValue;
  if (name == "ListValue") return WellKnown::kListValue;
  if (name == "FieldMask") return WellKnown::kFieldMask;
  if (name == "DoubleValue" || name == "FloatValue" || name == "Int64Value" ||
      name == "UInt64Value" || name == "Int32Value" || name == "UInt32Value" ||
      name == "BoolValue" || name == "StringValue" || name == "BytesValue")
    return WellKnown::kWrapper;
  return WellKnown::kNone;
}

}  // namespace meshdesk::schema
