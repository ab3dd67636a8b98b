// Route configurations as Envoy builds its route table from them: domains must be unique,
// weighted cluster weights must add up, and a route that an earlier route always catches
// first can never match.
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>

#include "envoy/config/route/v3/route.pb.h"
#include "validate/cross_checks.h"
#include "validate/value_rules.h"

namespace meshdesk::validate {

namespace gp = google::protobuf;
using envoy::config::route::v3::Route;
using envoy::config::route::v3::RouteConfiguration;
using envoy::config::route::v3::RouteMatch;
using envoy::config::route::v3::VirtualHost;

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool hasLetters(std::string_view text) {
  for (char c : text)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return true;
  return false;
}

std::string hostPath(int v) { return "virtual_hosts[" + std::to_string(v) + "]"; }
std::string routePath(int v, int r) { return hostPath(v) + ".routes[" + std::to_string(r) + "]"; }

// --- domains: Envoy keeps them in maps keyed by the lowercased domain and rejects a second
// entry, also within one virtual host ---------------------------------------------------------

void domains(const Sighting& s, const RouteConfiguration& config, std::vector<Finding>& out) {
  std::unordered_map<std::string, std::pair<int, int>> seen;  // domain -> (host, index)
  for (int v = 0; v < config.virtual_hosts_size(); ++v) {
    const VirtualHost& host = config.virtual_hosts(v);
    for (int d = 0; d < host.domains_size(); ++d) {
      std::string domain = lower(host.domains(d));
      auto [it, inserted] = seen.try_emplace(domain, v, d);
      if (inserted) continue;
      auto [firstHost, firstIndex] = it->second;
      std::string where = firstHost == v
                              ? "earlier in this virtual host (domains[" + std::to_string(firstIndex) + "])"
                              : "in virtual host '" + config.virtual_hosts(firstHost).name() + "' (" +
                                    hostPath(firstHost) + ")";
      std::string what = domain == "*" ? "the catch-all domain \"*\" is already " + where +
                                             "; only one virtual host may have it"
                                       : "domain " + showText(host.domains(d)) + " is already " + where;
      out.push_back(findingAt(Severity::kError, "virtual_host.duplicate_domain", s,
                              hostPath(v) + ".domains[" + std::to_string(d) + "]",
                              what + "; Envoy rejects a route configuration that lists a domain twice"));
    }
  }
}

// --- weighted clusters --------------------------------------------------------------------------

// total_weight is deprecated, and still enforced by Envoy when it is set.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
void weights(const Sighting& s, const Route& route, const std::string& path,
             std::vector<Finding>& out) {
  if (!route.has_route() || !route.route().has_weighted_clusters()) return;
  const auto& weighted = route.route().weighted_clusters();
  if (weighted.clusters_size() == 0) return;  // the min_items rule says it
  std::uint64_t sum = 0;
  for (const auto& c : weighted.clusters()) sum += c.weight().value();
  std::string at = path + ".route.weighted_clusters";
  if (sum > std::numeric_limits<std::uint32_t>::max()) {
    out.push_back(findingAt(Severity::kError, "weighted_clusters.total", s, at,
                            "the weights add up to " + std::to_string(sum) +
                                ", more than 4294967295; Envoy rejects the route"));
  } else if (sum == 0) {
    out.push_back(findingAt(Severity::kError, "weighted_clusters.total", s, at,
                            "every weight is 0 (an unset weight is 0); Envoy rejects the route: "
                            "the weights must add up to more than 0"));
  } else if (weighted.has_total_weight() && weighted.total_weight().value() != sum) {
    out.push_back(findingAt(Severity::kError, "weighted_clusters.total", s, at + ".total_weight",
                            "total_weight is " + std::to_string(weighted.total_weight().value()) +
                                " but the weights add up to " + std::to_string(sum) +
                                "; Envoy rejects the route"));
  }
}

#pragma GCC diagnostic pop

// --- shadowing -------------------------------------------------------------------------------
//
// Certain only: an earlier route shadows a later one when it has nothing but a path condition
// (prefix, path or path_separated_prefix, and case_sensitive) and every path the later route
// can match satisfies it. Headers, query parameters, runtime fractions, gRPC, TLS or metadata
// conditions on the earlier route make it let requests through, so it shadows nothing.

struct PathSpec {
  enum class Type { kPrefix, kPath, kSeparated, kOther, kConnect } type = Type::kOther;
  std::string text;
  bool caseSensitive = true;
};

PathSpec specOf(const RouteMatch& match) {
  PathSpec spec;
  spec.caseSensitive = !match.has_case_sensitive() || match.case_sensitive().value();
  switch (match.path_specifier_case()) {
    case RouteMatch::kPrefix: spec = {PathSpec::Type::kPrefix, match.prefix(), spec.caseSensitive}; break;
    case RouteMatch::kPath: spec = {PathSpec::Type::kPath, match.path(), spec.caseSensitive}; break;
    case RouteMatch::kPathSeparatedPrefix:
      spec = {PathSpec::Type::kSeparated, match.path_separated_prefix(), spec.caseSensitive};
      break;
    case RouteMatch::kConnectMatcher: spec.type = PathSpec::Type::kConnect; break;
    default: spec.type = PathSpec::Type::kOther; break;  // safe_regex, path_match_policy
  }
  return spec;
}

// Whether the match has a path condition and nothing else.
bool onlyPath(const RouteMatch& match) {
  std::vector<const gp::FieldDescriptor*> fields;
  match.GetReflection()->ListFields(match, &fields);
  for (const auto* f : fields) {
    int n = f->number();
    if (n != RouteMatch::kPrefixFieldNumber && n != RouteMatch::kPathFieldNumber &&
        n != RouteMatch::kPathSeparatedPrefixFieldNumber && n != RouteMatch::kCaseSensitiveFieldNumber)
      return false;
  }
  return match.path_specifier_case() == RouteMatch::kPrefix ||
         match.path_specifier_case() == RouteMatch::kPath ||
         match.path_specifier_case() == RouteMatch::kPathSeparatedPrefix;
}

std::string describeRoute(const Route& route, int index) {
  std::string out = "routes[" + std::to_string(index) + "]";
  if (!route.name().empty()) out += " ('" + route.name() + "')";
  PathSpec spec = specOf(route.match());
  switch (spec.type) {
    case PathSpec::Type::kPrefix: out += ", prefix " + showText(spec.text); break;
    case PathSpec::Type::kPath: out += ", path " + showText(spec.text); break;
    case PathSpec::Type::kSeparated: out += ", path_separated_prefix " + showText(spec.text); break;
    default: break;
  }
  if (!spec.caseSensitive) out += " (case-insensitive)";
  return out;
}

// The earlier catch-only-by-path routes of one virtual host, by what they match.
class Catchers {
 public:
  void add(const PathSpec& spec, int index) {
    auto& map = table(spec.type, spec.caseSensitive);
    map.try_emplace(spec.caseSensitive ? spec.text : lower(spec.text), index);
  }

