#pragma once
// An AI model route (meshdesk.ai.v1.ModelRoute, an entry of `ai_routes`) as a form: its name,
// the models it serves and where it joins Envoy (listener, virtual host, path), its backends
// in fallback order with a weight slider each and the selected backend's details (provider,
// host, TLS and SNI, path rewrite, model override, the API key's secret), its timeout, retries
// and rate limit; and, read-only, what Envoy gets from it with the compiler's errors and
// warnings. A palette of providers sits above the backends: drag one onto them to add a backend.
//
// Like every editor it never changes the workspace: each change is emitted as the whole new
// ModelRoute with its undo text, and the editor panel makes it one undoable edit.

#include "editors/ai_route_edits.h"
#include "editors/resource_editor.h"

class QLabel;
class QPushButton;
class QSlider;

namespace meshdesk::app {

class AiBackendList;
class AiEnvoyOutput;
class AiPalette;
class WorkspaceDocument;

class AiRouteEditor : public ResourceEditor {
  Q_OBJECT

 public:
  explicit AiRouteEditor(WorkspaceDocument& document, QWidget* parent = nullptr);

  // Which entry of `ai_routes` is shown (for the compiler's output, which names entries by
  // place). Call before load().
  void setRouteIndex(int index) { index_ = index; }
  int routeIndex() const { return index_; }

  // "backends[1].host" selects backend 1 and focuses its host.
  bool focusBackendField(const QString& path);

  QLineEdit* name() const { return name_; }
  RowsTable* models() const { return models_; }
  QLineEdit* modelHeader() const { return modelHeader_; }
  QComboBox* listener() const { return listener_; }
  QLineEdit* virtualHost() const { return virtualHost_; }
  QLineEdit* path() const { return path_; }
  QSpinBox* port() const { return port_; }
  QLineEdit* timeout() const { return timeout_; }
  QCheckBox* retryOn429() const { return retry429_; }
  QCheckBox* retryOn5xx() const { return retry5xx_; }
  QCheckBox* retryOnConnectFailure() const { return retryConnect_; }
  QSpinBox* retries() const { return retries_; }
  QSpinBox* rateLimit() const { return rateRequests_; }
  QLineEdit* rateInterval() const { return rateInterval_; }

  AiPalette* palette() const { return palette_; }
  AiBackendList* backends() const { return backends_; }
  QSlider* weightSlider(const QString& backend) const;
  QPushButton* removeBackendButton() const { return removeBackend_; }
  // The selected backend's fields.
  QLineEdit* backendName() const { return backendName_; }
  QComboBox* provider() const { return provider_; }
  QLineEdit* host() const { return host_; }
  QSpinBox* backendPort() const { return backendPort_; }
  QCheckBox* tls() const { return tls_; }
  QLineEdit* sni() const { return sni_; }
  QLineEdit* pathRewrite() const { return pathRewrite_; }
  QLineEdit* modelOverride() const { return modelOverride_; }
  QComboBox* apiKeySecret() const { return apiKeySecret_; }
  QLineEdit* apiKeyEnv() const { return apiKeyEnv_; }
  QSpinBox* priority() const { return priority_; }

  AiEnvoyOutput* envoyOutput() const { return output_; }

  // Adds a backend of provider `presetId` at the end of the fallback order (what Enter on a
  // palette tile does).
  void addProvider(const QString& presetId);

 protected:
  void loaded(const google::protobuf::Message& message) override;

 private:
  using Backend = meshdesk::ai::v1::Backend;
  using ModelRoute = meshdesk::ai::v1::ModelRoute;

  const ModelRoute* route() const;
  void emitChange(const ModelRouteChange& change);
  void showBackend();
  // Binds a widget to a field of the selected backend.
  void backendField(QWidget* widget, const QString& field, const QString& label,
                    std::function<QString(const Backend&)> get,
                    std::function<void(Backend&, const QString&)> set);
  void commitBackend(const QString& field, const QString& label, const QString& value,
                     const std::function<void(Backend&)>& mutate);

  WorkspaceDocument& document_;
  int index_ = -1;
  QLineEdit* name_;
  RowsTable* models_;
  QLineEdit* modelHeader_;
  QComboBox* listener_;
  QLineEdit* virtualHost_;
  QLineEdit* path_;
  QSpinBox* port_;
  QLineEdit* address_;
  QLineEdit* timeout_;
  QCheckBox* retry429_;
  QCheckBox* retry5xx_;
  QCheckBox* retryConnect_;
  QSpinBox* retries_;
  QLabel* retryNote_;
  QSpinBox* rateRequests_;
  QLineEdit* rateInterval_;

  AiPalette* palette_;
  AiBackendList* backends_;
  QPushButton* removeBackend_;
  QWidget* backendForm_;
  QLineEdit* backendName_;
  QComboBox* provider_;
  QLineEdit* host_;
  QSpinBox* backendPort_;
  QCheckBox* tls_;
  QLineEdit* sni_;
  QLineEdit* pathRewrite_;
  QLineEdit* modelOverride_;
  QComboBox* apiKeySecret_;
  QLineEdit* apiKeyEnv_;
  QSpinBox* priority_;
  QLineEdit* connectTimeout_;
  QLineEdit* caFile_;
  std::vector<std::function<void(const Backend*)>> backendLoaders_;
  bool showingBackend_ = false;

  AiEnvoyOutput* output_;
};

}  // namespace meshdesk::app
