// meshdesk-lab-proxies: simulated proxies in a process of their own, so that a benchmark of
// the console measures the console and not the proxies it talks to.
//
//   meshdesk-lab-proxies --address 127.0.0.1:18000 --count 1000 [--pattern bench-{n}]
//
// Runs until SIGTERM or SIGINT; prints how many are connected every five seconds.

#include <signal.h>

#include <cstring>
#include <iostream>
#include <string>

#include "lab/lab_fleet.h"

int main(int argc, char** argv) {
  meshdesk::lab::ProxyBatch batch;
  batch.idPattern = "bench-{n}";
  batch.count = 100;
  batch.zones = {"zone-a", "zone-b", "zone-c"};
  std::string address = "127.0.0.1:18000";
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--address") address = value;
    else if (flag == "--count") batch.count = std::stoi(value);
    else if (flag == "--pattern") batch.idPattern = value;
    else if (flag == "--cluster") batch.cluster = value;
    else {
      std::cerr << "meshdesk-lab-proxies: unknown option " << flag << "\n";
      return 2;
    }
  }
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGTERM);
  sigaddset(&stop, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop, nullptr);

  meshdesk::lab::LabFleet fleet(address);
  fleet.add(batch);
  std::cout << "started " << batch.count << " simulated proxies against " << address << std::endl;
  timespec every{5, 0};
  while (true) {
    siginfo_t info;
    if (sigtimedwait(&stop, &info, &every) > 0) break;
    std::cout << "connected " << fleet.connected() << " of " << fleet.size() << std::endl;
  }
  fleet.clear(std::chrono::seconds(10));
  return 0;
}
