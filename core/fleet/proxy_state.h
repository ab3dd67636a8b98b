#pragma once
// What the console knows of one connected proxy: who it is, and per resource type what it was
// sent, what it ACKed and what it NACKed.

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>

namespace meshdesk::fleet {

using Clock = std::chrono::system_clock;
using ProxyId = std::uint64_t;

// The status of one resource type on one proxy, as CSDS names it.
enum class SyncStatus {
  NotSent,  // nothing of this type was sent
  Stale,    // sent, no answer yet
  Synced,   // the last version sent was ACKed
  Nacked,   // the last version sent was NACKed; the proxy keeps `versionAcked`
};

const char* syncStatusName(SyncStatus status);

struct Nack {
  std::string typeUrl;
  std::string version;  // the version the proxy rejected
  std::string nonce;
  std::string message;  // the proxy's error_detail text
  int code = 0;
  Clock::time_point at;
};

struct TypeState {
  std::string versionSent;
  std::string nonceSent;
  Clock::time_point sentAt;
  std::string versionAcked;
  Clock::time_point ackedAt;
  std::optional<Nack> lastNack;
  std::uint64_t responses = 0;
  std::uint64_t acks = 0;
  std::uint64_t nacks = 0;
  SyncStatus status = SyncStatus::NotSent;
};

struct ProxyState {
  ProxyId id = 0;
  std::string nodeId;
  std::string cluster;
  std::string region, zone, subZone;
  std::string userAgent;      // user_agent_name and version or build version
  std::string metadataJson;   // the node's metadata as JSON
  std::string peer;           // gRPC peer, such as ipv4:127.0.0.1:40312
  std::string group;          // node group whose snapshot it is served
  bool delta = false;
  Clock::time_point connectedAt;
  int streams = 0;            // open xDS streams of this proxy (ADS is one)
  std::map<std::string, TypeState> types;  // by type URL
  std::deque<Nack> nackHistory;            // newest last, bounded
};

}  // namespace meshdesk::fleet
