#include "schema/well_known_text.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>

namespace meshdesk::schema::text {

namespace {
constexpr std::int64_t kMaxDurationSeconds = 315'576'000'000;
// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z in Unix seconds.
constexpr std::int64_t kMinTimestamp = -62'135'596'800;
constexpr std::int64_t kMaxTimestamp = 253'402'300'799;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..9 fractional digits after a '.', scaled to nanoseconds.
bool parseFraction(std::string_view& rest, std::int32_t& nanos) {
  nanos = 0;
  if (rest.empty() || rest[0] != '.') return true;
  rest.remove_prefix(1);
  int digits = 0;
  while (!rest.empty() && isDigit(rest[0])) {
    if (++digits > 9) return false;
    nanos = nanos * 10 + (rest[0] - '0');
    rest.remove_prefix(1);
  }
  if (digits == 0) return false;
  for (int i = digits; i < 9; ++i) nanos *= 10;
  return true;
}

std::string fraction(std::int32_t nanos) {
  if (nanos == 0) return "";
  char buf[16];
  if (nanos % 1'000'000 == 0) {
    std::snprintf(buf, sizeof buf, ".%03d", nanos / 1'000'000);
  } else if (nanos % 1'000 == 0) {
    std::snprintf(buf, sizeof buf, ".%06d", nanos / 1'000);
  } else {
    std::snprintf(buf, sizeof buf, ".%09d", nanos);
  }
  return buf;
}

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}

bool fixedDigits(std::string_view& rest, int count, int& out) {
  if (rest.size() < static_cast<std::size_t>(count)) return false;
  out = 0;
  for (int i = 0; i < count; ++i) {
    if (!isDigit(rest[i])) return false;
    out = out * 10 + (rest[i] - '0');
  }
  rest.remove_prefix(count);
  return true;
}

bool expect(std::string_view& rest, char c) {
  if (rest.empty() || (rest[0] != c && !(c == 'T' && rest[0] == 't'))) return false;
  rest.remove_prefix(1);
  return true;
}

int base64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}
}  // namespace

std::string parseDuration(std::string_view text, std::int64_t& seconds, std::int32_t& nanos) {
  const char* shape = "a duration is written in seconds with an 's' suffix, such as \"5s\" or "
                      "\"0.250s\"";
  std::string_view rest = text;
  bool negative = !rest.empty() && rest[0] == '-';
  if (negative) rest.remove_prefix(1);
  std::uint64_t whole = 0;
  int digits = 0;
  while (!rest.empty() && isDigit(rest[0])) {
    whole = whole * 10 + static_cast<std::uint64_t>(rest[0] - '0');
    if (++digits > 12) return "duration is out of range (at most 315576000000s)";
    rest.remove_prefix(1);
  }
  if (digits == 0 || !parseFraction(rest, nanos) || rest != "s") return shape;
  if (whole > static_cast<std::uint64_t>(kMaxDurationSeconds))
    return "duration is out of range (at most 315576000000s)";
  seconds = static_cast<std::int64_t>(whole);
  if (negative) {
    seconds = -seconds;
    nanos = -nanos;
  }
  return "";
}

std::string formatDuration(std::int64_t seconds, std::int32_t nanos) {
  bool negative = seconds < 0 || nanos < 0;
  std::string out = negative ? "-" : "";
  out += std::to_string(negative ? -seconds : seconds);
  out += fraction(negative ? -nanos : nanos);
  return out + "s";
}

std::string parseTimestamp(std::string_view text, std::int64_t& seconds, std::int32_t& nanos) {
  const char* shape = "a timestamp is written in RFC 3339, such as \"2024-05-01T12:00:00Z\" or "
                      "\"2024-05-01T14:00:00.5+02:00\"";
  std::string_view rest = text;
  int year, month, day, hour, minute, second;
  if (!fixedDigits(rest, 4, year) || !expect(rest, '-') || !fixedDigits(rest, 2, month) ||
      !expect(rest, '-') || !fixedDigits(rest, 2, day) || !expect(rest, 'T') ||
      !fixedDigits(rest, 2, hour) || !expect(rest, ':') || !fixedDigits(rest, 2, minute) ||
      !expect(rest, ':') || !fixedDigits(rest, 2, second) || !parseFraction(rest, nanos))
    return shape;
  int offsetMinutes = 0;
  if (rest == "Z" || rest == "z") {
    rest = {};
  } else if (!rest.empty() && (rest[0] == '+' || rest[0] == '-')) {
    int sign = rest[0] == '-' ? -1 : 1;
    rest.remove_prefix(1);
    int oh, om;
    if (!fixedDigits(rest, 2, oh) || !expect(rest, ':') || !fixedDigits(rest, 2, om) ||
        !rest.empty() || oh > 23 || om > 59)
      return shape;
    offsetMinutes = sign * (oh * 60 + om);
  } else {
    return shape;
  }
  static constexpr std::array<int, 12> kDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1] ||
      (month == 2 && day == 29 && !leap) || hour > 23 || minute > 59 || second > 59)
    return "timestamp has an impossible date or time";
  seconds = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 +
            hour * 3600 + minute * 60 + second - offsetMinutes * 60;
  if (seconds < kMinTimestamp || seconds > kMaxTimestamp)
    return "timestamp is out of range (years 0001 to 9999)";
  return "";
}

