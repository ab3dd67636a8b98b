#pragma once
// Envoy's StringMatcher (and RegexMatcher) compiled once: regexes are RE2 programs built when
// the evaluator indexes the workspace, never per request.

#include <memory>
#include <string>
#include <string_view>

#include "envoy/type/matcher/v3/regex.pb.h"
#include "envoy/type/matcher/v3/string.pb.h"

namespace re2 {
class RE2;
}

namespace meshdesk::routing {

class StringMatch {
 public:
  enum class Kind { kExact, kPrefix, kSuffix, kContains, kRegex, kNever };

  // A matcher that fails to compile (bad regex, `custom` extension) never matches; `error`
  // says why, for the evaluator's list of problems.
  static StringMatch fromProto(const envoy::type::matcher::v3::StringMatcher& proto,
                               std::string& error);
  // Full match, as Envoy's safe_regex always is.
  static StringMatch regex(const envoy::type::matcher::v3::RegexMatcher& proto, std::string& error);
  static StringMatch literal(Kind kind, std::string pattern, bool ignoreCase);

  StringMatch();

  bool matches(std::string_view value) const;
  Kind kind() const { return kind_; }
  // "prefix '/api'", "regex '^/v[0-9]+/.*' (full match)", "exact 'gpt-4o' (ignoring case)".
  std::string describe() const;
  // The same without the kind: "'/api' (ignoring case)".
  std::string patternText() const;

 private:
  Kind kind_ = Kind::kNever;
  std::string pattern_;  // lower-cased when ignoreCase_
  bool ignoreCase_ = false;
  std::shared_ptr<const re2::RE2> regex_;
  // A literal every full match starts with ("/svc/" for "/svc/[0-9]+"): checking it first
  // spares running most regexes of a long table. (RE2's PossibleMatchRange is exact too, but
  // building it costs ~50 us a regex, 0.5 s for 10,000 routes.)
  std::string requiredPrefix_;
  std::string neverReason_;
};

// ASCII lower case: HTTP names and hosts are ASCII, and Envoy's ignore_case is ASCII only.
std::string lowerAscii(std::string_view text);
// The literal text any full match of `regex` must start with; "" when unsure (alternation,
// flags, a class or a quantified atom first).
std::string regexLiteralPrefix(std::string_view regex);
bool startsWithIgnoreCase(std::string_view text, std::string_view lowerPrefix);

}  // namespace meshdesk::routing
