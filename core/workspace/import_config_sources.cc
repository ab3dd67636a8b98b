#include "workspace/import_config_sources.h"

#include "envoy/extensions/transport_sockets/tls/v3/tls.pb.h"
#include "workspace/import_place.h"

namespace meshdesk::workspace::import {

namespace {

using envoy::extensions::transport_sockets::tls::v3::CommonTlsContext;
using envoy::extensions::transport_sockets::tls::v3::DownstreamTlsContext;
using envoy::extensions::transport_sockets::tls::v3::SdsSecretConfig;
using envoy::extensions::transport_sockets::tls::v3::UpstreamTlsContext;

void refer(SdsSecretConfig& reference, const std::set<std::string>& served,
           std::set<std::string>& changed) {
  if (served.count(reference.name()) == 0) return;
  if (reference.has_sds_config() && servedByMeshdesk(reference.sds_config())) return;
  *reference.mutable_sds_config() = adsSource();
  changed.insert(reference.name());
}

void refer(CommonTlsContext& context, const std::set<std::string>& served,
           std::set<std::string>& changed) {
  for (auto& reference : *context.mutable_tls_certificate_sds_secret_configs())
    refer(reference, served, changed);
  if (context.has_validation_context_sds_secret_config())
    refer(*context.mutable_validation_context_sds_secret_config(), served, changed);
  if (context.has_combined_validation_context() &&
      context.combined_validation_context().has_validation_context_sds_secret_config())
    refer(*context.mutable_combined_validation_context()->mutable_validation_context_sds_secret_config(),
          served, changed);
}

}  // namespace

envoy::config::core::v3::ConfigSource adsSource() {
  envoy::config::core::v3::ConfigSource source;
  source.mutable_ads();
  source.set_resource_api_version(envoy::config::core::v3::V3);
  return source;
}

bool servedByMeshdesk(const envoy::config::core::v3::ConfigSource& source) {
  return source.has_ads() || source.has_self();
}

std::set<std::string> referSecretsOverAds(envoy::config::core::v3::TransportSocket& socket,
                                          const std::set<std::string>& served) {
  std::set<std::string> changed;
  if (!socket.has_typed_config()) return changed;
  auto* config = socket.mutable_typed_config();
  if (config->Is<DownstreamTlsContext>()) {
    DownstreamTlsContext context;
    if (!config->UnpackTo(&context)) return changed;
    refer(*context.mutable_common_tls_context(), served, changed);
    if (context.has_session_ticket_keys_sds_secret_config())
      refer(*context.mutable_session_ticket_keys_sds_secret_config(), served, changed);
    if (!changed.empty()) packAny(*config, context);
  } else if (config->Is<UpstreamTlsContext>()) {
    UpstreamTlsContext context;
    if (!config->UnpackTo(&context)) return changed;
    refer(*context.mutable_common_tls_context(), served, changed);
    if (!changed.empty()) packAny(*config, context);
  }
  return changed;
}

}  // namespace meshdesk::workspace::import
