// The reference subscriber end to end: AI routes compiled from workspace YAML, published as
// ModelRoute resources into the real xDS server (127.0.0.1:0), subscribed to over ADS by the
// client, and chat requests sent to two fake OpenAI-compatible backends, across publishes that
// change weights and fallback order, and one that the client must NACK.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <sys/wait.h>

#include "ai/ai_compiler.h"
#include "ai/compiled_output.h"
#include "attempt_plan.h"
#include "chat_client.h"
#include "fake_openai_backend.h"
#include "fleet/fleet_registry.h"
#include "model_route_subscription.h"
#include "snapshot/snapshot_store.h"
#include "snapshot/type_url.h"
#include "xds/xds_server.h"

namespace meshdesk::aiclient {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;
using testing::FakeOpenAiBackend;

nlohmann::json chat(const std::string& model) {
  return {{"model", model},
          {"messages", nlohmann::json::array({{{"role", "user"}, {"content", "hi"}}})}};
}

std::string answeredBy(const ChatOutcome& outcome) {
  auto body = nlohmann::json::parse(outcome.body, nullptr, false);
  return body.is_object() ? body.value("backend", "") : "";
}

class SubscriberEndToEnd : public ::testing::Test {
 protected:
  void SetUp() override {
    xds::ServerOptions options;
    options.address = "127.0.0.1:0";
    options.debounce = 5ms;
    server_ = std::make_unique<xds::XdsServer>(store_, fleet_, options);
    std::string error;
    ASSERT_TRUE(server_->start(&error)) << error;
  }

  // Compiles `aiRoutes` (the YAML list under ai_routes:) and serves the ModelRoutes.
  void publish(const std::string& aiRoutes) {
    auto loaded = workspace::Workspace::parse("ai_routes:\n" + aiRoutes);
    for (const auto& e : loaded.errors) FAIL() << e.toString();
    auto compiled = ai::compile(loaded.workspace);
    for (const auto& e : compiled.errors) FAIL() << e.toString();
    serve(ai::modelRouteResources(compiled));
  }

  void serve(std::vector<snapshot::ResourcePtr> resources) {
    version_ = "v" + std::to_string(++published_);
    store_.set("default", std::make_shared<snapshot::Snapshot>(version_, std::move(resources)));
  }

  std::unique_ptr<ModelRouteSubscription> subscribe() {
    auto subscription = std::make_unique<ModelRouteSubscription>(
        ModelRouteSubscription::Options{server_->address(), "ai-client-test", "tests"});
    std::string error;
    EXPECT_TRUE(subscription->start(&error)) << error;
    return subscription;
  }

  // Waits until the subscriber has answered the response carrying the latest publish.
  bool answeredLatest(ModelRouteSubscription& subscription, std::chrono::milliseconds timeout = 5s) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      if (subscription.routes().version == version_) return true;
      if (fleetStatus() == fleet::SyncStatus::Nacked && lastNackVersion() == version_) return true;
      subscription.waitForAnswer(subscription.answered(), 50ms);
    }
    return false;
  }

  std::optional<fleet::ProxyState> proxy() {
    auto all = fleet_.proxies();
    if (all.empty()) return std::nullopt;
    return all.front();
  }
  fleet::SyncStatus fleetStatus() {
    auto p = proxy();
    if (!p) return fleet::SyncStatus::NotSent;
    auto it = p->types.find(std::string(snapshot::type_url::kModelRoute));
    return it == p->types.end() ? fleet::SyncStatus::NotSent : it->second.status;
  }
  std::string lastNackVersion() {
    auto p = proxy();
    if (!p) return "";
    auto it = p->types.find(std::string(snapshot::type_url::kModelRoute));
    return it == p->types.end() || !it->second.lastNack ? "" : it->second.lastNack->version;
  }
  bool waitForFleet(fleet::SyncStatus status) {
    for (int i = 0; i < 200; ++i) {
      if (fleetStatus() == status) return true;
      std::this_thread::sleep_for(10ms);
    }
    return false;
  }

  ChatOutcome ask(ModelRouteSubscription& subscription, const std::string& model,
                  ChatClient& client) {
    auto table = subscription.routes();
    std::vector<const ai::v1::ModelRoute*> byName;
    for (const auto& [name, route] : table.routes) byName.push_back(&route);
    const auto* route = routeFor(byName, model);
    if (route == nullptr) {
      ADD_FAILURE() << "no route for " << model << " in version " << table.version;
      return {};
    }
    return client.send(*route, chat(model));
  }

  static std::string backend(const FakeOpenAiBackend& b, std::string extra = "") {
    return "{name: " + b.name() + ", host: 127.0.0.1, port: " + std::to_string(b.port()) +
           (extra.empty() ? "" : ", " + extra) + "}";
  }

  FakeOpenAiBackend a_{"a"};
  FakeOpenAiBackend b_{"b"};
  snapshot::SnapshotStore store_;
  fleet::FleetRegistry fleet_{10ms};
  std::unique_ptr<xds::XdsServer> server_;
  std::string version_;
  int published_ = 0;
};

