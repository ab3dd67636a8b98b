#include "routing/request_preparation.h"

#include "routing/string_match.h"

namespace meshdesk::routing {

namespace {

// %2F and %5C (any case) in the path part, as path_with_escaped_slashes_action looks for them.
bool hasEscapedSlash(std::string_view path) {
  path = path.substr(0, path.find_first_of("?#"));
  for (std::size_t i = 0; i + 2 < path.size(); ++i) {
    if (path[i] != '%') continue;
    char a = path[i + 1], b = static_cast<char>(path[i + 2] | 0x20);
    if ((a == '2' && b == 'f') || (a == '5' && b == 'c')) return true;
  }
  return false;
}

std::string unescapeSlashes(std::string_view full) {
  std::size_t end = full.find_first_of("?#");
  std::string_view path = full.substr(0, end);
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '%' && i + 2 < path.size()) {
      char a = path[i + 1], b = static_cast<char>(path[i + 2] | 0x20);
      if (a == '2' && b == 'f') {
        out.push_back('/');
        i += 2;
        continue;
      }
      if (a == '5' && b == 'c') {
        out.push_back('\\');
        i += 2;
        continue;
      }
    }
    out.push_back(path[i]);
  }
  if (end != std::string_view::npos) out += full.substr(end);
  return out;
}

}  // namespace

std::optional<RequestView> prepareRequest(const TestRequest& request, const ListenerEntry& listener,
                                          const HttpConnectionManager& hcm,
                                          std::vector<std::string>& trace) {
  RequestView view;
  view.grpcClient = listener.apiListener;
  view.bodyModel = request.bodyModel;
  view.method = request.method.empty() ? "GET" : request.method;
  std::string authority = request.host;
  std::optional<std::string> scheme;
  for (const auto& [name, value] : request.headers) {
    std::string lower = lowerAscii(name);
    // HTTP/1's Host is HTTP/2's :authority: Envoy matches it only as :authority.
    if (lower == "host" || lower == ":authority") {
      if (authority.empty()) authority = value;
      continue;
    }
    if (lower == ":method" || lower == ":path") continue;  // the request's own fields win
    if (lower == ":scheme") scheme = value;
    view.headers.emplace_back(std::move(lower), value);
  }
  if (listener.apiListener) {
    if (authority.empty()) {
      authority = listener.name;
      trace.push_back("gRPC client: the authority is the target's name '" + authority + "'");
    }
    if (view.method != "POST") {
      trace.push_back("gRPC client: a call is a POST (not " + view.method + ")");
      view.method = "POST";
    }
    if (!view.firstHeader("content-type")) view.headers.emplace_back("content-type", "application/grpc");
  }

  // Host normalization, in Envoy's order (ConnectionManagerUtility::maybeNormalizeHost).
  if (hcm.strip_trailing_host_dot()) {
    std::size_t portStart = hostPortStart(authority);
    std::size_t hostEnd = portStart == std::string::npos ? authority.size() : portStart;
    if (hostEnd > 0 && authority[hostEnd - 1] == '.') {
      authority.erase(hostEnd - 1, 1);
      trace.push_back("strip_trailing_host_dot: host becomes '" + authority + "'");
    }
  }
  if (std::size_t p = hostPortStart(authority); p != std::string::npos) {
    std::string port = authority.substr(p + 1);
    if (hcm.strip_any_host_port()) {
      authority.resize(p);
      trace.push_back("strip_any_host_port: host becomes '" + authority + "'");
    } else if (hcm.strip_matching_host_port() && listener.port != 0 &&
               port == std::to_string(listener.port)) {
      authority.resize(p);
      trace.push_back("strip_matching_host_port: port " + port +
                      " is the listener's; host becomes '" + authority + "'");
    }
  }
  view.authority = authority;

  // Path normalization (ConnectionManagerUtility::maybeNormalizePath).
  std::string path = request.path.empty() ? "/" : request.path;
  using Hcm = HttpConnectionManager;
  auto escaped = hcm.path_with_escaped_slashes_action();
  if (hasEscapedSlash(path)) {
    if (escaped == Hcm::REJECT_REQUEST) {
      trace.push_back("path_with_escaped_slashes_action REJECT_REQUEST: the path has %2F or %5C; "
                      "Envoy answers 400");
      return std::nullopt;
    }
    if (escaped == Hcm::UNESCAPE_AND_FORWARD || escaped == Hcm::UNESCAPE_AND_REDIRECT) {
      std::string unescaped = unescapeSlashes(path);
      trace.push_back(std::string("path_with_escaped_slashes_action ") +
                      (escaped == Hcm::UNESCAPE_AND_FORWARD
                           ? "UNESCAPE_AND_FORWARD"
                           : "UNESCAPE_AND_REDIRECT (Envoy first redirects the client there)") +
                      ": path becomes '" + unescaped + "'");
      path = std::move(unescaped);
    }
  }
  // normalize_path's default comes from the runtime key http_connection_manager.normalize_path,
  // false unless set.
  if (hcm.has_normalize_path() && hcm.normalize_path().value()) {
    std::string normalized = removeDotSegments(path);
    if (normalized != path) trace.push_back("normalize_path: path becomes '" + normalized + "'");
    path = std::move(normalized);
  }
  if (hcm.merge_slashes()) {
    std::string merged = mergeSlashes(path);
    if (merged != path) trace.push_back("merge_slashes: path becomes '" + merged + "'");
    path = std::move(merged);
  }
  if (path.front() != '/' && path != "*" && view.method != "CONNECT")
    trace.push_back("the path '" + path + "' does not start with '/' (Envoy rejects such a "
                    "request unless it is an absolute URL it can rewrite)");
  view.path = path;
  view.pathNoQuery = stripQueryAndFragment(path);
  view.query = parseQuery(path);

  // Pseudo-headers, which header matchers can name (":method", ":path", ":authority").
  const bool plainConnect = view.method == "CONNECT" && !view.firstHeader(":protocol");
  view.plainConnect = plainConnect;
  std::vector<std::pair<std::string, std::string>> pseudo{{":method", view.method},
                                                          {":authority", view.authority}};
  if (!plainConnect) {
    pseudo.emplace_back(":path", view.path);
    if (!scheme) pseudo.emplace_back(":scheme", "http");
  }
  view.headers.insert(view.headers.begin(), pseudo.begin(), pseudo.end());
  return view;
}

}  // namespace meshdesk::routing
