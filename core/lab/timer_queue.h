#pragma once
// One thread that runs small tasks at given times: the simulated proxies' slow ACKs, their
// reconnects and their flapping. Tasks due at the same time run in the order they were added,
// so a slow proxy still answers its responses in order.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

namespace meshdesk::lab {

class TimerQueue {
 public:
  using Clock = std::chrono::steady_clock;
  using Task = std::function<void()>;

  TimerQueue();
  // Runs nothing more; tasks not yet due are dropped.
  ~TimerQueue();
  TimerQueue(const TimerQueue&) = delete;
  TimerQueue& operator=(const TimerQueue&) = delete;

  void at(Clock::time_point when, Task task);
  void after(std::chrono::milliseconds delay, Task task) { at(Clock::now() + delay, std::move(task)); }
  std::size_t pending() const;

 private:
  void run();

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::map<std::pair<Clock::time_point, std::uint64_t>, Task> tasks_;
  std::uint64_t sequence_ = 0;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace meshdesk::lab
