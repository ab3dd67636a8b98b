// Interned resource names (snapshot::ResourceName) and the per-stream tables built on them
// (NameSet, ResourceEntries): the bookkeeping every connected proxy carries.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "snapshot/resource.h"
#include "snapshot/resource_name.h"
#include "xds/name_set.h"
#include "xds/resource_entries.h"

namespace meshdesk::testing {
namespace {

using snapshot::ResourceName;
using ::testing::ElementsAre;

std::vector<std::string> texts(const xds::NameSet& set) {
  std::vector<std::string> out;
  for (const auto& n : set) out.push_back(n.str());
  return out;
}

std::vector<std::string> texts(const xds::ResourceEntries& entries) {
  std::vector<std::string> out;
  for (const auto& row : entries) out.push_back(row.name.str());
  return out;
}

TEST(ResourceNameTest, EqualTextSharesOneString) {
  ResourceName a("cluster-a");
  ResourceName b(std::string("cluster-") + "a");
  ResourceName c("cluster-b");
  EXPECT_EQ(a, b);
  EXPECT_EQ(&a.str(), &b.str());
  EXPECT_NE(a, c);
  EXPECT_EQ(a.str(), "cluster-a");
  EXPECT_EQ(c.view(), "cluster-b");
}

TEST(ResourceNameTest, TheTextGoesWithItsLastHandle) {
  const auto before = ResourceName::interned();
  {
    ResourceName a("only-in-this-test");
    EXPECT_EQ(ResourceName::interned(), before + 1);
    ResourceName copy = a;
    ResourceName moved = std::move(a);
    ResourceName assigned;
    assigned = copy;
    EXPECT_EQ(ResourceName::interned(), before + 1);
    EXPECT_EQ(moved, copy);
    EXPECT_EQ(assigned.str(), "only-in-this-test");
  }
  EXPECT_EQ(ResourceName::interned(), before);
  // Made again after it went: a fresh string of the same text.
  ResourceName again("only-in-this-test");
  EXPECT_EQ(again.str(), "only-in-this-test");
  EXPECT_EQ(ResourceName::interned(), before + 1);
}

TEST(ResourceNameTest, EmptyNameNeedsNoString) {
  const auto before = ResourceName::interned();
  ResourceName none;
  ResourceName empty("");
  EXPECT_EQ(none, empty);
  EXPECT_TRUE(none.str().empty());
  EXPECT_EQ(ResourceName::interned(), before);
}

TEST(ResourceNameTest, ResourcesOfOneNameShareIt) {
  auto cluster = snapshot::Resource::make("type.googleapis.com/x.Cluster", "backend", "1");
  auto endpoints = snapshot::Resource::make("type.googleapis.com/x.Endpoints", "backend", "2");
  EXPECT_EQ(cluster->key(), endpoints->key());
  EXPECT_EQ(cluster->key(), ResourceName("backend"));
  EXPECT_EQ(cluster->name(), "backend");
}

// Streams intern and drop names on gRPC's threads and the pusher at once: the table must
// neither lose a live name nor keep a dead one.
TEST(ResourceNameTest, ThreadsInterningAndDroppingTheSameNamesAgree) {
  const auto before = ResourceName::interned();
  std::vector<std::string> names;
  for (int i = 0; i < 8; ++i) names.push_back("shared-" + std::to_string(i));
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20000; ++i) {
        const std::string& text = names[(i + t) % names.size()];
        ResourceName a(text);
        ResourceName b = a;
        ResourceName c(text);
        if (a != c || b.str() != text) ++wrong;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(wrong.load(), 0);
  EXPECT_EQ(ResourceName::interned(), before);
}

TEST(NameSetTest, KeepsNamesInOrderOnceEach) {
  xds::NameSet set;
  EXPECT_TRUE(set.insert(std::string_view("b")));
  EXPECT_TRUE(set.insert(ResourceName("a")));
  EXPECT_TRUE(set.insert(std::string_view("c")));
  EXPECT_FALSE(set.insert(std::string_view("a")));
  EXPECT_FALSE(set.insert(ResourceName("c")));
  EXPECT_THAT(texts(set), ElementsAre("a", "b", "c"));
  EXPECT_TRUE(set.contains("b"));
  EXPECT_FALSE(set.contains("d"));
  ASSERT_NE(set.find("c"), nullptr);
  EXPECT_EQ(*set.find("c"), ResourceName("c"));
  EXPECT_TRUE(set.erase("b"));
  EXPECT_FALSE(set.erase("b"));
  EXPECT_THAT(texts(set), ElementsAre("a", "c"));
  set.clear();
  EXPECT_TRUE(set.empty());
}

TEST(ResourceEntriesTest, FindsMakesAndErasesByName) {
  xds::ResourceEntries entries;
  EXPECT_EQ(entries.find("x"), nullptr);
  entries[ResourceName("y")].sent = 2;
  entries[std::string_view("x")].held = 1;
  entries[std::string_view("z")];
  EXPECT_THAT(texts(entries), ElementsAre("x", "y", "z"));
  ASSERT_NE(entries.find("x"), nullptr);
  EXPECT_EQ(entries.find("x")->held, 1u);
  EXPECT_EQ(entries.find("y")->sent, 2u);
  EXPECT_EQ(entries.find("z")->held, 0u);
  entries[ResourceName("y")].held = 2;  // the same row, not a second one
  EXPECT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries.find("y")->held, 2u);
  EXPECT_TRUE(entries.erase("x"));
  EXPECT_FALSE(entries.erase("x"));
  EXPECT_THAT(texts(entries), ElementsAre("y", "z"));
}

TEST(ResourceEntriesTest, EraseIfVisitsEveryRowInNameOrder) {
  xds::ResourceEntries entries;
  for (const char* n : {"d", "a", "c", "b", "e"}) entries[std::string_view(n)].sent = n[0];
  std::vector<std::string> visited;
  entries.eraseIf([&](const xds::ResourceEntries::Row& row) {
    visited.push_back(row.name.str());
    return row.name.str() == "b" || row.name.str() == "d";
  });
  EXPECT_THAT(visited, ElementsAre("a", "b", "c", "d", "e"));
  EXPECT_THAT(texts(entries), ElementsAre("a", "c", "e"));
  EXPECT_EQ(entries.find("e")->sent, static_cast<std::uint64_t>('e'));
  entries.compact();
  EXPECT_THAT(texts(entries), ElementsAre("a", "c", "e"));
}

}  // namespace
}  // namespace meshdesk::testing
