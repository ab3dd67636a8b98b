#pragma once
// The text forms of the protobuf JSON mapping that YAML reuses: Duration ("0.250s"), Timestamp
// (RFC 3339), base64 bytes, and numbers that must survive a round trip exactly.
//
// Parsers return "" on success or a message saying what is wrong, written for the person who
// typed the value.

#include <cstdint>
#include <string>
#include <string_view>

namespace meshdesk::schema::text {

std::string parseDuration(std::string_view text, std::int64_t& seconds, std::int32_t& nanos);
// 0, 3, 6 or 9 fractional digits, as protobuf's JSON printer does: "5s", "0.250s", "-1.000001s".
std::string formatDuration(std::int64_t seconds, std::int32_t nanos);

std::string parseTimestamp(std::string_view text, std::int64_t& seconds, std::int32_t& nanos);
// Always UTC ("Z"), fractional digits as for Duration.
std::string formatTimestamp(std::int64_t seconds, std::int32_t nanos);

// Standard or URL-safe alphabet, padding optional, whitespace ignored (PEM-like wrapping).
std::string decodeBase64(std::string_view text, std::string& out);
// Standard alphabet with padding.
std::string encodeBase64(std::string_view bytes);

// Decimal, optional sign, no fraction. `outOfRange` distinguishes "too big" from "not a number".
std::string parseSigned(std::string_view text, std::int64_t min, std::int64_t max,
                        std::int64_t& out);
std::string parseUnsigned(std::string_view text, std::uint64_t max, std::uint64_t& out);
// Numbers, plus "NaN", "Infinity", "-Infinity" (JSON) and ".nan", ".inf", "-.inf" (YAML).
std::string parseDouble(std::string_view text, double& out);

// Shortest text that reads back as the same value; non-finite values as "NaN", "Infinity",
// "-Infinity".
std::string formatDouble(double value);
std::string formatFloat(float value);

}  // namespace meshdesk::schema::text
