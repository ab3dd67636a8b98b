#pragma once
// Simulated proxies (core/lab, real ADS streams over gRPC) in a process of their own, so the
// console's process spends its cores on the console. The benchmark starts itself again in that
// role:
//
//   meshdesk-bench-console --serve-proxies 127.0.0.1:PORT --count 5000 --nice 10
//
// which prints "started N", then "connected K" twice a second, and exits when its standard input
// closes (so it never outlives the benchmark).

#include <string>

namespace meshdesk::bench {

// `niceness` lowers this process's priority (nice(2)) first.
int serveProxies(const std::string& address, int count, int niceness);

}  // namespace meshdesk::bench
