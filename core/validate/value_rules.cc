#include "validate/value_rules.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <utility>

#include "schema/type_registry.h"
#include "schema/well_known_text.h"
#include "schema/well_known_types.h"
#include "validate/constraint_plan.h"
#include "validate/known_formats.h"

namespace meshdesk::validate {

namespace gp = google::protobuf;
namespace pgv = ::validate;
using Field = gp::FieldDescriptor;

std::string showText(std::string_view text) {
  constexpr std::size_t kShown = 60;
  std::string out = "\"";
  std::size_t n = 0;
  for (char c : text) {
    if (++n > kShown) {
      out += "...";
      break;
    }
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7F) {
      static const char* hex = "0123456789abcdef";
      out += "\\x";
      out += hex[u >> 4];
      out += hex[u & 0xF];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

namespace {

// --- how values are shown ---------------------------------------------------------------------

template <typename T>
std::string show(T value) {
  if constexpr (std::is_same_v<T, double>) {
    return schema::text::formatDouble(value);
  } else if constexpr (std::is_same_v<T, float>) {
    return schema::text::formatFloat(value);
  } else {
    return std::to_string(value);
  }
}

using Time = std::pair<std::int64_t, std::int32_t>;  // seconds, nanos (normalized: same sign)

std::string showDuration(const Time& t) { return schema::text::formatDuration(t.first, t.second); }
std::string showTimestamp(const Time& t) {
  return schema::text::formatTimestamp(t.first, t.second);
}

template <typename List, typename Show>
std::string showList(const List& list, Show show) {
  std::string out;
  for (const auto& item : list) {
    if (!out.empty()) out += ", ";
    out += show(item);
  }
  return out;
}

std::string plural(std::uint64_t n, const char* unit) {
  return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
}

// --- ranges, as protoc-gen-validate's ltgt template: with both bounds, an upper bound above the
// lower one means "inside", otherwise "outside" -----------------------------------------------

template <typename T>
struct Bounds {
  std::optional<T> lt, lte, gt, gte;
};

template <typename T, typename Show>
void checkRange(const Bounds<T>& b, const T& v, const std::string& type, Show show,
                std::vector<Violation>& out) {
  auto fail = [&](const char* rule, std::string what) {
    out.push_back({type + "." + rule, "must be " + what + " (is " + show(v) + ")"});
  };
  if (b.lt) {
    const T& lt = *b.lt;
    if (b.gt) {
      const T& gt = *b.gt;
      if (gt < lt) {
        if (v <= gt || v >= lt) fail("range", "in the range (" + show(gt) + ", " + show(lt) + ")");
      } else if (v >= lt && v <= gt) {
        fail("range", "outside the range [" + show(lt) + ", " + show(gt) + "]");
      }
    } else if (b.gte) {
      const T& gte = *b.gte;
      if (gte < lt) {
        if (v < gte || v >= lt) fail("range", "in the range [" + show(gte) + ", " + show(lt) + ")");
      } else if (v >= lt && v < gte) {
        fail("range", "outside the range [" + show(lt) + ", " + show(gte) + ")");
      }
    } else if (v >= lt) {
      fail("lt", "less than " + show(lt));
    }
  } else if (b.lte) {
    const T& lte = *b.lte;
    if (b.gt) {
      const T& gt = *b.gt;
      if (gt < lte) {
        if (v <= gt || v > lte) fail("range", "in the range (" + show(gt) + ", " + show(lte) + "]");
      } else if (v > lte && v <= gt) {
        fail("range", "outside the range (" + show(lte) + ", " + show(gt) + "]");
      }
    } else if (b.gte) {
      const T& gte = *b.gte;
      if (gte < lte) {
        if (v < gte || v > lte) fail("range", "in the range [" + show(gte) + ", " + show(lte) + "]");
      } else if (v > lte && v < gte) {
        fail("range", "outside the range (" + show(lte) + ", " + show(gte) + ")");
      }
    } else if (v > lte) {
      fail("lte", "at most " + show(lte));
    }
  } else if (b.gt) {
    if (v <= *b.gt) fail("gt", "greater than " + show(*b.gt));
  } else if (b.gte) {
    if (v < *b.gte) fail("gte", "at least " + show(*b.gte));
  }
}

// Int32Rules ... DoubleRules all have const/lt/lte/gt/gte/in/not_in with the same accessors.
template <typename T, typename Rules>
void checkNumber(const Rules& r, T v, const std::string& type, std::vector<Violation>& out) {
  if (r.has_const_() && v != static_cast<T>(r.const_()))
    out.push_back({type + ".const", "must be " + show<T>(r.const_()) + " (is " + show(v) + ")"});
  Bounds<T> b;
  if (r.has_lt()) b.lt = r.lt();
  if (r.has_lte()) b.lte = r.lte();
  if (r.has_gt()) b.gt = r.gt();
  if (r.has_gte()) b.gte = r.gte();
  checkRange(b, v, type, [](T x) { return show(x); }, out);
  auto showT = [](auto x) { return show<T>(static_cast<T>(x)); };
  if (r.in_size() > 0 && std::find(r.in().begin(), r.in().end(), v) == r.in().end())
    out.push_back({type + ".in", "must be one of " + showList(r.in(), showT) + " (is " + show(v) + ")"});
  if (std::find(r.not_in().begin(), r.not_in().end(), v) != r.not_in().end())
    out.push_back({type + ".not_in", "must not be " + show(v)});
}

// --- strings and bytes ------------------------------------------------------------------------

void checkString(const pgv::StringRules& r, const std::string& v, std::vector<Violation>& out) {
  if (r.ignore_empty() && v.empty()) return;
  auto fail = [&](const char* rule, std::string message) {
    out.push_back({std::string("string.") + rule, std::move(message)});
  };
  if (r.has_const_() && v != r.const_()) fail("const", "must be " + showText(r.const_()));
  if (r.in_size() > 0 && std::find(r.in().begin(), r.in().end(), v) == r.in().end())
    fail("in", "must be one of " + showList(r.in(), showText) + " (is " + showText(v) + ")");
  if (std::find(r.not_in().begin(), r.not_in().end(), v) != r.not_in().end())
    fail("not_in", "must not be " + showText(v));

  std::size_t runes = known::utf8Length(v);
  if (r.has_len() && runes != r.len())
    fail("len", "must be exactly " + plural(r.len(), "character") + " long (is " +
                    std::to_string(runes) + ")");
  if (r.has_min_len() && runes < r.min_len())
    fail("min_len", r.min_len() == 1 ? std::string("must not be empty")
                                     : "must be at least " + plural(r.min_len(), "character") +
                                           " long (is " + std::to_string(runes) + ")");
  if (r.has_max_len() && runes > r.max_len())
    fail("max_len", "must be at most " + plural(r.max_len(), "character") + " long (is " +
                        std::to_string(runes) + ")");
  if (r.has_len_bytes() && v.size() != r.len_bytes())
    fail("len_bytes", "must be exactly " + plural(r.len_bytes(), "byte") + " long (is " +
                          std::to_string(v.size()) + ")");
  if (r.has_min_bytes() && v.size() < r.min_bytes())
    fail("min_bytes", r.min_bytes() == 1 ? std::string("must not be empty")
                                         : "must be at least " + plural(r.min_bytes(), "byte") +
                                               " long (is " + std::to_string(v.size()) + ")");
  if (r.has_max_bytes() && v.size() > r.max_bytes())
    fail("max_bytes", "must be at most " + plural(r.max_bytes(), "byte") + " long (is " +
                          std::to_string(v.size()) + ")");
  if (r.has_prefix() && v.compare(0, r.prefix().size(), r.prefix()) != 0)
    fail("prefix", "must start with " + showText(r.prefix()));
  if (r.has_suffix() && (v.size() < r.suffix().size() ||
                         v.compare(v.size() - r.suffix().size(), r.suffix().size(), r.suffix()) != 0))
    fail("suffix", "must end with " + showText(r.suffix()));
  if (r.has_contains() && v.find(r.contains()) == std::string::npos)
    fail("contains", "must contain " + showText(r.contains()));
  if (r.has_not_contains() && v.find(r.not_contains()) != std::string::npos)
    fail("not_contains", "must not contain " + showText(r.not_contains()));
  if (r.has_pattern()) {
    std::shared_ptr<const RE2> compiled = compiledPattern(r.pattern());
    const RE2& re = *compiled;
    if (!re.ok())
      fail("pattern", "cannot be checked: the API's pattern " + showText(r.pattern()) +
                          " does not compile (" + re.error() + ")");
    else if (!RE2::FullMatch(v, re))
      fail("pattern", "must match the regular expression " + showText(r.pattern()) + " (is " +
                          showText(v) + ")");
  }
  switch (r.well_known_case()) {
    case pgv::StringRules::kHostname:
      if (r.hostname() && !known::isHostname(v))
        fail("hostname", "must be a hostname (is " + showText(v) + ")");
      break;
    case pgv::StringRules::kIp:
      if (r.ip() && !known::isIp(v)) fail("ip", "must be an IP address (is " + showText(v) + ")");
      break;
    case pgv::StringRules::kIpv4:
      if (r.ipv4() && !known::isIpv4(v))
        fail("ipv4", "must be an IPv4 address (is " + showText(v) + ")");
      break;
    case pgv::StringRules::kIpv6:
      if (r.ipv6() && !known::isIpv6(v))
        fail("ipv6", "must be an IPv6 address (is " + showText(v) + ")");
      break;
    case pgv::StringRules::kAddress:
      if (r.address() && !known::isHostname(v) && !known::isIp(v))
        fail("address", "must be an IP address or a hostname (is " + showText(v) + ")");
      break;
    case pgv::StringRules::kUuid:
      if (r.uuid() && !known::isUuid(v)) fail("uuid", "must be a UUID (is " + showText(v) + ")");
      break;
    case pgv::StringRules::kWellKnownRegex:
      if (r.well_known_regex() == pgv::HTTP_HEADER_NAME && !known::isHeaderName(v, r.strict()))
        fail("well_known_regex",
             r.strict() ? "must be an HTTP header name (RFC 7230 token characters, an optional "
                          "leading ':'; is " + showText(v) + ")"
                        : "must not contain NUL, CR or LF (is " + showText(v) + ")");
      if (r.well_known_regex() == pgv::HTTP_HEADER_VALUE && !known::isHeaderValue(v, r.strict()))
        fail("well_known_regex",
             r.strict() ? "must be an HTTP header value (no control characters but tab; is " +
                              showText(v) + ")"
                        : "must not contain NUL, CR or LF (is " + showText(v) + ")");
      break;
    default:  // email, uri, uri_ref: protoc-gen-validate's C++ does not implement them either
      break;
  }
}

void checkBytes(const pgv::BytesRules& r, const std::string& v, std::vector<Violation>& out) {
  if (r.ignore_empty() && v.empty()) return;
  auto fail = [&](const char* rule, std::string message) {
    out.push_back({std::string("bytes.") + rule, std::move(message)});
  };
  if (r.has_const_() && v != r.const_()) fail("const", "must be exactly the given bytes");
  if (r.in_size() > 0 && std::find(r.in().begin(), r.in().end(), v) == r.in().end())
    fail("in", "must be one of the listed values");
  if (std::find(r.not_in().begin(), r.not_in().end(), v) != r.not_in().end())
    fail("not_in", "must not be one of the excluded values");
  if (r.has_len() && v.size() != r.len())
    fail("len", "must be exactly " + plural(r.len(), "byte") + " long (is " +
                    std::to_string(v.size()) + ")");
  if (r.has_min_len() && v.size() < r.min_len())
    fail("min_len", r.min_len() == 1 ? std::string("must not be empty")
                                     : "must be at least " + plural(r.min_len(), "byte") +
                                           " long (is " + std::to_string(v.size()) + ")");
  if (r.has_max_len() && v.size() > r.max_len())
    fail("max_len", "must be at most " + plural(r.max_len(), "byte") + " long (is " +
                        std::to_string(v.size()) + ")");
  if (r.has_prefix() && v.compare(0, r.prefix().size(), r.prefix()) != 0)
    fail("prefix", "must start with the given bytes");
  if (r.has_suffix() && (v.size() < r.suffix().size() ||
                         v.compare(v.size() - r.suffix().size(), r.suffix().size(), r.suffix()) != 0))
    fail("suffix", "must end with the given bytes");
  if (r.has_contains() && v.find(r.contains()) == std::string::npos)
    fail("contains", "must contain the given bytes");
  if (r.has_pattern()) {
    std::shared_ptr<const RE2> compiled = compiledPattern(r.pattern());
    const RE2& re = *compiled;
    if (re.ok() && !RE2::FullMatch(v, re))
      fail("pattern", "must match the regular expression " + showText(r.pattern()));
  }
  if ((r.ip() && v.size() != 4 && v.size() != 16) || (r.ipv4() && v.size() != 4) ||
      (r.ipv6() && v.size() != 16))
    fail("ip", "must be an IP address in binary form (is " + plural(v.size(), "byte") + ")");
}

// --- enums, durations, timestamps, Any --------------------------------------------------------

void checkEnum(const pgv::EnumRules& r, int v, const gp::EnumDescriptor* type,
               std::vector<Violation>& out) {
  auto name = [type](int number) {
    const gp::EnumValueDescriptor* value = type->FindValueByNumber(number);
    return value != nullptr ? value->name() : std::to_string(number);
  };
  if (r.has_const_() && v != r.const_())
    out.push_back({"enum.const", "must be " + name(r.const_()) + " (is " + name(v) + ")"});
  if (r.defined_only() && type->FindValueByNumber(v) == nullptr)
    out.push_back({"enum.defined_only",
                   std::to_string(v) + " is not a value of " + type->full_name()});
  if (r.in_size() > 0 && std::find(r.in().begin(), r.in().end(), v) == r.in().end())
    out.push_back({"enum.in", "must be one of " + showList(r.in(), name) + " (is " + name(v) + ")"});
  if (std::find(r.not_in().begin(), r.not_in().end(), v) != r.not_in().end())
    out.push_back({"enum.not_in", "must not be " + name(v)});
}

Time timeOf(const gp::Message& m) {
  const gp::Reflection* r = m.GetReflection();
  const gp::Descriptor* d = m.GetDescriptor();
  return {r->GetInt64(m, d->field(0)), r->GetInt32(m, d->field(1))};
}

Time timeOf(const google::protobuf::Duration& d) { return {d.seconds(), d.nanos()}; }
Time timeOf(const google::protobuf::Timestamp& t) { return {t.seconds(), t.nanos()}; }

template <typename Rules, typename Show>
void checkTime(const Rules& r, const Time& v, const std::string& type, Show show,
               std::vector<Violation>& out) {
  if (r.has_const_() && v != timeOf(r.const_()))
    out.push_back({type + ".const", "must be " + show(timeOf(r.const_())) + " (is " + show(v) + ")"});
  Bounds<Time> b;
  if (r.has_lt()) b.lt = timeOf(r.lt());
  if (r.has_lte()) b.lte = timeOf(r.lte());
  if (r.has_gt()) b.gt = timeOf(r.gt());
  if (r.has_gte()) b.gte = timeOf(r.gte());
  checkRange(b, v, type, show, out);
}

void checkDuration(const pgv::DurationRules& r, const Time& v, std::vector<Violation>& out) {
  checkTime(r, v, "duration", showDuration, out);
  auto showAny = [](const google::protobuf::Duration& d) { return showDuration(timeOf(d)); };
  auto inList = [&v](const auto& list) {
    return std::any_of(list.begin(), list.end(), [&v](const auto& d) { return timeOf(d) == v; });
  };
  if (r.in_size() > 0 && !inList(r.in()))
    out.push_back({"duration.in", "must be one of " + showList(r.in(), showAny) + " (is " +
                                      showDuration(v) + ")"});
  if (inList(r.not_in())) out.push_back({"duration.not_in", "must not be " + showDuration(v)});
}

void checkTimestamp(const pgv::TimestampRules& r, const Time& v, std::vector<Violation>& out) {
  checkTime(r, v, "timestamp", showTimestamp, out);
  auto nowNanos = std::chrono::duration_cast<std::chrono::nanoseconds>(
                      std::chrono::system_clock::now().time_since_epoch())
                      .count();
  Time now{nowNanos / 1000000000, static_cast<std::int32_t>(nowNanos % 1000000000)};
  if (r.lt_now() && !(v < now))
    out.push_back({"timestamp.lt_now", "must be in the past (is " + showTimestamp(v) + ")"});
  if (r.gt_now() && !(now < v))
    out.push_back({"timestamp.gt_now", "must be in the future (is " + showTimestamp(v) + ")"});
  if (r.has_within()) {
    Time w = timeOf(r.within());
    auto nanos = [](const Time& t) {
      return static_cast<long double>(t.first) * 1e9L + static_cast<long double>(t.second);
    };
    long double distance = nanos(v) - nanos(now);
    if (distance < 0) distance = -distance;
    if (distance > nanos(w))
      out.push_back({"timestamp.within", "must be within " + showDuration(w) + " of now (is " +
                                             showTimestamp(v) + ")"});
  }
}

void checkAny(const pgv::AnyRules& r, const std::string& typeUrl, std::vector<Violation>& out) {
  if (r.in_size() > 0 && std::find(r.in().begin(), r.in().end(), typeUrl) == r.in().end())
    out.push_back({"any.in", "must hold one of " + showList(r.in(), showText) + " (holds " +
                                 showText(typeUrl) + ")"});
  if (std::find(r.not_in().begin(), r.not_in().end(), typeUrl) != r.not_in().end())
    out.push_back({"any.not_in", "must not hold " + showText(typeUrl)});
}

// --- reading the value ------------------------------------------------------------------------

template <typename T>
T scalar(const gp::Message& m, const Field* f, int index);

#define MESHDESK_SCALAR(T, Name)                                                   \
  template <>                                                                      \
  T scalar<T>(const gp::Message& m, const Field* f, int index) {                   \
    const gp::Reflection* r = m.GetReflection();                                   \
    return index < 0 ? r->Get##Name(m, f) : r->GetRepeated##Name(m, f, index);     \
  }
MESHDESK_SCALAR(std::int32_t, Int32)
MESHDESK_SCALAR(std::int64_t, Int64)
MESHDESK_SCALAR(std::uint32_t, UInt32)
MESHDESK_SCALAR(std::uint64_t, UInt64)
MESHDESK_SCALAR(float, Float)
MESHDESK_SCALAR(double, Double)
MESHDESK_SCALAR(bool, Bool)
MESHDESK_SCALAR(std::string, String)
#undef MESHDESK_SCALAR

int enumValue(const gp::Message& m, const Field* f, int index) {
  const gp::Reflection* r = m.GetReflection();
  return index < 0 ? r->GetEnumValue(m, f) : r->GetRepeatedEnumValue(m, f, index);
}

template <typename T, typename Rules>
void number(const Rules& rules, const gp::Message& m, const Field* f, int index,
            Field::CppType expected, const char* type, std::vector<Violation>& out) {
  if (f->cpp_type() != expected) return;
  checkNumber<T>(rules, scalar<T>(m, f, index), type, out);
}

}  // namespace

void checkValue(const pgv::FieldRules& rules, const gp::Message& holder, const Field* f, int index,
                std::vector<Violation>& out) {
  if (f->cpp_type() == Field::CPPTYPE_MESSAGE) {
    const gp::Message& value = index < 0 ? holder.GetReflection()->GetMessage(holder, f)
                                         : holder.GetReflection()->GetRepeatedMessage(holder, f, index);
    switch (schema::wellKnownOf(f->message_type())) {
      case schema::WellKnown::kWrapper:
        return checkValue(rules, value, f->message_type()->field(0), -1, out);
      case schema::WellKnown::kDuration:
        if (rules.has_duration()) checkDuration(rules.duration(), timeOf(value), out);
        return;
      case schema::WellKnown::kTimestamp:
        if (rules.has_timestamp()) checkTimestamp(rules.timestamp(), timeOf(value), out);
        return;
      case schema::WellKnown::kAny:
        if (rules.has_any())
          checkAny(rules.any(),
                   value.GetReflection()->GetString(value, f->message_type()->field(0)), out);
        return;
      default:
        return;
    }
  }
  using T = pgv::FieldRules;
  switch (rules.type_case()) {
    case T::kFloat: return number<float>(rules.float_(), holder, f, index, Field::CPPTYPE_FLOAT, "float", out);
    case T::kDouble: return number<double>(rules.double_(), holder, f, index, Field::CPPTYPE_DOUBLE, "double", out);
    case T::kInt32: return number<std::int32_t>(rules.int32(), holder, f, index, Field::CPPTYPE_INT32, "int32", out);
    case T::kSint32: return number<std::int32_t>(rules.sint32(), holder, f, index, Field::CPPTYPE_INT32, "sint32", out);
    case T::kSfixed32: return number<std::int32_t>(rules.sfixed32(), holder, f, index, Field::CPPTYPE_INT32, "sfixed32", out);
    case T::kInt64: return number<std::int64_t>(rules.int64(), holder, f, index, Field::CPPTYPE_INT64, "int64", out);
    case T::kSint64: return number<std::int64_t>(rules.sint64(), holder, f, index, Field::CPPTYPE_INT64, "sint64", out);
    case T::kSfixed64: return number<std::int64_t>(rules.sfixed64(), holder, f, index, Field::CPPTYPE_INT64, "sfixed64", out);
    case T::kUint32: return number<std::uint32_t>(rules.uint32(), holder, f, index, Field::CPPTYPE_UINT32, "uint32", out);
    case T::kFixed32: return number<std::uint32_t>(rules.fixed32(), holder, f, index, Field::CPPTYPE_UINT32, "fixed32", out);
    case T::kUint64: return number<std::uint64_t>(rules.uint64(), holder, f, index, Field::CPPTYPE_UINT64, "uint64", out);
    case T::kFixed64: return number<std::uint64_t>(rules.fixed64(), holder, f, index, Field::CPPTYPE_UINT64, "fixed64", out);
    case T::kBool:
      if (f->cpp_type() == Field::CPPTYPE_BOOL && rules.bool_().has_const_()) {
        bool v = scalar<bool>(holder, f, index);
        if (v != rules.bool_().const_())
          out.push_back({"bool.const", std::string("must be ") + (v ? "false" : "true")});
      }
      return;
    case T::kString:
      if (f->type() == Field::TYPE_STRING)
        checkString(rules.string(), scalar<std::string>(holder, f, index), out);
      return;
    case T::kBytes:
      if (f->type() == Field::TYPE_BYTES)
        checkBytes(rules.bytes(), scalar<std::string>(holder, f, index), out);
      return;
    case T::kEnum:
      if (f->cpp_type() == Field::CPPTYPE_ENUM)
        checkEnum(rules.enum_(), enumValue(holder, f, index), f->enum_type(), out);
      return;
    default:
      return;
  }
}

}  // namespace meshdesk::validate
