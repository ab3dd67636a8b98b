#include "routing/compiled_route.h"

namespace meshdesk::routing {

namespace {
std::string quoted(std::string_view s) {
  std::string out(1, '\'');
  out.append(s);
  out.push_back('\'');
  return out;
}
}  // namespace

bool isGrpcContentType(std::string_view contentType) {
  constexpr std::string_view kGrpc = "application/grpc";
  return contentType.substr(0, kGrpc.size()) == kGrpc &&
         (contentType.size() == kGrpc.size() || contentType[kGrpc.size()] == '+');
}

CompiledRoute CompiledRoute::compile(const envoy::config::route::v3::Route& route, int index,
                                     const std::string& where,
                                     std::vector<std::string>& problems) {
  using M = envoy::config::route::v3::RouteMatch;
  using K = StringMatch::Kind;
  CompiledRoute r;
  r.index_ = index;
  r.name_ = route.name();
  r.proto_ = &route;
  const M& match = route.match();
  r.caseSensitive_ = !match.has_case_sensitive() || match.case_sensitive().value();
  const bool ic = !r.caseSensitive_;
  auto note = [&](const std::string& error) {
    if (!error.empty()) problems.push_back(where + ": " + error);
  };
  switch (match.path_specifier_case()) {
    case M::kPrefix:
      r.pathKind_ = PathKind::kPrefix;
      r.path_ = StringMatch::literal(K::kPrefix, match.prefix(), ic);
      break;
    case M::kPath:
      r.pathKind_ = PathKind::kPath;
      r.path_ = StringMatch::literal(K::kExact, match.path(), ic);
      break;
    case M::kSafeRegex: {
      // case_sensitive does not apply to safe_regex (Envoy ignores it there).
      r.pathKind_ = PathKind::kRegex;
      std::string error;
      r.path_ = StringMatch::regex(match.safe_regex(), error);
      note(error);
      break;
    }
    case M::kPathSeparatedPrefix:
      r.pathKind_ = PathKind::kSeparatedPrefix;
      r.separatedPrefix_ = match.path_separated_prefix();
      r.path_ = StringMatch::literal(K::kExact, match.path_separated_prefix(), ic);
      break;
    case M::kConnectMatcher: r.pathKind_ = PathKind::kConnect; break;
    case M::kPathMatchPolicy:
      r.pathKind_ = PathKind::kUnsupported;
      r.unsupported_ = "path_match_policy '" + match.path_match_policy().name() + "'";
      break;
    case M::PATH_SPECIFIER_NOT_SET:
      r.pathKind_ = PathKind::kUnsupported;
      r.unsupported_ = "no path rule (prefix, path, safe_regex, ...)";
      note("the route has no path rule; Envoy rejects it");
      break;
  }
  for (int i = 0; i < match.headers_size(); ++i) {
    std::string error;
    r.headers_.push_back(HeaderCondition::compile(match.headers(i), error));
    note(error);
  }
  for (int i = 0; i < match.query_parameters_size(); ++i) {
    std::string error;
    r.query_.push_back(QueryCondition::compile(match.query_parameters(i), error));
    note(error);
  }
  for (int i = 0; i < match.dynamic_metadata_size(); ++i) {
    std::string error;
    r.metadata_.push_back(MetadataCondition::compile(match.dynamic_metadata(i), error));
    note(error);
  }
  r.grpc_ = match.has_grpc();
  if (match.has_tls_context()) {
    r.tls_ = true;
    if (match.tls_context().has_presented()) r.tlsPresented_ = match.tls_context().presented().value();
    if (match.tls_context().has_validated()) r.tlsValidated_ = match.tls_context().validated().value();
  }
  if (match.has_runtime_fraction()) {
    const auto& fraction = match.runtime_fraction().default_value();
    static const char* kDenominators[] = {"100", "10000", "1000000"};
    int d = fraction.denominator();
    r.runtimeFraction_ = std::to_string(fraction.numerator()) + "/" +
                         (d >= 0 && d <= 2 ? kDenominators[d] : "?");
    if (!match.runtime_fraction().runtime_key().empty())
      r.runtimeFraction_ += " (runtime key '" + match.runtime_fraction().runtime_key() + "')";
  }
  return r;
}

std::string CompiledRoute::label() const {
  std::string out = "#";
  out += std::to_string(index_);
  if (!name_.empty()) out += " '" + name_ + "'";
  return out;
}

std::string CompiledRoute::pathUnderTest(const RequestView& request,
                                         const MatchSettings& settings) const {
  std::string_view path = request.pathNoQuery;
  if (settings.ignorePathParameters) path = path.substr(0, path.find(';'));
  return std::string(path);
}

bool CompiledRoute::pathMatches(const RequestView& request, const MatchSettings& settings) const {
  std::string_view path = request.pathNoQuery;
  if (settings.ignorePathParameters) path = path.substr(0, path.find(';'));
  switch (pathKind_) {
    case PathKind::kPrefix:
    case PathKind::kPath:
    case PathKind::kRegex: return path_.matches(path);
    case PathKind::kSeparatedPrefix: {
      const std::size_t n = separatedPrefix_.size();
      return path.size() >= n && (path.size() == n || path[n] == '/') &&
             path_.matches(path.substr(0, n));
    }
    default: return false;
  }
}

CompiledRoute::Check CompiledRoute::check(const RequestView& request,
                                          const MatchSettings& settings) const {
  if (pathKind_ == PathKind::kUnsupported) return {Failure::kUnsupported, 0};
  if (request.grpcClient && !query_.empty()) return {Failure::kGrpcClientQuery, 0};
  if (pathKind_ == PathKind::kConnect) {
    if (request.method != "CONNECT") return {Failure::kConnect, 0};
  } else if (request.plainConnect) {
    return {Failure::kNotConnect, 0};
  } else if (!pathMatches(request, settings)) {
    return {Failure::kPath, 0};
  }
  for (std::size_t i = 0; i < headers_.size(); ++i)
    if (!headers_[i].matches(request)) return {Failure::kHeader, static_cast<int>(i)};
  for (std::size_t i = 0; i < query_.size(); ++i)
    if (!query_[i].matches(request)) return {Failure::kQuery, static_cast<int>(i)};
  if (grpc_ && !isGrpcContentType(request.firstHeader("content-type").value_or("")))
    return {Failure::kGrpc, 0};
  // The test request carries no client certificate.
  if (tls_ && (tlsPresented_ == 1 || tlsValidated_ == 1)) return {Failure::kTls, 0};
  for (std::size_t i = 0; i < metadata_.size(); ++i)
    if (!metadata_[i].matches(request)) return {Failure::kMetadata, static_cast<int>(i)};
  return {};
}

std::string CompiledRoute::pathText() const {
  switch (pathKind_) {
    case PathKind::kPrefix: return "prefix " + path_.patternText();
    case PathKind::kPath: return "path " + path_.patternText();
    case PathKind::kRegex: return "safe_regex " + path_.patternText();
    case PathKind::kSeparatedPrefix:
      return "path_separated_prefix " + quoted(separatedPrefix_) +
             (caseSensitive_ ? "" : " (ignoring case)");
    case PathKind::kConnect: return "connect_matcher";
    case PathKind::kUnsupported: return unsupported_;
  }
  return "?";
}

std::string CompiledRoute::explain(const Check& c, const RequestView& request,
                                   const MatchSettings& settings) const {
  const std::string path = quoted(pathUnderTest(request, settings));
  switch (c.failure) {
    case Failure::kUnsupported: return unsupported_ + " is not evaluated by Meshdesk";
    case Failure::kGrpcClientQuery:
      return "has query_parameters, and a proxyless gRPC client ignores such routes";
    case Failure::kConnect: return "connect_matcher, and the request is not CONNECT";
    case Failure::kNotConnect:
      return pathText() + ", and a CONNECT request has no :path (only connect_matcher routes "
                          "take it)";
    case Failure::kPath: return pathText() + ": path " + path + " does not match";
    case Failure::kHeader: {
      std::string why = headers_[c.index].explain(request);
      if (!request.bodyModel.empty() && headers_[c.index].name().find("model") != std::string::npos &&
          !request.header(headers_[c.index].name()))
        why += " (the body's \"model\" is not a header: Envoy sees it in '" +
               headers_[c.index].name() + "' only if the client sends it or a filter such as "
               "Lua or ext_proc copies it there)";
      return why;
    }
    case Failure::kQuery: return query_[c.index].explain(request);
    case Failure::kGrpc:
      return "grpc: content-type " +
             quoted(request.firstHeader("content-type").value_or("(none)")) +
             " is not application/grpc";
    case Failure::kTls:
      return "tls_context asks for a client certificate; the test request is taken to have none";
    case Failure::kMetadata: return metadata_[c.index].explain(request);
    case Failure::kNone: break;
  }
  std::string out = pathText();
  if (pathKind_ != PathKind::kConnect) out += " matches " + path;
  for (const auto& h : headers_) out += "; " + h.explain(request);
  for (const auto& q : query_) out += "; " + q.explain(request);
  if (grpc_) out += "; grpc: content-type is application/grpc";
  if (tls_) out += "; tls_context accepts a request without client certificate";
  for (const auto& m : metadata_) out += "; " + m.explain(request);
  if (!runtimeFraction_.empty())
    out += "; runtime_fraction " + runtimeFraction_ + " not evaluated (taken as matching)";
  return out;
}

}  // namespace meshdesk::routing
