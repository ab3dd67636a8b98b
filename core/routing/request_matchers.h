#pragma once
// The conditions a route puts on a request besides its path, compiled once: header matchers,
// query parameter matchers and dynamic metadata matchers, with Envoy's semantics (including
// its corner cases: a missing header, invert_match, present_match: false).

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "envoy/config/route/v3/route_components.pb.h"
#include "envoy/type/matcher/v3/metadata.pb.h"
#include "envoy/type/matcher/v3/value.pb.h"
#include "routing/request_view.h"
#include "routing/string_match.h"

namespace meshdesk::routing {

class HeaderCondition {
 public:
  static HeaderCondition compile(const envoy::config::route::v3::HeaderMatcher& proto,
                                 std::string& error);
  bool matches(const RequestView& request) const;
  // Why it matched or not, with the value the request has: "header 'x-canary' exact 'true':
  // request has 'false'".
  std::string explain(const RequestView& request) const;
  const std::string& name() const { return name_; }

 private:
  enum class Type { kValue, kRange, kPresent };
  std::string name_;  // lower case
  Type type_ = Type::kPresent;
  StringMatch value_;
  std::int64_t rangeStart_ = 0;
  std::int64_t rangeEnd_ = 0;
  bool present_ = true;
  bool invert_ = false;
  bool treatMissingAsEmpty_ = false;

  bool matchesValue(std::string_view value) const;
  std::string describeCondition() const;
};

class QueryCondition {
 public:
  static QueryCondition compile(const envoy::config::route::v3::QueryParameterMatcher& proto,
                                std::string& error);
  bool matches(const RequestView& request) const;
  std::string explain(const RequestView& request) const;

 private:
  std::string name_;
  enum class Type { kValue, kPresent } type_ = Type::kPresent;
  StringMatch value_;
  bool present_ = true;
};

// google.protobuf.Value against a ValueMatcher (one node of a possibly nested matcher).
class ValueCondition {
 public:
  static ValueCondition compile(const envoy::type::matcher::v3::ValueMatcher& proto,
                                std::string& error);
  // `value` null: the path leads nowhere (Envoy then matches against an unset Value).
  bool matches(const google::protobuf::Value* value) const;
  std::string describe() const;

 private:
  enum class Type { kNull, kDoubleRange, kDoubleExact, kString, kBool, kPresent, kListOneOf, kOr };
  Type type_ = Type::kPresent;
  double start_ = 0, end_ = 0, exact_ = 0;
  StringMatch string_;
  bool flag_ = false;
  std::vector<ValueCondition> children_;
};

class MetadataCondition {
 public:
  static MetadataCondition compile(const envoy::type::matcher::v3::MetadataMatcher& proto,
                                   std::string& error);
  bool matches(const RequestView& request) const;
  std::string explain(const RequestView& request) const;
  const std::string& ns() const { return ns_; }
  const std::vector<std::string>& path() const { return path_; }
  // "ns.key.sub"
  std::string where() const;

 private:
  std::string ns_;
  std::vector<std::string> path_;
  ValueCondition value_;
  bool invert_ = false;
};

// A protobuf Value as a reader would write it: "gpt-4o" quoted, numbers and booleans bare.
std::string valueText(const google::protobuf::Value& value);

}  // namespace meshdesk::routing
