#include "simulated_proxy.h"

#include "delta_proxy.h"
#include "snapshot/type_url.h"
#include "sotw_proxy.h"

namespace meshdesk::bench {

namespace {
const std::array<std::string, kTypeCount>& typeUrls() {
  namespace t = snapshot::type_url;
  static const std::array<std::string, kTypeCount> urls{
      std::string(t::kCluster), std::string(t::kClusterLoadAssignment),
      std::string(t::kListener), std::string(t::kRouteConfiguration)};
  return urls;
}

bool readVarint(std::string_view& in, std::uint64_t* value) {
  *value = 0;
  for (int shift = 0; shift < 64 && !in.empty(); shift += 7) {
    auto byte = static_cast<std::uint8_t>(in.front());
    in.remove_prefix(1);
    *value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) return true;
  }
  return false;
}
}  // namespace

const std::string& typeUrlOf(int type) { return typeUrls()[type]; }

const char* shortNameOf(int type) {
  static const char* names[] = {"CDS", "EDS", "LDS", "RDS"};
  return names[type];
}

int typeIndexOf(const std::string& typeUrl) {
  for (int i = 0; i < kTypeCount; ++i)
    if (typeUrls()[i] == typeUrl) return i;
  return -1;
}

const char* protocolName(Protocol p) { return p == Protocol::Sotw ? "sotw" : "delta"; }

std::string_view stringField(std::string_view message, int field) {
  while (!message.empty()) {
    std::uint64_t tag = 0;
    if (!readVarint(message, &tag)) return {};
    const int number = static_cast<int>(tag >> 3);
    const int wireType = static_cast<int>(tag & 7);
    std::uint64_t n = 0;
    switch (wireType) {
      case 0:
        if (!readVarint(message, &n)) return {};
        break;
      case 1:
        if (message.size() < 8) return {};
        message.remove_prefix(8);
        break;
      case 2:
        if (!readVarint(message, &n) || n > message.size()) return {};
        if (number == field) return message.substr(0, n);
        message.remove_prefix(n);
        break;
      case 5:
        if (message.size() < 4) return {};
        message.remove_prefix(4);
        break;
      default:
        return {};  // groups: not in these messages
    }
  }
  return {};
}

SimulatedProxy::SimulatedProxy(int id, const ExpectedConfig& expected, FleetTally& tally)
    : id_(id), expected_(expected), tally_(tally) {}

std::shared_ptr<grpc::Channel> SimulatedProxy::makeChannel(const std::string& address) const {
  grpc::ChannelArguments args;
  // Each proxy its own connection, as separate Envoys would have: without these, channels with
  // equal arguments share one subchannel (one TCP connection) through the global pool.
  args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
  args.SetInt("meshdesk.bench.proxy", id_);
  args.SetMaxReceiveMessageSize(64 << 20);
  return grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(), args);
}

Clock::time_point SimulatedProxy::startedAt() const {
  std::lock_guard lock(mutex_);
  return startedAt_;
}

std::optional<Clock::time_point> SimulatedProxy::fullAt() const {
  std::lock_guard lock(mutex_);
  return fullAt_;
}

std::string SimulatedProxy::error() const {
  std::lock_guard lock(mutex_);
  return error_;
}

VersionSeen SimulatedProxy::seen(const std::string& version, int type) const {
  std::lock_guard lock(mutex_);
  VersionSeen out;
  for (const auto& e : events_) {
    if (e.version != version) continue;
    if (e.ack) {
      if (e.type == type && !out.ackedAt) out.ackedAt = e.at;
    } else {
      ++out.responses;
      out.resources += e.resources;
    }
  }
  return out;
}

void SimulatedProxy::noteResponse(int type, const std::string& version, int resources,
                                  Clock::time_point at) {
  events_.push_back({type, false, resources, version, at});
  tally_.responses.fetch_add(1, std::memory_order_relaxed);
  if (fullAt_) return;
  if (held_[kClusters].size() < expected_.clusterNames.size()) return;
  if (held_[kListeners].size() < expected_.listeners) return;
  if (!held_[kRoutes].count(expected_.routeConfigName)) return;
  for (const auto& name : expected_.clusterNames)
    if (!held_[kEndpoints].count(name)) return;
  fullAt_ = at;
  tally_.full.fetch_add(1, std::memory_order_relaxed);
}

void SimulatedProxy::noteAck(int type, const std::string& version, Clock::time_point at) {
  events_.push_back({type, true, 0, version, at});
  tally_.acks.fetch_add(1, std::memory_order_relaxed);
}

void SimulatedProxy::noteFinished(const grpc::Status& status) {
  {
    std::lock_guard lock(mutex_);
    if (!status.ok() && !ending_.load()) {
      error_ = std::to_string(status.error_code()) + " " + status.error_message();
      tally_.failed.fetch_add(1);
    }
  }
  finished_.store(true);
  tally_.finished.fetch_add(1);
}

std::unique_ptr<SimulatedProxy> makeProxy(Protocol protocol, const std::string& address, int id,
                                          const ExpectedConfig& expected, FleetTally& tally) {
  if (protocol == Protocol::Delta)
    return std::make_unique<DeltaProxy>(address, id, expected, tally);
  return std::make_unique<SotwProxy>(address, id, expected, tally);
}

}  // namespace meshdesk::bench
