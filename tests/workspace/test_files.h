#pragma once
// Paths and contents of the workspace files the tests read.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace meshdesk::workspace::testing {

inline std::filesystem::path dataFile(const std::string& name) {
  return std::filesystem::path(MESHDESK_SOURCE_DIR) / "tests/workspace/data" / name;
}

inline std::filesystem::path labWorkspace() {
  return std::filesystem::path(MESHDESK_SOURCE_DIR) / "resources/lab/workspace.yaml";
}

inline std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// A fresh directory under the build tree, one per test (CTest runs tests in parallel), removed
// with everything in it when this goes away.
class ScratchDir {
 public:
  ScratchDir()
      : path_(std::filesystem::path(MESHDESK_BINARY_DIR) / "test-scratch" /
              (std::string(::testing::UnitTest::GetInstance()->current_test_info()->test_suite_name()) +
               "." + ::testing::UnitTest::GetInstance()->current_test_info()->name())) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

}  // namespace meshdesk::workspace::testing
