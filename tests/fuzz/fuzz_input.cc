#include "fuzz_input.h"

#include "workspace/import.h"
#include "workspace/workspace.h"

namespace meshdesk::fuzz {

namespace {

void checkErrors(const char* reader, const std::vector<workspace::WorkspaceError>& errors,
                 std::vector<std::string>& problems) {
  for (const auto& e : errors) {
    if (e.message.empty())
      problems.push_back(std::string(reader) + ": an error without a message at line " +
                         std::to_string(e.line));
    if (e.line > 0 && e.column <= 0)
      problems.push_back(std::string(reader) + ": an error with a line but no column: " +
                         e.toString());
    if (e.line <= 0 && e.message.find("empty") == std::string::npos)
      problems.push_back(std::string(reader) + ": an error without a place: " + e.toString());
  }
}

// Written, then read: no errors and the same bytes again.
void checkReadsBack(const char* what, const workspace::Workspace& workspace,
                    std::vector<std::string>& problems) {
  std::string written = workspace.toYaml();
  auto reread = workspace::Workspace::parse(written, "written.yaml");
  if (!reread.ok()) {
    problems.push_back(std::string(what) + ": the written workspace does not read back: " +
                       reread.errors.front().toString() + "\n--- written:\n" + written);
    return;
  }
  std::string again = reread.workspace.toYaml();
  if (again != written)
    problems.push_back(std::string(what) + ": the written workspace reads back different:\n"
                       "--- written:\n" + written + "--- read and written again:\n" + again);
}

}  // namespace

std::vector<std::string> checkInput(std::string_view text) {
  std::vector<std::string> problems;

  auto loaded = workspace::Workspace::parse(text, "input.yaml");
  checkErrors("Workspace::parse", loaded.errors, problems);
  if (loaded.ok()) checkReadsBack("Workspace::parse", loaded.workspace, problems);

  auto imported = workspace::importEnvoyConfig(text, "input");
  checkErrors("importEnvoyConfig", imported.errors, problems);
  checkReadsBack("importEnvoyConfig", imported.workspace, problems);
  for (const auto& note : imported.notes)
    if (note.empty()) problems.push_back("importEnvoyConfig: an empty note");

  return problems;
}

}  // namespace meshdesk::fuzz
