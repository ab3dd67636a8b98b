#include "history/version_store.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>

namespace meshdesk::history {
namespace {

namespace fs = std::filesystem;

class VersionStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("meshdesk-history-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::string run(const std::string& command) {
    std::string out;
    FILE* p = popen(command.c_str(), "r");
    if (!p) return out;
    std::array<char, 4096> buf;
    while (auto n = fread(buf.data(), 1, buf.size(), p)) out.append(buf.data(), n);
    pclose(p);
    return out;
  }

  fs::path dir_;
};

TEST_F(VersionStoreTest, VersionsSurviveReopening) {
  std::string error;
  {
    auto store = VersionStore::open(dir_.string(), &error);
    ASSERT_TRUE(store) << error;
    auto v1 = store->record("clusters: []\n", "alice", "first");
    ASSERT_TRUE(v1);
    EXPECT_EQ(v1->sequence, 1);
    auto v2 = store->record("clusters: [{name: a}]\n", "bob", "add a");
    ASSERT_TRUE(v2);
    EXPECT_EQ(v2->sequence, 2);
    EXPECT_NE(v1->contentHash, v2->contentHash);
  }
  auto store = VersionStore::open(dir_.string(), &error);
  ASSERT_TRUE(store) << error;
  auto versions = store->list();
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].author, "alice");
  EXPECT_EQ(versions[0].message, "first");
  EXPECT_EQ(versions[1].message, "add a");
  EXPECT_EQ(*store->content(1), "clusters: []\n");
  EXPECT_EQ(*store->content(2), "clusters: [{name: a}]\n");
  EXPECT_FALSE(store->content(3));

  auto v3 = store->record(*store->content(1), "carol", "roll back to v1", 1);
  ASSERT_TRUE(v3);
  EXPECT_EQ(v3->sequence, 3);
  EXPECT_EQ(v3->rollbackOf, 1);
  EXPECT_EQ(v3->contentHash, versions[0].contentHash);
}

TEST_F(VersionStoreTest, ListsOnlyWhatCameAfterAVersion) {
  std::string error;
  auto store = VersionStore::open(dir_.string(), &error);
  ASSERT_TRUE(store) << error;
  EXPECT_TRUE(store->listAfter(0).empty());
  for (int i = 1; i <= 4; ++i) ASSERT_TRUE(store->record("n: " + std::to_string(i) + "\n", "a", "v"));
  auto after2 = store->listAfter(2);
  ASSERT_EQ(after2.size(), 2u);
  EXPECT_EQ(after2[0].sequence, 3);
  EXPECT_EQ(after2[1].sequence, 4);
  EXPECT_EQ(store->listAfter(0).size(), 4u);
  EXPECT_TRUE(store->listAfter(4).empty());
  EXPECT_TRUE(store->listAfter(9).empty());
}

// The history is an ordinary Git repository: the git command line reads it.
TEST_F(VersionStoreTest, GitReadsTheHistory) {
  if (std::system("git --version > /dev/null 2>&1") != 0) GTEST_SKIP() << "no git";
  std::string error;
  auto store = VersionStore::open(dir_.string(), &error);
  ASSERT_TRUE(store) << error;
  store->record("a: 1\n", "alice", "one");
  store->record("a: 2\n", "alice", "two");
  std::string gitDir = store->repositoryPath();
  auto log = run("git --git-dir '" + gitDir + "' log --format='%an %s' 2>&1");
  EXPECT_EQ(log, "alice two\nalice one\n");
  EXPECT_EQ(run("git --git-dir '" + gitDir + "' show v1:workspace.yaml 2>&1"), "a: 1\n");
  auto diff = run("git --git-dir '" + gitDir + "' diff v1 v2 2>&1");
  EXPECT_NE(diff.find("-a: 1\n+a: 2"), std::string::npos) << diff;
}

TEST(UnifiedDiff, ShowsChangedLinesWithContext) {
  std::string before = "name: a\nport: 80\ntimeout: 1s\n";
  std::string after = "name: a\nport: 8080\ntimeout: 1s\n";
  auto diff = unifiedDiff(before, after, "v1/clusters/a", "v2/clusters/a");
  EXPECT_NE(diff.find("--- a/v1/clusters/a"), std::string::npos) << diff;
  EXPECT_NE(diff.find("-port: 80\n+port: 8080\n"), std::string::npos) << diff;
  EXPECT_EQ(unifiedDiff(before, before, "x", "y"), "");
}

}  // namespace
}  // namespace meshdesk::history
