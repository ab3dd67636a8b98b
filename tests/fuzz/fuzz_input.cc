#include "fuzz_input.h"

#include <memory>

#include "../schema/yaml_tree_dump.h"
#include "schema/yaml_tree.h"
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

// Large texts are parsed in pieces on several threads; whatever the text, that must give the
// tree, or the errors, that parsing it whole gives.
void checkPieces(std::string_view text, std::vector<std::string>& problems) {
  std::vector<schema::SchemaError> wholeErrors;
  std::optional<schema::YamlTree> whole = schema::parseYamlTree(text, wholeErrors, {1});
  for (int pieces : {2, 3}) {
    std::vector<schema::SchemaError> cutErrors;
    std::optional<schema::YamlTree> cut = schema::parseYamlTree(text, cutErrors, {pieces});
    std::string what = "parseYamlTree in " + std::to_string(pieces) + " pieces";
    if (whole.has_value() != cut.has_value() || wholeErrors.size() != cutErrors.size()) {
      problems.push_back(what + ": not the result of a whole parse");
      continue;
    }
    for (std::size_t i = 0; i < wholeErrors.size(); ++i)
      if (wholeErrors[i].toString() != cutErrors[i].toString())
        problems.push_back(what + ": " + cutErrors[i].toString() + ", whole: " +
                           wholeErrors[i].toString());
    if (whole && schema::testing::dump(*whole) != schema::testing::dump(*cut))
      problems.push_back(what + ": a tree other than the whole parse's");
  }
}

}  // namespace

std::vector<std::string> checkInput(std::string_view text) {
  std::vector<std::string> problems;
  checkPieces(text, problems);

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
