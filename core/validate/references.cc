// References between resources: what a resource names must be in the workspace when Envoy
// will ask Meshdesk for it.
#include <cstdint>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/core/v3/config_source.pb.h"
#include "envoy/config/route/v3/route.pb.h"
#include "envoy/config/route/v3/scoped_route.pb.h"
#include "envoy/extensions/clusters/aggregate/v3/cluster.pb.h"
#include "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.pb.h"
#include "envoy/extensions/transport_sockets/tls/v3/secret.pb.h"
#include "validate/cross_checks.h"

namespace meshdesk::validate {

namespace gp = google::protobuf;
using envoy::config::core::v3::ApiConfigSource;
using envoy::config::core::v3::ConfigSource;
using workspace::Kind;

namespace {

// Whether Envoy fetches through this source from an xDS server (Meshdesk), rather than from a
// file on its own disk (which Meshdesk cannot see, so nothing is checked).
bool servedOverXds(const ConfigSource& source) {
  switch (source.config_source_specifier_case()) {
    case ConfigSource::kAds:
    case ConfigSource::kSelf:
      return true;
    case ConfigSource::kApiConfigSource:
      return source.api_config_source().api_type() != ApiConfigSource::REST;
    default:
      return false;
  }
}

class ReferenceCheck {
 public:
  ReferenceCheck(const WorkspaceView& view, std::vector<Finding>& out) : view_(view), out_(out) {}

  void run() {
    for (const auto& s : view_.sightings().of(Watched::kHttpConnectionManager)) connectionManager(s);
    for (const auto& s : view_.sightings().of(Watched::kRouteConfiguration)) routeConfiguration(s);
    for (const auto& s : view_.sightings().of(Watched::kSdsSecretConfig)) secret(s);
    for (const auto& s : view_.sightings().of(Watched::kTcpProxy)) tcpProxy(s);
    for (const auto& s : view_.sightings().of(Watched::kAggregateCluster)) aggregate(s);
    for (const auto& s : view_.sightings().of(Watched::kScopedRouteConfiguration)) scopedRoute(s);
    for (const auto& item : view_.workspace().items(Kind::kCluster)) edsCluster(item);
  }

 private:
  void connectionManager(const Sighting& s) {
    using envoy::extensions::filters::network::http_connection_manager::v3::HttpConnectionManager;
    std::unique_ptr<HttpConnectionManager> holder;
    const auto& hcm = viewAs(*s.message, holder);
    if (!hcm.has_rds() || !servedOverXds(hcm.rds().config_source())) return;
    const std::string& name = hcm.rds().route_config_name();
    if (name.empty() || view_.has(Kind::kRoute, name)) return;  // empty: the min_len rule says it
    out_.push_back(findingAt(
        Severity::kError, "reference.route", s, "rds.route_config_name",
        "route configuration '" + name + "' is not in the workspace" +
            view_.suggestion(Kind::kRoute, name) +
            ": the listener would wait for it, then answer every request with 404"));
  }

  // Clusters named by routes. Envoy accepts a route configuration naming an unknown cluster
  // (unless validate_clusters is set) and answers 503 at run time; the cluster may also come
  // from Envoy's bootstrap, which Meshdesk cannot see. So: a warning, an error when Envoy would
  // reject it.
  void cluster(const Sighting& s, const std::string& subpath, const std::string& name,
               bool validateClusters) {
    if (name.empty() || view_.has(Kind::kCluster, name)) return;
    std::string what = "cluster '" + name + "' is not in the workspace" +
                       view_.suggestion(Kind::kCluster, name);
    if (validateClusters) {
      out_.push_back(findingAt(Severity::kError, "reference.cluster", s, subpath,
                               what + "; with validate_clusters set, Envoy rejects the route "
                                      "configuration unless its bootstrap defines that cluster"));
    } else {
      out_.push_back(findingAt(Severity::kWarning, "reference.cluster", s, subpath,
                               what + "; unless Envoy's bootstrap defines it, requests here get 503"));
    }
  }

  void routeConfiguration(const Sighting& s) {
    using envoy::config::route::v3::RouteConfiguration;
    std::unique_ptr<RouteConfiguration> holder;
    const auto& config = viewAs(*s.message, holder);
    bool validate = config.has_validate_clusters() && config.validate_clusters().value();
    for (int v = 0; v < config.virtual_hosts_size(); ++v) {
      const auto& host = config.virtual_hosts(v);
      std::string hostPath = "virtual_hosts[" + std::to_string(v) + "]";
      for (int r = 0; r < host.routes_size(); ++r) {
        const auto& route = host.routes(r);
        if (!route.has_route()) continue;
        const auto& action = route.route();
        std::string actionPath = hostPath + ".routes[" + std::to_string(r) + "].route";
        if (action.cluster_specifier_case() == action.kCluster)
          cluster(s, actionPath + ".cluster", action.cluster(), validate);
        if (action.has_weighted_clusters()) {
          const auto& weighted = action.weighted_clusters();
          for (int c = 0; c < weighted.clusters_size(); ++c)
            cluster(s, actionPath + ".weighted_clusters.clusters[" + std::to_string(c) + "].name",
                    weighted.clusters(c).name(), validate);
        }
        for (int m = 0; m < action.request_mirror_policies_size(); ++m)
          cluster(s, actionPath + ".request_mirror_policies[" + std::to_string(m) + "].cluster",
                  action.request_mirror_policies(m).cluster(), validate);
      }
    }
  }

