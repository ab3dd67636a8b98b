#pragma once
// Virtual host selection by the request's host, exactly as Envoy orders it: an exact domain,
// then the longest suffix wildcard ("*.example.com"), then the longest prefix wildcard
// ("api.*"), then "*". A wildcard never matches an empty string, and hosts are compared in
// lower case.

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace meshdesk::routing {

class DomainIndex {
 public:
  // Registers a virtual host's domains. A domain given twice (in any virtual host) is a
  // configuration error Envoy rejects; it is reported in `problems` and the first one kept.
  void add(int virtualHost, const std::vector<std::string>& domains,
           const std::string& virtualHostName, std::vector<std::string>& problems);

  struct Selection {
    int virtualHost = -1;  // -1: none
    // "exact domain 'api.example.com'", "suffix wildcard '*.example.com'", "'*' (...)"
    std::string how;
  };
  // `host` already lower-cased and port-adjusted by the caller; empty when the request has no
  // authority.
  Selection select(std::string_view host) const;

  bool onlyDefault() const { return exact_.empty() && suffixes_.empty() && prefixes_.empty(); }

 private:
  struct Entry {
    int virtualHost;
    std::string domain;  // as written, for the trace
  };
  using Wildcards = std::map<std::size_t, std::unordered_map<std::string, Entry>, std::greater<>>;

  std::unordered_map<std::string, Entry> exact_;
  Wildcards suffixes_;  // by length of the part after '*'
  Wildcards prefixes_;  // by length of the part before '*'
  int default_ = -1;
  std::string defaultName_;
  std::unordered_map<std::string, std::string> owner_;  // lower-case domain -> virtual host
};

}  // namespace meshdesk::routing
