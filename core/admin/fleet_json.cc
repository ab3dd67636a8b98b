#include <nlohmann/json.hpp>

#include <ctime>

#include "admin/admin_server.h"
#include "snapshot/type_url.h"

namespace meshdesk::admin {

namespace {
using nlohmann::json;

std::string isoTime(fleet::Clock::time_point t) {
  if (t.time_since_epoch().count() == 0) return "";
  std::time_t tt = fleet::Clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

json nackJson(const fleet::Nack& n) {
  return {{"type", snapshot::shortTypeName(n.typeUrl)}, {"type_url", n.typeUrl},
          {"version", n.version}, {"nonce", n.nonce}, {"message", n.message},
          {"code", n.code}, {"at", isoTime(n.at)}};
}

json summary(const fleet::ProxyState& p) {
  json types = json::object();
  for (const auto& [url, t] : p.types) {
    json entry = {{"status", fleet::syncStatusName(t.status)},
                  {"version_sent", t.versionSent},
                  {"version_acked", t.versionAcked},
                  {"nonce", t.nonceSent},
                  {"responses", t.responses},
                  {"acks", t.acks},
                  {"nacks", t.nacks},
                  {"type_url", url}};
    if (t.lastNack) entry["last_nack"] = nackJson(*t.lastNack);
    types[snapshot::shortTypeName(url)] = entry;
  }
  return {{"id", p.id},
          {"node_id", p.nodeId},
          {"cluster", p.cluster},
          {"locality", {{"region", p.region}, {"zone", p.zone}, {"sub_zone", p.subZone}}},
          {"user_agent", p.userAgent},
          {"peer", p.peer},
          {"group", p.group},
          {"delta", p.delta},
          {"connected_at", isoTime(p.connectedAt)},
          {"streams", p.streams},
          {"types", types}};
}
}  // namespace

std::string proxiesJson(const std::vector<fleet::ProxyState>& proxies) {
  json out = json::array();
  for (const auto& p : proxies) out.push_back(summary(p));
  return out.dump(2);
}

std::string proxyJson(const fleet::ProxyState& p) {
  json out = summary(p);
  out["metadata"] = p.metadataJson.empty() ? json::object() : json::parse(p.metadataJson, nullptr, false);
  json history = json::array();
  for (const auto& n : p.nackHistory) history.push_back(nackJson(n));
  out["nack_history"] = history;
  return out.dump(2);
}

}  // namespace meshdesk::admin
