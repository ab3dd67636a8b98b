// Saving: the file is either the old content or the new one, whatever fails along the way.
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_files.h"
#include "workspace/atomic_file.h"
#include "workspace/workspace.h"

namespace meshdesk::workspace {
namespace {

using ::testing::HasSubstr;
namespace fs = std::filesystem;

std::vector<std::string> filesIn(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

Workspace sampleWorkspace() {
  auto result = Workspace::load(testing::dataFile("sidecar.yaml"));
  EXPECT_TRUE(result.ok());
  return result.workspace;
}

TEST(AtomicSave, SaveThenLoadGivesTheSameWorkspace) {
  testing::ScratchDir dir;
  Workspace ws = sampleWorkspace();
  ASSERT_EQ(ws.save(dir / "ws.yaml"), "");
  EXPECT_EQ(testing::readFile(dir / "ws.yaml"), ws.toYaml());
  auto back = Workspace::load(dir / "ws.yaml");
  ASSERT_TRUE(back.ok());
  EXPECT_TRUE(back.workspace == ws);
  EXPECT_EQ(filesIn(dir.path()), std::vector<std::string>{"ws.yaml"});
}

TEST(AtomicSave, AFailedWriteLeavesTheOriginalAndNoTemporaryFile) {
  testing::ScratchDir dir;
  const std::string original = "clusters:\n- name: original\n";
  {
    std::ofstream out(dir / "ws.yaml");
    out << original;
  }
  Workspace ws = sampleWorkspace();
  ASSERT_GT(ws.toYaml().size(), 2048u);
  // Works as root too (where permissions would not stop the write): files may not grow past
  // 1 KiB, so writing the temporary file fails part-way with EFBIG.
  struct rlimit saved {};
  ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
  auto previousHandler = signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = saved;
  small.rlim_cur = 1024;
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
  std::string error = ws.save(dir / "ws.yaml");
  setrlimit(RLIMIT_FSIZE, &saved);
  signal(SIGXFSZ, previousHandler);

  EXPECT_THAT(error, HasSubstr("cannot write"));
  EXPECT_THAT(error, HasSubstr("File too large"));
  EXPECT_EQ(testing::readFile(dir / "ws.yaml"), original);
  EXPECT_EQ(filesIn(dir.path()), std::vector<std::string>{"ws.yaml"});
}

TEST(AtomicSave, UnwritableDirectoryLeavesTheOriginal) {
  if (geteuid() == 0) GTEST_SKIP() << "root ignores directory permissions; see the test above";
  testing::ScratchDir dir;
  {
    std::ofstream out(dir / "ws.yaml");
    out << "original\n";
  }
  fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec);
  std::string error = writeFileAtomically(dir / "ws.yaml", "new\n");
  fs::permissions(dir.path(), fs::perms::owner_all);
  EXPECT_THAT(error, HasSubstr("cannot create a temporary file"));
  EXPECT_EQ(testing::readFile(dir / "ws.yaml"), "original\n");
}

TEST(AtomicSave, MissingDirectoryIsAnError) {
  testing::ScratchDir dir;
  std::string error = writeFileAtomically(dir / "no/such/dir/ws.yaml", "x");
  EXPECT_THAT(error, HasSubstr("cannot create a temporary file in"));
  EXPECT_THAT(error, HasSubstr("No such file or directory"));
}

TEST(AtomicSave, ADirectoryInTheWayIsNotReplaced) {
  testing::ScratchDir dir;
  fs::create_directory(dir / "ws.yaml");
  std::ofstream(dir / "ws.yaml" / "keep") << "keep";
  std::string error = writeFileAtomically(dir / "ws.yaml", "x");
  EXPECT_THAT(error, HasSubstr("is not a regular file"));
  EXPECT_EQ(testing::readFile(dir / "ws.yaml" / "keep"), "keep");
  EXPECT_EQ(filesIn(dir.path()), std::vector<std::string>{"ws.yaml"});
}

TEST(AtomicSave, KeepsPermissionsAndFollowsSymlinks) {
  testing::ScratchDir dir;
  std::ofstream(dir / "real.yaml") << "old";
  fs::permissions(dir / "real.yaml", fs::perms::owner_read | fs::perms::owner_write);
  fs::create_symlink("real.yaml", dir / "link.yaml");
  ASSERT_EQ(writeFileAtomically(dir / "link.yaml", "new"), "");
  EXPECT_TRUE(fs::is_symlink(dir / "link.yaml"));
  EXPECT_EQ(testing::readFile(dir / "real.yaml"), "new");
  EXPECT_EQ(fs::status(dir / "real.yaml").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);
  ASSERT_EQ(writeFileAtomically(dir / "fresh.yaml", "x"), "");
  EXPECT_EQ(fs::status(dir / "fresh.yaml").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                fs::perms::others_read);
}

}  // namespace
}  // namespace meshdesk::workspace
