#pragma once
// Resident memory and CPU time of a process, from /proc (Linux).

#include <sys/types.h>

namespace meshdesk::bench {

// VmRSS in MiB, or -1.
double residentMiB(pid_t pid = 0);
// What this process's malloc has handed out and not had back (all arenas, mmapped blocks
// included), in MiB: what the program holds, as against what its pages hold. RSS growing while
// this stays flat is the allocator's fragmentation, not something kept.
double heapInUseMiB();
// User + system CPU time a process has used, in seconds (all its threads), or -1.
double cpuSeconds(pid_t pid = 0);
// The 1-minute load average: how many were running or waiting for the machine's cores.
double loadAverage();

}  // namespace meshdesk::bench
