#include "routing/listener_entry.h"

#include <functional>

#include "routing/request_view.h"
#include "routing/string_match.h"

namespace meshdesk::routing {

namespace {

constexpr const char* kHcmType =
    "envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager";

bool isHcm(const google::protobuf::Any& any) {
  const std::string& url = any.type_url();
  return url.substr(url.rfind('/') + 1) == kHcmType;
}

void attachHcm(ChainEntry& chain, const google::protobuf::Any& any, const std::string& where,
               const workspace::Workspace& workspace, std::vector<std::string>& problems) {
  auto hcm = std::make_shared<HttpConnectionManager>();
  if (!any.UnpackTo(hcm.get())) {
    problems.push_back(where + ": the HTTP connection manager could not be decoded");
    return;
  }
  if (hcm->has_rds()) {
    chain.rdsName = hcm->rds().route_config_name();
  } else if (hcm->has_route_config()) {
    chain.inlineTable = RouteTable::compile(hcm->route_config(), where + " inline route_config");
    for (const auto& p : chain.inlineTable->problems()) problems.push_back(p);
  } else if (hcm->has_scoped_routes()) {
    chain.scopedRoutes = true;
  }
  chain.effects = FilterEffects::analyze(*hcm, workspace);
  chain.hcm = std::move(hcm);
}

ChainEntry indexChain(const envoy::config::listener::v3::FilterChain& fc, std::string label,
                      const std::string& listenerLabel, const workspace::Workspace& workspace,
                      std::vector<std::string>& problems) {
  ChainEntry chain;
  chain.label = std::move(label);
  chain.match = fc.filter_chain_match();
  const std::string where = listenerLabel + " > " + chain.label;
  for (const auto& filter : fc.filters()) {
    chain.networkFilters += (chain.networkFilters.empty() ? "" : ", ") + filter.name();
    const google::protobuf::Any* typed = nullptr;
    if (filter.has_typed_config()) {
      typed = &filter.typed_config();
    } else if (filter.has_config_discovery()) {
      if (const auto* item = workspace.find(workspace::Kind::kExtensionConfig, filter.name())) {
        const auto* f = item->message().GetDescriptor()->FindFieldByName("typed_config");
        typed = dynamic_cast<const google::protobuf::Any*>(
            &item->message().GetReflection()->GetMessage(item->message(), f));
      }
    }
    if (typed && isHcm(*typed) && !chain.hcm) attachHcm(chain, *typed, where, workspace, problems);
  }
  return chain;
}

using Chains = std::vector<const ChainEntry*>;

// Envoy narrows chain candidates criterion by criterion: the chains that match the value
// exactly if there are any, else the chains that leave the criterion unset.
Chains narrow(const Chains& in, const std::function<bool(const ChainEntry&)>& exact,
              const std::function<bool(const ChainEntry&)>& unset) {
  Chains hit, fallback;
  for (const auto* c : in) {
    if (exact(*c)) hit.push_back(c);
    else if (unset(*c)) fallback.push_back(c);
  }
  return hit.empty() ? fallback : hit;
}

std::string labels(const Chains& chains) {
  std::string out;
  for (const auto* c : chains) out += (out.empty() ? "" : ", ") + c->label;
  return out.empty() ? "none" : out;
}

}  // namespace

bool ListenerEntry::servesHttp() const {
  for (const auto& c : chains)
    if (c.hcm) return true;
  return defaultChain && defaultChain->hcm;
}

ListenerEntry ListenerEntry::index(const envoy::config::listener::v3::Listener& listener,
                                   const workspace::Workspace& workspace,
                                   std::vector<std::string>& problems, int line) {
  ListenerEntry entry;
  entry.name = listener.name();
  std::string label = "listener '" + entry.name + "'";
  if (line > 0) label += " (line " + std::to_string(line) + ")";
  if (listener.address().has_socket_address())
    entry.port = listener.address().socket_address().port_value();
  if (listener.has_api_listener()) {
    entry.apiListener = true;
    ChainEntry chain;
    chain.label = "api_listener";
    const auto& any = listener.api_listener().api_listener();
    if (isHcm(any)) {
      attachHcm(chain, any, label + " > api_listener", workspace, problems);
    } else {
      problems.push_back(label + ": its api_listener holds " + any.type_url() +
                         ", not an HTTP connection manager");
    }
    entry.chains.push_back(std::move(chain));
    return entry;
  }
  for (int i = 0; i < listener.filter_chains_size(); ++i) {
    const auto& fc = listener.filter_chains(i);
    std::string chainLabel =
        fc.name().empty() ? "filter_chains[" + std::to_string(i) + "]" : fc.name();
    entry.chains.push_back(indexChain(fc, chainLabel, label, workspace, problems));
  }
  if (listener.has_default_filter_chain())
    entry.defaultChain = indexChain(listener.default_filter_chain(), "default_filter_chain",
                                    label, workspace, problems);
  entry.usesFilterChainMatcher = listener.has_filter_chain_matcher();
  return entry;
}

const ChainEntry* ListenerEntry::selectChain(const std::string& host,
                                             std::vector<std::string>& trace) const {
  const std::string prefix = "listener '" + name + "': ";
  if (apiListener) return &chains.front();
  auto fallBack = [&](const std::string& why) -> const ChainEntry* {
    if (defaultChain) {
      trace.push_back(prefix + why + "; the default_filter_chain takes the connection");
      return &*defaultChain;
    }
    trace.push_back(prefix + why + " and there is no default_filter_chain: Envoy closes the "
                                   "connection");
    return nullptr;
  };
  if (usesFilterChainMatcher) {
    // The matcher tree would pick by name; without evaluating it, the only honest choices are
    // a single HTTP chain or the default chain.
    const ChainEntry* only = nullptr;
    int http = 0;
    for (const auto& c : chains)
      if (c.hcm) {
        ++http;
        only = &c;
      }
    if (http == 1) {
      trace.push_back(prefix + "filter_chain_matcher is not evaluated; " + only->label +
                      " is its only HTTP chain");
      return only;
    }
    return fallBack("filter_chain_matcher is not evaluated");
  }
  if (chains.empty()) return fallBack("no filter_chains");

  Chains candidates;
  for (const auto& c : chains) candidates.push_back(&c);
  if (chains.size() == 1) {
    const auto& m = chains.front().match;
    if (m.ByteSizeLong() == 0) {
      trace.push_back(prefix + chains.front().label + " is its only filter chain");
      return &chains.front();
    }
  }

  candidates = narrow(
      candidates,
      [&](const ChainEntry& c) {
        return c.match.has_destination_port() && c.match.destination_port().value() == port;
      },
      [](const ChainEntry& c) { return !c.match.has_destination_port(); });
  trace.push_back(prefix + "destination port " + std::to_string(port) + " (the listener's) -> " +
                  labels(candidates));

  std::string sni = lowerAscii(host);
  if (std::size_t p = hostPortStart(sni); p != std::string::npos) sni.resize(p);
  bool sniMatched = false;
  {
    Chains exact, fallback;
    std::size_t bestWildcard = 0;
    Chains wildcard;
    for (const auto* c : candidates) {
      if (c->match.server_names().empty()) {
        fallback.push_back(c);
        continue;
      }
      for (const auto& written : c->match.server_names()) {
        std::string n = lowerAscii(written);
        if (n == sni) {
          exact.push_back(c);
          break;
        }
        if (n.size() > 2 && n.substr(0, 2) == "*." && sni.size() > n.size() - 1 &&
            sni.substr(sni.size() - (n.size() - 1)) == n.substr(1)) {
          if (n.size() > bestWildcard) {
            bestWildcard = n.size();
            wildcard.clear();
          }
          if (n.size() == bestWildcard) wildcard.push_back(c);
        }
      }
    }
    sniMatched = !exact.empty() || !wildcard.empty();
    candidates = !exact.empty() ? exact : !wildcard.empty() ? wildcard : fallback;
    trace.push_back(prefix + "server name '" + sni + "' (SNI taken to be the host) -> " +
                    labels(candidates));
  }

  // A chain chosen by server name is a TLS chain; otherwise the test request is plaintext.
  const std::string transport = sniMatched ? "tls" : "raw_buffer";
  candidates = narrow(
      candidates, [&](const ChainEntry& c) { return c.match.transport_protocol() == transport; },
      [](const ChainEntry& c) { return c.match.transport_protocol().empty(); });
  trace.push_back(prefix + "transport protocol '" + transport + "' (assumed) -> " +
                  labels(candidates));

  std::string ignored;
  for (const auto* c : candidates) {
    const auto& m = c->match;
    auto add = [&](bool set, const char* what) {
      if (set && ignored.find(what) == std::string::npos)
        ignored += (ignored.empty() ? "" : ", ") + std::string(what);
    };
    add(!m.prefix_ranges().empty() || !m.address_suffix().empty(), "destination address");
    add(!m.application_protocols().empty(), "application_protocols");
    add(!m.direct_source_prefix_ranges().empty() || !m.source_prefix_ranges().empty() ||
            m.source_type() != 0 || !m.source_ports().empty(),
        "source");
  }
  if (!ignored.empty())
    trace.push_back(prefix + "not evaluated (a test request does not say): " + ignored);

  if (candidates.empty()) return fallBack("no filter chain matches");
  if (candidates.size() > 1)
    trace.push_back(prefix + std::to_string(candidates.size()) +
                    " chains are equally specific (Envoy rejects overlapping chains); the first "
                    "is taken");
  trace.push_back(prefix + "takes filter chain " + candidates.front()->label);
  return candidates.front();
}

}  // namespace meshdesk::routing
