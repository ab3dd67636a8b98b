// Every file of the seed corpus (tests/fuzz/corpus/: malformed YAML and JSON, reproducers of
// what the fuzzer found) and every workspace and import test file, through the fuzzer's entry
// point, so that the gcc build checks what a clang fuzzing run checks.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <sstream>

#include <gtest/gtest.h>

#include "fuzz_input.h"
#include "../workspace/test_files.h"

namespace meshdesk::fuzz {
namespace {

std::vector<std::filesystem::path> filesUnder(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

const std::filesystem::path kSource(MESHDESK_SOURCE_DIR);

class FuzzCorpus : public ::testing::TestWithParam<std::filesystem::path> {};

// known_issues.txt: corpus file name -> whether it fails or hangs, and why.
struct KnownIssue {
  bool hangs = false;
  std::string why;
};

std::map<std::string, KnownIssue> knownIssues() {
  std::map<std::string, KnownIssue> issues;
  std::istringstream lines(workspace::testing::readFile(kSource / "tests/fuzz/known_issues.txt"));
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string file, kind;
    fields >> file >> kind;
    KnownIssue issue;
    issue.hangs = kind == "hangs";
    std::getline(fields >> std::ws, issue.why);
    issues[file] = issue;
  }
  return issues;
}

TEST_P(FuzzCorpus, ReadsWithoutBreakingAProperty) {
  auto issues = knownIssues();
  auto known = GetParam().parent_path().filename() == "corpus"
                   ? issues.find(GetParam().filename().string())
                   : issues.end();
  if (known != issues.end() && known->second.hangs)
    GTEST_SKIP() << "known issue, not run: " << known->second.why;
  std::vector<std::string> problems = checkInput(workspace::testing::readFile(GetParam()));
  if (known != issues.end()) {
    if (problems.empty())
      FAIL() << "known issue no longer reproduces; remove it from tests/fuzz/known_issues.txt: "
             << known->second.why;
    GTEST_SKIP() << "known issue (" << known->second.why << "): " << problems.front().substr(0, 300);
  }
  for (const auto& problem : problems) ADD_FAILURE() << problem;
}

std::vector<std::filesystem::path> allInputs() {
  std::vector<std::filesystem::path> inputs = filesUnder(kSource / "tests/fuzz/corpus");
  for (const auto& file : filesUnder(kSource / "tests/workspace/data")) inputs.push_back(file);
  inputs.push_back(kSource / "resources/lab/workspace.yaml");
  return inputs;
}

INSTANTIATE_TEST_SUITE_P(Seeds, FuzzCorpus, ::testing::ValuesIn(allInputs()),
                         [](const auto& info) {
                           std::string name =
                               std::filesystem::relative(info.param, kSource).string();
                           for (char& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

TEST(FuzzCorpus, HasSeeds) {
  // The corpus is checked in; an empty folder would make the suite above pass vacuously.
  EXPECT_GE(filesUnder(kSource / "tests/fuzz/corpus").size(), 20u);
}

}  // namespace
}  // namespace meshdesk::fuzz
