#include "routing/request_matchers.h"

#include <charconv>
#include <cmath>
#include <sstream>

namespace meshdesk::routing {

namespace {

std::string quoted(const std::string& s) { return "'" + s + "'"; }

// absl::SimpleAtoi as Envoy's range_match uses it: surrounding whitespace and a sign allowed.
bool parseInt64(std::string_view text, std::int64_t& out) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (text.empty()) return false;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

}  // namespace

// --- headers ------------------------------------------------------------------------------

// The deprecated header matchers (exact_match, prefix_match, ...) are still honoured by Envoy
// and common in configurations people have; they must be read.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
HeaderCondition HeaderCondition::compile(const envoy::config::route::v3::HeaderMatcher& proto,
                                         std::string& error) {
  using H = envoy::config::route::v3::HeaderMatcher;
  using K = StringMatch::Kind;
  HeaderCondition c;
  c.name_ = lowerAscii(proto.name());
  c.invert_ = proto.invert_match();
  c.treatMissingAsEmpty_ = proto.treat_missing_header_as_empty();
  switch (proto.header_match_specifier_case()) {
    case H::kExactMatch:
      c.type_ = Type::kValue;
      // Envoy's deprecated exact_match: an empty value accepts any value of a present header.
      c.value_ = proto.exact_match().empty()
                     ? StringMatch::literal(K::kPrefix, "", false)
                     : StringMatch::literal(K::kExact, proto.exact_match(), false);
      break;
    case H::kSafeRegexMatch:
      c.type_ = Type::kValue;
      c.value_ = StringMatch::regex(proto.safe_regex_match(), error);
      break;
    case H::kPrefixMatch:
      c.type_ = Type::kValue;
      c.value_ = StringMatch::literal(K::kPrefix, proto.prefix_match(), false);
      break;
    case H::kSuffixMatch:
      c.type_ = Type::kValue;
      c.value_ = StringMatch::literal(K::kSuffix, proto.suffix_match(), false);
      break;
    case H::kContainsMatch:
      c.type_ = Type::kValue;
      c.value_ = StringMatch::literal(K::kContains, proto.contains_match(), false);
      break;
    case H::kStringMatch:
      c.type_ = Type::kValue;
      c.value_ = StringMatch::fromProto(proto.string_match(), error);
      break;
    case H::kRangeMatch:
      c.type_ = Type::kRange;
      c.rangeStart_ = proto.range_match().start();
      c.rangeEnd_ = proto.range_match().end();
      break;
    case H::kPresentMatch:
      c.type_ = Type::kPresent;
      c.present_ = proto.present_match();
      break;
    case H::HEADER_MATCH_SPECIFIER_NOT_SET:
      // A name alone asks for the header to be present.
      c.type_ = Type::kPresent;
      c.present_ = true;
      break;
  }
  if (!error.empty()) error = "header " + quoted(proto.name()) + ": " + error;
  return c;
}

#pragma GCC diagnostic pop

bool HeaderCondition::matchesValue(std::string_view value) const {
  switch (type_) {
    case Type::kValue: return value_.matches(value);
    case Type::kRange: {
      std::int64_t n = 0;
      return parseInt64(value, n) && n >= rangeStart_ && n < rangeEnd_;
    }
    case Type::kPresent: return present_;
  }
  return false;
}

bool HeaderCondition::matches(const RequestView& request) const {
  std::string joined;
  std::optional<std::string_view> value = request.headerView(name_, joined);
  if (!value && !treatMissingAsEmpty_) {
    // Envoy: an absent header matches only `present_match: false` (and, inverted, only
    // `present_match: true`): every other matcher fails, inverted or not.
    if (type_ != Type::kPresent) return false;
    return invert_ ? present_ : !present_;
  }
  return matchesValue(value.value_or(std::string_view())) != invert_;
}

std::string HeaderCondition::describeCondition() const {
  std::string what;
  switch (type_) {
    case Type::kValue: what = value_.describe(); break;
    case Type::kRange:
      what = "range [" + std::to_string(rangeStart_) + ", " + std::to_string(rangeEnd_) + ")";
      break;
    case Type::kPresent: what = present_ ? "present" : "absent (present_match: false)"; break;
  }
  if (invert_) what = "not " + what + " (invert_match)";
  if (treatMissingAsEmpty_) what += ", missing treated as empty";
  return "header " + quoted(name_) + " " + what;
}

std::string HeaderCondition::explain(const RequestView& request) const {
  std::optional<std::string> value = request.header(name_);
  std::string has = value ? "request has " + quoted(*value) : "request does not have it";
  if (!value && !treatMissingAsEmpty_ && type_ != Type::kPresent && invert_)
    has += " (Envoy fails every value matcher on a missing header, inverted or not)";
  return describeCondition() + ": " + has;
}

// --- query parameters ---------------------------------------------------------------------

QueryCondition QueryCondition::compile(
    const envoy::config::route::v3::QueryParameterMatcher& proto, std::string& error) {
  using Q = envoy::config::route::v3::QueryParameterMatcher;
  QueryCondition c;
  c.name_ = proto.name();
  switch (proto.query_parameter_match_specifier_case()) {
    case Q::kStringMatch:
      c.type_ = Type::kValue;
      c.value_ = StringMatch::fromProto(proto.string_match(), error);
      break;
    case Q::kPresentMatch:
      c.type_ = Type::kPresent;
      c.present_ = proto.present_match();
      break;
    case Q::QUERY_PARAMETER_MATCH_SPECIFIER_NOT_SET:
      c.type_ = Type::kPresent;
      c.present_ = true;
      break;
  }
  if (!error.empty()) error = "query parameter " + quoted(proto.name()) + ": " + error;
  return c;
}

bool QueryCondition::matches(const RequestView& request) const {
  // Envoy: a missing parameter never matches, not even `present_match: false`.
  std::optional<std::string> value = request.queryParameter(name_);
  if (!value) return false;
  if (type_ == Type::kPresent) return present_;
  return value_.matches(*value);
}

std::string QueryCondition::explain(const RequestView& request) const {
  std::optional<std::string> value = request.queryParameter(name_);
  std::string what = type_ == Type::kValue
                         ? value_.describe()
                         : (present_ ? std::string("present") : std::string("present_match: false"));
  std::string has = value ? "request has " + quoted(*value)
                          : std::string("request does not have it (a missing parameter never "
                                        "matches)");
  return "query parameter " + quoted(name_) + " " + what + ": " + has;
}

// --- metadata -----------------------------------------------------------------------------

std::string valueText(const google::protobuf::Value& value) {
  using V = google::protobuf::Value;
  switch (value.kind_case()) {
    case V::kNullValue: return "null";
    case V::kNumberValue: {
      std::ostringstream s;
      s << value.number_value();
      return s.str();
    }
    case V::kStringValue: return quoted(value.string_value());
    case V::kBoolValue: return value.bool_value() ? "true" : "false";
    case V::kStructValue: return "{...}";
    case V::kListValue: return "[...]";
    case V::KIND_NOT_SET: break;
  }
  return "unset";
}

ValueCondition ValueCondition::compile(const envoy::type::matcher::v3::ValueMatcher& proto,
                                       std::string& error) {
  using VM = envoy::type::matcher::v3::ValueMatcher;
  ValueCondition c;
  switch (proto.match_pattern_case()) {
    case VM::kNullMatch: c.type_ = Type::kNull; break;
    case VM::kDoubleMatch:
      if (proto.double_match().has_range()) {
        c.type_ = Type::kDoubleRange;
        c.start_ = proto.double_match().range().start();
        c.end_ = proto.double_match().range().end();
      } else {
        c.type_ = Type::kDoubleExact;
        c.exact_ = proto.double_match().exact();
      }
      break;
    case VM::kStringMatch:
      c.type_ = Type::kString;
      c.string_ = StringMatch::fromProto(proto.string_match(), error);
      break;
    case VM::kBoolMatch:
      c.type_ = Type::kBool;
      c.flag_ = proto.bool_match();
      break;
    case VM::kPresentMatch:
      c.type_ = Type::kPresent;
      c.flag_ = proto.present_match();
      break;
    case VM::kListMatch:
      c.type_ = Type::kListOneOf;
      c.children_.push_back(compile(proto.list_match().one_of(), error));
      break;
    case VM::kOrMatch:
      c.type_ = Type::kOr;
      for (const auto& m : proto.or_match().value_matchers()) c.children_.push_back(compile(m, error));
      break;
    case VM::MATCH_PATTERN_NOT_SET:
      error = "a value matcher with no pattern";
      c.type_ = Type::kPresent;
      c.flag_ = false;
      break;
  }
  return c;
}

bool ValueCondition::matches(const google::protobuf::Value* value) const {
  using V = google::protobuf::Value;
  V::KindCase kind = value ? value->kind_case() : V::KIND_NOT_SET;
  switch (type_) {
    case Type::kNull: return kind == V::kNullValue;
    case Type::kDoubleRange:
      return kind == V::kNumberValue && value->number_value() >= start_ &&
             value->number_value() < end_;
    case Type::kDoubleExact: return kind == V::kNumberValue && value->number_value() == exact_;
    case Type::kString: return kind == V::kStringValue && string_.matches(value->string_value());
    case Type::kBool: return kind == V::kBoolValue && value->bool_value() == flag_;
    // Envoy's PresentMatcher: `present_match: false` never matches, present or not.
    case Type::kPresent: return flag_ && kind != V::KIND_NOT_SET;
    case Type::kListOneOf:
      if (kind != V::kListValue) return false;
      for (const auto& element : value->list_value().values())
        if (children_.front().matches(&element)) return true;
      return false;
    case Type::kOr:
      for (const auto& child : children_)
        if (child.matches(value)) return true;
      return false;
  }
  return false;
}

std::string ValueCondition::describe() const {
  switch (type_) {
    case Type::kNull: return "null";
    case Type::kDoubleRange: {
      std::ostringstream s;
      s << "number in [" << start_ << ", " << end_ << ")";
      return s.str();
    }
    case Type::kDoubleExact: {
      std::ostringstream s;
      s << "number " << exact_;
      return s.str();
    }
    case Type::kString: return string_.describe();
    case Type::kBool: return flag_ ? "true" : "false";
    case Type::kPresent: return flag_ ? "present" : "present_match: false (never matches)";
    case Type::kListOneOf: return "a list with an element " + children_.front().describe();
    case Type::kOr: {
      std::string out = "any of (";
      for (std::size_t i = 0; i < children_.size(); ++i)
        out += (i ? ", " : "") + children_[i].describe();
      return out + ")";
    }
  }
  return "?";
}

MetadataCondition MetadataCondition::compile(
    const envoy::type::matcher::v3::MetadataMatcher& proto, std::string& error) {
  MetadataCondition c;
  c.ns_ = proto.filter();
  for (const auto& segment : proto.path()) c.path_.push_back(segment.key());
  c.invert_ = proto.invert();
  c.value_ = ValueCondition::compile(proto.value(), error);
  if (!error.empty()) error = "dynamic_metadata " + c.where() + ": " + error;
  return c;
}

std::string MetadataCondition::where() const {
  std::string out = ns_;
  for (const auto& key : path_) out += "." + key;
  return out;
}

bool MetadataCondition::matches(const RequestView& request) const {
  return value_.matches(request.metadataValue(ns_, path_)) != invert_;
}

std::string MetadataCondition::explain(const RequestView& request) const {
  const google::protobuf::Value* value = request.metadataValue(ns_, path_);
  std::string what = (invert_ ? "not " : "") + value_.describe();
  return "dynamic_metadata " + quoted(where()) + " " + what + ": " +
         (value ? "metadata has " + valueText(*value) : std::string("no such metadata"));
}

}  // namespace meshdesk::routing
