#pragma once
// The kinds of Envoy resource a workspace holds, each under its own top-level key of the file.

#include <optional>
#include <string_view>
#include <vector>

namespace meshdesk::workspace {

enum class Kind {
  kListener,
  kRoute,
  kScopedRoute,
  kCluster,
  kEndpoint,
  kSecret,
  kRuntime,
  kExtensionConfig,
};

struct KindInfo {
  Kind kind;
  // Top-level key of the workspace file ("clusters"); also the prefix in a node group's
  // `resources: [clusters/api]`.
  std::string_view key;
  // Singular, for messages and the UI ("cluster").
  std::string_view label;
  // Protobuf full name ("envoy.config.cluster.v3.Cluster"); the xDS type URL is
  // "type.googleapis.com/" + this.
  std::string_view messageType;
  // The field that names a resource: "name" everywhere but ClusterLoadAssignment, whose name
  // is the cluster it belongs to ("cluster_name").
  std::string_view nameField;
};

// In the order the file writes them.
const std::vector<KindInfo>& allKinds();
const KindInfo& kindInfo(Kind kind);
std::optional<Kind> kindFromKey(std::string_view key);

}  // namespace meshdesk::workspace
