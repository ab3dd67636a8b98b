#include "lab/config_dump.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <google/protobuf/any.pb.h>

#include <set>

#include "history/version_store.h"
#include "lab/resource_interest.h"
#include "schema/message_to_yaml.h"
#include "schema/type_registry.h"
#include "schema/yaml_to_message.h"
#include "snapshot/type_url.h"

namespace meshdesk::lab {

namespace tu = snapshot::type_url;
using nlohmann::json;

namespace {

// Envoy writes snake_case; a dump that went through another tool may be lowerCamelCase.
const json* member(const json& object, const std::string& snake) {
  if (!object.is_object()) return nullptr;
  if (auto it = object.find(snake); it != object.end()) return &*it;
  std::string camel;
  bool up = false;
  for (char c : snake) {
    if (c == '_') {
      up = true;
    } else {
      camel += up ? static_cast<char>(std::toupper(c)) : c;
      up = false;
    }
  }
  if (auto it = object.find(camel); it != object.end()) return &*it;
  return nullptr;
}

std::string stringMember(const json& object, const std::string& snake) {
  const json* v = member(object, snake);
  return v && v->is_string() ? v->get<std::string>() : std::string();
}

// A resource as Envoy dumped it (an object with "@type"), read into canonical YAML.
HeldResource readResource(const json& object, const std::string& version, const std::string& state,
                          std::string fallbackName = {}) {
  HeldResource held;
  held.version = version;
  held.state = state;
  held.typeUrl = stringMember(object, "@type");
  held.name = stringMember(object, held.typeUrl.find("ClusterLoadAssignment") != std::string::npos
                                       ? "cluster_name"
                                       : "name");
  if (held.name.empty()) held.name = std::move(fallbackName);
  const auto& registry = schema::TypeRegistry::instance();
  const auto* type = registry.findByTypeUrl(held.typeUrl);
  if (!type) {
    held.problem = "unknown type \"" + held.typeUrl + "\"";
    return held;
  }
  json body = object;
  body.erase("@type");
  auto message = registry.newMessage(type);
  std::vector<schema::SchemaError> errors;
  if (!schema::jsonToMessage(body.dump(), *message, errors)) {
    held.problem = errors.empty() ? "unreadable" : errors.front().toString();
    return held;
  }
  held.yaml = schema::messageToYamlText(*message);
  return held;
}

void readList(const json& dump, const char* list, const char* field, const std::string& state,
              ConfigDumpView& out) {
  const json* entries = member(dump, list);
  if (!entries || !entries->is_array()) return;
  for (const json& entry : *entries) {
    const json* resource = member(entry, field);
    if (!resource) continue;
    out.resources.push_back(
        readResource(*resource, stringMember(entry, "version_info"), state, stringMember(entry, "name")));
  }
}

// The canonical YAML of a served resource.
std::string yamlOf(const snapshot::Resource& resource) {
  const auto& registry = schema::TypeRegistry::instance();
  const auto* type = registry.findByTypeUrl(resource.typeUrl());
  if (!type) return {};
  auto message = registry.newMessage(type);
  if (!resource.parseInto(*message)) return {};
  return schema::messageToYamlText(*message);
}

}  // namespace

const char* driftKindName(Drift::Kind kind) {
  switch (kind) {
    case Drift::Kind::Missing: return "missing";
    case Drift::Kind::Unexpected: return "unexpected";
    case Drift::Kind::Different: return "different";
    case Drift::Kind::Rejected: return "rejected";
    case Drift::Kind::Unreadable: return "unreadable";
  }
  return "?";
}

ConfigDumpView readConfigDump(std::string_view text) {
  ConfigDumpView out;
  json root = json::parse(text, nullptr, false);
  if (root.is_discarded()) {
    out.problems.push_back("the config dump is not JSON");
    return out;
  }
  const json* configs = member(root, "configs");
  if (!configs || !configs->is_array()) {
    out.problems.push_back("the config dump has no \"configs\" list");
    return out;
  }
  for (const json& dump : *configs) {
    const std::string type = stringMember(dump, "@type");
    auto version = [&](std::string_view typeUrl) {
      if (auto v = stringMember(dump, "version_info"); !v.empty()) out.typeVersions[std::string(typeUrl)] = v;
    };
    if (type.ends_with(".ClustersConfigDump")) {
      version(tu::kCluster);
      readList(dump, "dynamic_active_clusters", "cluster", "active", out);
      readList(dump, "dynamic_warming_clusters", "cluster", "warming", out);
    } else if (type.ends_with(".ListenersConfigDump")) {
      version(tu::kListener);
      const json* listeners = member(dump, "dynamic_listeners");
      if (!listeners || !listeners->is_array()) continue;
      for (const json& entry : *listeners) {
        std::string name = stringMember(entry, "name");
        bool any = false;
        for (auto [field, state] : {std::pair{"active_state", "active"}, {"warming_state", "warming"}}) {
          const json* s = member(entry, field);
          const json* listener = s ? member(*s, "listener") : nullptr;
          if (!listener) continue;
          out.resources.push_back(readResource(*listener, stringMember(*s, "version_info"), state, name));
          any = true;
          break;  // the active one is what serves; a warming one only replaces it later
        }
        if (const json* error = member(entry, "error_state")) {
          HeldResource rejected;
          rejected.typeUrl = std::string(tu::kListener);
          rejected.name = name;
          rejected.state = "rejected";
          rejected.problem = stringMember(*error, "details");
          out.resources.push_back(std::move(rejected));
        }
        (void)any;
      }
    } else if (type.ends_with(".RoutesConfigDump")) {
      readList(dump, "dynamic_route_configs", "route_config", "active", out);
    } else if (type.ends_with(".EndpointsConfigDump")) {
      readList(dump, "dynamic_endpoint_configs", "endpoint_config", "active", out);
    } else if (type.ends_with(".SecretsConfigDump")) {
      readList(dump, "dynamic_active_secrets", "secret", "active", out);
      readList(dump, "dynamic_warming_secrets", "secret", "warming", out);
    }
  }
  return out;
}

std::vector<Drift> findDrift(const ConfigDumpView& held, const snapshot::Snapshot& expected) {
  std::vector<Drift> out;
  // What the proxy should hold: every cluster and listener, and what those name.
  std::vector<google::protobuf::Any> packed;
  auto pack = [&](std::string_view typeUrl) {
    std::vector<google::protobuf::Any> list;
    for (const auto& [_, r] : expected.resources(typeUrl)) {
      google::protobuf::Any any;
      any.set_type_url(r->typeUrl());
      any.set_value(std::string(r->body()));
      list.push_back(std::move(any));
    }
    return list;
  };
  auto clusters = pack(tu::kCluster), listeners = pack(tu::kListener);
  std::vector<const google::protobuf::Any*> cp, lp;
  for (auto& a : clusters) cp.push_back(&a);
  for (auto& a : listeners) lp.push_back(&a);
  ResourceInterest interest = interestOf(cp, lp);
  const std::map<std::string, const std::set<std::string>*> namedTypes{
      {std::string(tu::kClusterLoadAssignment), &interest.endpoints},
      {std::string(tu::kRouteConfiguration), &interest.routes},
      {std::string(tu::kSecret), &interest.secrets}};
  const std::vector<std::string> compared{std::string(tu::kCluster), std::string(tu::kListener),
                                          std::string(tu::kClusterLoadAssignment),
                                          std::string(tu::kRouteConfiguration),
                                          std::string(tu::kSecret)};

  for (const std::string& type : compared) {
    std::map<std::string, const HeldResource*> holds;
    for (const auto& r : held.resources) {
      if (r.typeUrl != type) continue;
      if (r.state == "rejected") {
        out.push_back({Drift::Kind::Rejected, type, r.name, r.problem});
        continue;
      }
      holds.emplace(r.name, &r);  // the first (active) entry of a name wins
    }
    std::set<std::string> should;
    auto named = namedTypes.find(type);
    for (const auto& [name, _] : expected.resources(type))
      if (named == namedTypes.end() || named->second->count(name)) should.insert(name);

    for (const auto& name : should) {
      auto h = holds.find(name);
      if (h == holds.end()) {
        out.push_back({Drift::Kind::Missing, type, name, "served but not held"});
        continue;
      }
      const HeldResource& r = *h->second;
      if (type == tu::kSecret) continue;  // redacted in dumps: presence is all there is to see
      if (!r.problem.empty()) {
        out.push_back({Drift::Kind::Unreadable, type, name, r.problem});
        continue;
      }
      std::string served = yamlOf(*expected.find(type, name));
      if (served != r.yaml)
        out.push_back({Drift::Kind::Different, type, name,
                       history::unifiedDiff(served, r.yaml, "served/" + name, "held/" + name)});
    }
    for (const auto& [name, r] : holds)
      if (!should.count(name))
        out.push_back({Drift::Kind::Unexpected, type, name,
                       "held (version " + r->version + ") but not served to this node"});
  }
  return out;
}

std::optional<std::string> fetchConfigDump(const std::string& host, int port, std::string* error,
                                           std::chrono::milliseconds timeout) {
  httplib::Client client(host, port);
  auto seconds = std::chrono::duration_cast<std::chrono::seconds>(timeout);
  auto micros = std::chrono::duration_cast<std::chrono::microseconds>(timeout - seconds);
  client.set_connection_timeout(seconds.count(), micros.count());
  client.set_read_timeout(seconds.count(), micros.count());
  auto result = client.Get("/config_dump?include_eds");
  if (!result) {
    if (error) *error = "http://" + host + ":" + std::to_string(port) + "/config_dump: " +
                        httplib::to_string(result.error());
    return std::nullopt;
  }
  if (result->status != 200) {
    if (error) *error = "http://" + host + ":" + std::to_string(port) + "/config_dump: HTTP " +
                        std::to_string(result->status);
    return std::nullopt;
  }
  return result->body;
}

}  // namespace meshdesk::lab
