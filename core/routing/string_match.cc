#include "routing/string_match.h"

#include <re2/re2.h>

namespace meshdesk::routing {

std::string lowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool startsWithIgnoreCase(std::string_view text, std::string_view lowerPrefix) {
  if (text.size() < lowerPrefix.size()) return false;
  for (std::size_t i = 0; i < lowerPrefix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lowerPrefix[i]) return false;
  }
  return true;
}

std::string regexLiteralPrefix(std::string_view re) {
  // An alternation anywhere may make the first atoms optional; not worth parsing.
  if (re.find('|') != std::string_view::npos) return {};
  constexpr std::string_view kSpecial = ".^$|?*+()[]{}";
  constexpr std::string_view kQuantifier = "?*+{";
  std::size_t i = !re.empty() && re.front() == '^' ? 1 : 0;
  std::string out;
  while (i < re.size()) {
    unsigned char c = static_cast<unsigned char>(re[i]);
    char literal;
    std::size_t width = 1;
    if (c >= 0x80) break;  // a multi-byte character could be quantified as a whole
    if (c == '\\') {
      if (i + 1 >= re.size()) break;
      char next = re[i + 1];
      // \d, \w, \b, \pN, \x41, \Q...: classes, assertions and codes, not a plain literal.
      if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
          (next >= '0' && next <= '9') || static_cast<unsigned char>(next) >= 0x80)
        break;
      literal = next;
      width = 2;
    } else if (kSpecial.find(static_cast<char>(c)) != std::string_view::npos) {
      break;
    } else {
      literal = static_cast<char>(c);
    }
    std::size_t after = i + width;
    if (after < re.size() && kQuantifier.find(re[after]) != std::string_view::npos) break;
    out.push_back(literal);
    i = after;
  }
  return out;
}

StringMatch::StringMatch() = default;

StringMatch StringMatch::literal(Kind kind, std::string pattern, bool ignoreCase) {
  StringMatch m;
  m.kind_ = kind;
  m.ignoreCase_ = ignoreCase;
  m.pattern_ = ignoreCase ? lowerAscii(pattern) : std::move(pattern);
  return m;
}

StringMatch StringMatch::regex(const envoy::type::matcher::v3::RegexMatcher& proto,
                               std::string& error) {
  StringMatch m;
  m.pattern_ = proto.regex();
  // Envoy builds RE2 with default options (UTF-8, case sensitive); so do we.
  auto compiled = std::make_shared<re2::RE2>(proto.regex(), re2::RE2::Quiet);
  if (!compiled->ok()) {
    error = "invalid regex '" + proto.regex() + "': " + compiled->error();
    m.neverReason_ = "invalid regex";
    return m;
  }
  m.kind_ = Kind::kRegex;
  m.requiredPrefix_ = regexLiteralPrefix(proto.regex());
  m.regex_ = std::move(compiled);
  return m;
}

StringMatch StringMatch::fromProto(const envoy::type::matcher::v3::StringMatcher& proto,
                                   std::string& error) {
  using P = envoy::type::matcher::v3::StringMatcher;
  const bool ic = proto.ignore_case();
  switch (proto.match_pattern_case()) {
    case P::kExact: return literal(Kind::kExact, proto.exact(), ic);
    case P::kPrefix: return literal(Kind::kPrefix, proto.prefix(), ic);
    case P::kSuffix: return literal(Kind::kSuffix, proto.suffix(), ic);
    case P::kContains: return literal(Kind::kContains, proto.contains(), ic);
    case P::kSafeRegex: return regex(proto.safe_regex(), error);
    case P::kCustom: {
      StringMatch m;
      m.neverReason_ = "custom string matcher '" + proto.custom().name() + "'";
      error = m.neverReason_ + " is not evaluated by Meshdesk";
      return m;
    }
    case P::MATCH_PATTERN_NOT_SET: break;
  }
  StringMatch m;
  m.neverReason_ = "empty string matcher";
  error = "a string matcher with no pattern (exact, prefix, suffix, contains or safe_regex)";
  return m;
}

bool StringMatch::matches(std::string_view value) const {
  switch (kind_) {
    case Kind::kRegex:
      if (value.substr(0, requiredPrefix_.size()) != requiredPrefix_) return false;
      return re2::RE2::FullMatch(value, *regex_);
    case Kind::kNever: return false;
    default: break;
  }
  std::string lowered;
  if (ignoreCase_) {
    lowered = lowerAscii(value);
    value = lowered;
  }
  switch (kind_) {
    case Kind::kExact: return value == pattern_;
    case Kind::kPrefix: return value.substr(0, pattern_.size()) == pattern_;
    case Kind::kSuffix:
      return value.size() >= pattern_.size() &&
             value.substr(value.size() - pattern_.size()) == pattern_;
    case Kind::kContains: return value.find(pattern_) != std::string_view::npos;
    default: return false;
  }
}

std::string StringMatch::patternText() const {
  switch (kind_) {
    case Kind::kRegex: return "'" + pattern_ + "' (full match)";
    case Kind::kNever: return "(" + neverReason_ + ": never matches)";
    default: return "'" + pattern_ + "'" + (ignoreCase_ ? " (ignoring case)" : "");
  }
}

std::string StringMatch::describe() const {
  switch (kind_) {
    case Kind::kExact: return "exact " + patternText();
    case Kind::kPrefix: return "prefix " + patternText();
    case Kind::kSuffix: return "suffix " + patternText();
    case Kind::kContains: return "contains " + patternText();
    case Kind::kRegex: return "regex " + patternText();
    case Kind::kNever: return neverReason_ + " (never matches)";
  }
  return "?";
}

}  // namespace meshdesk::routing
