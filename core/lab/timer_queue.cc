#include "lab/timer_queue.h"

namespace meshdesk::lab {

TimerQueue::TimerQueue() : thread_([this] { run(); }) {}

TimerQueue::~TimerQueue() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void TimerQueue::at(Clock::time_point when, Task task) {
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    tasks_.emplace(std::pair(when, sequence_++), std::move(task));
  }
  wake_.notify_all();
}

std::size_t TimerQueue::pending() const {
  std::lock_guard lock(mutex_);
  return tasks_.size();
}

void TimerQueue::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    if (tasks_.empty()) {
      wake_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
      continue;
    }
    auto first = tasks_.begin();
    if (first->first.first > Clock::now()) {
      wake_.wait_until(lock, first->first.first);
      continue;
    }
    Task task = std::move(first->second);
    tasks_.erase(first);
    lock.unlock();
    task();
    lock.lock();
  }
}

}  // namespace meshdesk::lab
