#pragma once
// One route of a virtual host with everything it asks of a request compiled: its path rule
// (prefix, path, safe_regex, path_separated_prefix, connect_matcher), case sensitivity, header,
// query parameter, gRPC, TLS and dynamic metadata conditions.

#include <string>
#include <vector>

#include "envoy/config/route/v3/route_components.pb.h"
#include "routing/request_matchers.h"
#include "routing/request_view.h"
#include "routing/string_match.h"

namespace meshdesk::routing {

// What the whole route configuration (or the client) changes about matching.
struct MatchSettings {
  // RouteConfiguration.ignore_path_parameters_in_path_matching: ";params" are cut off.
  bool ignorePathParameters = false;
};

class CompiledRoute {
 public:
  // `where` names the route for problems: "routes 'edge' > virtual host 'api' > route #3".
  static CompiledRoute compile(const envoy::config::route::v3::Route& route, int index,
                               const std::string& where, std::vector<std::string>& problems);

  enum class Failure {
    kNone,
    kPath,
    kConnect,       // a connect_matcher route and a request that is not CONNECT
    kNotConnect,    // a CONNECT request (no :path) against a path route
    kHeader,        // headers[index]
    kQuery,         // query_parameters[index]
    kGrpc,          // grpc: {} and no gRPC content-type
    kTls,           // tls_context: the test request has no client certificate
    kMetadata,      // dynamic_metadata[index]
    kUnsupported,   // path_match_policy: not evaluated
    kGrpcClientQuery,  // a proxyless gRPC client ignores routes with query_parameters (keep last)
  };
  struct Check {
    Failure failure = Failure::kNone;
    int index = 0;
  };

  Check check(const RequestView& request, const MatchSettings& settings) const;
  // One line: for a failure, the condition that failed and what the request has; for a match,
  // every condition and why it holds.
  std::string explain(const Check& check, const RequestView& request,
                      const MatchSettings& settings) const;

  int index() const { return index_; }
  const std::string& name() const { return name_; }
  // "#3 'users'" or "#3"
  std::string label() const;
  const envoy::config::route::v3::Route& proto() const { return *proto_; }
  const std::vector<MetadataCondition>& metadataConditions() const { return metadata_; }
  // Set when the route carries a runtime_fraction (not evaluated: the route is taken as
  // matching); text such as "50/100 (runtime key 'canary')".
  const std::string& runtimeFraction() const { return runtimeFraction_; }

 private:
  enum class PathKind { kPrefix, kPath, kRegex, kSeparatedPrefix, kConnect, kUnsupported };

  bool pathMatches(const RequestView& request, const MatchSettings& settings) const;
  std::string pathText() const;
  std::string pathUnderTest(const RequestView& request, const MatchSettings& settings) const;

  int index_ = 0;
  std::string name_;
  const envoy::config::route::v3::Route* proto_ = nullptr;  // owned by the route table
  PathKind pathKind_ = PathKind::kPrefix;
  StringMatch path_;
  std::string separatedPrefix_;  // for path_separated_prefix (as written)
  bool caseSensitive_ = true;
  std::vector<HeaderCondition> headers_;
  std::vector<QueryCondition> query_;
  std::vector<MetadataCondition> metadata_;
  bool grpc_ = false;
  bool tls_ = false;
  int tlsPresented_ = -1;  // -1 unset, else 0/1
  int tlsValidated_ = -1;
  std::string runtimeFraction_;
  std::string unsupported_;
};

// Envoy's gRPC test: content-type "application/grpc" or "application/grpc+..." (not grpc-web).
bool isGrpcContentType(std::string_view contentType);

}  // namespace meshdesk::routing