  void secret(const Sighting& s) {
    using envoy::extensions::transport_sockets::tls::v3::SdsSecretConfig;
    std::unique_ptr<SdsSecretConfig> holder;
    const auto& sds = viewAs(*s.message, holder);
    // Without sds_config the name is a static secret of Envoy's bootstrap.
    if (!sds.has_sds_config() || !servedOverXds(sds.sds_config())) return;
    if (sds.name().empty() || view_.has(Kind::kSecret, sds.name())) return;
    out_.push_back(findingAt(Severity::kError, "reference.secret", s, "name",
                             "secret '" + sds.name() + "' is not in the workspace" +
                                 view_.suggestion(Kind::kSecret, sds.name()) +
                                 ": Envoy would wait for it and the TLS context would never work"));
  }

  // TcpProxy is not compiled in; read by reflection.
  void tcpProxy(const Sighting& s) {
    const gp::Message& m = *s.message;
    const gp::Descriptor* type = m.GetDescriptor();
    const gp::Reflection* r = m.GetReflection();
    const gp::FieldDescriptor* clusterField = type->FindFieldByName("cluster");
    if (clusterField != nullptr && r->HasField(m, clusterField))
      cluster(s, "cluster", r->GetString(m, clusterField), false);
    const gp::FieldDescriptor* weightedField = type->FindFieldByName("weighted_clusters");
    if (weightedField == nullptr || !r->HasField(m, weightedField)) return;
    const gp::Message& weighted = r->GetMessage(m, weightedField);
    const gp::FieldDescriptor* clusters = weighted.GetDescriptor()->FindFieldByName("clusters");
    if (clusters == nullptr) return;
    const gp::Reflection* wr = weighted.GetReflection();
    for (int i = 0; i < wr->FieldSize(weighted, clusters); ++i) {
      const gp::Message& entry = wr->GetRepeatedMessage(weighted, clusters, i);
      const gp::FieldDescriptor* name = entry.GetDescriptor()->FindFieldByName("name");
      if (name != nullptr)
        cluster(s, "weighted_clusters.clusters[" + std::to_string(i) + "].name",
                entry.GetReflection()->GetString(entry, name), false);
    }
  }

  // An aggregate cluster skips members that do not exist (yet), so a missing one is a warning.
  void aggregate(const Sighting& s) {
    using envoy::extensions::clusters::aggregate::v3::ClusterConfig;
    std::unique_ptr<ClusterConfig> holder;
    const auto& config = viewAs(*s.message, holder);
    for (int i = 0; i < config.clusters_size(); ++i) {
      const std::string& name = config.clusters(i);
      if (name.empty() || view_.has(Kind::kCluster, name)) continue;
      out_.push_back(findingAt(Severity::kWarning, "reference.cluster", s,
                               "clusters[" + std::to_string(i) + "]",
                               "cluster '" + name + "' is not in the workspace" +
                                   view_.suggestion(Kind::kCluster, name) +
                                   "; the aggregate cluster skips it"));
    }
  }

  void scopedRoute(const Sighting& s) {
    using envoy::config::route::v3::ScopedRouteConfiguration;
    std::unique_ptr<ScopedRouteConfiguration> holder;
    const auto& scope = viewAs(*s.message, holder);
    const std::string& name = scope.route_configuration_name();
    if (name.empty() || view_.has(Kind::kRoute, name)) return;
    out_.push_back(findingAt(Severity::kError, "reference.route", s, "route_configuration_name",
                             "route configuration '" + name + "' is not in the workspace" +
                                 view_.suggestion(Kind::kRoute, name) +
                                 ": requests in this scope would get 404"));
  }

  // EDS: Envoy keeps the cluster warming until its endpoints come (or the initial fetch times
  // out, leaving it empty). Often just not written yet, so a warning.
  void edsCluster(const workspace::Item& item) {
    using envoy::config::cluster::v3::Cluster;
    const auto& cluster = item.as<Cluster>();
    if (cluster.cluster_discovery_type_case() != Cluster::kType || cluster.type() != Cluster::EDS)
      return;
    const auto& eds = cluster.eds_cluster_config();
    if (!eds.has_eds_config() || !servedOverXds(eds.eds_config())) return;
    const std::string& name = eds.service_name().empty() ? cluster.name() : eds.service_name();
    if (view_.has(Kind::kEndpoint, name)) return;
    out_.push_back(findingAt(
        Severity::kWarning, "reference.endpoints", Kind::kCluster, cluster.name(),
        eds.service_name().empty() ? "" : "eds_cluster_config.service_name",
        "EDS cluster without endpoints: the workspace has no cluster load assignment named '" +
            name + "'" + view_.suggestion(Kind::kEndpoint, name) +
            "; the cluster would have no hosts"));
  }

  const WorkspaceView& view_;
  std::vector<Finding>& out_;
};

}  // namespace

void checkReferences(const WorkspaceView& view, std::vector<Finding>& out) {
  ReferenceCheck(view, out).run();
}

}  // namespace meshdesk::validate
