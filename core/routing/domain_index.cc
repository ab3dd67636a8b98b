#include "routing/domain_index.h"

#include "routing/string_match.h"

namespace meshdesk::routing {

void DomainIndex::add(int virtualHost, const std::vector<std::string>& domains,
                      const std::string& virtualHostName, std::vector<std::string>& problems) {
  for (const std::string& written : domains) {
    std::string domain = lowerAscii(written);
    auto [it, inserted] = owner_.emplace(domain, virtualHostName);
    if (!inserted) {
      problems.push_back("virtual host '" + virtualHostName + "': domain '" + written +
                         "' is already a domain of virtual host '" + it->second +
                         "' (Envoy rejects a route configuration with a repeated domain)");
      continue;
    }
    Entry entry{virtualHost, written};
    if (domain == "*") {
      default_ = virtualHost;
      defaultName_ = written;
    } else if (domain.front() == '*') {
      suffixes_[domain.size() - 1].emplace(domain.substr(1), entry);
    } else if (domain.back() == '*') {
      prefixes_[domain.size() - 1].emplace(domain.substr(0, domain.size() - 1), entry);
    } else {
      exact_.emplace(domain, entry);
    }
  }
}

DomainIndex::Selection DomainIndex::select(std::string_view host) const {
  if (onlyDefault()) {
    if (default_ < 0) return {};
    return {default_, "'*' (its only domain)"};
  }
  if (host.empty()) return {-1, "the request has no authority"};
  std::string key(host);
  if (auto it = exact_.find(key); it != exact_.end())
    return {it->second.virtualHost, "exact domain '" + it->second.domain + "'"};
  // Longest first; a wildcard must stand for at least one character, hence the strict '<'.
  for (const auto& [length, byPart] : suffixes_) {
    if (length >= key.size()) continue;
    if (auto it = byPart.find(key.substr(key.size() - length)); it != byPart.end())
      return {it->second.virtualHost, "suffix wildcard '" + it->second.domain + "'"};
  }
  for (const auto& [length, byPart] : prefixes_) {
    if (length >= key.size()) continue;
    if (auto it = byPart.find(key.substr(0, length)); it != byPart.end())
      return {it->second.virtualHost, "prefix wildcard '" + it->second.domain + "'"};
  }
  if (default_ >= 0) return {default_, "'*' (no exact or wildcard domain fits)"};
  return {-1, "no domain fits and no virtual host has '*'"};
}

}  // namespace meshdesk::routing
