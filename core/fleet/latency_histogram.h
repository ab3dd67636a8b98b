#pragma once
// A fixed-bucket latency histogram in the shape Prometheus expects (cumulative buckets, sum,
// count). Not thread-safe; the registry guards it.

#include <array>
#include <chrono>
#include <cstdint>

namespace meshdesk::fleet {

class LatencyHistogram {
 public:
  // Upper bounds in seconds; the last bucket is +Inf.
  static constexpr std::array<double, 12> kBounds{0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                  0.5,   1.0,  2.5,   5.0,  10.0, 30.0};

  void observe(std::chrono::duration<double> latency) {
    double s = latency.count();
    std::size_t i = 0;
    while (i < kBounds.size() && s > kBounds[i]) ++i;
    ++buckets_[i];
    sum_ += s;
    ++count_;
  }
  // Observations <= kBounds[i] (i == kBounds.size(): all of them).
  std::uint64_t cumulative(std::size_t i) const {
    std::uint64_t n = 0;
    for (std::size_t j = 0; j <= i && j < buckets_.size(); ++j) n += buckets_[j];
    return n;
  }
  double sum() const { return sum_; }
  std::uint64_t count() const { return count_; }

 private:
  std::array<std::uint64_t, kBounds.size() + 1> buckets_{};
  double sum_ = 0;
  std::uint64_t count_ = 0;
};

}  // namespace meshdesk::fleet
