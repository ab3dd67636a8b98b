#pragma once
// What each provider expects of a request beyond the OpenAI-style body: which header carries the
// API key, in what form, and which fixed headers it needs. Used by the Envoy compiler (upstream
// credential injection) and by subscribers that send requests themselves.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "meshdesk/ai/v1/model_route.pb.h"

namespace meshdesk::ai {

// Lower case: "authorization" (OpenAI, OpenAI-compatible, Gemini), "x-api-key" (Anthropic),
// "api-key" (Azure OpenAI).
std::string_view apiKeyHeader(v1::Backend::Provider provider);

// The header value for a raw key: "Bearer <key>" for the authorization header (unless the key
// already names a scheme), the key itself otherwise. Envoy's SDS secret holds this value as is.
std::string apiKeyHeaderValue(v1::Backend::Provider provider, std::string_view key);

// Fixed request headers the provider requires (Anthropic: anthropic-version).
std::vector<std::pair<std::string, std::string>> providerHeaders(v1::Backend::Provider provider);

// "openai", "anthropic", "azure_openai", "gemini_openai".
std::string providerLabel(v1::Backend::Provider provider);

}  // namespace meshdesk::ai
