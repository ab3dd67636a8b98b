#include "proxy_fleet_process.h"

#include <poll.h>
#include <unistd.h>

#include <cstdio>

#include "lab/lab_fleet.h"

namespace meshdesk::bench {

int serveProxies(const std::string& address, int count, int niceness) {
  // Real proxies run on other machines: on a small one the simulated ones yield the cores to
  // the console being measured.
  if (niceness > 0 && nice(niceness) == -1) std::perror("nice");
  lab::LabFleet fleet(address);
  lab::ProxyBatch batch;
  batch.idPattern = "bench-{n}";
  batch.cluster = "bench";
  batch.count = count;
  batch.zones = {"zone-a", "zone-b", "zone-c"};
  fleet.add(batch);
  std::printf("started %d\n", count);
  std::fflush(stdout);
  pollfd input{STDIN_FILENO, POLLIN, 0};
  while (true) {
    const int ready = poll(&input, 1, 500);
    if (ready > 0) {
      char buffer[64];
      if (read(STDIN_FILENO, buffer, sizeof buffer) <= 0) break;  // the benchmark is gone
    }
    std::printf("connected %zu\n", fleet.connected());
    std::fflush(stdout);
  }
  fleet.clear(std::chrono::seconds(10));
  return 0;
}

}  // namespace meshdesk::bench
