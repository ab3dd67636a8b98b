#include "admin/admin_server.h"

#include <httplib.h>

namespace meshdesk::admin {

struct AdminServer::Impl {
  httplib::Server http;
};

namespace {
void reply(httplib::Response& res, const HttpReply& r) {
  res.status = r.status;
  res.set_content(r.body, r.contentType.c_str());
}

HttpRequest toRequest(const httplib::Request& req) {
  HttpRequest out{req.path, req.body, {}};
  for (const auto& [k, v] : req.params) out.params.emplace(k, v);
  return out;
}
}  // namespace

AdminServer::AdminServer(fleet::FleetRegistry& fleet, const xds::XdsServer& xds)
    : impl_(std::make_unique<Impl>()) {
  auto& http = impl_->http;
  http.Get("/healthz", [&xds](const httplib::Request&, httplib::Response& res) {
    bool up = xds.running();
    res.status = up ? 200 : 503;
    res.set_content(up ? "ok\n" : "xds server not running\n", "text/plain");
  });
  http.Get("/metrics", [&fleet, &xds](const httplib::Request&, httplib::Response& res) {
    res.set_content(metricsText(fleet, xds.stats()), "text/plain; version=0.0.4");
  });
  http.Get("/proxies", [&fleet](const httplib::Request&, httplib::Response& res) {
    res.set_content(proxiesJson(fleet.proxies()), "application/json");
  });
  http.Get(R"(/proxies/(\d+))", [&fleet](const httplib::Request& req, httplib::Response& res) {
    auto proxy = fleet.proxy(std::stoull(req.matches[1].str()));
    if (!proxy) {
      res.status = 404;
      res.set_content("{\"error\": \"no such proxy\"}", "application/json");
      return;
    }
    res.set_content(proxyJson(*proxy), "application/json");
  });
}

AdminServer::~AdminServer() { stop(); }

void AdminServer::get(const std::string& pattern, Handler handler) {
  impl_->http.Get(pattern, [h = std::move(handler)](const httplib::Request& req,
                                                    httplib::Response& res) {
    reply(res, h(toRequest(req)));
  });
}

void AdminServer::post(const std::string& pattern, Handler handler) {
  impl_->http.Post(pattern, [h = std::move(handler)](const httplib::Request& req,
                                                     httplib::Response& res) {
    reply(res, h(toRequest(req)));
  });
}

std::string HttpRequest::param(const std::string& name, const std::string& fallback) const {
  auto it = params.find(name);
  return it == params.end() ? fallback : it->second;
}

bool AdminServer::start(const std::string& address, std::string* error) {
  auto colon = address.rfind(':');
  if (colon == std::string::npos) {
    if (error) *error = "admin address must be host:port, not " + address;
    return false;
  }
  std::string host = address.substr(0, colon);
  int port = std::atoi(address.c_str() + colon + 1);
  auto& http = impl_->http;
  port_ = port == 0 ? http.bind_to_any_port(host) : (http.bind_to_port(host, port) ? port : -1);
  if (port_ <= 0) {
    if (error) *error = "cannot listen on " + address;
    port_ = 0;
    return false;
  }
  address_ = host + ":" + std::to_string(port_);
  thread_ = std::thread([this] { impl_->http.listen_after_bind(); });
  return true;
}

void AdminServer::stop() {
  if (thread_.joinable()) {
    impl_->http.stop();
    thread_.join();
  }
}

}  // namespace meshdesk::admin
