#include "chat_client.h"

#include <httplib.h>

#include "ai/model_route_rules.h"
#include "ai/provider_conventions.h"
#include "attempt_plan.h"

namespace meshdesk::aiclient {

namespace {

std::chrono::milliseconds millis(const google::protobuf::Duration& d) {
  return std::chrono::milliseconds(d.seconds() * 1000 + d.nanos() / 1000000);
}

std::unique_ptr<httplib::ClientImpl> connectionTo(const ai::v1::Backend& backend) {
  int port = static_cast<int>(backend.port());
  if (!backend.tls()) return std::make_unique<httplib::ClientImpl>(backend.host(), port);
  // The TLS name is the SNI; the connection goes to the host (which must then be an address).
  auto client = std::make_unique<httplib::SSLClient>(backend.sni(), port);
  if (backend.sni() != backend.host()) client->set_hostname_addr_map({{backend.sni(), backend.host()}});
  client->set_ca_cert_path(backend.ca_file());
  client->enable_server_certificate_verification(true);
  return client;
}

}  // namespace

bool retriable(const ai::v1::ModelRoute& route, const AttemptRecord& attempt) {
  if (!route.has_retry()) return false;
  const auto& retry = route.retry();
  if (attempt.status == 0)
    return retry.on_5xx() || (attempt.connectFailed && retry.on_connect_failure());
  if (attempt.status == 429) return retry.on_429();
  return attempt.status >= 500 && retry.on_5xx();
}

ChatClient::ChatClient(ApiKeys keys, std::uint64_t seed) : keys_(std::move(keys)), random_(seed) {}

ChatOutcome ChatClient::send(const ai::v1::ModelRoute& route, const nlohmann::json& request) {
  ChatOutcome outcome;
  for (const auto* backend : attemptOrder(route, random_)) {
    AttemptRecord record = attempt(route, *backend, request, outcome);
    outcome.attempts.push_back(record);
    if (!retriable(route, record)) break;
  }
  return outcome;
}

AttemptRecord ChatClient::attempt(const ai::v1::ModelRoute& route, const ai::v1::Backend& backend,
                                  nlohmann::json body, ChatOutcome& outcome) {
  AttemptRecord record;
  record.backend = backend.name();
  std::string requested = body.value("model", "");
  if (!backend.model_override().empty()) body["model"] = backend.model_override();

  std::string path = !backend.path_rewrite().empty() ? backend.path_rewrite()
                     : route.has_attach()            ? route.attach().path()
                                                     : std::string(ai::kDefaultPath);
  httplib::Headers headers{{route.model_header(), requested}};
  if (auto key = keys_.keyFor(backend))
    headers.emplace(std::string(ai::apiKeyHeader(backend.provider())),
                    ai::apiKeyHeaderValue(backend.provider(), *key));
  for (const auto& [name, value] : ai::providerHeaders(backend.provider())) headers.emplace(name, value);

  auto client = connectionTo(backend);
  client->set_connection_timeout(millis(backend.connect_timeout()));
  client->set_read_timeout(millis(route.timeout()));
  client->set_write_timeout(millis(route.timeout()));
  httplib::Result result = client->Post(path, headers, body.dump(), "application/json");
  if (!result) {
    record.error = httplib::to_string(result.error());
    record.connectFailed = result.error() == httplib::Error::Connection ||
                           result.error() == httplib::Error::SSLConnection;
    return record;
  }
  record.status = result->status;
  outcome.status = result->status;
  outcome.body = result->body;
  outcome.backend = backend.name();
  return record;
}

}  // namespace meshdesk::aiclient
