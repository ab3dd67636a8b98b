#pragma once
// The admin HTTP endpoint of the control plane (127.0.0.1 by default): health, Prometheus
// metrics, and JSON views of the fleet. Other boxes add their own routes (versions, diffs,
// rollback) through get() and post().

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <thread>

#include "fleet/fleet_registry.h"
#include "xds/xds_server.h"

namespace meshdesk::admin {

struct HttpReply {
  int status = 200;
  std::string body;
  std::string contentType = "application/json";
};

struct HttpRequest {
  std::string path;
  std::string body;
  std::multimap<std::string, std::string> params;  // the query string, decoded

  std::string param(const std::string& name, const std::string& fallback = {}) const;
};

class AdminServer {
 public:
  using Handler = std::function<HttpReply(const HttpRequest& request)>;

  AdminServer(fleet::FleetRegistry& fleet, const xds::XdsServer& xds);
  ~AdminServer();

  // `pattern` is a regular expression over the path, e.g. R"(/versions/(\d+))".
  void get(const std::string& pattern, Handler handler);
  void post(const std::string& pattern, Handler handler);

  // Binds host:port (port 0 picks one) and serves on its own thread.
  bool start(const std::string& address, std::string* error = nullptr);
  void stop();
  int port() const { return port_; }
  std::string address() const { return address_; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::thread thread_;
  int port_ = 0;
  std::string address_;
};

// The fleet as JSON, as served under /proxies.
std::string proxiesJson(const std::vector<fleet::ProxyState>& proxies);
std::string proxyJson(const fleet::ProxyState& proxy);
// Prometheus exposition text of the fleet and server counters.
std::string metricsText(const fleet::FleetRegistry& fleet, const xds::ServerStats& stats);

}  // namespace meshdesk::admin
