#pragma once
// The request as Envoy's route matching sees it: lower-case header names with the
// pseudo-headers (:method, :path, :authority, :scheme), the query split and decoded, and the
// dynamic metadata that filters have written so far.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <google/protobuf/struct.pb.h>

namespace meshdesk::routing {

struct RequestView {
  std::string method;
  // :path after the connection manager's normalization, query included.
  std::string path;
  // :path without ?query and #fragment: what prefix, path and safe_regex compare against.
  std::string pathNoQuery;
  // :authority after the connection manager's host normalization (e.g. strip_any_host_port).
  std::string authority;
  // Lower-case names, in request order.
  std::vector<std::pair<std::string, std::string>> headers;
  // Percent-decoded, in request order.
  std::vector<std::pair<std::string, std::string>> query;
  // Dynamic metadata by namespace (filter name), as filters set it before route matching.
  std::map<std::string, google::protobuf::Struct> metadata;
  // CONNECT without :protocol: there is no :path, only connect_matcher routes apply.
  bool plainConnect = false;
  // The JSON body's "model", kept only to explain a miss: no matcher reads the body.
  std::string bodyModel;
  // A proxyless gRPC client (api_listener): gRPC's xDS rules, not Envoy's, apply where they
  // differ.
  bool grpcClient = false;

  // All values of the header joined with "," (as Envoy's header matchers see a repeated
  // header); nullopt when absent.
  std::optional<std::string> header(std::string_view lowerName) const;
  // The same without copying: a view of the single value, or of `joined` (filled in) when the
  // header is repeated. For matching thousands of routes.
  std::optional<std::string_view> headerView(std::string_view lowerName, std::string& joined) const;
  std::optional<std::string> firstHeader(std::string_view lowerName) const;
  // The first value of the parameter (Envoy considers only the first).
  std::optional<std::string> queryParameter(std::string_view name) const;
  // The value at namespace/path; null when any step is missing.
  const google::protobuf::Value* metadataValue(const std::string& ns,
                                               const std::vector<std::string>& path) const;
};

std::string stripQueryAndFragment(std::string_view path);
// Where ":port" starts in a host ("[::1]:80" -> 5), or npos; as Envoy's getPortStart.
std::size_t hostPortStart(std::string_view host);
std::vector<std::pair<std::string, std::string>> parseQuery(std::string_view path);
std::string percentDecode(std::string_view text);
// RFC 3986 remove_dot_segments on the path part (normalize_path); the query is kept.
std::string removeDotSegments(std::string_view path);
// "//a///b" -> "/a/b" on the path part (merge_slashes); the query is kept.
std::string mergeSlashes(std::string_view path);

}  // namespace meshdesk::routing
