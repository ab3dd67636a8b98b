#include "xds/node_matcher.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "envoy/config/core/v3/base.pb.h"
#include "envoy/type/matcher/v3/node.pb.h"

namespace meshdesk::xds {

namespace {
std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

bool matchesValue(const envoy::type::matcher::v3::ValueMatcher& m,
                  const google::protobuf::Value& v) {
  using M = envoy::type::matcher::v3::ValueMatcher;
  switch (m.match_pattern_case()) {
    case M::kNullMatch: return v.has_null_value();
    case M::kStringMatch: return v.has_string_value() && matchesString(m.string_match(), v.string_value());
    case M::kBoolMatch: return v.has_bool_value() && v.bool_value() == m.bool_match();
    case M::kPresentMatch: return m.present_match() == (v.kind_case() != google::protobuf::Value::KIND_NOT_SET);
    case M::kDoubleMatch: {
      if (!v.has_number_value()) return false;
      const auto& d = m.double_match();
      if (d.has_exact()) return v.number_value() == d.exact();
      if (d.has_range()) return v.number_value() >= d.range().start() && v.number_value() < d.range().end();
      return false;
    }
    case M::kListMatch: {
      if (!v.has_list_value() || !m.list_match().has_one_of()) return false;
      const auto& values = v.list_value().values();
      return std::any_of(values.begin(), values.end(),
                         [&](const auto& item) { return matchesValue(m.list_match().one_of(), item); });
    }
    case M::kOrMatch: {
      const auto& ms = m.or_match().value_matchers();
      return std::any_of(ms.begin(), ms.end(), [&](const auto& x) { return matchesValue(x, v); });
    }
    default: return false;
  }
}
}  // namespace

bool matchesString(const envoy::type::matcher::v3::StringMatcher& m, const std::string& raw) {
  using M = envoy::type::matcher::v3::StringMatcher;
  const bool ic = m.ignore_case();
  auto norm = [&](const std::string& s) { return ic ? lower(s) : s; };
  const std::string value = norm(raw);
  switch (m.match_pattern_case()) {
    case M::kExact: return value == norm(m.exact());
    case M::kPrefix: return value.rfind(norm(m.prefix()), 0) == 0;
    case M::kSuffix: {
      auto s = norm(m.suffix());
      return value.size() >= s.size() && value.compare(value.size() - s.size(), s.size(), s) == 0;
    }
    case M::kContains: return value.find(norm(m.contains())) != std::string::npos;
    case M::kSafeRegex: {
      RE2 re(m.safe_regex().regex());
      return re.ok() && RE2::FullMatch(raw, re);
    }
    default: return false;
  }
}

bool matchesNode(const envoy::type::matcher::v3::NodeMatcher& matcher,
                 const envoy::config::core::v3::Node& node) {
  if (matcher.has_node_id() && !matchesString(matcher.node_id(), node.id())) return false;
  for (const auto& sm : matcher.node_metadatas()) {
    // Walk the path through nested structs.
    const google::protobuf::Struct* current = &node.metadata();
    const google::protobuf::Value* value = nullptr;
    for (int i = 0; i < sm.path_size(); ++i) {
      auto it = current->fields().find(sm.path(i).key());
      if (it == current->fields().end()) { value = nullptr; break; }
      value = &it->second;
      if (i + 1 < sm.path_size()) {
        if (!value->has_struct_value()) { value = nullptr; break; }
        current = &value->struct_value();
      }
    }
    static const google::protobuf::Value kMissing;
    if (!matchesValue(sm.value(), value ? *value : kMissing)) return false;
  }
  return true;
}

}  // namespace meshdesk::xds
