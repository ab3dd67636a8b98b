#pragma once
// Percentiles of a set of samples (nearest rank), in the samples' unit.

#include <algorithm>
#include <cmath>
#include <vector>

namespace meshdesk::bench {

struct Distribution {
  std::size_t count = 0;
  double p50 = 0, p99 = 0, max = 0;

  static Distribution of(std::vector<double> samples) {
    Distribution d;
    d.count = samples.size();
    if (samples.empty()) return d;
    std::sort(samples.begin(), samples.end());
    auto rank = [&](double p) {
      auto k = static_cast<std::size_t>(std::ceil(p * static_cast<double>(samples.size())));
      return samples[std::clamp<std::size_t>(k, 1, samples.size()) - 1];
    };
    d.p50 = rank(0.50);
    d.p99 = rank(0.99);
    d.max = samples.back();
    return d;
  }
};

}  // namespace meshdesk::bench
