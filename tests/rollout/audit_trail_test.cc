// The audit trail: entries read back as written, whole even when written from many threads at
// once, and damage named by line.

#include "rollout/audit_trail.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

namespace meshdesk::rollout {
namespace {

namespace fs = std::filesystem;

class AuditTrailTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("meshdesk-audit-" + std::to_string(getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(AuditTrailTest, KeptNextToTheWorkspace) {
  EXPECT_EQ(AuditTrail::pathFor((dir_ / "mesh.yaml").string()),
            (dir_ / ".meshdesk" / "audit.jsonl").string());
}

TEST_F(AuditTrailTest, EntriesReadBackAsWritten) {
  AuditTrail trail(AuditTrail::pathFor((dir_ / "mesh.yaml").string()));
  AuditEntry e;
  e.at = std::chrono::system_clock::time_point(std::chrono::milliseconds(1714644000123));
  e.who = "ada";
  e.action = "canary-started";
  e.version = "8-canary";
  e.detail = "10% of connected proxies; \"quoted\"\nand a newline";
  e.proxies = {"edge-1", "edge-7"};
  std::string error;
  ASSERT_TRUE(trail.append(e, &error)) << error;
  e.action = "canary-promoted";
  e.proxies.clear();
  ASSERT_TRUE(trail.append(e, &error)) << error;

  std::vector<std::string> problems;
  auto read = trail.read(&problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(read.size(), 2u);
  EXPECT_EQ(read[0].at, e.at);
  EXPECT_EQ(read[0].who, "ada");
  EXPECT_EQ(read[0].action, "canary-started");
  EXPECT_EQ(read[0].detail, e.detail);
  EXPECT_EQ(read[0].proxies, (std::vector<std::string>{"edge-1", "edge-7"}));
  EXPECT_EQ(read[1].action, "canary-promoted");
  EXPECT_TRUE(read[1].proxies.empty());

  // One line per entry, the time in UTC.
  std::ifstream in(trail.path());
  std::string first;
  std::getline(in, first);
  EXPECT_NE(first.find("\"at\":\"2024-05-02T10:00:00.123Z\""), std::string::npos) << first;
}

TEST_F(AuditTrailTest, ConcurrentAppendsStayWhole) {
  AuditTrail trail((dir_ / "audit.jsonl").string());
  std::vector<std::thread> writers;
  for (int w = 0; w < 4; ++w)
    writers.emplace_back([&, w] {
      for (int i = 0; i < 50; ++i) {
        AuditEntry e;
        e.at = std::chrono::system_clock::now();
        e.who = "writer-" + std::to_string(w);
        e.action = "step";
        e.detail = std::string(2000, 'a' + w);  // longer than one pipe buffer's atomic write
        ASSERT_TRUE(trail.append(e));
      }
    });
  for (auto& t : writers) t.join();
  std::vector<std::string> problems;
  auto read = trail.read(&problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(read.size(), 200u);
  for (const auto& e : read) EXPECT_EQ(e.detail, std::string(2000, 'a' + (e.who.back() - '0')));
}

TEST_F(AuditTrailTest, DamageIsNamedByLineAndSkipped) {
  AuditTrail trail((dir_ / "audit.jsonl").string());
  AuditEntry e;
  e.at = std::chrono::system_clock::now();
  e.action = "ok";
  ASSERT_TRUE(trail.append(e));
  {
    std::ofstream out(trail.path(), std::ios::app);
    out << "{not json}\n";
    out << "{\"at\":\"yesterday\",\"action\":\"x\"}\n";
    out << "{\"at\":\"2024-05-02T10:00:00Z\",\"action\":\"cut";  // a crash mid-write
  }
  std::vector<std::string> problems;
  auto read = trail.read(&problems);
  ASSERT_EQ(read.size(), 1u);
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0], "audit.jsonl:2: not a JSON object");
  EXPECT_EQ(problems[1], "audit.jsonl:3: \"at\" is not an RFC 3339 UTC time");
  EXPECT_EQ(problems[2], "audit.jsonl:4: the last entry was not written whole (skipped)");
}

TEST_F(AuditTrailTest, AnUnwritableTrailSaysWhere) {
  // A file where the folder should be stops even root.
  std::ofstream(dir_ / "blocker") << "x";
  AuditTrail trail((dir_ / "blocker" / "audit.jsonl").string());
  AuditEntry e;
  e.action = "x";
  std::string error;
  EXPECT_FALSE(trail.append(e, &error));
  EXPECT_EQ(error, (dir_ / "blocker" / "audit.jsonl").string() + ": cannot open: Not a directory");
}

}  // namespace
}  // namespace meshdesk::rollout
