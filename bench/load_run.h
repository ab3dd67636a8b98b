#pragma once
// One benchmark run: a fresh server process, N simulated proxies connecting at once, then a
// series of one-cluster changes, each followed until every proxy ACKed it.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "distribution.h"
#include "mesh_shape.h"
#include "simulated_proxy.h"

namespace meshdesk::bench {

struct RunOptions {
  Protocol protocol = Protocol::Sotw;
  int proxies = 100;
  std::vector<ChangeKind> changes{ChangeKind::Cluster, ChangeKind::Endpoints};
  int pushes = 3;  // per change kind
  std::string serverProgram;
  std::vector<std::string> serverArgs;
  // Runs the server under another program, e.g. {"heaptrack", "-o", "/tmp/server"}.
  std::vector<std::string> serverWrapper;
  std::chrono::seconds serverStartTimeout{20};
  MeshShapeOptions shape;
  std::chrono::seconds connectTimeout{120};
  std::chrono::seconds pushTimeout{30};
};

struct PushFigures {
  ChangeKind kind = ChangeKind::Cluster;
  int pushes = 0;
  int converged = 0;                 // proxy ACKs of the new version seen, over all pushes
  int expected = 0;                  // proxies x pushes
  Distribution convergenceMs;        // publish -> the proxy's ACK, pooled over the pushes
  double serverCpuSeconds = 0;       // mean per push
  double serverCpuSecondsMax = 0;
  double loadCpuSeconds = 0;         // the load generator's, mean per push
  double serverResponses = 0;        // per push (XdsServer::stats delta)
  double serverResources = 0;        // per push
  double resourcesPerProxy = 0;      // received, per proxy per push
  double resourcesBuilt = 0;         // snapshot::Resource objects built per push
};

struct RunFigures {
  Protocol protocol = Protocol::Sotw;
  int proxies = 0;
  int full = 0;                      // proxies that got the full configuration
  int connections = 0;               // distinct client addresses the server saw
  int failed = 0;                    // streams that ended with an error
  std::string firstError;
  Distribution fullConfigMs;         // stream start -> full configuration, per proxy
  double allFullSeconds = 0;         // first stream start -> last proxy full
  double startSpreadSeconds = 0;     // first stream start -> last stream start
  std::uint64_t rssBeforeKiB = 0, rssAfterKiB = 0, peakRssKiB = 0;
  std::uint64_t heapBefore = 0, heapAfter = 0;
  double rssPerProxyKiB = 0, heapPerProxyKiB = 0;
  double connectCpuSeconds = 0;      // server CPU from the first connect to all full
  double idleCpuPercent = 0;         // server CPU with everything connected and quiet
  int serverThreads = 0;
  std::uint64_t resourcesBuiltAtStart = 0;
  std::uint64_t initialResponses = 0, initialResources = 0;
  std::vector<PushFigures> pushes;
  double loadAverage = 0;            // the machine's 1-minute load average as the run began
  bool ok = false;
  std::string problem;               // why the run is incomplete
};

RunFigures runLoad(const RunOptions& options);

}  // namespace meshdesk::bench
