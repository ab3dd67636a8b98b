// meshdesk-bench-server: the real XdsServer on 127.0.0.1 serving the benchmark's configuration,
// driven by the load generator over stdin/stdout (see control_line.h). It runs in its own
// process so that its memory and CPU are measured apart from the load generator's.

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <set>
#include <string>
#include <thread>
#include <unistd.h>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define MESHDESK_CALLGRIND_DUMP(name) CALLGRIND_DUMP_STATS_AT(name)
#else
#define MESHDESK_CALLGRIND_DUMP(name) ((void)(name))
#endif

#include "xds/process_settings.h"
#include "control_line.h"
#include "fleet/fleet_registry.h"
#include "mesh_shape.h"
#include "process_usage.h"
#include "snapshot/node_group.h"
#include "snapshot/snapshot_store.h"
#include "xds/xds_server.h"

namespace {

using meshdesk::bench::ChangeKind;
using meshdesk::bench::ControlLine;
using meshdesk::bench::MeshShape;
using meshdesk::bench::ProcessUsage;

void reply(const std::string& line) {
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fputc('\n', stdout);
  std::fflush(stdout);
}

std::int64_t steadyNanos() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

std::string statsLine(const meshdesk::xds::XdsServer& server,
                      const meshdesk::fleet::FleetRegistry& fleet, const MeshShape& shape) {
  auto u = ProcessUsage::now();
  auto s = server.stats();
  std::string out = "stats";
  auto add = [&out](const char* key, std::uint64_t value) {
    out += ' ';
    out += key;
    out += '=';
    out += std::to_string(value);
  };
  add("rss_kib", u.rssKiB);
  add("peak_rss_kib", u.peakRssKiB);
  add("heap_bytes", u.heapInUse);
  add("cpu_us", u.cpuMicros);
  add("user_us", u.userMicros);
  add("sys_us", u.systemMicros);
  add("threads", static_cast<std::uint64_t>(u.threads));
  add("streams_opened", s.streamsOpened);
  add("streams_active", s.streamsActive);
  add("responses", s.responses);
  add("resources_sent", s.resourcesSent);
  add("acks", s.acks);
  add("nacks", s.nacks);
  add("pushes", s.pushes);
  add("resources_built", shape.resourcesBuilt());
  add("proxies", fleet.size());
  add("now_ns", static_cast<std::uint64_t>(steadyNanos()));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  meshdesk::xds::skipAbseilDeadlockDetection();
  CLI::App app{"Meshdesk xDS server under load (driven by meshdesk-bench-load)"};
  int port = 0;
  int debounceMs = 20;
  int maxSeconds = 1800;
  meshdesk::bench::MeshShapeOptions shapeOptions;
  app.add_option("--port", port, "Port on 127.0.0.1 (0 picks a free one)");
  app.add_option("--debounce-ms", debounceMs, "ServerOptions::debounce");
  app.add_option("--max-seconds", maxSeconds, "Exit by itself after this long");
  app.add_option("--clusters", shapeOptions.clusters, "EDS clusters");
  app.add_option("--endpoints", shapeOptions.endpointsPerCluster, "Endpoints per cluster");
  app.add_option("--virtual-hosts", shapeOptions.virtualHosts, "Virtual hosts in the route");
  bool exitWithoutCleanup = false;
  app.add_flag("--exit-without-cleanup", exitWithoutCleanup,
               "On quit, exit with every stream still open, so that a heap profiler reports what "
               "the connected proxies hold as not freed");
  CLI11_PARSE(app, argc, argv);

  meshdesk::bench::raiseFileLimit();
  // Whatever happens to the load generator, this process ends.
  std::thread([maxSeconds] {
    std::this_thread::sleep_for(std::chrono::seconds(maxSeconds));
    std::fprintf(stderr, "meshdesk-bench-server: %d s deadline reached, exiting\n", maxSeconds);
    std::_Exit(3);
  }).detach();

  MeshShape shape(shapeOptions);
  meshdesk::snapshot::SnapshotStore store;
  store.set(meshdesk::snapshot::NodeGroups::kDefaultGroup, shape.snapshot());
  meshdesk::fleet::FleetRegistry fleet;

  meshdesk::xds::ServerOptions options;
  options.address = "127.0.0.1:" + std::to_string(port);
  options.debounce = std::chrono::milliseconds(debounceMs);
  meshdesk::xds::XdsServer server(store, fleet, options);
  std::string error;
  if (!server.start(&error)) {
    std::fprintf(stderr, "meshdesk-bench-server: %s\n", error.c_str());
    return 2;
  }
  reply("ready port=" + std::to_string(server.port()) + " pid=" + std::to_string(getpid()) +
        " resources_built=" + std::to_string(shape.resourcesBuilt()));

  std::string line;
  while (std::getline(std::cin, line)) {
    auto command = ControlLine::parse(line);
    if (command.verb == "stats") {
      reply(statsLine(server, fleet, shape));
    } else if (command.verb == "publish") {
      ChangeKind kind;
      std::string what = command.fields.empty() ? "cluster" : command.fields.begin()->first;
      if (!meshdesk::bench::parseChangeKind(what, &kind)) {
        reply("error unknown_change=" + what);
        continue;
      }
      // The push's CPU window opens before the changed resource is built: building it is part
      // of the cost of a change.
      auto before = ProcessUsage::now();
      auto builtBefore = shape.resourcesBuilt();
      auto at = steadyNanos();
      auto next = shape.change(kind);
      store.set(meshdesk::snapshot::NodeGroups::kDefaultGroup, next);
      reply("published version=" + shape.version() + " changed=" + shape.lastChanged() +
            " at_ns=" + std::to_string(at) + " cpu_us=" + std::to_string(before.cpuMicros) +
            " built=" + std::to_string(shape.resourcesBuilt() - builtBefore));
    } else if (command.verb == "peers") {
      // Distinct client addresses: one per proxy when each has its own connection.
      std::set<std::string> peers;
      auto proxies = fleet.proxies();
      for (const auto& p : proxies) peers.insert(p.peer);
      reply("peers proxies=" + std::to_string(proxies.size()) +
            " distinct=" + std::to_string(peers.size()));
    } else if (command.verb == "mark") {
      // Under callgrind, ends a profile part here (one file per phase); otherwise nothing.
      std::string name = command.fields.empty() ? "mark" : command.fields.begin()->first;
      MESHDESK_CALLGRIND_DUMP(name.c_str());
      reply("marked " + name);
    } else if (command.verb == "quit") {
      break;
    } else if (!command.verb.empty()) {
      reply("error unknown_command=" + command.verb);
    }
  }
  if (exitWithoutCleanup) {
    reply("bye");
    std::exit(0);  // no unwinding: server, store and fleet stay allocated
  }
  server.stop();
  reply("bye");
  return 0;
}
