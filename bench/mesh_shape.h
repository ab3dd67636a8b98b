#pragma once
// The configuration the benchmark serves, in the shape the load target names: 100 EDS clusters
// with 5 endpoints each, one listener, one route configuration with 100 virtual hosts. Built as
// snapshot resources, and changed one cluster at a time.

#include <cstdint>
#include <string>
#include <vector>

#include "snapshot/snapshot.h"

namespace meshdesk::bench {

struct MeshShapeOptions {
  int clusters = 100;
  int endpointsPerCluster = 5;
  int virtualHosts = 100;
};

// What one change touched.
enum class ChangeKind {
  Cluster,    // one cluster's connect_timeout
  Endpoints,  // one ClusterLoadAssignment's first endpoint
};

const char* changeKindName(ChangeKind kind);
bool parseChangeKind(const std::string& text, ChangeKind* out);

class MeshShape {
 public:
  static constexpr const char* kListenerName = "ingress";
  static constexpr const char* kRouteConfigName = "routes";

  explicit MeshShape(MeshShapeOptions options = {});

  // The snapshot holding the current resources, labelled with a fresh version ("1", "2", ...).
  snapshot::SnapshotPtr snapshot();
  // Rebuilds one resource (the next cluster in turn) and returns the new snapshot; every other
  // resource is the same object as before, so it is not serialized again.
  snapshot::SnapshotPtr change(ChangeKind kind);

  // How many snapshot::Resource objects (one serialization each) were built since construction.
  std::uint64_t resourcesBuilt() const { return built_; }
  const std::string& version() const { return version_; }
  // Name of the resource the last change() rebuilt.
  const std::string& lastChanged() const { return lastChanged_; }

  static std::string clusterName(int index);
  int clusters() const { return options_.clusters; }

 private:
  snapshot::ResourcePtr buildCluster(int index, int generation);
  snapshot::ResourcePtr buildEndpoints(int index, int generation);
  snapshot::ResourcePtr buildListener();
  snapshot::ResourcePtr buildRoutes();

  MeshShapeOptions options_;
  std::vector<snapshot::ResourcePtr> clusters_;
  std::vector<snapshot::ResourcePtr> endpoints_;
  std::vector<int> clusterGeneration_;
  std::vector<int> endpointGeneration_;
  snapshot::ResourcePtr listener_;
  snapshot::ResourcePtr routes_;
  std::uint64_t built_ = 0;
  std::uint64_t versionCounter_ = 0;
  std::string version_;
  std::string lastChanged_;
  int nextChange_ = 0;
};

}  // namespace meshdesk::bench
