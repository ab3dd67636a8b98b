#include "validate/known_formats.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <string>

namespace meshdesk::validate::known {

namespace {
bool isAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool isHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
}  // namespace

bool isHostname(std::string_view text) {
  // PGV splits on '.' with std::sregex_token_iterator, which yields no empty part after a
  // trailing dot but one empty part for "" (and so for ".").
  if (text.size() > 253) return false;
  if (!text.empty() && text.back() == '.') text.remove_suffix(1);
  if (text.empty()) return false;
  std::size_t start = 0;
  while (true) {
    std::size_t dot = text.find('.', start);
    std::string_view part =
        text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (part.empty() || part.size() > 63) return false;
    if (part.front() == '-' || part.back() == '-') return false;
    for (char c : part)
      if (!isAlnum(c) && c != '-') return false;
    if (dot == std::string_view::npos) return true;
    start = dot + 1;
  }
}

bool isIpv4(std::string_view text) {
  in_addr address;
  return inet_pton(AF_INET, std::string(text).c_str(), &address) == 1;
}

bool isIpv6(std::string_view text) {
  in6_addr address;
  return inet_pton(AF_INET6, std::string(text).c_str(), &address) == 1;
}

bool isUuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? text[i] != '-' : !isHex(text[i])) return false;
  }
  return true;
}

bool isHeaderName(std::string_view text, bool strict) {
  if (!strict) return isHeaderValue(text, false);
  // ^:?[0-9a-zA-Z!#$%&'*+-.^_|~\x60]+$ -- "+-." is a range there, so ',' is allowed too.
  if (!text.empty() && text.front() == ':') text.remove_prefix(1);
  if (text.empty()) return false;
  for (char c : text) {
    bool ok = isAlnum(c) || (c >= '+' && c <= '.') || c == '!' || c == '#' || c == '$' ||
              c == '%' || c == '&' || c == '\'' || c == '*' || c == '^' || c == '_' || c == '|' ||
              c == '~' || c == '`';
    if (!ok) return false;
  }
  return true;
}

bool isHeaderValue(std::string_view text, bool strict) {
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (strict) {
      // ^[^\x00-\x08\x0A-\x1F\x7F]*$ (horizontal tab allowed)
      if (c <= 0x08 || (c >= 0x0A && c <= 0x1F) || c == 0x7F) return false;
    } else if (c == 0x00 || c == 0x0A || c == 0x0D) {
      return false;
    }
  }
  return true;
}

std::size_t utf8Length(std::string_view text) {
  std::size_t n = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace meshdesk::validate::known
