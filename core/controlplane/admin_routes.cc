// The control plane's own admin endpoints: versions, their content and diffs, the findings of
// the last publish, and rollback.

#include <nlohmann/json.hpp>

#include <ctime>

#include "admin/admin_server.h"
#include "controlplane/control_plane.h"
#include "controlplane/version_diff.h"
#include "routing/route_evaluator.h"

namespace meshdesk::controlplane {

namespace {
using nlohmann::json;

std::string isoTime(std::chrono::system_clock::time_point t) {
  std::time_t tt = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

json versionJson(const history::VersionInfo& v) {
  json out = {{"sequence", v.sequence}, {"content_hash", v.contentHash},
              {"time", isoTime(v.time)}, {"author", v.author},
              {"message", v.message}, {"commit", v.commit}};
  if (v.rollbackOf) out["rollback_of"] = *v.rollbackOf;
  return out;
}

json outcomeJson(const PublishOutcome& o) {
  json problems = json::array();
  for (const auto& p : o.problems)
    problems.push_back({{"severity", p.severity == Problem::Severity::Error ? "error" : "warning"},
                        {"file", p.file}, {"line", p.line}, {"column", p.column},
                        {"resource", p.resource}, {"path", p.path}, {"rule", p.rule},
                        {"message", p.message}, {"text", p.toString()}});
  json out = {{"summary", o.summary()}, {"ok", o.ok()}, {"problems", problems}};
  if (o.version) out["live"] = versionJson(*o.version);
  return out;
}

admin::HttpReply jsonReply(const json& body, int status = 200) {
  return {status, body.dump(2) + "\n", "application/json"};
}

int number(const std::string& path, std::size_t index) {
  // Paths are matched by the admin server's patterns; pick the index-th number in them.
  std::size_t found = 0;
  for (std::size_t i = 0; i < path.size();) {
    if (std::isdigit(static_cast<unsigned char>(path[i]))) {
      std::size_t j = i;
      while (j < path.size() && std::isdigit(static_cast<unsigned char>(path[j]))) ++j;
      if (found++ == index) return std::stoi(path.substr(i, j - i));
      i = j;
    } else {
      ++i;
    }
  }
  return 0;
}
}  // namespace

void ControlPlane::addAdminRoutes() {
  auto& http = *admin_;
  http.get("/status", [this](const admin::HttpRequest&) {
    json out = {{"xds", xds_->address()}, {"proxies", fleet_.size()},
                {"workspace", options_.workspacePath}, {"last_publish", outcomeJson(lastOutcome())}};
    if (auto live = liveVersion()) out["live"] = versionJson(*live);
    return jsonReply(out);
  });
  http.get("/versions", [this](const admin::HttpRequest&) {
    json out = json::array();
    for (const auto& v : versions()) out.push_back(versionJson(v));
    return jsonReply(out);
  });
  http.get(R"(/versions/(\d+))", [this](const admin::HttpRequest& request) {
    auto content = history_ ? history_->content(number(request.path, 0)) : std::nullopt;
    if (!content) return jsonReply({{"error", "no such version"}}, 404);
    return admin::HttpReply{200, *content, "application/yaml"};
  });
  http.get(R"(/diff/(\d+)/(\d+))", [this](const admin::HttpRequest& request) {
    auto text = diff(number(request.path, 0), number(request.path, 1));
    if (!text) return jsonReply({{"error", "no such version"}}, 404);
    return admin::HttpReply{200, *text, "text/x-diff"};
  });
  http.get("/findings", [this](const admin::HttpRequest&) {
    return jsonReply(outcomeJson(lastOutcome()));
  });
  // Where a request would go on the live version: /route?host=api.lab&path=/v1&model=gpt-4o
  // (&method=, &listener=, &header=name:value, repeatable).
  http.get("/route", [this](const admin::HttpRequest& request) {
    auto served = liveServedWorkspace();
    if (!served) return jsonReply({{"error", "nothing is live"}}, 409);
    routing::TestRequest test;
    test.listener = request.param("listener");
    test.host = request.param("host");
    test.method = request.param("method", "GET");
    test.path = request.param("path", "/");
    test.bodyModel = request.param("model");
    auto headers = request.params.equal_range("header");
    for (auto it = headers.first; it != headers.second; ++it) {
      auto colon = it->second.find(':');
      if (colon != std::string::npos)
        test.headers.emplace_back(it->second.substr(0, colon), it->second.substr(colon + 1));
    }
    auto decision = routing::RouteEvaluator(*served).evaluate(test);
    json clusters = json::array();
    for (const auto& c : decision.clusters)
      clusters.push_back({{"name", c.name}, {"weight", c.weight}, {"in_workspace", c.inWorkspace}});
    return jsonReply({{"matched", decision.matched},
                      {"listener", decision.listener},
                      {"route_configuration", decision.routeConfiguration},
                      {"virtual_host", decision.virtualHost},
                      {"route_index", decision.routeIndex},
                      {"route_name", decision.routeName},
                      {"action", routing::actionKindName(decision.action)},
                      {"clusters", clusters},
                      {"caveats", decision.caveats},
                      {"trace", decision.trace}});
  });
  http.post(R"(/rollback/(\d+))", [this](const admin::HttpRequest& request) {
    auto outcome = rollback(number(request.path, 0), request.body);
    return jsonReply(outcomeJson(outcome), outcome.ok() ? 200 : 409);
  });
  http.post("/publish", [this](const admin::HttpRequest& request) {
    auto outcome = publishFile(request.body);
    return jsonReply(outcomeJson(outcome), outcome.ok() ? 200 : 409);
  });
}

std::optional<std::string> ControlPlane::diff(int from, int to) const {
  if (!history_) return std::nullopt;
  auto a = history_->content(from);
  auto b = history_->content(to);
  if (!a || !b) return std::nullopt;
  return diffWorkspaces(*a, "v" + std::to_string(from), *b, "v" + std::to_string(to));
}

}  // namespace meshdesk::controlplane
