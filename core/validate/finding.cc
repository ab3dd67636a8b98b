#include "validate/finding.h"

#include <algorithm>

namespace meshdesk::validate {

const char* severityName(Severity severity) {
  return severity == Severity::kError ? "error" : "warning";
}

std::string Finding::toString() const {
  std::string out = file;
  if (line > 0) {
    if (!out.empty()) out += ':';
    out += std::to_string(line) + ':' + std::to_string(column);
  }
  if (!out.empty()) out += ": ";
  out += severityName(severity);
  out += ": ";
  if (kind) out += std::string(workspace::kindInfo(*kind).key) + "/" + resource + ": ";
  if (!path.empty()) out += path + ": ";
  out += message;
  if (!rule.empty()) out += " [" + rule + "]";
  return out;
}

std::size_t countErrors(const std::vector<Finding>& findings) {
  return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(), [](const Finding& f) {
    return f.severity == Severity::kError;
  }));
}

std::size_t countWarnings(const std::vector<Finding>& findings) {
  return findings.size() - countErrors(findings);
}

void sortByPlace(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    bool aPlaced = a.line > 0;
    bool bPlaced = b.line > 0;
    if (aPlaced != bPlaced) return aPlaced;
    if (!aPlaced) return false;
    if (a.line != b.line) return a.line < b.line;
    if (a.column != b.column) return a.column < b.column;
    return a.severity == Severity::kError && b.severity != Severity::kError;
  });
}

}  // namespace meshdesk::validate
