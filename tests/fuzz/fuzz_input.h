#pragma once
// One input, as the fuzzer and the corpus test run it: read as a workspace file
// (Workspace::parse) and imported as Envoy configuration (importEnvoyConfig), then checked for
// the properties that hold whatever the bytes are.

#include <string>
#include <string_view>
#include <vector>

namespace meshdesk::fuzz {

// What went wrong with how the readers handled `text`; empty when nothing did:
//   - every error says what is wrong, and where (line and column) unless it has no place in
//     the text, which only an empty file has;
//   - a workspace read without errors, written and read again, is the same workspace;
//   - an import without errors, written, reads back without errors and the same;
//   - every item of a workspace read or imported without errors parses back from its own
//     wire bytes, as Envoy will parse it when it is served;
//   - the YAML read in pieces (as large files are, on several threads) gives the same tree, or
//     the same errors, as read whole.
// A crash, a hang or an uncaught exception is the fuzzer's and the test runner's to notice.
std::vector<std::string> checkInput(std::string_view text);

}  // namespace meshdesk::fuzz
