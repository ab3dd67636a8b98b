#pragma once
// Sends one OpenAI-style chat request (POST, JSON body with "model" and "messages") for a model
// along a ModelRoute: to the backend attempt_plan.h picks, with the backend's path, model name
// and key, falling back to the next backend on 429, 5xx or connect failure as far as the route's
// retry policy says.

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api_keys.h"
#include "meshdesk/ai/v1/model_route.pb.h"

namespace meshdesk::aiclient {

struct AttemptRecord {
  std::string backend;
  int status = 0;     // HTTP status; 0 when no response came
  std::string error;  // why there was no response
  bool connectFailed = false;
};

struct ChatOutcome {
  int status = 0;           // of the last response; 0 if no backend answered
  std::string body;         // of the last response
  std::string backend;      // that gave the last response
  std::vector<AttemptRecord> attempts;

  bool ok() const { return status >= 200 && status < 300; }
};

class ChatClient {
 public:
  ChatClient(ApiKeys keys, std::uint64_t seed);

  // `request` is the JSON body as the caller would send it to OpenAI; its "model" is the model
  // asked for (and what the route was chosen by).
  ChatOutcome send(const ai::v1::ModelRoute& route, const nlohmann::json& request);

 private:
  AttemptRecord attempt(const ai::v1::ModelRoute& route, const ai::v1::Backend& backend,
                        nlohmann::json body, ChatOutcome& outcome);

  ApiKeys keys_;
  std::mt19937_64 random_;
};

// Would Envoy retry (and so fall back) after this attempt, by the route's retry policy?
bool retriable(const ai::v1::ModelRoute& route, const AttemptRecord& attempt);

}  // namespace meshdesk::aiclient
