#pragma once
// What to check on each message type, read once from its descriptor and kept.
//
// Envoy's API declares its constraints as field options ((validate.rules), protoc-gen-validate)
// and marks fields deprecated or disallowed ((envoy.annotations.disallowed_by_default)). Envoy
// compiles them into code; Meshdesk reads them from the descriptors at run time, so the same
// checks apply to the ~90 generated types and to every type built from the embedded descriptor
// set. Reading options is not free, so each type's plan is made once and cached for the process.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <google/protobuf/descriptor.h>
#include <re2/re2.h>

#include "schema/well_known_types.h"
#include "validate/validate.pb.h"

namespace meshdesk::validate {

// Types whose messages later checks need to see wherever they occur (inside any Any), so the
// walk collects them; see resource_facts.h.
enum class Watched : std::int8_t {
  kNone = -1,
  kHttpConnectionManager,
  kRouteConfiguration,
  kSdsSecretConfig,
  kTcpProxy,
  kAggregateCluster,
  kScopedRouteConfiguration,
  kCount,
};

struct FieldPlan {
  const google::protobuf::FieldDescriptor* field = nullptr;
  // Null when the field has no (validate.rules).
  const ::validate::FieldRules* rules = nullptr;
};

struct MessagePlan {
  const google::protobuf::Descriptor* type = nullptr;
  schema::WellKnown wellKnown = schema::WellKnown::kNone;
  Watched watched = Watched::kNone;
  // xds.type.v3.TypedStruct / udpa.type.v1.TypedStruct: an extension's config written as a
  // Struct, which Envoy converts to the named type and validates like any payload.
  bool typedStruct = false;
  // envoy.type.matcher.v3.RegexMatcher / xds.type.matcher.v3.RegexMatcher: Envoy compiles the
  // regex with RE2 and rejects it if it does not compile or its program is too big.
  bool regexMatcher = false;
  // (validate.disabled): none of this message's own rules apply.
  bool disabled = false;
  // Fields with rules, in declaration order.
  std::vector<FieldPlan> ruled;
  // Oneofs with (validate.required).
  std::vector<const google::protobuf::OneofDescriptor*> requiredOneofs;
  // By field index: what Envoy says when the field is set.
  enum FieldFlag : std::uint8_t { kDeprecated = 1, kDisallowed = 2, kSkip = 4 };
  std::vector<std::uint8_t> fieldFlags;
  // Whether any field can hold a message (otherwise there is nothing to walk into).
  bool hasMessageFields = false;

  std::vector<std::unique_ptr<::validate::FieldRules>> storage;
};

// The plan of `type`; made on first use, thread-safe, never freed (descriptors live as long).
const MessagePlan& planFor(const google::protobuf::Descriptor* type);

// A regular expression compiled once (API patterns, and the workspace's safe_regex, which are
// recompiled on every validation otherwise). One that does not compile comes back with ok()
// false. The cache is bounded (emptied when it grows past some thousands of expressions, as
// an editing session may produce), hence shared ownership.
std::shared_ptr<const RE2> compiledPattern(const std::string& pattern);

// Reads an extension of an options message: the parsed extension when the options were parsed
// with it linked in, else the same field number from the unknown fields (an options message
// parsed before the extension was known). Exposed for tests.
bool readRulesOption(const google::protobuf::FieldOptions& options, ::validate::FieldRules& out);

}  // namespace meshdesk::validate
