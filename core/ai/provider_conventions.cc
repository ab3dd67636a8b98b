#include "ai/provider_conventions.h"

namespace meshdesk::ai {

std::string_view apiKeyHeader(v1::Backend::Provider provider) {
  switch (provider) {
    case v1::Backend::ANTHROPIC: return "x-api-key";
    case v1::Backend::AZURE_OPENAI: return "api-key";
    default: return "authorization";
  }
}

std::string apiKeyHeaderValue(v1::Backend::Provider provider, std::string_view key) {
  if (apiKeyHeader(provider) != "authorization") return std::string(key);
  if (key.substr(0, 7) == "Bearer " || key.substr(0, 6) == "Basic ") return std::string(key);
  return "Bearer " + std::string(key);
}

std::vector<std::pair<std::string, std::string>> providerHeaders(v1::Backend::Provider provider) {
  // The version Anthropic documents for its Messages API; a request may override it.
  if (provider == v1::Backend::ANTHROPIC) return {{"anthropic-version", "2023-06-01"}};
  return {};
}

std::string providerLabel(v1::Backend::Provider provider) {
  switch (provider) {
    case v1::Backend::ANTHROPIC: return "anthropic";
    case v1::Backend::AZURE_OPENAI: return "azure_openai";
    case v1::Backend::GEMINI_OPENAI: return "gemini_openai";
    default: return "openai";
  }
}

}  // namespace meshdesk::ai
