#include "api_keys.h"

#include <cstdlib>

namespace meshdesk::aiclient {

bool ApiKeys::add(const std::string& assignment, std::string* error) {
  auto eq = assignment.find('=');
  if (eq == std::string::npos || eq == 0) {
    if (error) *error = "'" + assignment.substr(0, eq) + "...' is not SECRET=VALUE";
    return false;
  }
  keys_[assignment.substr(0, eq)] = assignment.substr(eq + 1);
  return true;
}

std::optional<std::string> ApiKeys::keyFor(const ai::v1::Backend& backend) const {
  if (!backend.api_key_secret().empty()) {
    if (auto it = keys_.find(backend.api_key_secret()); it != keys_.end()) return it->second;
  }
  if (!backend.api_key_env().empty()) {
    if (const char* value = std::getenv(backend.api_key_env().c_str()); value && *value)
      return std::string(value);
  }
  return std::nullopt;
}

}  // namespace meshdesk::aiclient
