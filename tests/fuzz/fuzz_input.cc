#include "fuzz_input.h"

#include <memory>

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

// What is served goes through the wire format: each item must parse back from its bytes, as
// Envoy will parse it (protobuf refuses strings that are not UTF-8, and nesting past 100).
void checkServable(const char* what, const workspace::Workspace& workspace,
                   std::vector<std::string>& problems) {
  for (const auto& info : workspace::allKinds()) {
    for (const auto& item : workspace.items(info.kind)) {
      std::unique_ptr<google::protobuf::Message> copy(item.message().New());
      if (!copy->ParseFromString(item.message().SerializeAsString()))
        problems.push_back(std::string(what) + ": " + std::string(info.key) + " '" + item.name() +
                           "' does not parse from its own wire bytes");
    }
  }
}

}  // namespace

std::vector<std::string> checkInput(std::string_view text) {
  std::vector<std::string> problems;

  auto loaded = workspace::Workspace::parse(text, "input.yaml");
  checkErrors("Workspace::parse", loaded.errors, problems);
  if (loaded.ok()) {
    checkReadsBack("Workspace::parse", loaded.workspace, problems);
    checkServable("Workspace::parse", loaded.workspace, problems);
  }

  auto imported = workspace::importEnvoyConfig(text, "input");
  checkErrors("importEnvoyConfig", imported.errors, problems);
  // With errors, what was kept may be partial (an Any whose "@type" was wrong is left empty,
  // as Workspace::parse leaves it); writing it must still work.
  if (imported.ok()) {
    checkReadsBack("importEnvoyConfig", imported.workspace, problems);
    checkServable("importEnvoyConfig", imported.workspace, problems);
  } else {
    imported.workspace.toYaml();
  }
  for (const auto& note : imported.notes)
    if (note.empty()) problems.push_back("importEnvoyConfig: an empty note");

  return problems;
}

}  // namespace meshdesk::fuzz
