#include "controlplane/publish_outcome.h"

#include <algorithm>

namespace meshdesk::controlplane {

std::string Problem::toString() const {
  std::string out;
  if (!file.empty()) out += file + ":";
  if (line > 0) out += std::to_string(line) + ":" + std::to_string(column) + ":";
  if (!out.empty()) out += " ";
  out += severity == Severity::Error ? "error: " : "warning: ";
  if (!path.empty()) out += path + ": ";
  out += message;
  return out;
}

std::size_t PublishOutcome::errorCount() const {
  return std::count_if(problems.begin(), problems.end(),
                       [](const Problem& p) { return p.severity == Problem::Severity::Error; });
}

std::size_t PublishOutcome::warningCount() const { return problems.size() - errorCount(); }

std::string PublishOutcome::summary() const {
  auto live = version ? "v" + std::to_string(version->sequence) : std::string("nothing");
  auto plural = [](std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
  };
  std::string warnings = warningCount() ? " (" + plural(warningCount(), "warning") + ")" : "";
  switch (status) {
    case Status::Published: return "published " + live + warnings;
    case Status::Unchanged: return "unchanged, " + live + " is live" + warnings;
    case Status::Refused:
      return "refused: " + plural(errorCount(), "error") + ", " + live + " keeps serving";
    case Status::Failed: return "failed: " + detail + "; " + live + " keeps serving";
  }
  return {};
}

}  // namespace meshdesk::controlplane
