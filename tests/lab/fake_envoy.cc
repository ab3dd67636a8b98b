// A stand-in for the envoy binary, for tests on machines without Envoy: started as
// `envoy -c bootstrap.yaml ...` it reads the node, admin port and control plane from the
// bootstrap Meshdesk wrote, holds a real ADS stream (a lab SimulatedProxy), logs to stdout like
// Envoy, and serves /config_dump in Envoy's shape built from what it holds.
//
// FAKE_ENVOY_DRIFT makes it lie in its dump, so that drift can be found:
//   change:<cluster>  that cluster's connect_timeout is 42s
//   drop:<cluster>    that cluster is left out
//   stray             a cluster "stray" nobody served is added

#include <httplib.h>
#include <signal.h>
#include <yaml-cpp/yaml.h>

#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/type_resolver_util.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <iostream>
#include <thread>

#include "lab/simulated_proxy.h"
#include "schema/type_registry.h"
#include "snapshot/type_url.h"

namespace tu = meshdesk::snapshot::type_url;
using nlohmann::json;

namespace {

json toJson(const google::protobuf::Any& any) {
  static std::unique_ptr<google::protobuf::util::TypeResolver> resolver(
      google::protobuf::util::NewTypeResolverForDescriptorPool(
          "type.googleapis.com", &meshdesk::schema::TypeRegistry::instance().pool()));
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  std::string text;
  auto status = google::protobuf::util::BinaryToJsonString(resolver.get(), any.type_url(), any.value(),
                                                         &text, options);
  if (!status.ok()) return json{{"@type", any.type_url()}, {"unreadable", status.ToString()}};
  json out = json::parse(text);
  out["@type"] = any.type_url();
  return out;
}

json configDump(const meshdesk::lab::ProxyStatus& status, const std::string& drift) {
  auto held = [&](std::string_view type) -> const meshdesk::lab::HeldType* {
    auto it = status.types.find(std::string(type));
    return it == status.types.end() ? nullptr : &it->second;
  };
  json clusters = json::array(), listeners = json::array(), routes = json::array(),
       endpoints = json::array(), secrets = json::array();
  if (auto* t = held(tu::kCluster)) {
    for (const auto& [name, any] : t->resources) {
      if (drift == "drop:" + name) continue;
      json cluster = toJson(any);
      if (drift == "change:" + name) cluster["connect_timeout"] = "42s";
      clusters.push_back({{"version_info", t->version}, {"cluster", cluster},
                          {"last_updated", "2024-01-01T00:00:00Z"}});
    }
    if (drift == "stray")
      clusters.push_back({{"version_info", t->version},
                          {"cluster", {{"@type", std::string(tu::kCluster)}, {"name", "stray"},
                                       {"connect_timeout", "1s"}}}});
  }
  if (auto* t = held(tu::kListener))
    for (const auto& [name, any] : t->resources)
      listeners.push_back({{"name", name},
                           {"active_state", {{"version_info", t->version}, {"listener", toJson(any)}}}});
  if (auto* t = held(tu::kRouteConfiguration))
    for (const auto& [name, any] : t->resources)
      routes.push_back({{"version_info", t->version}, {"route_config", toJson(any)}});
  if (auto* t = held(tu::kClusterLoadAssignment))
    for (const auto& [name, any] : t->resources)
      endpoints.push_back({{"version_info", t->version}, {"endpoint_config", toJson(any)}});
  if (auto* t = held(tu::kSecret))
    for (const auto& [name, any] : t->resources)
      secrets.push_back({{"name", name}, {"version_info", t->version},
                         {"secret", {{"@type", std::string(tu::kSecret)}, {"name", name}}}});
  auto version = [&](std::string_view type) {
    auto* t = held(type);
    return t ? t->version : std::string();
  };
  return json{{"configs",
               {{{"@type", "type.googleapis.com/envoy.admin.v3.BootstrapConfigDump"}},
                {{"@type", "type.googleapis.com/envoy.admin.v3.ClustersConfigDump"},
                 {"version_info", version(tu::kCluster)},
                 {"dynamic_active_clusters", clusters}},
                {{"@type", "type.googleapis.com/envoy.admin.v3.ListenersConfigDump"},
                 {"version_info", version(tu::kListener)},
                 {"dynamic_listeners", listeners}},
                {{"@type", "type.googleapis.com/envoy.admin.v3.RoutesConfigDump"},
                 {"dynamic_route_configs", routes}},
                {{"@type", "type.googleapis.com/envoy.admin.v3.SecretsConfigDump"},
                 {"dynamic_active_secrets", secrets}},
                {{"@type", "type.googleapis.com/envoy.admin.v3.EndpointsConfigDump"},
                 {"dynamic_endpoint_configs", endpoints}}}}};
}

}  // namespace

int main(int argc, char** argv) {
  std::string bootstrapPath;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "-c") bootstrapPath = argv[i + 1];
  if (bootstrapPath.empty()) {
    std::cerr << "fake envoy: no -c <bootstrap>\n";
    return 1;
  }
  YAML::Node bootstrap;
  try {
    bootstrap = YAML::LoadFile(bootstrapPath);
  } catch (const std::exception& e) {
    std::cerr << "fake envoy: " << bootstrapPath << ": " << e.what() << "\n";
    return 1;
  }
  meshdesk::lab::LabNode node;
  node.id = bootstrap["node"]["id"].as<std::string>();
  node.cluster = bootstrap["node"]["cluster"].as<std::string>("");
  node.userAgent = "envoy";
  const int adminPort = bootstrap["admin"]["address"]["socket_address"]["port_value"].as<int>();
  const auto xds = bootstrap["static_resources"]["clusters"][0]["load_assignment"]["endpoints"][0]
                            ["lb_endpoints"][0]["endpoint"]["address"]["socket_address"];
  const std::string xdsAddress = xds["address"].as<std::string>() + ":" + xds["port_value"].as<std::string>();
  const char* driftEnv = std::getenv("FAKE_ENVOY_DRIFT");
  const std::string drift = driftEnv ? driftEnv : "";

  // Signals are taken by sigwait below, in this thread only.
  sigset_t stopSignals;
  sigemptyset(&stopSignals);
  sigaddset(&stopSignals, SIGTERM);
  sigaddset(&stopSignals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

  std::cout << "[info][main] fake envoy starting: node " << node.id << ", admin 127.0.0.1:"
            << adminPort << ", ADS " << xdsAddress << std::endl;
  meshdesk::lab::TimerQueue timers;
  auto proxy = meshdesk::lab::SimulatedProxy::create(xdsAddress, node, {}, timers);
  proxy->start();

  httplib::Server admin;
  admin.Get("/config_dump", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(configDump(proxy->status(true), drift).dump(2), "application/json");
  });
  admin.Get("/ready", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("LIVE\n", "text/plain");
  });
  std::thread serving([&] {
    if (!admin.listen("127.0.0.1", adminPort))
      std::cout << "[critical][main] cannot listen on admin port " << adminPort << std::endl;
  });
  int signal = 0;
  sigwait(&stopSignals, &signal);
  std::cout << "[warning][main] caught signal " << signal << ", shutting down" << std::endl;
  admin.stop();
  serving.join();
  proxy->stop();
  proxy->waitStopped(std::chrono::seconds(3));
  std::cout << "[info][main] exiting" << std::endl;
  return 0;
}
