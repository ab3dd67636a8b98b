#include "editors/ai_provider_presets.h"

#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace meshdesk::app {

using Backend = meshdesk::ai::v1::Backend;

const QString AiProviderPresets::kMimeType = QStringLiteral("application/x-meshdesk-ai-provider");

namespace {

AiProviderPreset preset(QString id, QString title, QString hint, Backend::Provider provider,
                        const char* host, unsigned port, bool tls, const char* pathRewrite,
                        const char* keyEnv, QColor colour) {
  AiProviderPreset p;
  p.id = std::move(id);
  p.title = std::move(title);
  p.hint = std::move(hint);
  p.backend.set_provider(provider);
  p.backend.set_host(host);
  p.backend.set_port(port);
  p.backend.set_tls(tls);
  p.backend.set_path_rewrite(pathRewrite);
  p.backend.set_api_key_env(keyEnv);
  p.colour = colour;
  return p;
}

}  // namespace

std::vector<AiProviderPreset> AiProviderPresets::all() {
  // Hosted APIs speak TLS on 443; self-hosted servers listen in plain HTTP on their usual port
  // (vLLM 8000, Ollama 11434) and serve the OpenAI path, so they need no rewrite.
  return {
      preset(QStringLiteral("openai"), tr("OpenAI"), tr("api.openai.com over TLS; choose the secret with the API key."),
             Backend::OPENAI, "api.openai.com", 443, true, "", "OPENAI_API_KEY", QColor(0x10, 0xa3, 0x7f)),
      preset(QStringLiteral("vllm"), tr("vLLM"), tr("A vLLM server (OpenAI-compatible) on port 8000; set its address."),
             Backend::OPENAI, "127.0.0.1", 8000, false, "", "", QColor(0x1c, 0x71, 0xd8)),
      preset(QStringLiteral("ollama"), tr("Ollama"), tr("An Ollama server (OpenAI-compatible API) on port 11434."),
             Backend::OPENAI, "127.0.0.1", 11434, false, "", "", QColor(0x5e, 0x5c, 0x64)),
      preset(QStringLiteral("anthropic"), tr("Anthropic"),
             tr("api.anthropic.com, Messages API (/v1/messages): clients must speak Anthropic's API."),
             Backend::ANTHROPIC, "api.anthropic.com", 443, true, "/v1/messages", "ANTHROPIC_API_KEY",
             QColor(0xc6, 0x46, 0x00)),
      preset(QStringLiteral("azure-openai"), tr("Azure OpenAI"),
             tr("Replace the resource name in the host and the deployment in the path."),
             Backend::AZURE_OPENAI, "my-resource.openai.azure.com", 443, true,
             "/openai/deployments/my-deployment/chat/completions?api-version=2024-10-21",
             "AZURE_OPENAI_API_KEY", QColor(0x00, 0x78, 0xd4)),
      preset(QStringLiteral("gemini"), tr("Gemini"), tr("Google Gemini's OpenAI-compatible endpoint."),
             Backend::GEMINI_OPENAI, "generativelanguage.googleapis.com", 443, true,
             "/v1beta/openai/chat/completions", "GEMINI_API_KEY", QColor(0x81, 0x3d, 0x9c)),
  };
}

std::optional<AiProviderPreset> AiProviderPresets::find(const QString& id) {
  for (AiProviderPreset& p : all()) {
    if (p.id == id) return std::move(p);
  }
  return std::nullopt;
}

QMimeData* AiProviderPresets::encode(const QString& id) {
  auto* data = new QMimeData;
  data->setData(kMimeType, id.toUtf8());
  data->setText(id);
  return data;
}

QString AiProviderPresets::decode(const QMimeData* data) {
  if (data == nullptr || !data->hasFormat(kMimeType)) return {};
  const QString id = QString::fromUtf8(data->data(kMimeType));
  return find(id) ? id : QString();
}

QIcon AiProviderPresets::icon(const AiProviderPreset& p) {
  QPixmap pixmap(32, 32);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(Qt::NoPen);
  painter.setBrush(p.colour);
  painter.drawEllipse(QRectF(1, 1, 30, 30));
  QFont font = painter.font();
  font.setBold(true);
  font.setPixelSize(16);
  painter.setFont(font);
  painter.setPen(Qt::white);
  painter.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, p.title.left(1).toUpper());
  return QIcon(pixmap);
}

QString AiProviderPresets::providerTitle(Backend::Provider provider) {
  switch (provider) {
    case Backend::PROVIDER_UNSPECIFIED:
    case Backend::OPENAI: return tr("OpenAI-compatible");
    case Backend::ANTHROPIC: return tr("Anthropic");
    case Backend::AZURE_OPENAI: return tr("Azure OpenAI");
    case Backend::GEMINI_OPENAI: return tr("Gemini (OpenAI-compatible)");
    default: break;
  }
  return {};
}

}  // namespace meshdesk::app
