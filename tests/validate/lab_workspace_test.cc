// No false positives: the lab workspace and realistic configurations (Envoy's own documentation
// examples, as people copy them) give no finding at all.
#include <fstream>
#include <sstream>

#include "validate_test_support.h"

namespace meshdesk::validate {
namespace {

using testing::check;
using testing::listAll;

TEST(LabWorkspace, HasNoFindings) {
  std::filesystem::path file = std::filesystem::path(MESHDESK_SOURCE_DIR) / "resources/lab/workspace.yaml";
  if (!std::filesystem::exists(file)) GTEST_SKIP() << file << " is not there yet";
  CheckedWorkspace checked = checkWorkspaceFile(file);
  EXPECT_GT(checked.loaded.workspace.itemCount(), 0u);
  EXPECT_TRUE(checked.findings.empty()) << listAll(checked.findings);
}

// As Envoy's documentation and typical deployments write configuration: DNS clusters with TLS,
// many filter types (compiled and not), redirects, rewrites, retries, hashing, HTTP/2 upstreams,
// a TLS listener with SDS certificates, a TCP proxy, an ECDS filter config.
constexpr const char* kRealistic = R"(listeners:
- name: listener_0
  address:
    socket_address: {address: 0.0.0.0, port_value: 10000}
  filter_chains:
  - filters:
    - name: envoy.filters.network.http_connection_manager
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
        stat_prefix: ingress_http
        codec_type: AUTO
        access_log:
        - name: envoy.access_loggers.stdout
          typed_config:
            "@type": type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog
        route_config:
          name: local_route
          virtual_hosts:
          - name: local_service
            domains: ["*"]
            routes:
            - match: {prefix: "/old"}
              redirect: {path_redirect: "/new", response_code: PERMANENT_REDIRECT}
            - match: {path: "/ping"}
              direct_response: {status: 200, body: {inline_string: pong}}
            - match:
                safe_regex: {regex: "^/users/[0-9]+$"}
              route:
                cluster: service_envoyproxy_io
                regex_rewrite:
                  pattern: {regex: "^/users/([0-9]+)$"}
                  substitution: '/u/\1'
            - match: {prefix: "/api/"}
              route:
                cluster: backend
                prefix_rewrite: "/"
                timeout: 3s
                hash_policy:
                - header: {header_name: x-user}
                retry_policy:
                  retry_on: "5xx,reset"
                  num_retries: 2
                  per_try_timeout: 1s
            - match: {prefix: "/"}
              route:
                host_rewrite_literal: www.envoyproxy.io
                cluster: service_envoyproxy_io
        http_filters:
        - name: envoy.filters.http.cors
          typed_config:
            "@type": type.googleapis.com/envoy.extensions.filters.http.cors.v3.Cors
        - name: envoy.filters.http.local_ratelimit
          typed_config:
            "@type": type.googleapis.com/envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit
            stat_prefix: http_local_rate_limiter
            token_bucket: {max_tokens: 100, tokens_per_fill: 100, fill_interval: 1s}
        - name: envoy.filters.http.lua
          typed_config:
            "@type": type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua
            default_source_code:
              inline_string: |
                function envoy_on_response(handle)
                  handle:headers():add("x-lua", "1")
                end
        - name: envoy.filters.http.router
          typed_config:
            "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
- name: https
  address:
    socket_address: {address: "::", port_value: 10443, ipv4_compat: true}
  listener_filters:
  - name: envoy.filters.listener.tls_inspector
    typed_config:
      "@type": type.googleapis.com/envoy.extensions.filters.listener.tls_inspector.v3.TlsInspector
  filter_chains:
  - filter_chain_match: {server_names: [www.example.com]}
    transport_socket:
      name: envoy.transport_sockets.tls
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.DownstreamTlsContext
        common_tls_context:
          tls_certificate_sds_secret_configs:
          - name: www-cert
            sds_config: {ads: {}, resource_api_version: V3}
    filters:
    - name: envoy.filters.network.http_connection_manager
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
        stat_prefix: https
        rds:
          route_config_name: www
          config_source: {ads: {}, resource_api_version: V3}
        http_filters:
        - name: envoy.filters.http.router
          typed_config:
            "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
  - filter_chain_match: {server_names: [db.example.com]}
    filters:
    - name: envoy.filters.network.tcp_proxy
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy
        stat_prefix: db
        cluster: backend
        idle_timeout: 600s
routes:
- name: www
  virtual_hosts:
  - name: www
    domains: [www.example.com, "www.example.com:*"]
    routes:
    - match: {prefix: /static/}
      route: {cluster: backend, timeout: 0s}
    - match: {prefix: /}
      route: {cluster: backend}
clusters:
- name: service_envoyproxy_io
  type: LOGICAL_DNS
  dns_lookup_family: V4_ONLY
  connect_timeout: 5s
  load_assignment:
    cluster_name: service_envoyproxy_io
    endpoints:
    - lb_endpoints:
      - endpoint:
          address:
            socket_address: {address: www.envoyproxy.io, port_value: 443}
  transport_socket:
    name: envoy.transport_sockets.tls
    typed_config:
      "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext
      sni: www.envoyproxy.io
- name: backend
  type: EDS
  eds_cluster_config:
    eds_config: {ads: {}, resource_api_version: V3}
  connect_timeout: 0.25s
  lb_policy: RING_HASH
  typed_extension_protocol_options:
    envoy.extensions.upstreams.http.v3.HttpProtocolOptions:
      "@type": type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions
      explicit_http_config:
        http2_protocol_options: {max_concurrent_streams: 100}
  outlier_detection: {consecutive_5xx: 5, interval: 10s, base_ejection_time: 30s}
  circuit_breakers:
    thresholds:
    - {priority: DEFAULT, max_connections: 1000, max_requests: 1000}
  health_checks:
  - timeout: 1s
    interval: 10s
    unhealthy_threshold: 3
    healthy_threshold: 1
    grpc_health_check: {service_name: backend}
endpoints:
- cluster_name: backend
  endpoints:
  - locality: {region: eu-west-1, zone: eu-west-1a}
    lb_endpoints:
    - endpoint:
        address:
          socket_address: {address: 10.1.0.10, port_value: 8443}
      load_balancing_weight: 3
    - endpoint:
        address:
          socket_address: {address: "fd00::12", port_value: 8443}
  policy:
    overprovisioning_factor: 140
secrets:
- name: www-cert
  tls_certificate:
    certificate_chain: {filename: /etc/envoy/www.crt}
    private_key: {filename: /etc/envoy/www.key}
extension_configs:
- name: cors
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.filters.http.cors.v3.Cors
runtimes:
- name: layer
  layer: {health_check.min_interval: 10}
)";

TEST(RealisticConfigs, HaveNoFindings) {
  auto findings = check(kRealistic);
  EXPECT_TRUE(findings.empty()) << listAll(findings);
}

}  // namespace
}  // namespace meshdesk::validate
