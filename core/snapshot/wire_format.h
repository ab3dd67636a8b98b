#pragma once
// Just enough of the protobuf wire format to splice pre-encoded fields into xDS responses.

#include <cstdint>
#include <string>
#include <string_view>

namespace meshdesk::snapshot::wire {

inline void appendVarint(std::string& out, std::uint64_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

// A length-delimited field (wire type 2): strings, bytes and embedded messages.
inline void appendBytesField(std::string& out, int field, std::string_view bytes) {
  appendVarint(out, (static_cast<std::uint64_t>(field) << 3) | 2);
  appendVarint(out, bytes.size());
  out.append(bytes.data(), bytes.size());
}

// A varint field (wire type 0).
inline void appendVarintField(std::string& out, int field, std::uint64_t value) {
  appendVarint(out, static_cast<std::uint64_t>(field) << 3);
  appendVarint(out, value);
}

inline std::size_t varintSize(std::uint64_t value) {
  std::size_t n = 1;
  while (value >= 0x80) {
    value >>= 7;
    ++n;
  }
  return n;
}

}  // namespace meshdesk::snapshot::wire
