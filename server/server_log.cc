#include "server_log.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>

#include "snapshot/type_url.h"

namespace meshdesk::server {

namespace {
std::mutex outputMutex;
}

void logLine(const std::string& text) {
  auto now = std::chrono::system_clock::now();
  std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm tm{};
  localtime_r(&t, &tm);
  char stamp[16];
  std::strftime(stamp, sizeof stamp, "%H:%M:%S", &tm);
  std::lock_guard lock(outputMutex);
  std::fprintf(stderr, "%s %s\n", stamp, text.c_str());
  std::fflush(stderr);
}

void logOutcome(const controlplane::PublishOutcome& outcome) {
  logLine("publish: " + outcome.summary());
  for (const auto& p : outcome.problems) logLine("  " + p.toString());
}

void logFleet(const fleet::FleetBatch& batch) {
  for (const auto& e : batch.events) {
    using K = fleet::FleetEvent::Kind;
    switch (e.kind) {
      case K::Connected: logLine("proxy " + e.nodeId + " connected"); break;
      case K::Disconnected: logLine("proxy " + e.nodeId + " disconnected"); break;
      case K::Nacked:
        logLine("proxy " + e.nodeId + " NACKed " + snapshot::shortTypeName(e.typeUrl) + " v" +
                e.version + ": " + e.message);
        break;
      default: break;  // sends and ACKs are counted in /metrics, not logged one by one
    }
  }
}

}  // namespace meshdesk::server
