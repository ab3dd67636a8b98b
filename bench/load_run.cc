#include "load_run.h"

#include <cstdio>
#include <fstream>
#include <thread>

#include "process_usage.h"
#include "server_process.h"

namespace meshdesk::bench {

namespace {

using std::chrono::milliseconds;

double msBetween(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double, std::milli>(to - from).count();
}

Clock::time_point fromSteadyNanos(std::int64_t ns) {
  return Clock::time_point(std::chrono::duration_cast<Clock::duration>(std::chrono::nanoseconds(ns)));
}

void progress(const char* format, auto... args) {
  std::fprintf(stderr, format, args...);
  std::fflush(stderr);
}

// Waits until `done()` or the deadline; true if done.
template <typename Done>
bool waitFor(Done done, std::chrono::steady_clock::duration timeout,
             milliseconds poll = milliseconds(20)) {
  auto deadline = Clock::now() + timeout;
  while (!done()) {
    if (Clock::now() > deadline) return false;
    std::this_thread::sleep_for(poll);
  }
  return true;
}

double loadAverage() {
  std::ifstream in("/proc/loadavg");
  double oneMinute = 0;
  in >> oneMinute;
  return oneMinute;
}

}  // namespace

RunFigures runLoad(const RunOptions& options) {
  RunFigures figures;
  figures.protocol = options.protocol;
  figures.proxies = options.proxies;
  figures.loadAverage = loadAverage();
  const int n = options.proxies;

  ServerProcess server;
  std::vector<std::string> serverArgs = options.serverArgs;
  serverArgs.insert(serverArgs.end(),
                    {"--clusters", std::to_string(options.shape.clusters), "--endpoints",
                     std::to_string(options.shape.endpointsPerCluster), "--virtual-hosts",
                     std::to_string(options.shape.virtualHosts)});
  std::string program = options.serverProgram;
  if (!options.serverWrapper.empty()) {
    serverArgs.insert(serverArgs.begin(), options.serverProgram);
    serverArgs.insert(serverArgs.begin(), options.serverWrapper.begin() + 1,
                      options.serverWrapper.end());
    program = options.serverWrapper.front();
  }
  std::string error;
  if (!server.start(program, serverArgs, options.serverStartTimeout, &error)) {
    figures.problem = error;
    return figures;
  }
  figures.resourcesBuiltAtStart = server.ready().number("resources_built");
  const std::string address = "127.0.0.1:" + server.ready().text("port");

  std::this_thread::sleep_for(milliseconds(300));
  auto before = server.ask("stats");
  if (!before) {
    figures.problem = "the server did not answer 'stats'";
    return figures;
  }
  figures.rssBeforeKiB = before->number("rss_kib");
  figures.heapBefore = before->number("heap_bytes");

  ExpectedConfig expected;
  for (int i = 0; i < options.shape.clusters; ++i)
    expected.clusterNames.push_back(MeshShape::clusterName(i));
  expected.routeConfigName = MeshShape::kRouteConfigName;

  // Channels are made first so that their setup is not counted in the proxies' times.
  FleetTally tally;
  std::vector<std::unique_ptr<SimulatedProxy>> proxies;
  proxies.reserve(n);
  for (int i = 0; i < n; ++i)
    proxies.push_back(makeProxy(options.protocol, address, i, expected, tally));

  progress("  %s N=%d: connecting...", protocolName(options.protocol), n);
  const auto runStart = Clock::now();
  for (auto& p : proxies) p->start();
  figures.startSpreadSeconds = std::chrono::duration<double>(Clock::now() - runStart).count();
  const bool allFull = waitFor(
      [&] { return tally.full.load() + tally.failed.load() >= n; }, options.connectTimeout,
      milliseconds(5));
  auto connected = server.ask("stats");

  std::vector<double> fullMs;
  Clock::time_point lastFull = runStart;
  for (auto& p : proxies) {
    if (auto at = p->fullAt()) {
      fullMs.push_back(msBetween(p->startedAt(), *at));
      lastFull = std::max(lastFull, *at);
    } else if (figures.firstError.empty() && !p->error().empty()) {
      figures.firstError = p->error();
    }
  }
  figures.full = static_cast<int>(fullMs.size());
  figures.failed = tally.failed.load();
  figures.fullConfigMs = Distribution::of(std::move(fullMs));
  figures.allFullSeconds = std::chrono::duration<double>(lastFull - runStart).count();
  if (connected) {
    figures.connectCpuSeconds =
        static_cast<double>(connected->number("cpu_us") - before->number("cpu_us")) / 1e6;
    figures.initialResponses = connected->number("responses");
    figures.initialResources = connected->number("resources_sent");
  }
  progress(" %d/%d full in %.2f s\n", figures.full, n, figures.allFullSeconds);
  if (!allFull) {
    figures.problem = std::to_string(n - figures.full) + " proxies without the full config after " +
                      std::to_string(options.connectTimeout.count()) + " s";
  }

  // Settle (the fleet registry delivers in batches), then measure memory and the idle cost.
  std::this_thread::sleep_for(milliseconds(500));
  auto quietStart = server.ask("stats");
  std::this_thread::sleep_for(milliseconds(1000));
  auto quietEnd = server.ask("stats");
  if (quietStart && quietEnd) {
    figures.rssAfterKiB = quietEnd->number("rss_kib");
    figures.peakRssKiB = quietEnd->number("peak_rss_kib");
    figures.heapAfter = quietEnd->number("heap_bytes");
    figures.serverThreads = static_cast<int>(quietEnd->number("threads"));
    double wallUs = static_cast<double>(quietEnd->number("now_ns") - quietStart->number("now_ns")) / 1e3;
    figures.idleCpuPercent =
        100.0 * static_cast<double>(quietEnd->number("cpu_us") - quietStart->number("cpu_us")) /
        wallUs;
    if (figures.full > 0) {
      figures.rssPerProxyKiB =
          (static_cast<double>(figures.rssAfterKiB) - static_cast<double>(figures.rssBeforeKiB)) / n;
      figures.heapPerProxyKiB =
          (static_cast<double>(figures.heapAfter) - static_cast<double>(figures.heapBefore)) / 1024.0 / n;
    }
  }

  if (auto peers = server.ask("peers"))
    figures.connections = static_cast<int>(peers->number("distinct"));
  server.ask("mark connected");

  // The pushes. Each is followed until every proxy that holds the config ACKed the new
  // version, and the server counted an ACK for every response it sent.
  for (ChangeKind kind : (allFull ? options.changes : std::vector<ChangeKind>{})) {
    PushFigures push;
    push.kind = kind;
    const int type = kind == ChangeKind::Cluster ? kClusters : kEndpoints;
    std::vector<double> convergence;
    double cpuSum = 0, loadCpuSum = 0, responsesSum = 0, resourcesSum = 0, receivedSum = 0,
           builtSum = 0;
    for (int k = 0; k < options.pushes; ++k) {
      progress("  %s N=%d: %s change %d/%d...", protocolName(options.protocol), n,
               changeKindName(kind), k + 1, options.pushes);
      auto s0 = server.ask("stats");
      auto loadBefore = ProcessUsage::now();
      auto published = server.ask(std::string("publish ") + changeKindName(kind));
      if (!s0 || !published || published->verb != "published") {
        figures.problem = "the server did not publish";
        break;
      }
      const std::string version = published->text("version");
      const auto publishedAt = fromSteadyNanos(published->signedNumber("at_ns"));

      std::vector<int> pending;
      for (int i = 0; i < n; ++i)
        if (proxies[i]->fullAt()) pending.push_back(i);
      const int watching = static_cast<int>(pending.size());
      waitFor(
          [&] {
            // A proxy whose stream ended will never ACK: it counts as not converged.
            std::erase_if(pending, [&](int i) {
              return proxies[i]->finished() || proxies[i]->seen(version, type).ackedAt;
            });
            return pending.empty();
          },
          options.pushTimeout);
      // Every response of this push ACKed, as the server counts them.
      std::optional<ControlLine> s1;
      waitFor(
          [&] {
            s1 = server.ask("stats");
            return s1 && s1->number("acks") - s0->number("acks") >=
                             s1->number("responses") - s0->number("responses");
          },
          std::chrono::seconds(5));
      // The fleet registry's next batch (every 100 ms) belongs to this push too.
      std::this_thread::sleep_for(milliseconds(150));
      auto s2 = server.ask("stats");
      auto loadAfter = ProcessUsage::now();
      server.ask("mark push-" + std::string(changeKindName(kind)) + "-" + std::to_string(k + 1),
                 std::chrono::seconds(60));
      if (!s2) {
        figures.problem = "the server stopped answering";
        break;
      }

      const int convergedBefore = push.converged;
      int received = 0;
      for (int i = 0; i < n; ++i) {
        auto seen = proxies[i]->seen(version, type);
        received += seen.resources;
        if (seen.ackedAt) {
          convergence.push_back(msBetween(publishedAt, *seen.ackedAt));
          ++push.converged;
        }
      }
      push.expected += watching;
      ++push.pushes;
      double cpu = static_cast<double>(s2->number("cpu_us") - published->number("cpu_us")) / 1e6;
      cpuSum += cpu;
      push.serverCpuSecondsMax = std::max(push.serverCpuSecondsMax, cpu);
      loadCpuSum += static_cast<double>(loadAfter.cpuMicros - loadBefore.cpuMicros) / 1e6;
      responsesSum += static_cast<double>(s2->number("responses") - s0->number("responses"));
      resourcesSum +=
          static_cast<double>(s2->number("resources_sent") - s0->number("resources_sent"));
      receivedSum += static_cast<double>(received) / std::max(1, watching);
      builtSum += static_cast<double>(published->number("built"));
      progress(" %d/%d ACKed, server %.3f CPU-s\n", push.converged - convergedBefore, watching,
               cpu);
      std::this_thread::sleep_for(milliseconds(300));
    }
    if (push.pushes > 0) {
      push.convergenceMs = Distribution::of(std::move(convergence));
      push.serverCpuSeconds = cpuSum / push.pushes;
      push.loadCpuSeconds = loadCpuSum / push.pushes;
      push.serverResponses = responsesSum / push.pushes;
      push.serverResources = resourcesSum / push.pushes;
      push.resourcesPerProxy = receivedSum / push.pushes;
      push.resourcesBuilt = builtSum / push.pushes;
    }
    figures.pushes.push_back(push);
  }

  // The server goes first, with every proxy still connected: a heap profile taken at its exit
  // (--exit-without-cleanup) then shows what the connected proxies cost it.
  for (auto& p : proxies) p->expectEnd();
  server.stop();
  for (auto& p : proxies) p->cancel();
  if (!waitFor([&] { return tally.finished.load() >= n; }, std::chrono::seconds(20))) {
    // Destroying a reactor gRPC still uses would crash; leave them to the process exit.
    progress("  %d streams did not end; leaking them\n", n - tally.finished.load());
    for (auto& p : proxies)
      if (!p->finished()) (void)p.release();
  }
  proxies.clear();
  figures.ok = figures.problem.empty() && figures.failed == 0;
  for (const auto& push : figures.pushes)
    if (push.converged < push.expected) figures.ok = false;
  return figures;
}

}  // namespace meshdesk::bench