TEST_F(SubscriberEndToEnd, AcksTheRoutesAndSendsTheRequestAsTheBackendWantsIt) {
  publish("- name: chat\n  models: [{exact: gpt-test}]\n  backends:\n  - " +
          backend(a_, "path_rewrite: /custom/chat, model_override: served-model, "
                      "api_key_secret: a-key, weight: 1") +
          "\n  - " + backend(b_, "weight: 0") + "\n");
  auto subscription = subscribe();
  ASSERT_TRUE(answeredLatest(*subscription));
  EXPECT_TRUE(subscription->lastRejection().empty());
  EXPECT_TRUE(waitForFleet(fleet::SyncStatus::Synced));

  ApiKeys keys;
  keys.set("a-key", "sk-test-123");
  ChatClient client(keys, 7);
  auto outcome = ask(*subscription, "gpt-test", client);
  ASSERT_TRUE(outcome.ok()) << outcome.body;
  EXPECT_EQ(answeredBy(outcome), "a");
  auto seen = a_.lastRequest();
  EXPECT_EQ(seen.path, "/custom/chat");
  EXPECT_EQ(seen.model, "served-model");
  EXPECT_EQ(seen.modelHeader, "gpt-test");
  EXPECT_EQ(seen.authorization, "Bearer sk-test-123");
  EXPECT_EQ(b_.requests(), 0);
}

TEST_F(SubscriberEndToEnd, AWeightChangeMovesTrafficAfterThePublish) {
  auto routes = [&](int weightA, int weightB) {
    return "- name: chat\n  models: [{prefix: gpt-}]\n  backends:\n  - " +
           backend(a_, "weight: " + std::to_string(weightA)) + "\n  - " +
           backend(b_, "weight: " + std::to_string(weightB)) + "\n";
  };
  publish(routes(1, 0));
  auto subscription = subscribe();
  ASSERT_TRUE(answeredLatest(*subscription));
  ChatClient client({}, 11);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(answeredBy(ask(*subscription, "gpt-4o", client)), "a");

  publish(routes(0, 1));
  ASSERT_TRUE(answeredLatest(*subscription));
  for (int i = 0; i < 5; ++i) EXPECT_EQ(answeredBy(ask(*subscription, "gpt-4o", client)), "b");
  EXPECT_EQ(a_.requests(), 5);
  EXPECT_EQ(b_.requests(), 5);

  // An even split reaches both (a fixed seed: the same picks every run).
  publish(routes(1, 1));
  ASSERT_TRUE(answeredLatest(*subscription));
  for (int i = 0; i < 40; ++i) ask(*subscription, "gpt-4o", client);
  EXPECT_GT(a_.requests(), 5 + 10);
  EXPECT_GT(b_.requests(), 5 + 10);
}

TEST_F(SubscriberEndToEnd, FallsBackInPriorityOrderAndFollowsANewOrderAfterPublish) {
  publish("- name: chat\n  models: [{exact: gpt-test}]\n  backends:\n  - " + backend(a_) +
          "\n  - " + backend(b_, "priority: 1") + "\n");
  auto subscription = subscribe();
  ASSERT_TRUE(answeredLatest(*subscription));
  ChatClient client({}, 3);

  a_.failWith(503);
  auto outcome = ask(*subscription, "gpt-test", client);
  EXPECT_EQ(answeredBy(outcome), "b");
  ASSERT_EQ(outcome.attempts.size(), 2u);
  EXPECT_EQ(outcome.attempts[0].backend, "a");
  EXPECT_EQ(outcome.attempts[0].status, 503);

  a_.failWith(429);
  EXPECT_EQ(answeredBy(ask(*subscription, "gpt-test", client)), "b");
  EXPECT_EQ(a_.requests(), 2);

  // b first now: a is not even tried.
  publish("- name: chat\n  models: [{exact: gpt-test}]\n  backends:\n  - " +
          backend(a_, "priority: 1") + "\n  - " + backend(b_) + "\n");
  ASSERT_TRUE(answeredLatest(*subscription));
  outcome = ask(*subscription, "gpt-test", client);
  EXPECT_EQ(answeredBy(outcome), "b");
  EXPECT_EQ(outcome.attempts.size(), 1u);
  EXPECT_EQ(a_.requests(), 2);

  // Both fail: the last answer is what the caller gets.
  b_.failWith(503);
  outcome = ask(*subscription, "gpt-test", client);
  EXPECT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.status, 429);
  EXPECT_EQ(outcome.backend, "a");
}

