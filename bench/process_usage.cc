#include "process_usage.h"

#include <malloc.h>
#include <sys/resource.h>

#include <fstream>
#include <sstream>

namespace meshdesk::bench {

namespace {
std::uint64_t micros(const timeval& t) {
  return static_cast<std::uint64_t>(t.tv_sec) * 1'000'000 + static_cast<std::uint64_t>(t.tv_usec);
}
}  // namespace

ProcessUsage ProcessUsage::now() {
  ProcessUsage u;
  rusage r{};
  getrusage(RUSAGE_SELF, &r);
  u.userMicros = micros(r.ru_utime);
  u.systemMicros = micros(r.ru_stime);
  u.cpuMicros = u.userMicros + u.systemMicros;

  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    std::istringstream fields(line);
    std::string key;
    std::uint64_t value = 0;
    fields >> key >> value;
    if (key == "VmRSS:") u.rssKiB = value;
    else if (key == "VmHWM:") u.peakRssKiB = value;
    else if (key == "Threads:") u.threads = static_cast<int>(value);
  }

  struct mallinfo2 m = mallinfo2();
  u.heapInUse = m.uordblks + m.hblkhd;
  return u;
}

std::uint64_t raiseFileLimit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return 0;
  if (limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    getrlimit(RLIMIT_NOFILE, &limit);
  }
  return limit.rlim_cur;
}

}  // namespace meshdesk::bench
