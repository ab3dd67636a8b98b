#pragma once
// API keys for a subscriber that has no SDS. Envoy gets a backend's key from the SDS secret the
// route names (api_key_secret); this client takes it from `--key SECRET=VALUE` (by that same
// secret name) or else from the environment variable the route names (api_key_env).

#include <map>
#include <optional>
#include <string>

#include "meshdesk/ai/v1/model_route.pb.h"

namespace meshdesk::aiclient {

class ApiKeys {
 public:
  // "openai-key=sk-..." -> false, with a reason, if it has no '=' or no name.
  bool add(const std::string& assignment, std::string* error = nullptr);
  void set(const std::string& secret, std::string value) { keys_[secret] = std::move(value); }

  // The raw key for `backend`, if any.
  std::optional<std::string> keyFor(const ai::v1::Backend& backend) const;

 private:
  std::map<std::string, std::string> keys_;  // by secret name
};

}  // namespace meshdesk::aiclient
