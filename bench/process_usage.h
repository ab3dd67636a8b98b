#pragma once
// What this process costs right now, from the kernel's point of view (RSS, CPU time) and from
// malloc's (bytes in use), so that memory held by the allocator is told apart from live data.

#include <cstdint>
#include <string>

namespace meshdesk::bench {

struct ProcessUsage {
  std::uint64_t rssKiB = 0;       // VmRSS
  std::uint64_t peakRssKiB = 0;   // VmHWM
  std::uint64_t heapInUse = 0;    // bytes malloc handed out and not got back (all arenas, mmaps)
  std::uint64_t cpuMicros = 0;    // user + system
  std::uint64_t userMicros = 0;
  std::uint64_t systemMicros = 0;
  int threads = 0;

  static ProcessUsage now();
};

// Raises the soft limit on open files to the hard limit (each simulated proxy holds a socket
// on both sides). Returns the new soft limit.
std::uint64_t raiseFileLimit();

}  // namespace meshdesk::bench
