#pragma once
// What the AI route editor's tests share: the console on a copy of tests/ai/data/openai-split.yaml
// (an edge listener whose "api" virtual host gains AI route "chat": gpt-4o split 80/20 between
// OpenAI and a vLLM server), the route selected in the navigator, and its ModelRoute as the
// workspace holds it after each edit.

#include <QUndoStack>

#include <filesystem>

#include "console_fixture.h"
#include "editors/ai_route_edits.h"
#include "editors/ai_route_editor.h"
#include "editors/editor_panel.h"
#include "workspace/resources_dock.h"

namespace meshdesk::app::testing {

class AiConsoleTest : public ConsoleTest {
 protected:
  void SetUp() override {
    ConsoleTest::SetUp();
    std::filesystem::copy_file(std::string(MESHDESK_SOURCE_DIR) + "/tests/ai/data/openai-split.yaml",
                               labPath.toStdString(), std::filesystem::copy_options::overwrite_existing);
  }

  static ResourceRef aiRef(int index, const QString& name) {
    ResourceRef ref;
    ref.level = ResourceRef::Level::AiRoute;
    ref.problem = index;
    ref.name = name;
    return ref;
  }

  // Opens the workspace and shows AI route `name` in its editor.
  AiRouteEditor* openChat(bool serve = false, const QString& name = QStringLiteral("chat")) {
    start(serve);
    openAi();
    return showRoute(name);
  }
  void openAi() { open(labPath); }
  AiRouteEditor* showRoute(const QString& name) {
    const int index = AiRouteEdits::indexOf(window->document().workspace(), name);
    EXPECT_GE(index, 0) << name.toStdString();
    EXPECT_TRUE(window->resourcesDock()->select(aiRef(index, name)));
    return qobject_cast<AiRouteEditor*>(window->editorPanel()->editor());
  }

  // The route as the workspace holds it now.
  meshdesk::ai::v1::ModelRoute route(const QString& name = QStringLiteral("chat")) const {
    const auto& ws = window->document().workspace();
    const int index = AiRouteEdits::indexOf(ws, name);
    if (index < 0) return {};
    return AiRouteEdits::read(ws.aiRoutes()[index]).value_or(meshdesk::ai::v1::ModelRoute());
  }
  static const meshdesk::ai::v1::Backend* backend(const meshdesk::ai::v1::ModelRoute& r,
                                                  const std::string& name) {
    for (const auto& b : r.backends()) {
      if (b.name() == name) return &b;
    }
    return nullptr;
  }
  // "openai:0:80 vllm:0:20": each backend as written, name:priority:weight.
  static std::string backends(const meshdesk::ai::v1::ModelRoute& r) {
    std::string out;
    for (const auto& b : r.backends()) {
      if (!out.empty()) out += ' ';
      out += b.name() + ':' + std::to_string(b.priority()) + ':' + std::to_string(b.weight());
    }
    return out;
  }
  QUndoStack* undo() const { return window->document().undoStack(); }
};

}  // namespace meshdesk::app::testing
