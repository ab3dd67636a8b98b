#pragma once
// Resident memory of a process, from /proc (Linux).

#include <sys/types.h>

namespace meshdesk::bench {

// VmRSS in MiB, or -1.
double residentMiB(pid_t pid = 0);
// What this process's malloc has handed out and not had back (all arenas, mmapped blocks
// included), in MiB: what the program holds, as against what its pages hold. RSS growing while
// this stays flat is the allocator's fragmentation, not something kept.
double heapInUseMiB();

}  // namespace meshdesk::bench
