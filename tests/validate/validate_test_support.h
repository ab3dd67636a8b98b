#pragma once
// What the validation tests share: checking YAML text, picking findings, and places computed
// from the text itself (so a test states "the finding points at this token", not a number).

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "validate/validate.h"

namespace meshdesk::validate::testing {

struct Place {
  int line = 0;
  int column = 0;
  bool operator==(const Place&) const = default;
};

inline std::ostream& operator<<(std::ostream& out, const Place& p) {
  return out << p.line << ":" << p.column;
}

// 1-based line and column of the `occurrence`-th (1-based) `needle` in `text`.
inline Place placeOf(std::string_view text, std::string_view needle, int occurrence = 1) {
  std::size_t at = std::string_view::npos;
  std::size_t from = 0;
  for (int i = 0; i < occurrence; ++i) {
    at = text.find(needle, from);
    if (at == std::string_view::npos) {
      ADD_FAILURE() << "no occurrence " << occurrence << " of '" << needle << "' in the text";
      return {};
    }
    from = at + 1;
  }
  Place p{1, 1};
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else {
      ++p.column;
    }
  }
  return p;
}

// `p` moved right by `columns`.
inline Place right(Place p, int columns) { return {p.line, p.column + columns}; }

inline Place placeOf(const Finding& f) { return {f.line, f.column}; }

inline std::string listAll(const std::vector<Finding>& findings) {
  std::string out;
  for (const auto& f : findings) out += "  " + f.toString() + "\n";
  return out.empty() ? "  (none)\n" : out;
}

inline std::vector<Finding> withRule(const std::vector<Finding>& findings, std::string_view rule) {
  std::vector<Finding> out;
  for (const auto& f : findings)
    if (f.rule == rule) out.push_back(f);
  return out;
}

// Checks the text as a workspace file; the reader must have nothing to say unless a test is
// about the reader.
inline std::vector<Finding> check(std::string_view yaml, bool readerErrorsExpected = false) {
  CheckedWorkspace checked = checkWorkspaceText(yaml, "test.yaml");
  if (!readerErrorsExpected) {
    std::string errors;
    for (const auto& e : checked.loaded.errors) errors += "  " + e.toString() + "\n";
    EXPECT_TRUE(checked.loaded.errors.empty()) << "the reader found:\n" << errors;
  }
  return checked.findings;
}

// The one finding with `rule`; fails (listing all findings) unless there is exactly one.
inline Finding onlyFinding(const std::vector<Finding>& findings, std::string_view rule) {
  auto matching = withRule(findings, rule);
  EXPECT_EQ(matching.size(), 1u) << "findings with rule " << rule << ":\n" << listAll(findings);
  return matching.empty() ? Finding{} : matching.front();
}

}  // namespace meshdesk::validate::testing
