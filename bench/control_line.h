#pragma once
// The line protocol between the load generator and the benchmark server, on the server's stdin
// and stdout: a verb, then key=value pairs, space-separated (values never hold spaces).
//
//   load -> server            server -> load
//                             ready port=P pid=PID resources_built=R
//   stats                     stats rss_kib=.. heap_bytes=.. cpu_us=.. responses=.. ...
//   publish cluster|endpoints published version=V changed=NAME at_ns=T cpu_us=C built=B
//   peers                     peers proxies=.. distinct=..  (client addresses)
//   mark NAME                 marked NAME   (under callgrind: dump a profile part)
//   quit                      bye
//
// at_ns is std::chrono::steady_clock (CLOCK_MONOTONIC), comparable across processes.

#include <cstdint>
#include <map>
#include <sstream>
#include <string>

namespace meshdesk::bench {

struct ControlLine {
  std::string verb;
  std::map<std::string, std::string> fields;

  static ControlLine parse(const std::string& line) {
    ControlLine out;
    std::istringstream in(line);
    in >> out.verb;
    std::string pair;
    while (in >> pair) {
      auto eq = pair.find('=');
      if (eq == std::string::npos) out.fields[pair] = "";
      else out.fields[pair.substr(0, eq)] = pair.substr(eq + 1);
    }
    return out;
  }

  std::string text(const std::string& key) const {
    auto it = fields.find(key);
    return it == fields.end() ? std::string() : it->second;
  }
  std::uint64_t number(const std::string& key) const {
    auto it = fields.find(key);
    return it == fields.end() || it->second.empty() ? 0 : std::stoull(it->second);
  }
  std::int64_t signedNumber(const std::string& key) const {
    auto it = fields.find(key);
    return it == fields.end() || it->second.empty() ? 0 : std::stoll(it->second);
  }
};

}  // namespace meshdesk::bench
