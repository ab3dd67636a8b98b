#include "process_memory.h"

#include <malloc.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
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

double cpuSeconds(pid_t pid) {
  std::ifstream in(pid ? "/proc/" + std::to_string(pid) + "/stat" : std::string("/proc/self/stat"));
  std::string line;
  if (!std::getline(in, line)) return -1;
  // Fields after the command name (in parentheses, which may hold spaces): utime is the 14th
  // field of the line, stime the 15th.
  const auto close = line.rfind(')');
  if (close == std::string::npos) return -1;
  std::istringstream rest(line.substr(close + 2));
  std::string field;
  double utime = 0, stime = 0;
  for (int i = 3; i <= 15 && rest >> field; ++i) {
    if (i == 14) utime = std::stod(field);
    if (i == 15) stime = std::stod(field);
  }
  return (utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

double loadAverage() {
  std::ifstream in("/proc/loadavg");
  double one = -1;
  in >> one;
  return one;
}

}  // namespace meshdesk::bench