std::string formatTimestamp(std::int64_t seconds, std::int32_t nanos) {
  std::int64_t days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  std::int64_t secondOfDay = seconds - days * 86400;
  std::int64_t year;
  unsigned month, day;
  civilFromDays(days, year, month, day);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld",
                static_cast<long long>(year), month, day,
                static_cast<long long>(secondOfDay / 3600),
                static_cast<long long>(secondOfDay / 60 % 60),
                static_cast<long long>(secondOfDay % 60));
  return std::string(buf) + fraction(nanos) + "Z";
}

std::string decodeBase64(std::string_view text, std::string& out) {
  out.clear();
  std::uint32_t accumulator = 0;
  int bits = 0;
  bool padding = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (c == '=') {
      padding = true;
      continue;
    }
    int value = base64Value(c);
    if (value < 0 || padding) return "not valid base64";
    accumulator = (accumulator << 6) | static_cast<std::uint32_t>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((accumulator >> bits) & 0xff));
    }
  }
  if (bits >= 6) return "not valid base64 (truncated)";
  return "";
}

std::string encodeBase64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    std::uint32_t n = (static_cast<unsigned char>(bytes[i]) << 16) |
                      (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                      static_cast<unsigned char>(bytes[i + 2]);
    out += {kAlphabet[n >> 18], kAlphabet[(n >> 12) & 63], kAlphabet[(n >> 6) & 63],
            kAlphabet[n & 63]};
  }
  if (i + 1 == bytes.size()) {
    std::uint32_t n = static_cast<unsigned char>(bytes[i]) << 16;
    out += {kAlphabet[n >> 18], kAlphabet[(n >> 12) & 63], '=', '='};
  } else if (i + 2 == bytes.size()) {
    std::uint32_t n = (static_cast<unsigned char>(bytes[i]) << 16) |
                      (static_cast<unsigned char>(bytes[i + 1]) << 8);
    out += {kAlphabet[n >> 18], kAlphabet[(n >> 12) & 63], kAlphabet[(n >> 6) & 63], '='};
  }
  return out;
}

std::string parseSigned(std::string_view text, std::int64_t min, std::int64_t max,
                        std::int64_t& out) {
  if (!text.empty() && text[0] == '+') text.remove_prefix(1);
  if (text.empty() || !(isDigit(text[0]) || (text[0] == '-' && text.size() > 1)))
    return "expected an integer";
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec == std::errc::result_out_of_range || (ec == std::errc() && (out < min || out > max)))
    return "out of range (" + std::to_string(min) + " to " + std::to_string(max) + ")";
  if (ec != std::errc() || end != text.data() + text.size()) return "expected an integer";
  return "";
}

std::string parseUnsigned(std::string_view text, std::uint64_t max, std::uint64_t& out) {
  if (!text.empty() && text[0] == '+') text.remove_prefix(1);
  std::string range = "out of range (0 to " + std::to_string(max) + ")";
  if (!text.empty() && text[0] == '-') {
    std::int64_t negative;
    if (parseSigned(text, std::numeric_limits<std::int64_t>::min(), 0, negative).empty()) {
      if (negative == 0) {
        out = 0;
        return "";
      }
      return range;
    }
    return "expected an integer";
  }
  if (text.empty() || !isDigit(text[0])) return "expected an integer";
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec == std::errc::result_out_of_range || (ec == std::errc() && out > max)) return range;
  if (ec != std::errc() || end != text.data() + text.size()) return "expected an integer";
  return "";
}

std::string parseDouble(std::string_view text, double& out) {
  if (text == "NaN" || text == ".nan" || text == ".NaN" || text == ".NAN") {
    out = std::numeric_limits<double>::quiet_NaN();
    return "";
  }
  if (text == "Infinity" || text == ".inf" || text == "+.inf" || text == ".Inf" || text == "+.Inf" ||
      text == ".INF") {
    out = std::numeric_limits<double>::infinity();
    return "";
  }
  if (text == "-Infinity" || text == "-.inf" || text == "-.Inf" || text == "-.INF") {
    out = -std::numeric_limits<double>::infinity();
    return "";
  }
  std::string_view digits = text;
  if (!digits.empty() && digits[0] == '+') digits.remove_prefix(1);
  // from_chars would accept "inf" and "nan" spelled its own way; require a digit or a point.
  if (digits.empty() || !(isDigit(digits[0]) || digits[0] == '.' || digits[0] == '-'))
    return "expected a number";
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
  if (ec == std::errc::result_out_of_range) return "out of range for a double";
  if (ec != std::errc() || end != digits.data() + digits.size() || !std::isfinite(out))
    return "expected a number";
  return "";
}

std::string formatDouble(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, end);
}

std::string formatFloat(float value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, end);
}

}  // namespace meshdesk::schema::text
