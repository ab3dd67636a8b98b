// Sockets and addresses as Envoy binds and parses them: two listeners on one socket, two filter
// chains for the same connections, a listener with nothing to run, and addresses Envoy parses
// as IP literals that are not.
#include <arpa/inet.h>

#include <map>

#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "validate/cross_checks.h"
#include "validate/known_formats.h"
#include "validate/value_rules.h"

namespace meshdesk::validate {

namespace {

using envoy::config::cluster::v3::Cluster;
using envoy::config::core::v3::Address;
using envoy::config::core::v3::SocketAddress;
using envoy::config::endpoint::v3::ClusterLoadAssignment;
using envoy::config::listener::v3::Listener;
using workspace::Kind;

// The address in one spelling ("0:0::1" and "::1" are one socket).
std::string canonicalIp(const std::string& text) {
  unsigned char bytes[16];
  char out[INET6_ADDRSTRLEN];
  if (inet_pton(AF_INET, text.c_str(), bytes) == 1 && inet_ntop(AF_INET, bytes, out, sizeof out))
    return out;
  if (inet_pton(AF_INET6, text.c_str(), bytes) == 1 && inet_ntop(AF_INET6, bytes, out, sizeof out))
    return out;
  return text;
}

std::string showSocket(const SocketAddress& a) {
  std::string ip = canonicalIp(a.address());
  bool v6 = ip.find(':') != std::string::npos;
  return (v6 ? "[" + ip + "]" : ip) + ":" + std::to_string(a.port_value()) +
         (a.protocol() == SocketAddress::UDP ? " (UDP)" : " (TCP)");
}

struct Bound {
  std::string listener;
  std::string path;
};

void addressClashes(const WorkspaceView& view, std::vector<Finding>& out) {
  std::map<std::string, Bound> bound;  // protocol/ip/port -> first listener there
  for (const auto& item : view.workspace().items(Kind::kListener)) {
    const auto& listener = item.as<Listener>();
    // A listener that does not bind (it gets connections handed over) clashes with nothing.
    if (listener.has_bind_to_port() && !listener.bind_to_port().value()) continue;
    auto consider = [&](const Address& address, const std::string& path) {
      if (!address.has_socket_address()) return;
      const SocketAddress& socket = address.socket_address();
      if (socket.port_specifier_case() != SocketAddress::kPortValue || socket.port_value() == 0)
        return;  // port 0: the kernel picks one each time
      std::string key = std::to_string(socket.protocol()) + "/" + canonicalIp(socket.address()) +
                        "/" + std::to_string(socket.port_value());
      auto [it, inserted] = bound.try_emplace(key, Bound{listener.name(), path});
      if (inserted) return;
      std::string other = it->second.listener == listener.name()
                              ? "this listener's " + it->second.path
                              : "listener '" + it->second.listener + "'";
      out.push_back(findingAt(Severity::kError, "listener.address_clash", Kind::kListener,
                              listener.name(), path + ".socket_address",
                              showSocket(socket) + " is already the address of " + other +
                                  "; Envoy rejects a second listener on the same socket"));
    };
    if (listener.has_address()) consider(listener.address(), "address");
    for (int i = 0; i < listener.additional_addresses_size(); ++i)
      consider(listener.additional_addresses(i).address(),
               "additional_addresses[" + std::to_string(i) + "].address");
  }
}

std::string deterministic(const google::protobuf::Message& message) {
  std::string bytes;
  google::protobuf::io::StringOutputStream stream(&bytes);
  google::protobuf::io::CodedOutputStream coded(&stream);
  coded.SetSerializationDeterministic(true);
  message.SerializeToCodedStream(&coded);
  coded.Trim();
  return bytes;
}

void filterChains(const Listener& listener, std::vector<Finding>& out) {
  if (listener.has_api_listener()) return;
  bool stream = !listener.has_address() || !listener.address().has_socket_address() ||
                listener.address().socket_address().protocol() == SocketAddress::TCP;
  if (listener.filter_chains_size() == 0 && !listener.has_default_filter_chain() &&
      listener.has_address() && listener.address().has_socket_address() && stream &&
      !listener.has_udp_listener_config()) {
    out.push_back(findingAt(Severity::kError, "listener.no_filter_chains", Kind::kListener,
                            listener.name(), "",
                            "a TCP listener needs filter_chains or a default_filter_chain; Envoy "
                            "rejects it with \"no filter chains specified\""));
  }
  // With a filter_chain_matcher the chains are picked by name, not by filter_chain_match.
  if (listener.has_filter_chain_matcher()) return;
  std::map<std::string, int> matches;
  for (int i = 0; i < listener.filter_chains_size(); ++i) {
    const auto& chain = listener.filter_chains(i);
    auto [it, inserted] = matches.try_emplace(deterministic(chain.filter_chain_match()), i);
    if (inserted) continue;
    std::string path = "filter_chains[" + std::to_string(i) + "]";
    out.push_back(findingAt(
        Severity::kError, "listener.duplicate_filter_chain_match", Kind::kListener, listener.name(),
        chain.has_filter_chain_match() ? path + ".filter_chain_match" : path,
        "the same filter_chain_match as filter_chains[" + std::to_string(it->second) +
            "]; Envoy rejects a listener with two chains for the same connections"));
  }
}

// Envoy parses these addresses as IP literals (no DNS) unless resolver_name names a resolver.
void ipLiteral(Kind kind, const std::string& resource, const Address& address,
               const std::string& path, const std::string& why, std::vector<Finding>& out) {
  if (!address.has_socket_address()) return;
  const SocketAddress& socket = address.socket_address();
  if (!socket.resolver_name().empty() || socket.address().empty()) return;
  if (known::isIp(socket.address())) return;
  out.push_back(findingAt(Severity::kError, "address.ip", kind, resource,
                          path + ".socket_address.address",
                          showText(socket.address()) + " is not an IP address; " + why));
}

void loadAssignment(Kind kind, const std::string& resource, const ClusterLoadAssignment& cla,
                    const std::string& prefix, const std::string& why, std::vector<Finding>& out) {
  for (int l = 0; l < cla.endpoints_size(); ++l) {
    const auto& locality = cla.endpoints(l);
    for (int e = 0; e < locality.lb_endpoints_size(); ++e) {
      const auto& lb = locality.lb_endpoints(e);
      if (!lb.has_endpoint()) continue;
      std::string path = prefix + "endpoints[" + std::to_string(l) + "].lb_endpoints[" +
                         std::to_string(e) + "].endpoint";
      ipLiteral(kind, resource, lb.endpoint().address(), path + ".address", why, out);
      for (int a = 0; a < lb.endpoint().additional_addresses_size(); ++a)
        ipLiteral(kind, resource, lb.endpoint().additional_addresses(a).address(),
                  path + ".additional_addresses[" + std::to_string(a) + "].address", why, out);
    }
  }
}

void addresses(const WorkspaceView& view, std::vector<Finding>& out) {
  for (const auto& item : view.workspace().items(Kind::kListener)) {
    const auto& listener = item.as<Listener>();
    const std::string why = "Envoy binds listeners to IP addresses only";
    if (listener.has_address()) ipLiteral(Kind::kListener, listener.name(), listener.address(), "address", why, out);
    for (int i = 0; i < listener.additional_addresses_size(); ++i)
      ipLiteral(Kind::kListener, listener.name(), listener.additional_addresses(i).address(),
                "additional_addresses[" + std::to_string(i) + "].address", why, out);
  }
  for (const auto& item : view.workspace().items(Kind::kCluster)) {
    const auto& cluster = item.as<Cluster>();
    bool isStatic = cluster.cluster_discovery_type_case() == Cluster::CLUSTER_DISCOVERY_TYPE_NOT_SET ||
                    (cluster.cluster_discovery_type_case() == Cluster::kType &&
                     cluster.type() == Cluster::STATIC);
    if (isStatic && cluster.has_load_assignment())
      loadAssignment(Kind::kCluster, cluster.name(), cluster.load_assignment(), "load_assignment.",
                     "a STATIC cluster takes IP addresses (use STRICT_DNS or LOGICAL_DNS for "
                     "host names); Envoy rejects it",
                     out);
  }
  for (const auto& item : view.workspace().items(Kind::kEndpoint)) {
    const auto& cla = item.as<ClusterLoadAssignment>();
    loadAssignment(Kind::kEndpoint, cla.cluster_name(), cla, "",
                   "EDS endpoints are IP addresses (a host name needs a STRICT_DNS or LOGICAL_DNS "
                   "cluster); Envoy rejects the assignment",
                   out);
  }
}

}  // namespace

void checkSockets(const WorkspaceView& view, std::vector<Finding>& out) {
  addressClashes(view, out);
  for (const auto& item : view.workspace().items(Kind::kListener)) filterChains(item.as<Listener>(), out);
  addresses(view, out);
}

}  // namespace meshdesk::validate
