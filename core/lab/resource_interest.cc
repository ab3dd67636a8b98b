#include "lab/resource_interest.h"

#include <google/protobuf/any.pb.h>
#include <google/protobuf/message.h>

#include <functional>
#include <memory>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "schema/type_registry.h"

namespace meshdesk::lab {

namespace pb = google::protobuf;

namespace {

constexpr const char* kRds = "envoy.extensions.filters.network.http_connection_manager.v3.Rds";
constexpr const char* kSdsSecretConfig = "envoy.extensions.transport_sockets.tls.v3.SdsSecretConfig";

// Calls `visit` on `m` and every message inside it, unpacking Any payloads on the way, since
// the names that matter sit in typed_config of filters and transport sockets.
void walk(const pb::Message& m, const std::function<void(const pb::Message&)>& visit) {
  visit(m);
  const pb::Descriptor* type = m.GetDescriptor();
  const pb::Reflection* r = m.GetReflection();
  if (type->full_name() == "google.protobuf.Any") {
    const auto& registry = schema::TypeRegistry::instance();
    std::string url = r->GetString(m, type->FindFieldByNumber(1));
    std::string value = r->GetString(m, type->FindFieldByNumber(2));
    if (const auto* payload = registry.findByTypeUrl(url)) {
      auto inner = registry.newMessage(payload);
      if (inner->ParseFromString(value)) walk(*inner, visit);
    }
    return;
  }
  std::vector<const pb::FieldDescriptor*> fields;
  r->ListFields(m, &fields);
  for (const auto* f : fields) {
    if (f->cpp_type() != pb::FieldDescriptor::CPPTYPE_MESSAGE) continue;
    if (f->is_repeated()) {
      for (int i = 0; i < r->FieldSize(m, f); ++i) walk(r->GetRepeatedMessage(m, f, i), visit);
    } else {
      walk(r->GetMessage(m, f), visit);
    }
  }
}

void collect(const pb::Message& m, ResourceInterest& out) {
  walk(m, [&](const pb::Message& inner) {
    const std::string& name = inner.GetDescriptor()->full_name();
    if (name == kRds || name == kSdsSecretConfig) {
      const pb::FieldDescriptor* f = inner.GetDescriptor()->FindFieldByName(
          name == kRds ? "route_config_name" : "name");
      std::string value = f ? inner.GetReflection()->GetString(inner, f) : "";
      if (value.empty()) return;
      // An SdsSecretConfig without sds_config is a static secret of the bootstrap.
      if (name == kSdsSecretConfig) {
        const auto* source = inner.GetDescriptor()->FindFieldByName("sds_config");
        if (!source || !inner.GetReflection()->HasField(inner, source)) return;
        out.secrets.insert(value);
      } else {
        out.routes.insert(value);
      }
    }
  });
}

}  // namespace

ResourceInterest interestOf(const std::vector<const pb::Any*>& clusters,
                            const std::vector<const pb::Any*>& listeners) {
  ResourceInterest out;
  for (const pb::Any* any : clusters) {
    envoy::config::cluster::v3::Cluster cluster;
    if (!any->UnpackTo(&cluster)) continue;
    if (cluster.has_type() && cluster.type() == envoy::config::cluster::v3::Cluster::EDS)
      out.endpoints.insert(cluster.eds_cluster_config().service_name().empty()
                               ? cluster.name()
                               : cluster.eds_cluster_config().service_name());
    collect(cluster, out);
  }
  for (const pb::Any* any : listeners) {
    const auto& registry = schema::TypeRegistry::instance();
    const auto* type = registry.findByTypeUrl(any->type_url());
    if (!type) continue;
    auto listener = registry.newMessage(type);
    if (listener->ParseFromString(any->value())) collect(*listener, out);
  }
  return out;
}

}  // namespace meshdesk::lab