  // The first earlier route that matches everything `spec` matches, or nullopt.
  std::optional<int> catcher(const PathSpec& spec) const {
    std::optional<int> best;
    auto consider = [&best](const std::unordered_map<std::string, int>& map, const std::string& key) {
      if (auto it = map.find(key); it != map.end() && (!best || it->second < *best)) best = it->second;
    };
    // An earlier case-sensitive condition covers a case-insensitive later one only when the
    // text it compares has no letters.
    auto sensitive = [&](Type type, const std::string& key) {
      if (spec.caseSensitive || !hasLetters(key)) consider(table(type, true), key);
    };
    auto insensitive = [&](Type type, const std::string& key) {
      consider(table(type, false), lower(key));
    };
    auto both = [&](Type type, const std::string& key) {
      sensitive(type, key);
      insensitive(type, key);
    };
    const std::string& t = spec.text;
    switch (spec.type) {
      case Type::kPrefix:
      case Type::kPath:
      case Type::kSeparated:
        // Earlier prefixes of the text: every path this route matches starts with the text.
        for (std::size_t k = 0; k <= t.size(); ++k) both(Type::kPrefix, t.substr(0, k));
        // Earlier path_separated_prefix S: covers S itself and S/...
        for (std::size_t k = 1; k <= t.size(); ++k)
          if (k == t.size() ? spec.type != Type::kPrefix : t[k] == '/')
            both(Type::kSeparated, t.substr(0, k));
        if (spec.type == Type::kPath) both(Type::kPath, t);
        break;
      case Type::kOther:
        // A regex or a URI template: only an empty prefix certainly catches all it can match.
        both(Type::kPrefix, "");
        break;
      case Type::kConnect:
        break;  // CONNECT requests reach only CONNECT routes
    }
    return best;
  }

 private:
  using Type = PathSpec::Type;
  const std::unordered_map<std::string, int>& table(Type type, bool caseSensitive) const {
    return tables_[static_cast<int>(type) * 2 + (caseSensitive ? 0 : 1)];
  }
  std::unordered_map<std::string, int>& table(Type type, bool caseSensitive) {
    return tables_[static_cast<int>(type) * 2 + (caseSensitive ? 0 : 1)];
  }
  std::unordered_map<std::string, int> tables_[6];
};

void shadowing(const Sighting& s, const VirtualHost& host, int v, std::vector<Finding>& out) {
  Catchers catchers;
  for (int r = 0; r < host.routes_size(); ++r) {
    const Route& route = host.routes(r);
    PathSpec spec = specOf(route.match());
    if (auto first = catchers.catcher(spec)) {
      out.push_back(findingAt(Severity::kWarning, "route.shadowed", s, routePath(v, r) + ".match",
                              describeRoute(route, r) + " can never match: " +
                                  describeRoute(host.routes(*first), *first) +
                                  " comes first in virtual host '" + host.name() +
                                  "' and matches every request this route matches"));
    }
    if (onlyPath(route.match())) catchers.add(spec, r);
  }
}

}  // namespace

void checkRouteTables(const WorkspaceView& view, std::vector<Finding>& out) {
  for (const auto& s : view.sightings().of(Watched::kRouteConfiguration)) {
    std::unique_ptr<RouteConfiguration> holder;
    const auto& config = viewAs(*s.message, holder);
    domains(s, config, out);
    for (int v = 0; v < config.virtual_hosts_size(); ++v) {
      const VirtualHost& host = config.virtual_hosts(v);
      for (int r = 0; r < host.routes_size(); ++r) weights(s, host.routes(r), routePath(v, r), out);
      shadowing(s, host, v, out);
    }
  }
}

}  // namespace meshdesk::validate
