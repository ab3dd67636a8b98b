#pragma once
// Workspaces for the routing tests come from YAML through the real workspace parser.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "routing/route_decision.h"
#include "workspace/workspace.h"

namespace meshdesk::routing::testing {

inline std::string errorsOf(const workspace::LoadResult& result) {
  std::string out;
  for (const auto& e : result.errors) out += e.toString() + "\n";
  return out;
}

inline workspace::Workspace parseWorkspace(std::string_view yaml) {
  workspace::LoadResult result = workspace::Workspace::parse(yaml, "test.yaml");
  EXPECT_TRUE(result.ok()) << errorsOf(result);
  return std::move(result.workspace);
}

inline workspace::Workspace loadWorkspace(const std::string& dataFile) {
  workspace::LoadResult result = workspace::Workspace::load(
      std::string(MESHDESK_SOURCE_DIR) + "/tests/routing/data/" + dataFile);
  EXPECT_TRUE(result.ok()) << errorsOf(result);
  return std::move(result.workspace);
}

// A workspace with one listener "l" on port 10000 whose connection manager takes route
// configuration "r" by RDS: one virtual host "vh" for every domain, with `routes` (a YAML list
// written from column 0). `hcmExtra` adds connection manager fields (written from column 0).
inline std::string oneVirtualHost(std::string_view routes, std::string_view hcmExtra = {}) {
  auto indent = [](std::string_view text, std::string_view by) {
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(start, end - start);
      if (!line.empty()) out.append(by).append(line);
      out += "\n";
      start = end + 1;
    }
    return out;
  };
  std::string yaml = R"(
listeners:
- name: l
  address: {socket_address: {address: 127.0.0.1, port_value: 10000}}
  filter_chains:
  - filters:
    - name: envoy.filters.network.http_connection_manager
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
        stat_prefix: l
        rds: {route_config_name: r, config_source: {ads: {}, resource_api_version: V3}}
)";
  yaml += indent(hcmExtra, "        ");
  yaml += R"(routes:
- name: r
  virtual_hosts:
  - name: vh
    domains: ["*"]
    routes:
)";
  yaml += indent(routes, "    ");
  return yaml;
}

// The trace has a line containing `text`.
inline bool traceHas(const RouteDecision& d, std::string_view text) {
  for (const auto& line : d.trace)
    if (line.find(text) != std::string::npos) return true;
  return false;
}

inline bool caveatHas(const RouteDecision& d, std::string_view text) {
  for (const auto& line : d.caveats)
    if (line.find(text) != std::string::npos) return true;
  return false;
}

}  // namespace meshdesk::routing::testing
