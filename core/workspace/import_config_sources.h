#pragma once
// Importing, internals: where imported resources get what they refer to. A workspace is served
// by Meshdesk over ADS, so the config sources of what the workspace holds point there.

#include <set>
#include <string>

#include "envoy/config/core/v3/config_source.pb.h"
#include "envoy/config/core/v3/base.pb.h"

namespace meshdesk::workspace::import {

// {ads: {}, resource_api_version: V3}
envoy::config::core::v3::ConfigSource adsSource();

// ADS, or `self` (the server that sent the resource, which is then Meshdesk too).
bool servedByMeshdesk(const envoy::config::core::v3::ConfigSource& source);

// In a TLS transport socket (DownstreamTlsContext or UpstreamTlsContext), the references to
// secrets named in `served` become SDS over ADS: a bootstrap refers to its static secrets by
// name alone, which a served listener or cluster cannot. Returns the names changed.
std::set<std::string> referSecretsOverAds(envoy::config::core::v3::TransportSocket& socket,
                                          const std::set<std::string>& served);

}  // namespace meshdesk::workspace::import
