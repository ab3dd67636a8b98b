// AI routes end to end, offscreen: the request tester says which AI backends a model reaches
// (named in the body or in a header) through the workspace as Envoy gets it; the compiler's
// errors are validation findings that lead to their field; and a route edited in the editor is
// published through the embedded control plane to a real ADS subscriber of
// type.googleapis.com/meshdesk.ai.v1.ModelRoute on a gRPC stream to 127.0.0.1.

#include <QMimeData>
#include <QSignalSpy>
#include <QSlider>

#include <algorithm>
#include <mutex>
#include <thread>

#include "ads_client.h"
#include "ai_fixture.h"
#include "editors/ai_backend_list.h"
#include "editors/ai_palette.h"
#include "meshdesk/ai/v1/model_route.pb.h"
#include "models/finding_list_model.h"
#include "snapshot/type_url.h"
#include "tester/request_tester_dock.h"
#include "validation/validation_dock.h"
#include "validation/validation_runner.h"

namespace meshdesk::app {
namespace {

using namespace std::chrono_literals;
using testing::waitFor;
using meshdesk::ai::v1::ModelRoute;

std::optional<ModelRoute> routeIn(const testing::AdsClient::Response& response, const std::string& name) {
  for (const auto& any : response.resources()) {
    ModelRoute r;
    if (any.UnpackTo(&r) && r.name() == name) return r;
  }
  return std::nullopt;
}

std::string weights(const ModelRoute& r) {
  std::string out;
  for (const auto& b : r.backends()) out += b.name() + "=" + std::to_string(b.weight()) + " ";
  return out;
}

class AiRoutePublishTest : public testing::AiConsoleTest {
 protected:
  QString ask(const QString& model, const QString& headers = {}) {
    RequestTesterDock* tester = window->requestTester();
    QSignalSpy decided(tester, &RequestTesterDock::decided);
    tester->setRequest(QStringLiteral("api.example.com"), QStringLiteral("/v1/chat/completions"), headers, model);
    tester->evaluate();
    EXPECT_TRUE(decided.wait(10000));
    lastRefs = decided.isEmpty() ? QList<ResourceRef>{} : decided.at(0).at(1).value<QList<ResourceRef>>();
    return tester->resultText();
  }
  QList<ResourceRef> lastRefs;
};

TEST_F(AiRoutePublishTest, TheRequestTesterNamesTheBackendsAModelReaches) {
  start(false);
  openAi();
  // The model in the JSON body: json_to_metadata puts it where the body route matches.
  QString answer = ask(QStringLiteral("gpt-4o"));
  EXPECT_TRUE(answer.contains(QStringLiteral("AI route chat: openai 80%, vllm 20%"))) << answer.toStdString();
  ASSERT_FALSE(lastRefs.isEmpty());
  EXPECT_EQ(lastRefs.front(), aiRef(0, QStringLiteral("chat")));
  EXPECT_EQ(window->resourcesDock()->current(), aiRef(0, QStringLiteral("chat")));

  // The model in the header, matching the prefix.
  answer = ask({}, QStringLiteral("x-ai-model: gpt-4o-mini-2024-07-18"));
  EXPECT_TRUE(answer.contains(QStringLiteral("AI route chat: openai 80%, vllm 20%"))) << answer.toStdString();

  // A model the route does not serve goes on to the user's own catch-all, named in their routes.
  answer = ask(QStringLiteral("llama-3"));
  EXPECT_TRUE(answer.contains(QStringLiteral("cluster web"))) << answer.toStdString();
  ASSERT_FALSE(lastRefs.isEmpty());
  EXPECT_EQ(lastRefs.front().level, ResourceRef::Level::Route);
  EXPECT_EQ(lastRefs.front().route, 0);

  // After an edit the tester answers for the new workspace: vllm as a fallback.
  AiRouteEditor* editor = showRoute(QStringLiteral("chat"));
  ASSERT_NE(editor, nullptr);
  AiBackendListModel* list = editor->backends()->model();
  std::unique_ptr<QMimeData> vllm(list->mimeData({list->index(list->rowOf(QStringLiteral("vllm")), 0)}));
  list->dropMimeData(vllm.get(), Qt::MoveAction, 2, 0, {});
  answer = ask(QStringLiteral("gpt-4o"));
  EXPECT_TRUE(answer.contains(QStringLiteral("AI route chat: openai; then vllm"))) << answer.toStdString();
}

TEST_F(AiRoutePublishTest, CompilerErrorsAreValidationFindingsThatLeadToTheirField) {
  AiRouteEditor* editor = openChat();
  ASSERT_NE(editor, nullptr);
  editor->backends()->select(QStringLiteral("openai"));
  editor->tls()->setChecked(false);  // toggled: one edit
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Set TLS of openai in chat to off"));
  editor->listener()->setEditText(QStringLiteral("nowhere"));
  emit editor->listener()->lineEdit()->editingFinished();
  EXPECT_EQ(route().attach().listener(), "nowhere");

  window->validation()->runNow();
  ASSERT_TRUE(waitFor([&] { return window->validation()->revision() == window->document().revision(); }, 10s));
  const auto& findings = window->validation()->findings();
  const auto it = std::find_if(findings.begin(), findings.end(), [](const validate::Finding& f) {
    return f.rule == "ai_route" && f.severity == validate::Severity::kError;
  });
  ASSERT_NE(it, findings.end());
  EXPECT_EQ(it->resource, "chat");
  EXPECT_EQ(it->path.rfind("ai_routes[0]", 0), 0u) << it->path;
  EXPECT_TRUE(window->validationDock()->summary().contains(QStringLiteral("error"))) << window->validationDock()->summary().toStdString();
}

TEST_F(AiRoutePublishTest, CompilingAgainAndAgainLeavesTheSharedSnapshotAsItWas) {
  // Validation, the tester and the editor's pane all compile the one snapshot the document
  // shares; a compile that places a warning (vLLM's model_override) must not change it.
  AiRouteEditor* editor = openChat();
  ASSERT_NE(editor, nullptr);
  const std::string before = window->document().snapshot()->toYaml();
  for (int run = 0; run < 2; ++run) {
    window->validation()->runNow();
    ASSERT_TRUE(waitFor([&] { return !window->validation()->running(); }, 10s));
    EXPECT_EQ(validate::countErrors(window->validation()->findings()), 0u) << "run " << run;
    EXPECT_TRUE(ask(QStringLiteral("gpt-4o")).contains(QStringLiteral("AI route chat")));
  }
  EXPECT_EQ(window->document().snapshot()->toYaml(), before);
  EXPECT_NE(before.find("- name: chat"), std::string::npos);
}

TEST_F(AiRoutePublishTest, AnEditedAiRouteIsPublishedToAModelRouteSubscriber) {
  AiRouteEditor* editor = openChat(true);
  ASSERT_NE(editor, nullptr);
  testing::AckingSubscriber subscriber(plane->xds().address(), "ai-subscriber",
                                       std::string(snapshot::type_url::kModelRoute));
  ASSERT_TRUE(waitFor([&] { return subscriber.last().has_value(); }, 10s));
  EXPECT_EQ(subscriber.last()->version_info(), "1");
  auto chat = routeIn(*subscriber.last(), "chat");
  ASSERT_TRUE(chat.has_value());
  EXPECT_EQ(weights(*chat), "openai=80 vllm=20 ");

  // A weight through its slider, and a fallback dragged from the palette.
  editor->weightSlider(QStringLiteral("openai"))->setValue(50);
  editor->weightSlider(QStringLiteral("vllm"))->setValue(50);
  AiPaletteModel* palette = editor->palette()->paletteModel();
  std::unique_ptr<QMimeData> gemini(palette->mimeData({palette->index(palette->rowOf(QStringLiteral("gemini")))}));
  editor->backends()->model()->dropMimeData(gemini.get(), Qt::CopyAction, -1, 0, {});
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Add backend gemini to chat"));

  QSignalSpy published(window.get(), &MainWindow::published);
  window->publish(QStringLiteral("Even split, Gemini as fallback"));
  ASSERT_TRUE(published.wait(10000));
  const auto outcome = published.at(0).at(0).value<controlplane::PublishOutcome>();
  ASSERT_EQ(outcome.status, controlplane::PublishOutcome::Status::Published) << outcome.summary();

  ASSERT_TRUE(waitFor([&] { return subscriber.last() && subscriber.last()->version_info() == "2"; }, 10s));
  chat = routeIn(*subscriber.last(), "chat");
  ASSERT_TRUE(chat.has_value());
  EXPECT_EQ(weights(*chat), "openai=50 vllm=50 gemini=0 ");
  ASSERT_EQ(chat->backends_size(), 3);
  EXPECT_EQ(chat->backends(2).priority(), 1u);
  EXPECT_EQ(chat->backends(2).host(), "generativelanguage.googleapis.com");
  EXPECT_EQ(chat->backends(2).path_rewrite(), "/v1beta/openai/chat/completions");
  // Published with every default written out: the SNI and connect timeout nobody typed.
  EXPECT_EQ(chat->backends(2).sni(), "generativelanguage.googleapis.com");
  EXPECT_EQ(chat->backends(2).connect_timeout().seconds(), 5);
  // What the console holds is as it was before publishing.
  EXPECT_EQ(window->document().snapshot()->toYaml(), window->document().workspace().toYaml());
  EXPECT_EQ(backends(route()), "openai:0:50 vllm:0:50 gemini:1:0");
}

}  // namespace
}  // namespace meshdesk::app
