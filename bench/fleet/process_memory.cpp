#include "process_memory.h"

#include <malloc.h>

#include <fstream>
#include <string>

namespace meshdesk::bench {

double residentMiB(pid_t pid) {
  std::ifstream in(pid ? "/proc/" + std::to_string(pid) + "/status" : std::string("/proc/self/status"));
  std::string key;
  while (in >> key) {
    if (key == "VmRSS:") {
      double kb = 0;
      in >> kb;
      return kb / 1024.0;
    }
    std::string rest;
    std::getline(in, rest);
  }
  return -1;
}

double heapInUseMiB() {
  struct mallinfo2 m = mallinfo2();
  return (static_cast<double>(m.uordblks) + static_cast<double>(m.hblkhd)) / (1024.0 * 1024.0);
}

}  // namespace meshdesk::bench
