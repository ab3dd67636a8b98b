// meshdesk-ai-client: the reference subscriber of Meshdesk's ModelRoute resources. It
// subscribes over ADS, ACKs or NACKs what it is sent, and sends one OpenAI-style chat request
// for a model along the route that serves it. See docs/ai-routes.md.
#include <chrono>
#include <csignal>
#include <iostream>
#include <thread>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "attempt_plan.h"
#include "chat_client.h"
#include "model_route_subscription.h"

namespace {

using meshdesk::aiclient::ApiKeys;
using meshdesk::aiclient::ChatClient;
using meshdesk::aiclient::ModelRouteSubscription;
using meshdesk::aiclient::RouteTable;

volatile std::sig_atomic_t stopRequested = 0;

void printRoutes(const RouteTable& table) {
  std::cout << "version " << table.version << ": " << table.routes.size() << " model route(s)\n";
  for (const auto& [name, route] : table.routes) {
    std::cout << "  " << name << ":";
    for (const auto& m : route.models()) std::cout << " " << (m.has_exact() ? m.exact() : m.prefix() + "*");
    std::cout << " ->";
    for (const auto& b : route.backends())
      std::cout << " " << b.name() << "(" << b.host() << ":" << b.port() << ", priority "
                << b.priority() << ", weight " << b.weight() << ")";
    std::cout << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Reference subscriber of Meshdesk's AI model routes (meshdesk.ai.v1.ModelRoute over ADS).\n"
      "Subscribes, ACKs usable routes (NACKs unusable ones), then sends one OpenAI-style chat\n"
      "request for --model to the backend the route picks, falling back on 429/5xx/connect\n"
      "failure. API keys: --key SECRET=VALUE (by the route's api_key_secret name), else the\n"
      "environment variable named by the route's api_key_env.",
      "meshdesk-ai-client"};
  std::string server = "127.0.0.1:18000";
  std::string nodeId = "meshdesk-ai-client";
  std::string model;
  std::string message = "Hello!";
  std::vector<std::string> keyAssignments;
  double waitSeconds = 10;
  bool list = false;
  bool watch = false;
  std::uint64_t seed = std::random_device{}();
  app.add_option("--xds", server, "xDS server address (host:port)")->capture_default_str();
  app.add_option("--node-id", nodeId, "Node id sent to the server")->capture_default_str();
  app.add_option("--model", model, "Model to ask for; the request goes where its route says");
  app.add_option("--message", message, "User message of the chat request")->capture_default_str();
  app.add_option("--key", keyAssignments, "API key for a secret name: SECRET=VALUE (repeatable)");
  app.add_option("--wait", waitSeconds, "Seconds to wait for routes from the server")
      ->capture_default_str();
  app.add_option("--seed", seed, "Seed of the weighted choice (for repeatable runs)");
  app.add_flag("--list", list, "Print the routes received and exit");
  app.add_flag("--watch", watch, "Keep subscribed and print every update until interrupted");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help is a "parse error" too, with exit code 0.
    return app.exit(e) == 0 ? 0 : 2;
  }

  if (model.empty() && !list && !watch) {
    std::cerr << "nothing to do: give --model (or --list, --watch); see --help\n";
    return 2;
  }
  ApiKeys keys;
  for (const auto& assignment : keyAssignments) {
    std::string error;
    if (!keys.add(assignment, &error)) {
      std::cerr << "--key: " << error << "\n";
      return 2;
    }
  }

  ModelRouteSubscription subscription({server, nodeId, "meshdesk-ai-client"});
  std::string error;
  if (!subscription.start(&error)) {
    std::cerr << error << "\n";
    return 3;
  }
  auto wait = std::chrono::milliseconds(static_cast<long>(waitSeconds * 1000));
  if (!subscription.waitForAnswer(0, wait)) {
    std::cerr << "no model routes from " << server << " within " << waitSeconds << "s\n";
    return 3;
  }
  if (std::string rejected = subscription.lastRejection(); !rejected.empty())
    std::cerr << "NACKed the routes sent:\n" << rejected << "\n";

  if (watch) {
    std::signal(SIGINT, [](int) { stopRequested = 1; });
    std::signal(SIGTERM, [](int) { stopRequested = 1; });
    std::size_t seen = 0;
    while (!stopRequested) {
      if (subscription.answered() > seen) {
        seen = subscription.answered();
        if (std::string rejected = subscription.lastRejection(); !rejected.empty())
          std::cout << "NACK:\n" << rejected << "\n";
        else
          printRoutes(subscription.routes());
        std::cout.flush();
      }
      subscription.waitForAnswer(seen, std::chrono::milliseconds(200));
    }
    return 0;
  }

  RouteTable table = subscription.routes();
  if (list) {
    printRoutes(table);
    return 0;
  }
  std::vector<const meshdesk::ai::v1::ModelRoute*> byName;
  for (const auto& [name, route] : table.routes) byName.push_back(&route);
  const auto* route = meshdesk::aiclient::routeFor(byName, model);
  if (route == nullptr) {
    std::cerr << "no model route serves '" << model << "' (version " << table.version << ")\n";
    return 4;
  }

  nlohmann::json request{{"model", model},
                         {"messages", nlohmann::json::array({{{"role", "user"}, {"content", message}}})}};
  ChatClient client(std::move(keys), seed);
  auto outcome = client.send(*route, request);
  for (const auto& attempt : outcome.attempts) {
    std::cerr << "route " << route->name() << ": backend " << attempt.backend << ": "
              << (attempt.status ? std::to_string(attempt.status) : attempt.error) << "\n";
  }
  std::cout << outcome.body << (outcome.body.empty() || outcome.body.back() == '\n' ? "" : "\n");
  return outcome.ok() ? 0 : 1;
}
