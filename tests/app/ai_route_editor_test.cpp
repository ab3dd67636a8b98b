// The AI route editor in the window, offscreen: the form and the YAML stay in step both ways,
// a provider dragged from the palette (as MIME data, the way a view drops it) adds a backend,
// weight sliders and drags in the backend list make the ModelRoute they should, every change is
// one undo step with a readable name, and the read-only pane shows what Envoy gets.

#include <QAbstractItemModelTester>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSlider>
#include <QTableView>

#include <fstream>
#include <memory>

#include "ai_fixture.h"
#include "editors/ai_backend_list.h"
#include "editors/ai_envoy_output.h"
#include "editors/ai_palette.h"
#include "editors/yaml_pane.h"
#include "models/resource_tree_model.h"

namespace meshdesk::app {
namespace {

using testing::waitFor;
using Backend = meshdesk::ai::v1::Backend;

class AiRouteEditorTest : public testing::AiConsoleTest {
 protected:
  QString yaml() const { return window->editorPanel()->yaml()->editor()->toPlainText(); }
  // What a drag of palette tile `id` carries, made by the palette's model as a view would ask.
  std::unique_ptr<QMimeData> dragProvider(AiRouteEditor* editor, const QString& id) const {
    AiPaletteModel* palette = editor->palette()->paletteModel();
    const int row = palette->rowOf(id);
    EXPECT_GE(row, 0) << id.toStdString();
    return std::unique_ptr<QMimeData>(palette->mimeData({palette->index(row)}));
  }
  std::unique_ptr<QMimeData> dragBackend(AiRouteEditor* editor, const QString& name) const {
    AiBackendListModel* list = editor->backends()->model();
    return std::unique_ptr<QMimeData>(list->mimeData({list->index(list->rowOf(name), 0)}));
  }
  QStringList rows(AiRouteEditor* editor) const {
    QStringList out;
    AiBackendListModel* list = editor->backends()->model();
    for (int row = 0; row < list->rowCount(); ++row) {
      out << list->nameAt(row) + QLatin1Char(' ') +
                 list->index(row, AiBackendListModel::ShareColumn).data().toString();
    }
    return out;
  }
};

TEST_F(AiRouteEditorTest, TheFormShowsTheRouteAndAFieldEditShowsInTheYaml) {
  AiRouteEditor* editor = openChat();
  ASSERT_NE(editor, nullptr);
  EXPECT_TRUE(window->editorPanel()->title().startsWith(QStringLiteral("AI route chat")))
      << window->editorPanel()->title().toStdString();
  EXPECT_EQ(editor->name()->text(), QStringLiteral("chat"));
  ASSERT_EQ(editor->models()->rowCount(), 2);
  EXPECT_EQ(editor->models()->rows()[1], (QStringList{QStringLiteral("prefix"), QStringLiteral("gpt-4o-mini")}));
  EXPECT_EQ(editor->listener()->currentText(), QStringLiteral("edge"));
  EXPECT_EQ(editor->virtualHost()->text(), QStringLiteral("api"));
  EXPECT_EQ(editor->timeout()->text(), QStringLiteral("120s"));
  EXPECT_TRUE(editor->retryOn429()->isChecked());
  EXPECT_FALSE(editor->retryOnConnectFailure()->isChecked());
  EXPECT_EQ(editor->rateLimit()->value(), 60);
  EXPECT_EQ(rows(editor), (QStringList{QStringLiteral("openai 80%"), QStringLiteral("vllm 20%")}));

  editor->timeout()->setText(QStringLiteral("90s"));
  emit editor->timeout()->editingFinished();
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Set AI route chat timeout to 90s"));
  EXPECT_EQ(route().timeout().seconds(), 90);
  EXPECT_TRUE(yaml().contains(QStringLiteral("timeout: 90s"))) << yaml().toStdString();

  // A field of the selected backend, named in the undo text by backend and route.
  editor->backends()->select(QStringLiteral("vllm"));
  EXPECT_EQ(editor->host()->text(), QStringLiteral("10.0.0.12"));
  editor->host()->setText(QStringLiteral("10.0.0.13"));
  emit editor->host()->editingFinished();
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Set host of vllm in chat to 10.0.0.13"));
  EXPECT_EQ(backend(route(), "vllm")->host(), "10.0.0.13");
  EXPECT_TRUE(yaml().contains(QStringLiteral("host: 10.0.0.13")));

  // The API key secret is chosen among the workspace's generic secrets.
  const int key = editor->apiKeySecret()->findData(QStringLiteral("openai-key"));
  ASSERT_GE(key, 0);
  editor->apiKeySecret()->setCurrentIndex(key);
  emit editor->apiKeySecret()->activated(key);
  EXPECT_EQ(backend(route(), "vllm")->api_key_secret(), "openai-key");
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Set API key secret of vllm in chat to openai-key"));

  undo()->undo();
  undo()->undo();
  undo()->undo();
  EXPECT_EQ(route().timeout().seconds(), 120);
  EXPECT_EQ(backend(route(), "vllm")->host(), "10.0.0.12");
  EXPECT_EQ(editor->timeout()->text(), QStringLiteral("120s"));
  EXPECT_FALSE(yaml().contains(QStringLiteral("10.0.0.13")));
}

TEST_F(AiRouteEditorTest, YamlTypedShowsInTheFormAndAMistakeIsShownWhereItIs) {
  AiRouteEditor* editor = openChat();
  ASSERT_NE(editor, nullptr);
  YamlPane* pane = window->editorPanel()->yaml();
  QString text = yaml();
  ASSERT_TRUE(text.contains(QStringLiteral("timeout: 120s")));
  text.replace(QStringLiteral("timeout: 120s"), QStringLiteral("timeout: 30s\nmodel_header: x-llm"));
  pane->editor()->setPlainText(text);
  pane->parseNow();
  EXPECT_EQ(pane->errors(), QString());
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Edit AI route chat as YAML"));
  EXPECT_EQ(editor->timeout()->text(), QStringLiteral("30s"));
  EXPECT_EQ(editor->modelHeader()->text(), QStringLiteral("x-llm"));
  EXPECT_EQ(route().model_header(), "x-llm");

  // Not a ModelRoute field: refused with its line and field, the route keeps what it had.
  const int steps = undo()->count();
  pane->editor()->setPlainText(yaml() + QStringLiteral("temperature: 0.2\n"));
  pane->parseNow();
  EXPECT_TRUE(pane->errors().contains(QStringLiteral("temperature"))) << pane->errors().toStdString();
  EXPECT_EQ(undo()->count(), steps);
  EXPECT_EQ(route().model_header(), "x-llm");
}

TEST_F(AiRouteEditorTest, AProviderDroppedOnTheBackendsOrOnTheRouteAddsABackend) {
  AiRouteEditor* editor = openChat();
  ASSERT_NE(editor, nullptr);
  AiBackendListModel* list = editor->backends()->model();
  QAbstractItemModelTester tester(list, QAbstractItemModelTester::FailureReportingMode::Fatal);

  // Below the last backend: a new last fallback, with Anthropic's defaults.
  auto anthropic = dragProvider(editor, QStringLiteral("anthropic"));
  ASSERT_TRUE(list->canDropMimeData(anthropic.get(), Qt::CopyAction, -1, 0, {}));
  list->dropMimeData(anthropic.get(), Qt::CopyAction, -1, 0, {});
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Add backend anthropic to chat"));
  const auto withAnthropic = route();
  const Backend* added = backend(withAnthropic, "anthropic");
  ASSERT_NE(added, nullptr);
  EXPECT_EQ(added->provider(), Backend::ANTHROPIC);
  EXPECT_EQ(added->host(), "api.anthropic.com");
  EXPECT_EQ(added->port(), 443u);
  EXPECT_TRUE(added->tls());
  EXPECT_EQ(added->path_rewrite(), "/v1/messages");
  EXPECT_EQ(added->priority(), 1u);
  EXPECT_EQ(rows(editor).last(), QStringLiteral("anthropic fallback 1"));

  // Onto vllm: beside it in the first choice, with a share of the traffic.
  auto ollama = dragProvider(editor, QStringLiteral("ollama"));
  list->dropMimeData(ollama.get(), Qt::CopyAction, -1, 0, list->index(list->rowOf(QStringLiteral("vllm")), 0));
  EXPECT_EQ(backends(route()), "openai:0:80 vllm:0:20 ollama:0:50 anthropic:1:0");
  EXPECT_EQ(backend(route(), "ollama")->port(), 11434u);
  EXPECT_FALSE(backend(route(), "ollama")->tls());

  // Onto the AI route in the navigator: the same edit; a second vLLM gets a name of its own,
  // and a workspace secret named after the provider becomes its key.
  ResourceTreeModel* tree = window->resourcesDock()->model();
  auto vllm = dragProvider(editor, QStringLiteral("vllm"));
  const QModelIndex chat = tree->indexOf(aiRef(0, QStringLiteral("chat")));
  ASSERT_TRUE(chat.isValid());
  ASSERT_TRUE(tree->canDropMimeData(vllm.get(), Qt::CopyAction, -1, 0, chat));
  tree->dropMimeData(vllm.get(), Qt::CopyAction, -1, 0, chat);
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Add backend vllm-2 to chat"));
  EXPECT_EQ(backend(route(), "vllm-2")->priority(), 2u);
  auto openai = dragProvider(editor, QStringLiteral("openai"));
  tree->dropMimeData(openai.get(), Qt::CopyAction, -1, 0, tree->indexOf(aiRef(0, QStringLiteral("chat"))));
  EXPECT_EQ(backend(route(), "openai-2")->api_key_secret(), "openai-key");
  // Not onto a cluster, nor between rows.
  EXPECT_FALSE(tree->canDropMimeData(openai.get(), Qt::CopyAction, 0, 0, tree->indexOf(aiRef(0, QStringLiteral("chat"))).parent()));

  // Undo takes them away one by one; redo brings them back.
  undo()->undo();
  undo()->undo();
  EXPECT_EQ(backend(route(), "vllm-2"), nullptr);
  EXPECT_EQ(list->rowOf(QStringLiteral("vllm-2")), -1);
  undo()->undo();
  undo()->undo();
  EXPECT_EQ(backends(route()), "openai:0:80 vllm:0:20");
  undo()->redo();
  EXPECT_EQ(backends(route()), "openai:0:80 vllm:0:20 anthropic:1:0");
  EXPECT_EQ(rows(editor).size(), 3);

  // Enter on a tile adds it at the end, like a drop below the list.
  emit editor->palette()->chosen(QStringLiteral("gemini"));
  EXPECT_EQ(backend(route(), "gemini")->path_rewrite(), "/v1beta/openai/chat/completions");
  EXPECT_EQ(backend(route(), "gemini")->priority(), 2u);
}

TEST_F(AiRouteEditorTest, TheWeightSliderSetsTheWeightAndOneDragIsOneUndoStep) {
  AiRouteEditor* editor = openChat();
  ASSERT_NE(editor, nullptr);
  QSlider* openai = editor->weightSlider(QStringLiteral("openai"));
  ASSERT_NE(openai, nullptr);
  EXPECT_EQ(openai->value(), 80);
  const int steps = undo()->count();
  openai->setValue(60);
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Set weight of openai in chat to 60"));
  EXPECT_EQ(backends(route()), "openai:0:60 vllm:0:20");
  EXPECT_EQ(rows(editor), (QStringList{QStringLiteral("openai 75%"), QStringLiteral("vllm 25%")}));

  // Moved step by step (the keyboard): merged into one step.
  openai = editor->weightSlider(QStringLiteral("openai"));
  openai->setValue(61);
  editor->weightSlider(QStringLiteral("openai"))->setValue(62);
  EXPECT_EQ(undo()->count(), steps + 1);
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Set weight of openai in chat to 62"));

  // While the handle is held nothing is edited; releasing it makes the edit.
  QSlider* vllm = editor->weightSlider(QStringLiteral("vllm"));
  vllm->setSliderDown(true);
  vllm->setValue(40);
  EXPECT_EQ(backend(route(), "vllm")->weight(), 20u);
  vllm->setSliderDown(false);
  emit vllm->sliderReleased();
  EXPECT_EQ(backends(route()), "openai:0:62 vllm:0:40");
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Set weight of vllm in chat to 40"));

  undo()->undo();
  undo()->undo();
  EXPECT_EQ(backends(route()), "openai:0:80 vllm:0:20");
  EXPECT_EQ(editor->weightSlider(QStringLiteral("openai"))->value(), 80);
}

TEST_F(AiRouteEditorTest, AWeightInAPriorityOfEqualSharesGivesTheRestToTheOthers) {
  meshdesk::ai::v1::ModelRoute r;
  r.set_name("chat");
  for (const char* name : {"a", "b", "c"}) r.add_backends()->set_name(name);
  auto change = AiRouteEdits::setWeight(r, QStringLiteral("a"), 50, nullptr);
  ASSERT_TRUE(change.has_value());
  EXPECT_EQ(backends(change->route), "a:0:50 b:0:25 c:0:25");
}

TEST_F(AiRouteEditorTest, DraggingABackendChangesTheFallbackOrder) {
  AiRouteEditor* editor = openChat();
  ASSERT_NE(editor, nullptr);
  AiBackendListModel* list = editor->backends()->model();

  // vllm below the list: a fallback of its own.
  auto vllm = dragBackend(editor, QStringLiteral("vllm"));
  ASSERT_TRUE(list->canDropMimeData(vllm.get(), Qt::MoveAction, 2, 0, {}));
  list->dropMimeData(vllm.get(), Qt::MoveAction, 2, 0, {});
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Move vllm to fallback priority 1 in chat"));
  EXPECT_EQ(backends(route()), "openai:0:80 vllm:1:20");
  EXPECT_EQ(rows(editor), (QStringList{QStringLiteral("openai 100%"), QStringLiteral("vllm fallback 1")}));

  // vllm above openai: vllm first, openai its fallback.
  vllm = dragBackend(editor, QStringLiteral("vllm"));
  list->dropMimeData(vllm.get(), Qt::MoveAction, 0, 0, {});
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Make vllm a first choice of chat"));
  EXPECT_EQ(backends(route()), "vllm:0:20 openai:1:80");

  // openai onto vllm: the same priority again, split by weight.
  auto openai = dragBackend(editor, QStringLiteral("openai"));
  list->dropMimeData(openai.get(), Qt::MoveAction, -1, 0, list->index(0, 0));
  EXPECT_EQ(backends(route()), "vllm:0:20 openai:0:80");

  // Dropped where it is: nothing to do, and the reason is told.
  openai = dragBackend(editor, QStringLiteral("openai"));
  QString why;
  EXPECT_FALSE(list->dropChange(openai.get(), -1, list->index(1, 0), &why).has_value());
  EXPECT_FALSE(why.isEmpty());
  // A backend of another route is not taken.
  std::unique_ptr<QMimeData> stranger(AiBackendListModel::encode(QStringLiteral("other"), QStringLiteral("x")));
  EXPECT_FALSE(list->canDropMimeData(stranger.get(), Qt::MoveAction, 0, 0, {}));

  undo()->undo();
  undo()->undo();
  undo()->undo();
  EXPECT_EQ(backends(route()), "openai:0:80 vllm:0:20");
  undo()->redo();
  EXPECT_EQ(backends(route()), "openai:0:80 vllm:1:20");
}

TEST_F(AiRouteEditorTest, ThePaneShowsWhatEnvoyGetsAndTheCompilersProblems) {
  AiRouteEditor* editor = openChat();
  ASSERT_NE(editor, nullptr);
  AiEnvoyOutput* output = editor->envoyOutput();
  ASSERT_TRUE(waitFor([&] { return output->current(); }));
  const QString text = output->text();
  EXPECT_TRUE(text.contains(QStringLiteral("name: ai-chat-openai"))) << text.toStdString();
  EXPECT_TRUE(text.contains(QStringLiteral("name: ai-chat-header")));
  EXPECT_TRUE(text.contains(QStringLiteral("model_routes:")));
  EXPECT_TRUE(output->textView()->isReadOnly());
  // vLLM's model_override is not something Envoy can do: a warning about that field.
  EXPECT_TRUE(output->problems().join('\n').contains(QStringLiteral("backends[1].model_override")))
      << output->problems().join('\n').toStdString();

  // A backend without a host is an error, named by its field; the output leaves the route out.
  editor->backends()->select(QStringLiteral("vllm"));
  editor->host()->setText(QString());
  emit editor->host()->editingFinished();
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Clear host of vllm in chat"));
  ASSERT_TRUE(waitFor([&] { return output->current(); }));
  EXPECT_TRUE(output->problems().join('\n').contains(QStringLiteral("backends[1].host")))
      << output->problems().join('\n').toStdString();
  EXPECT_FALSE(output->text().contains(QStringLiteral("ai-chat-openai")));

  // Activating the problem takes the cursor to that backend's field.
  QListWidget* problems = output->problemList();
  for (int i = 0; i < problems->count(); ++i) {
    if (problems->item(i)->text().startsWith(QStringLiteral("backends[1].host"))) {
      emit problems->itemActivated(problems->item(i));
    }
  }
  EXPECT_EQ(editor->backends()->selected(), QStringLiteral("vllm"));
  EXPECT_TRUE(editor->host()->hasFocus() || QApplication::focusWidget() == editor->host());
}

TEST_F(AiRouteEditorTest, TheNavigatorMakesRenamesAndDeletesAiRoutesUndoably) {
  start(false);
  openAi();
  ResourcesDock* dock = window->resourcesDock();
  ResourceTreeModel* tree = dock->model();
  ASSERT_TRUE(dock->select(aiRef(0, QStringLiteral("chat"))));

  dock->createHere();
  EXPECT_EQ(undo()->undoText(), QStringLiteral("New AI route chat-2"));
  EXPECT_EQ(dock->current(), aiRef(1, QStringLiteral("chat-2")));
  auto* editor = qobject_cast<AiRouteEditor*>(window->editorPanel()->editor());
  ASSERT_NE(editor, nullptr);
  EXPECT_EQ(editor->name()->text(), QStringLiteral("chat-2"));

  ASSERT_TRUE(tree->setData(tree->indexOf(aiRef(1, QStringLiteral("chat-2"))), QStringLiteral("summaries")));
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Rename AI route chat-2 to summaries"));
  EXPECT_EQ(window->document().workspace().aiRoutes()[1].name, "summaries");
  // Taken names are refused.
  EXPECT_FALSE(tree->setData(tree->indexOf(aiRef(1, QStringLiteral("summaries"))), QStringLiteral("chat")));

  dock->select(aiRef(0, QStringLiteral("chat")));
  dock->duplicateCurrent();
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Duplicate AI route chat as chat-copy"));
  EXPECT_EQ(window->document().workspace().aiRoutes().size(), 3u);
  EXPECT_EQ(route(QStringLiteral("chat-copy")).backends_size(), 2);

  dock->deleteCurrent();
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Delete AI route chat-copy"));
  EXPECT_EQ(window->document().workspace().aiRoutes().size(), 2u);

  undo()->undo();
  undo()->undo();
  undo()->undo();
  undo()->undo();
  ASSERT_EQ(window->document().workspace().aiRoutes().size(), 1u);
  EXPECT_EQ(window->document().workspace().aiRoutes()[0].name, "chat");
}

TEST_F(AiRouteEditorTest, AnEntryThatDoesNotReadIsEditedAsYamlWithItsErrors) {
  std::ofstream(labPath.toStdString(), std::ios::app)
      << "- name: broken\n  models: [{ exact: m }]\n  backends: [{ name: a, host: h, weight: heavy }]\n";
  start(false);
  openAi();
  ASSERT_TRUE(window->resourcesDock()->select(aiRef(1, QStringLiteral("broken"))));
  EXPECT_EQ(window->editorPanel()->editor(), nullptr);
  YamlPane* pane = window->editorPanel()->yaml();
  EXPECT_FALSE(pane->editor()->isReadOnly());
  EXPECT_TRUE(pane->errors().contains(QStringLiteral("weight"))) << pane->errors().toStdString();

  // Fixed in the YAML: the form appears.
  QString text = yaml();
  text.replace(QStringLiteral("heavy"), QStringLiteral("3"));
  pane->editor()->setPlainText(text);
  pane->parseNow();
  EXPECT_EQ(pane->errors(), QString());
  auto* editor = qobject_cast<AiRouteEditor*>(window->editorPanel()->editor());
  ASSERT_NE(editor, nullptr);
  EXPECT_EQ(backends(route(QStringLiteral("broken"))), "a:0:3");
}

}  // namespace
}  // namespace meshdesk::app
