#pragma once
// The edits of the `ai_routes` section, each one undoable WorkspaceEdit with a name a person
// reads in Edit > Undo ("Add backend vllm to chat", "Set weight of openai in chat to 80").
// Route-level edits (new, duplicate, delete, rename, replace) take the workspace; backend edits
// (add from a provider preset, weight, fallback order, remove) take one ModelRoute and give the
// changed one with its name, so the editor and the navigator make the same change. Pure
// functions, tested without widgets.

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

#include "document/workspace_document.h"
#include "editors/ai_provider_presets.h"
#include "meshdesk/ai/v1/model_route.pb.h"
#include "schema/schema_error.h"

namespace meshdesk::app {

// A ModelRoute after one backend edit, with the edit's undo text.
struct ModelRouteChange {
  meshdesk::ai::v1::ModelRoute route;
  QString text;
  QString mergeKey;  // edits of one slider being dragged merge into one undo step
};

class AiRouteEdits {
  Q_DECLARE_TR_FUNCTIONS(meshdesk::app::AiRouteEdits)

 public:
  using Result = std::optional<WorkspaceEdit>;
  using ModelRoute = meshdesk::ai::v1::ModelRoute;

  // What an `ai_routes` entry says, read with the schema converter; nothing (and the errors,
  // placed in the entry) when it does not read as a ModelRoute.
  static std::optional<ModelRoute> read(const workspace::AiRoute& entry,
                                        std::vector<schema::SchemaError>* errors = nullptr);
  // The entry written for `route`, keeping `location` (where the original was in the file).
  static workspace::AiRoute entryOf(const ModelRoute& route,
                                    const workspace::SourceLocation& location = {});

  // Entry `index` becomes `route` (a rename too, refused when the name is another route's).
  static Result replace(const workspace::Workspace& ws, int index, const ModelRoute& route,
                        const QString& text, const QString& mergeKey, QString* why);
  // A new route at the end, named "chat" (or chat-2, ...), serving one model and no backend yet.
  static Result create(const workspace::Workspace& ws, QString* why, int* created = nullptr);
  // A copy right after the original, named "<name>-copy" (then -copy-2, ...).
  static Result duplicate(const workspace::Workspace& ws, int index, QString* why,
                          int* created = nullptr);
  static Result remove(const workspace::Workspace& ws, int index, QString* why);
  static Result rename(const workspace::Workspace& ws, int index, const QString& name,
                       QString* why);
  // Adds a backend from provider `presetId` to route `index` (see addBackend below).
  static Result addProvider(const workspace::Workspace& ws, int index, const QString& presetId,
                            QString* why);

  // A backend from `preset`, named after it (vllm, vllm-2, ...), taking the workspace's generic
  // secret named "<preset>-key" or "<preset>" if there is one. Where it goes, in fallback order
  // (the rows of fallbackOrder()): `row` -1 makes it the last fallback (the only backend of a
  // route that has none); otherwise it goes before that row (see moveBackend for the priority).
  static std::optional<ModelRouteChange> addBackend(const ModelRoute& route,
                                                    const AiProviderPreset& preset,
                                                    const workspace::Workspace* ws, int row,
                                                    bool onto, QString* why);
  // Sets a backend's weight (its share within its priority). In a priority where every weight
  // is 0 (equal shares), the others share what is left of 100, so the slider means what it says.
  static std::optional<ModelRouteChange> setWeight(const ModelRoute& route, const QString& backend,
                                                   std::uint32_t weight, QString* why);
  // Moves a backend in fallback order. Dropped `onto` row `row`: it joins that backend's
  // priority (the traffic of that priority is then split). Dropped before row `row` (the row
  // count: at the end): between two backends of one priority it joins that priority; anywhere
  // else it becomes a priority of its own there. Priorities are then renumbered 0, 1, 2, ... and
  // the backends written in fallback order.
  static std::optional<ModelRouteChange> moveBackend(const ModelRoute& route,
                                                     const QString& backend, int row, bool onto,
                                                     QString* why);
  static std::optional<ModelRouteChange> removeBackend(const ModelRoute& route,
                                                       const QString& backend, QString* why);

  // Backend indexes in fallback order: by priority, then as written.
  static std::vector<int> fallbackOrder(const ModelRoute& route);
  // The name not yet taken by a backend of `route`: `base`, else base-2, base-3, ...
  static QString freeBackendName(const ModelRoute& route, const QString& base);
  // The name not yet taken by an AI route: `base`, else base-2, base-3, ...
  static QString freeRouteName(const workspace::Workspace& ws, const QString& base);
  // The index of the AI route named `name`, or -1.
  static int indexOf(const workspace::Workspace& ws, const QString& name);
};

}  // namespace meshdesk::app
