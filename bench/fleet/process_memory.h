#pragma once
// Resident memory of a process, from /proc (Linux).

#include <sys/types.h>

namespace meshdesk::bench {

// VmRSS in MiB, or -1.
double residentMiB(pid_t pid = 0);

}  // namespace meshdesk::bench
