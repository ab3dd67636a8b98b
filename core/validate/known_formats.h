#pragma once
// The well-known string formats of protoc-gen-validate, exactly as its C++ validators (which
// Envoy runs) define them, so that what passes here passes in Envoy and the other way round.

#include <cstddef>
#include <string_view>

namespace meshdesk::validate::known {

bool isHostname(std::string_view text);
bool isIpv4(std::string_view text);
bool isIpv6(std::string_view text);
inline bool isIp(std::string_view text) { return isIpv4(text) || isIpv6(text); }
bool isUuid(std::string_view text);

// HTTP_HEADER_NAME / HTTP_HEADER_VALUE (RFC 7230) when `strict`; with strict: false both only
// exclude NUL, CR and LF.
bool isHeaderName(std::string_view text, bool strict);
bool isHeaderValue(std::string_view text, bool strict);

// Length in code points ("runes"), as min_len/max_len count.
std::size_t utf8Length(std::string_view text);

}  // namespace meshdesk::validate::known
