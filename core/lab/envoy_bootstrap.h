#pragma once
// The bootstrap Meshdesk writes for a lab Envoy: who the node is, an admin listener on
// 127.0.0.1 for /config_dump, and ADS (clusters and listeners, everything else via them) from
// the embedded control plane, reached through one static cluster.

#include <map>
#include <string>

namespace meshdesk::lab {

struct BootstrapSpec {
  std::string nodeId;
  std::string cluster = "lab";
  std::string region, zone;
  std::map<std::string, std::string> metadata;
  std::string xdsHost = "127.0.0.1";
  int xdsPort = 18000;
  std::string adminHost = "127.0.0.1";
  int adminPort = 9901;
  bool delta = false;  // DELTA_GRPC rather than GRPC
};

// Deterministic YAML (same spec, same bytes), as envoy -c reads it.
std::string bootstrapYaml(const BootstrapSpec& spec);

}  // namespace meshdesk::lab