TEST_F(SubscriberEndToEnd, FallsBackWhenTheFirstBackendCannotBeReached) {
  int deadPort;
  {
    FakeOpenAiBackend gone("gone");
    deadPort = gone.port();
  }
  publish("- name: chat\n  models: [{exact: gpt-test}]\n  backends:\n  - {name: gone, host: "
          "127.0.0.1, port: " + std::to_string(deadPort) + "}\n  - " + backend(b_, "priority: 1") +
          "\n");
  auto subscription = subscribe();
  ASSERT_TRUE(answeredLatest(*subscription));
  ChatClient client({}, 5);
  auto outcome = ask(*subscription, "gpt-test", client);
  EXPECT_EQ(answeredBy(outcome), "b");
  ASSERT_EQ(outcome.attempts.size(), 2u);
  EXPECT_EQ(outcome.attempts[0].status, 0);
  EXPECT_TRUE(outcome.attempts[0].connectFailed) << outcome.attempts[0].error;
}

TEST_F(SubscriberEndToEnd, NacksAnUnusableRouteAndKeepsTheRoutesItHad) {
  publish("- name: chat\n  models: [{exact: gpt-test}]\n  backends:\n  - " + backend(a_) + "\n");
  auto subscription = subscribe();
  ASSERT_TRUE(answeredLatest(*subscription));
  std::string good = subscription->routes().version;

  // Not from the compiler (which refuses it): a control plane that serves a route with no
  // backends must be refused by the subscriber itself.
  ai::v1::ModelRoute broken;
  broken.set_name("broken");
  broken.add_models()->set_exact("gpt-test");
  ai::v1::ModelRoute chatRoute = subscription->routes().routes.at("chat");
  serve({snapshot::Resource::fromMessage(chatRoute, "chat"),
         snapshot::Resource::fromMessage(broken, "broken")});
  ASSERT_TRUE(answeredLatest(*subscription));
  EXPECT_THAT(subscription->lastRejection(),
              HasSubstr("model route 'broken': backends: no backends"));
  EXPECT_EQ(subscription->routes().version, good);
  ASSERT_TRUE(waitForFleet(fleet::SyncStatus::Nacked));
  EXPECT_THAT(proxy()->types.at(std::string(snapshot::type_url::kModelRoute)).lastNack->message,
              HasSubstr("no backends"));

  ChatClient client({}, 1);
  EXPECT_EQ(answeredBy(ask(*subscription, "gpt-test", client)), "a");

  publish("- name: chat\n  models: [{exact: gpt-test}]\n  backends:\n  - " + backend(b_) + "\n");
  ASSERT_TRUE(answeredLatest(*subscription));
  EXPECT_TRUE(subscription->lastRejection().empty());
  EXPECT_TRUE(waitForFleet(fleet::SyncStatus::Synced));
  EXPECT_EQ(answeredBy(ask(*subscription, "gpt-test", client)), "b");
}

// The program itself, as a user runs it.
std::pair<int, std::string> run(const std::string& arguments) {
  std::string command = std::string(MESHDESK_AI_CLIENT_BIN) + " " + arguments + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::string output;
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

TEST_F(SubscriberEndToEnd, TheCommandLineClientSendsTheRequestWhereTheRouteSays) {
  publish("- name: chat\n  models: [{exact: gpt-test}]\n  backends:\n  - " +
          backend(a_, "priority: 0, api_key_secret: a-key") + "\n  - " + backend(b_, "priority: 1") +
          "\n");
  a_.failWith(503);
  auto [code, output] = run("--xds " + server_->address() + " --model gpt-test --key a-key=sk-cli");
  EXPECT_EQ(code, 0) << output;
  EXPECT_THAT(output, HasSubstr("backend a: 503"));
  EXPECT_THAT(output, HasSubstr("\"backend\":\"b\""));
  EXPECT_EQ(a_.lastRequest().authorization, "Bearer sk-cli");

  auto [unknownCode, unknown] = run("--xds " + server_->address() + " --model other");
  EXPECT_EQ(unknownCode, 4);
  EXPECT_THAT(unknown, HasSubstr("no model route serves 'other'"));

  auto [listCode, list] = run("--xds " + server_->address() + " --list");
  EXPECT_EQ(listCode, 0);
  EXPECT_THAT(list, HasSubstr("version " + version_ + ": 1 model route(s)"));
  EXPECT_THAT(list, HasSubstr("chat: gpt-test -> a(127.0.0.1:" + std::to_string(a_.port()) +
                              ", priority 0, weight 0) b("));

  // --watch prints each version until told to stop (here by SIGTERM after a second).
  auto [watchCode, watch] =
      run("--xds " + server_->address() + " --watch & sleep 1; kill -TERM $!; wait $!");
  EXPECT_EQ(watchCode, 0) << watch;
  EXPECT_THAT(watch, HasSubstr("version " + version_));
}

TEST(MeshdeskAiClient, HelpNamesTheOptionsAndBadArgumentsExitWith2) {
  auto [code, output] = run("--help");
  EXPECT_EQ(code, 0);
  for (const char* option : {"--xds", "--model", "--key", "--list", "--watch"})
    EXPECT_THAT(output, HasSubstr(option));
  EXPECT_EQ(run("--model").first, 2);
  EXPECT_EQ(run("--model m --key novalue").first, 2);
  EXPECT_EQ(run("").first, 2);
}

}  // namespace
}  // namespace meshdesk::aiclient
