#include "figures_table.h"

#include <grpcpp/grpcpp.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <fstream>
#include <string>

namespace meshdesk::bench {

namespace {
std::string cpuModel() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) == 0) {
      auto colon = line.find(':');
      return colon == std::string::npos ? line : line.substr(colon + 2);
    }
  }
  return "unknown CPU";
}

std::string triple(const Distribution& d, const char* format = "%.0f") {
  if (d.count == 0) return "-";
  char a[32], b[32], c[32];
  std::snprintf(a, sizeof a, format, d.p50);
  std::snprintf(b, sizeof b, format, d.p99);
  std::snprintf(c, sizeof c, format, d.max);
  return std::string(a) + " / " + b + " / " + c;
}
}  // namespace

void printMachine(std::FILE* out) {
  utsname u{};
  uname(&u);
  std::fprintf(out, "Machine: %s, %ld online CPUs, Linux %s; gRPC %s\n", cpuModel().c_str(),
               sysconf(_SC_NPROCESSORS_ONLN), u.release, grpc::Version().c_str());
}

void printShape(std::FILE* out, const MeshShapeOptions& shape, std::uint64_t resourcesBuilt) {
  std::fprintf(out,
               "Configuration: %d clusters (EDS, %d endpoints each), 1 listener, 1 route "
               "configuration with %d virtual hosts = %llu resources built at server start\n",
               shape.clusters, shape.endpointsPerCluster, shape.virtualHosts,
               static_cast<unsigned long long>(resourcesBuilt));
}

void printConnectTable(std::FILE* out, const std::vector<RunFigures>& runs) {
  std::fprintf(out,
               "\n| protocol | proxies | connections | full config p50 / p99 / max (ms) | streams started within (s) | all full (s) | "
               "server RSS before -> after (MiB) | RSS / proxy (KiB) | heap / proxy (KiB) | "
               "server CPU-s to connect all | idle CPU | responses / resources sent | load avg |\n"
               "|---|---:|---:|---|---:|---:|---|---:|---:|---:|---:|---|---:|\n");
  for (const auto& r : runs) {
    std::fprintf(out,
                 "| %s | %d | %d | %s | %.2f | %.2f | %.1f -> %.1f | %.1f | %.1f | %.2f | %.1f%% | "
                 "%llu / %llu | %.1f |\n",
                 protocolName(r.protocol), r.proxies, r.connections, triple(r.fullConfigMs).c_str(),
                 r.startSpreadSeconds, r.allFullSeconds, r.rssBeforeKiB / 1024.0, r.rssAfterKiB / 1024.0,
                 r.rssPerProxyKiB, r.heapPerProxyKiB, r.connectCpuSeconds, r.idleCpuPercent,
                 static_cast<unsigned long long>(r.initialResponses),
                 static_cast<unsigned long long>(r.initialResources), r.loadAverage);
  }
}

void printPushTable(std::FILE* out, const std::vector<RunFigures>& runs) {
  std::fprintf(out,
               "\n| protocol | proxies | change | pushes | converged | convergence p50 / p99 / "
               "max (ms) | server CPU-s / push (mean, max) | load CPU-s / push | "
               "server responses / push | server resources sent / push | resources / proxy | "
               "resources built / push |\n"
               "|---|---:|---|---:|---:|---|---|---:|---:|---:|---:|---:|\n");
  for (const auto& r : runs) {
    for (const auto& p : r.pushes) {
      std::fprintf(out,
                   "| %s | %d | %s | %d | %d/%d | %s | %.3f, %.3f | %.2f | %.0f | %.0f | "
                   "%.1f | %.0f |\n",
                   protocolName(r.protocol), r.proxies, changeKindName(p.kind), p.pushes,
                   p.converged, p.expected, triple(p.convergenceMs).c_str(), p.serverCpuSeconds,
                   p.serverCpuSecondsMax, p.loadCpuSeconds, p.serverResponses, p.serverResources,
                   p.resourcesPerProxy, p.resourcesBuilt);
    }
  }
}

void printProblems(std::FILE* out, const std::vector<RunFigures>& runs) {
  for (const auto& r : runs) {
    if (r.ok) continue;
    std::fprintf(out, "\nINCOMPLETE: %s N=%d: %s", protocolName(r.protocol), r.proxies,
                 r.problem.empty() ? "" : r.problem.c_str());
    if (r.failed > 0)
      std::fprintf(out, " (%d streams failed; first: %s)", r.failed, r.firstError.c_str());
    for (const auto& p : r.pushes)
      if (p.converged < p.expected)
        std::fprintf(out, " (%s change: %d of %d ACKs)", changeKindName(p.kind), p.converged,
                     p.expected);
    std::fprintf(out, "\n");
  }
}

}  // namespace meshdesk::bench
