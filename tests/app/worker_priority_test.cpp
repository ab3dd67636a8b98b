// WorkerPriority: the GUI thread keeps its priority, every other thread goes below it, also
// threads started after it was made; threads already lower are left as they are.

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "system/worker_priority.h"

namespace meshdesk::app {
namespace {

long self() { return static_cast<long>(::syscall(SYS_gettid)); }
int niceOf(long tid) { return ::getpriority(PRIO_PROCESS, static_cast<id_t>(tid)); }

// A thread that reports its id and waits until released.
class ParkedThread {
 public:
  ParkedThread()
      : thread_([this] {
          std::unique_lock lock(mutex_);
          tid_ = self();
          changed_.notify_all();
          changed_.wait(lock, [this] { return released_; });
        }) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return tid_ != 0; });
  }
  ~ParkedThread() {
    {
      std::lock_guard lock(mutex_);
      released_ = true;
    }
    changed_.notify_all();
    thread_.join();
  }
  long tid() const { return tid_; }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  long tid_ = 0;
  bool released_ = false;
  std::thread thread_;
};

TEST(WorkerPriority, LowersEveryOtherThreadButNotTheGuiThread) {
  const int base = niceOf(self());
  ASSERT_LE(base, 14) << "the test process is already too nice to tell";
  ParkedThread before;
  ASSERT_EQ(niceOf(before.tid()), base);

  WorkerPriority priority(3);
  EXPECT_EQ(niceOf(self()), base);
  EXPECT_EQ(niceOf(before.tid()), base + 3);

  // A thread made later by the GUI thread starts at the GUI thread's priority; the next sweep
  // lowers it, and a second sweep has nothing left to do for it.
  ParkedThread after;
  EXPECT_EQ(niceOf(after.tid()), base);
  EXPECT_GE(priority.sweep(), 1);
  EXPECT_EQ(niceOf(after.tid()), base + 3);
  EXPECT_EQ(niceOf(self()), base);
}

TEST(WorkerPriority, LeavesAThreadThatIsAlreadyLower) {
  const int base = niceOf(self());
  ASSERT_LE(base, 10);
  ParkedThread lazy;
  ASSERT_EQ(::setpriority(PRIO_PROCESS, static_cast<id_t>(lazy.tid()), base + 8), 0);
  WorkerPriority priority(2);
  EXPECT_EQ(niceOf(lazy.tid()), base + 8);
}

TEST(WorkerPriority, AThreadCanLowerItselfAndWhatItStartsFollows) {
  const int base = ::getpriority(PRIO_PROCESS, static_cast<id_t>(::getpid()));
  ASSERT_LE(base, 14);
  std::atomic<int> own{-100}, child{-100};
  std::thread worker([&] {
    WorkerPriority::lowerCurrentThread();
    own = niceOf(self());
    std::thread([&] { child = niceOf(self()); }).join();
  });
  worker.join();
  EXPECT_EQ(own, base + WorkerPriority::kConsoleNiceness);
  EXPECT_EQ(child, base + WorkerPriority::kConsoleNiceness);
  // The main thread is never lowered by it.
  WorkerPriority::lowerCurrentThread();
  EXPECT_EQ(niceOf(::getpid()), base);
}

}  // namespace
}  // namespace meshdesk::app
