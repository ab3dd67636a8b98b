#include "fleet/proxy_holdings.h"

#include <grpcpp/grpcpp.h>

#include <map>

#include "controlplane/version_diff.h"
#include "envoy/service/status/v3/csds.grpc.pb.h"
#include "workspace/workspace.h"

namespace meshdesk::app {

namespace {

std::optional<workspace::Kind> kindOfType(const std::string& typeUrl) {
  for (const auto& info : workspace::allKinds())
    if (typeUrl.size() > info.messageType.size() && typeUrl.ends_with(info.messageType) &&
        typeUrl[typeUrl.size() - info.messageType.size() - 1] == '/')
      return info.kind;
  return std::nullopt;
}

// The group's own name: a canary group is named after the group it stands in for.
std::string baseGroup(const std::string& group) {
  static const std::string prefix = "canary~";
  return group.rfind(prefix, 0) == 0 ? group.substr(prefix.size()) : group;
}

// Items of `kind` in `ws` that the node group `group` gets.
std::vector<workspace::Item> itemsFor(const workspace::Workspace& ws, workspace::Kind kind,
                                      const std::string& group) {
  const workspace::NodeGroup* g = ws.findNodeGroup(group);
  std::vector<workspace::Item> out;
  for (const auto& item : ws.items(kind))
    if (!g || g->includes(item)) out.push_back(item);
  return out;
}

}  // namespace

HoldingsDiff diffHoldings(const fleet::ProxyState& proxy, const VersionContent& contentOf,
                          const std::string& targetYaml, const std::string& targetLabel) {
  HoldingsDiff out;
  const std::string group = baseGroup(proxy.group);
  auto target = workspace::Workspace::parse(targetYaml, targetLabel);
  if (!target.ok()) {
    out.notes.push_back("the version it should hold (" + targetLabel + ") does not read back");
    return out;
  }
  std::map<std::string, std::optional<workspace::Workspace>> versions;
  auto version = [&](const std::string& label) -> const workspace::Workspace* {
    auto it = versions.find(label);
    if (it == versions.end()) {
      std::optional<workspace::Workspace> ws;
      if (auto text = contentOf(label)) {
        auto parsed = workspace::Workspace::parse(*text, label);
        if (parsed.ok()) ws = std::move(parsed.workspace);
      }
      it = versions.emplace(label, std::move(ws)).first;
    }
    return it->second ? &*it->second : nullptr;
  };

  workspace::Workspace held, should;
  for (const auto& [typeUrl, state] : proxy.types) {
    auto kind = kindOfType(typeUrl);
    if (!kind) continue;
    const std::string key(workspace::kindInfo(*kind).key);
    for (auto& item : itemsFor(target.workspace, *kind, group)) should.put(std::move(item));
    if (state.versionAcked.empty()) {
      out.heldVersions.push_back(key + ": nothing ACKed");
      continue;
    }
    out.heldVersions.push_back(key + ": " + state.versionAcked);
    const workspace::Workspace* ws = version(state.versionAcked);
    if (!ws) {
      out.notes.push_back("the content of version " + state.versionAcked + " (its " + key +
                          ") is not known: not in the history");
      continue;
    }
    for (auto& item : itemsFor(*ws, *kind, group)) held.put(std::move(item));
  }
  out.diff = controlplane::diffWorkspaces(held.toYaml(), "held", should.toYaml(), targetLabel);
  return out;
}

std::vector<ResourceStatusRow> fetchClientStatus(const std::string& address,
                                                 const std::string& nodeId, std::string* error) {
  using namespace envoy::service::status::v3;
  auto channel = grpc::CreateChannel(address, grpc::InsecureChannelCredentials());
  auto stub = ClientStatusDiscoveryService::NewStub(channel);
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(3));
  ClientStatusRequest request;
  request.add_node_matchers()->mutable_node_id()->set_exact(nodeId);
  ClientStatusResponse response;
  grpc::Status status = stub->FetchClientStatus(&context, request, &response);
  std::vector<ResourceStatusRow> rows;
  if (!status.ok()) {
    if (error) *error = "CSDS at " + address + ": " + status.error_message();
    return rows;
  }
  for (const auto& config : response.config()) {
    for (const auto& g : config.generic_xds_configs()) {
      ResourceStatusRow row;
      row.typeUrl = g.type_url();
      row.name = g.name();
      row.status = ConfigStatus_Name(g.config_status());
      row.clientStatus = envoy::admin::v3::ClientResourceStatus_Name(g.client_status());
      row.version = g.version_info();
      if (g.has_error_state()) row.error = g.error_state().details();
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

}  // namespace meshdesk::app
