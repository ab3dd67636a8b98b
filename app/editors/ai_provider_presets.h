#pragma once
// The LLM providers the AI route editor offers in its palette, each a backend with the defaults
// that provider needs (host, port, TLS, the path it serves chat completions on, the key's
// environment variable). Dragging a provider carries only its id, as MIME data, so that a drop
// onto the backend list or onto an AI route in the navigator is the same edit, and a test makes
// it without a mouse.

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include <optional>
#include <vector>

#include "meshdesk/ai/v1/model_route.pb.h"

class QMimeData;

namespace meshdesk::app {

struct AiProviderPreset {
  QString id;     // "openai", "vllm", ...: what a drag carries, and the new backend's name
  QString title;  // "OpenAI", as the palette shows it
  QString hint;   // what to change after adding it (tooltip)
  meshdesk::ai::v1::Backend backend;  // name left empty
  QColor colour;  // the palette tile's badge
};

class AiProviderPresets {
  Q_DECLARE_TR_FUNCTIONS(meshdesk::app::AiProviderPresets)

 public:
  static const QString kMimeType;

  // OpenAI, vLLM, Ollama, Anthropic, Azure OpenAI, Gemini (OpenAI-compatible), in that order;
  // titles and hints in the current language.
  static std::vector<AiProviderPreset> all();
  // Nothing when there is no preset `id`.
  static std::optional<AiProviderPreset> find(const QString& id);

  // What dragging the preset carries (the caller owns it).
  static QMimeData* encode(const QString& id);
  // The preset id a drag carries; empty when it carries none.
  static QString decode(const QMimeData* data);

  // A round badge with the provider's initial, for the palette and the backend list.
  static QIcon icon(const AiProviderPreset& preset);
  // The provider's title for a backend's provider field ("OpenAI-compatible" for OPENAI).
  static QString providerTitle(meshdesk::ai::v1::Backend::Provider provider);
};

}  // namespace meshdesk::app
