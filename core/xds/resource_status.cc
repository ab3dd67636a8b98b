#include "xds/resource_status.h"

#include <cstdio>
#include <set>

#include "envoy/service/status/v3/csds.pb.h"

namespace meshdesk::xds {

namespace {
std::string hex(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

void setAny(google::protobuf::Any& any, const snapshot::Resource& r) {
  any.set_type_url(r.typeUrl());
  any.set_value(std::string(r.body()));
}
}  // namespace

void describeType(const std::string& typeUrl,
                  const ResourceEntries& entries,
                  const NackErrors& errors, const snapshot::SnapshotPtr& snapshot, const Subscription& subscription,
                  envoy::service::status::v3::ClientConfig& out) {
  using envoy::admin::v3::ClientResourceStatus;
  using envoy::service::status::v3::ConfigStatus;

  std::set<std::string> names;
  for (const auto& row : entries) names.insert(row.name.str());
  if (snapshot) {
    for (const auto& [name, _] : snapshot->resources(typeUrl))
      if (subscription.wants(name)) names.insert(name);
  }
  for (const auto& name : subscription.names()) names.insert(name.str());

  for (const auto& name : names) {
    auto* config = out.add_generic_xds_configs();
    config->set_type_url(typeUrl);
    config->set_name(name);
    auto current = snapshot ? snapshot->find(typeUrl, name) : nullptr;
    const ResourceEntry* e = entries.find(name);
    ResourceEntry entry = e ? *e : ResourceEntry{};

    if (entry.rejected != 0 && (!current || current->hash() == entry.rejected)) {
      config->set_config_status(ConfigStatus::ERROR);
      config->set_client_status(ClientResourceStatus::NACKED);
      auto* failure = config->mutable_error_state();
      if (auto why = errors.find(name); why != errors.end()) failure->set_details(why->second);
      failure->set_version_info(hex(entry.rejected));
      if (current) setAny(*failure->mutable_failed_configuration(), *current);
    } else if (entry.held != 0 && current && entry.held == current->hash()) {
      config->set_config_status(ConfigStatus::SYNCED);
      config->set_client_status(ClientResourceStatus::ACKED);
    } else if (entry.held != 0 || entry.sent != 0) {
      config->set_config_status(ConfigStatus::STALE);
      config->set_client_status(entry.held != 0 ? ClientResourceStatus::ACKED
                                                : ClientResourceStatus::REQUESTED);
    } else {
      config->set_config_status(ConfigStatus::NOT_SENT);
      config->set_client_status(current ? ClientResourceStatus::REQUESTED
                                        : ClientResourceStatus::DOES_NOT_EXIST);
    }
    std::uint64_t version = entry.held != 0 ? entry.held : entry.sent;
    if (version != 0) config->set_version_info(hex(version));
    if (current && entry.held == current->hash()) setAny(*config->mutable_xds_config(), *current);
  }
}

}  // namespace meshdesk::xds
