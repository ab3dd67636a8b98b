#include "editors/ai_route_editor.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QTableView>

#include "editors/ai_backend_list.h"
#include "editors/ai_envoy_output.h"
#include "editors/ai_palette.h"
#include "editors/field_rows.h"
#include "envoy/extensions/transport_sockets/tls/v3/secret.pb.h"
#include "workspace/workspace.h"

namespace meshdesk::app {

using meshdesk::ai::v1::Backend;
using meshdesk::ai::v1::ModelRoute;

namespace {

// An attachment with nothing in it says nothing: drop it, so the route is served to ModelRoute
// subscribers only (as docs/ai-routes.md describes a route without `attach`).
void tidyAttach(ModelRoute& r) {
  const auto& a = r.attach();
  if (r.has_attach() && a.listener().empty() && a.virtual_host().empty() && a.path().empty() &&
      a.port() == 0 && a.address().empty()) {
    r.clear_attach();
  }
}

void tidyRetry(ModelRoute& r) {
  const auto& t = r.retry();
  if (r.has_retry() && !t.on_429() && !t.on_5xx() && !t.on_connect_failure() && t.num_retries() == 0) {
    r.clear_retry();
  }
}

void tidyRateLimit(ModelRoute& r) {
  if (r.has_rate_limit() && r.rate_limit().requests() == 0 && !r.rate_limit().has_fill_interval()) {
    r.clear_rate_limit();
  }
}

bool isOn(const QString& value) { return value == QLatin1String("on"); }

}  // namespace

AiRouteEditor::AiRouteEditor(WorkspaceDocument& document, QWidget* parent)
    : ResourceEditor(parent), document_(document) {
  setObjectName(QStringLiteral("AiRouteEditor"));

  QFormLayout* general = section(tr("AI route"));
  name_ = row(general, tr("&Name:"), new QLineEdit(this), QStringLiteral("name"));
  text<ModelRoute>(name_, QStringLiteral("name"), tr("name"),
                   [](const ModelRoute& r) { return qs(r.name()); },
                   [](ModelRoute& r, const QString& v) { r.set_name(v.toStdString()); });
  models_ = row(general, tr("&Models:"), new RowsTable({tr("Match"), tr("Model name")}, this),
                QStringLiteral("models"));
  models_->setChoices(0, {QStringLiteral("exact"), QStringLiteral("prefix")});
  models_->setMaximumHeight(130);
  models_->setDefaults({QStringLiteral("exact"), QStringLiteral("gpt-4o")});
  rows<ModelRoute>(models_, QStringLiteral("models"), tr("models"),
                   [](const ModelRoute& r) {
                     std::vector<QStringList> out;
                     for (const auto& m : r.models()) {
                       const bool prefix = m.match_case() == meshdesk::ai::v1::ModelMatch::kPrefix;
                       out.push_back({prefix ? QStringLiteral("prefix") : QStringLiteral("exact"),
                                      qs(prefix ? m.prefix() : m.exact())});
                     }
                     return out;
                   },
                   [](ModelRoute& r, const std::vector<QStringList>& rows, const std::vector<int>&) {
                     r.clear_models();
                     for (const QStringList& row : rows) {
                       auto* m = r.add_models();
                       const std::string value = row.value(1).trimmed().toStdString();
                       if (row.value(0) == QLatin1String("prefix")) {
                         m->set_prefix(value);
                       } else {
                         m->set_exact(value);
                       }
                     }
                   });
  modelHeader_ = row(general, tr("Model &header:"), new QLineEdit(this), QStringLiteral("model_header"));
  modelHeader_->setPlaceholderText(QStringLiteral("x-ai-model"));
  text<ModelRoute>(modelHeader_, QStringLiteral("model_header"), tr("model header"),
                   [](const ModelRoute& r) { return qs(r.model_header()); },
                   [](ModelRoute& r, const QString& v) { r.set_model_header(v.toStdString()); });

  // Backends: the palette, the list in fallback order, and the selected one's details.
  QFormLayout* backendsForm = section(tr("Backends"));
  auto* paletteHint = new QLabel(tr("Drag a provider onto the list to add a backend; drag a "
                                    "backend to change the fallback order (onto another: same "
                                    "priority, split by weight)."), this);
  paletteHint->setWordWrap(true);
  backendsForm->addRow(paletteHint);
  palette_ = new AiPalette(this);
  backendsForm->addRow(palette_);
  backends_ = new AiBackendList(this);
  backendsForm->addRow(backends_);
  registerField(QStringLiteral("backends"), backends_->view());
  removeBackend_ = new QPushButton(tr("&Remove Backend"), this);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch(1);
  buttons->addWidget(removeBackend_);
  backendsForm->addRow(buttons);

  connect(palette_, &AiPalette::chosen, this, &AiRouteEditor::addProvider);
  connect(backends_->model(), &AiBackendListModel::changeRequested, this, &AiRouteEditor::emitChange);
  connect(backends_, &AiBackendList::weightChosen, this, [this](const QString& backend, int weight) {
    if (loading_ || route() == nullptr) return;
    if (auto change = AiRouteEdits::setWeight(*route(), backend, static_cast<std::uint32_t>(weight), nullptr)) {
      emitChange(*change);
    }
  });
  connect(backends_, &AiBackendList::selectionChanged, this, [this] { showBackend(); });
  connect(removeBackend_, &QPushButton::clicked, this, [this] {
    if (route() == nullptr || backends_->selected().isEmpty()) return;
    if (auto change = AiRouteEdits::removeBackend(*route(), backends_->selected(), nullptr)) emitChange(*change);
  });

  QFormLayout* backend = section(tr("Selected backend"));
  backendForm_ = backend->parentWidget();
  backendName_ = new QLineEdit(this);
  backend->addRow(tr("N&ame:"), backendName_);
  backendField(backendName_, QStringLiteral("name"), tr("name"),
               [](const Backend& b) { return qs(b.name()); },
               [](Backend& b, const QString& v) { b.set_name(v.toStdString()); });
  provider_ = new QComboBox(this);
  for (auto p : {Backend::OPENAI, Backend::ANTHROPIC, Backend::AZURE_OPENAI, Backend::GEMINI_OPENAI}) {
    provider_->addItem(AiProviderPresets::providerTitle(p), qs(Backend::Provider_Name(p)));
  }
  backend->addRow(tr("&Provider:"), provider_);
  backendField(provider_, QStringLiteral("provider"), tr("provider"),
               [](const Backend& b) {
                 return qs(Backend::Provider_Name(b.provider() == Backend::PROVIDER_UNSPECIFIED ? Backend::OPENAI : b.provider()));
               },
               [](Backend& b, const QString& v) {
                 Backend::Provider p = Backend::OPENAI;
                 Backend::Provider_Parse(v.toStdString(), &p);
                 b.set_provider(p);
               });
  host_ = new QLineEdit(this);
  backend->addRow(tr("H&ost:"), host_);
  backendField(host_, QStringLiteral("host"), tr("host"), [](const Backend& b) { return qs(b.host()); },
               [](Backend& b, const QString& v) { b.set_host(v.toStdString()); });
  backendPort_ = new QSpinBox(this);
  backendPort_->setRange(0, 65535);
  backendPort_->setSpecialValueText(tr("default (443 with TLS, else 80)"));
  backend->addRow(tr("Po&rt:"), backendPort_);
  backendField(backendPort_, QStringLiteral("port"), tr("port"),
               [](const Backend& b) { return b.port() == 0 ? QString() : QString::number(b.port()); },
               [](Backend& b, const QString& v) { b.set_port(v.toUInt()); });
  tls_ = new QCheckBox(tr("Connect with &TLS"), this);
  backend->addRow(QString(), tls_);
  backendField(tls_, QStringLiteral("tls"), tr("TLS"),
               [](const Backend& b) { return b.tls() ? QStringLiteral("on") : QStringLiteral("off"); },
               [](Backend& b, const QString& v) { b.set_tls(isOn(v)); });
  sni_ = new QLineEdit(this);
  sni_->setPlaceholderText(tr("the host"));
  backend->addRow(tr("&SNI:"), sni_);
  backendField(sni_, QStringLiteral("sni"), tr("SNI"), [](const Backend& b) { return qs(b.sni()); },
               [](Backend& b, const QString& v) { b.set_sni(v.toStdString()); });
  pathRewrite_ = new QLineEdit(this);
  pathRewrite_->setPlaceholderText(tr("the route's path"));
  backend->addRow(tr("Path re&write:"), pathRewrite_);
  backendField(pathRewrite_, QStringLiteral("path_rewrite"), tr("path rewrite"),
               [](const Backend& b) { return qs(b.path_rewrite()); },
               [](Backend& b, const QString& v) { b.set_path_rewrite(v.toStdString()); });
  modelOverride_ = new QLineEdit(this);
  modelOverride_->setPlaceholderText(tr("the requested model"));
  modelOverride_->setToolTip(tr("Applied by ModelRoute subscribers; Envoy cannot rewrite a JSON body."));
  backend->addRow(tr("Model o&verride:"), modelOverride_);
  backendField(modelOverride_, QStringLiteral("model_override"), tr("model override"),
               [](const Backend& b) { return qs(b.model_override()); },
               [](Backend& b, const QString& v) { b.set_model_override(v.toStdString()); });
  apiKeySecret_ = new QComboBox(this);
  backend->addRow(tr("API &key secret:"), apiKeySecret_);
  backendField(apiKeySecret_, QStringLiteral("api_key_secret"), tr("API key secret"),
               [](const Backend& b) { return qs(b.api_key_secret()); },
               [](Backend& b, const QString& v) { b.set_api_key_secret(v.toStdString()); });
  apiKeyEnv_ = new QLineEdit(this);
  apiKeyEnv_->setToolTip(tr("For subscribers without SDS: the environment variable holding the key."));
  backend->addRow(tr("API key &variable:"), apiKeyEnv_);
  backendField(apiKeyEnv_, QStringLiteral("api_key_env"), tr("API key variable"),
               [](const Backend& b) { return qs(b.api_key_env()); },
               [](Backend& b, const QString& v) { b.set_api_key_env(v.toStdString()); });
  priority_ = new QSpinBox(this);
  priority_->setRange(0, 100);
  priority_->setSpecialValueText(tr("0 (first choice)"));
  backend->addRow(tr("Pr&iority:"), priority_);
  backendField(priority_, QStringLiteral("priority"), tr("priority"),
               [](const Backend& b) { return b.priority() == 0 ? QString() : QString::number(b.priority()); },
               [](Backend& b, const QString& v) { b.set_priority(v.toUInt()); });
  connectTimeout_ = new QLineEdit(this);
  connectTimeout_->setPlaceholderText(tr("5s"));
  backend->addRow(tr("&Connect timeout:"), connectTimeout_);
  backendField(connectTimeout_, QStringLiteral("connect_timeout"), tr("connect timeout"),
               [](const Backend& b) { return b.has_connect_timeout() ? durationText(b.connect_timeout()) : QString(); },
               [](Backend& b, const QString& v) {
                 google::protobuf::Duration d;
                 if (v.isEmpty()) {
                   b.clear_connect_timeout();
                 } else if (parseDuration(v, &d)) {
                   *b.mutable_connect_timeout() = d;
                 }
               });
  caFile_ = new QLineEdit(this);
  caFile_->setPlaceholderText(QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
  backend->addRow(tr("CA &file:"), caFile_);
  backendField(caFile_, QStringLiteral("ca_file"), tr("CA file"), [](const Backend& b) { return qs(b.ca_file()); },
               [](Backend& b, const QString& v) { b.set_ca_file(v.toStdString()); });

  QFormLayout* attach = section(tr("Where it joins Envoy"));
  listener_ = row(attach, tr("&Listener:"), new QComboBox(this), QStringLiteral("attach.listener"));
  listener_->setEditable(true);
  listener_->setToolTip(tr("Empty: served to ModelRoute subscribers only, not to Envoy."));
  choice<ModelRoute>(listener_, QStringLiteral("attach.listener"), tr("listener"),
                     [](const ModelRoute& r) { return qs(r.attach().listener()); },
                     [](ModelRoute& r, const QString& v) {
                       r.mutable_attach()->set_listener(v.toStdString());
                       tidyAttach(r);
                     });
  virtualHost_ = row(attach, tr("&Virtual host:"), new QLineEdit(this), QStringLiteral("attach.virtual_host"));
  virtualHost_->setPlaceholderText(QStringLiteral("ai"));
  text<ModelRoute>(virtualHost_, QStringLiteral("attach.virtual_host"), tr("virtual host"),
                   [](const ModelRoute& r) { return qs(r.attach().virtual_host()); },
                   [](ModelRoute& r, const QString& v) {
                     r.mutable_attach()->set_virtual_host(v.toStdString());
                     tidyAttach(r);
                   });
  path_ = row(attach, tr("&Path:"), new QLineEdit(this), QStringLiteral("attach.path"));
  path_->setPlaceholderText(QStringLiteral("/v1/chat/completions"));
  text<ModelRoute>(path_, QStringLiteral("attach.path"), tr("path"),
                   [](const ModelRoute& r) { return qs(r.attach().path()); },
                   [](ModelRoute& r, const QString& v) {
                     r.mutable_attach()->set_path(v.toStdString());
                     tidyAttach(r);
                   });
  port_ = row(attach, tr("New listener p&ort:"), new QSpinBox(this), QStringLiteral("attach.port"));
  port_->setRange(0, 65535);
  port_->setSpecialValueText(tr("none (the listener exists)"));
  number<ModelRoute>(port_, QStringLiteral("attach.port"), tr("new listener port"),
                     [](const ModelRoute& r) { return static_cast<int>(r.attach().port()); },
                     [](ModelRoute& r, int v) {
                       r.mutable_attach()->set_port(static_cast<std::uint32_t>(v));
                       tidyAttach(r);
                     });
  address_ = row(attach, tr("New listener &address:"), new QLineEdit(this), QStringLiteral("attach.address"));
  address_->setPlaceholderText(QStringLiteral("127.0.0.1"));
  text<ModelRoute>(address_, QStringLiteral("attach.address"), tr("new listener address"),
                   [](const ModelRoute& r) { return qs(r.attach().address()); },
                   [](ModelRoute& r, const QString& v) {
                     r.mutable_attach()->set_address(v.toStdString());
                     tidyAttach(r);
                   });

  QFormLayout* requests = section(tr("Requests"));
  timeout_ = row(requests, tr("&Timeout:"), new QLineEdit(this), QStringLiteral("timeout"));
  duration<ModelRoute>(timeout_, QStringLiteral("timeout"), tr("timeout"),
                       [](const ModelRoute& r) { return r.has_timeout() ? &r.timeout() : nullptr; },
                       [](ModelRoute& r) { return r.mutable_timeout(); },
                       [](ModelRoute& r) { r.clear_timeout(); });
  timeout_->setPlaceholderText(tr("60s, retries included"));
  auto* retryBoxes = new QWidget(this);
  auto* retryRow = new QHBoxLayout(retryBoxes);
  retryRow->setContentsMargins(0, 0, 0, 0);
  retry429_ = new QCheckBox(tr("on &429"), retryBoxes);
  retry5xx_ = new QCheckBox(tr("on &5xx"), retryBoxes);
  retryConnect_ = new QCheckBox(tr("on connect &failure"), retryBoxes);
  retryRow->addWidget(retry429_);
  retryRow->addWidget(retry5xx_);
  retryRow->addWidget(retryConnect_);
  retryRow->addStretch(1);
  requests->addRow(tr("Retry:"), retryBoxes);
  flag<ModelRoute>(retry429_, QStringLiteral("retry.on_429"), tr("retry on 429"),
                   [](const ModelRoute& r) { return r.retry().on_429(); },
                   [](ModelRoute& r, bool on) { r.mutable_retry()->set_on_429(on); tidyRetry(r); });
  flag<ModelRoute>(retry5xx_, QStringLiteral("retry.on_5xx"), tr("retry on 5xx"),
                   [](const ModelRoute& r) { return r.retry().on_5xx(); },
                   [](ModelRoute& r, bool on) { r.mutable_retry()->set_on_5xx(on); tidyRetry(r); });
  flag<ModelRoute>(retryConnect_, QStringLiteral("retry.on_connect_failure"), tr("retry on connect failure"),
                   [](const ModelRoute& r) { return r.retry().on_connect_failure(); },
                   [](ModelRoute& r, bool on) { r.mutable_retry()->set_on_connect_failure(on); tidyRetry(r); });
  retries_ = row(requests, tr("R&etries:"), new QSpinBox(this), QStringLiteral("retry.num_retries"));
  retries_->setRange(0, 20);
  retries_->setSpecialValueText(tr("one per fallback priority"));
  number<ModelRoute>(retries_, QStringLiteral("retry.num_retries"), tr("retries"),
                     [](const ModelRoute& r) { return static_cast<int>(r.retry().num_retries()); },
                     [](ModelRoute& r, int v) {
                       r.mutable_retry()->set_num_retries(static_cast<std::uint32_t>(v));
                       tidyRetry(r);
                     });
  retryNote_ = new QLabel(tr("Not set: a route with fallbacks retries on 429, 5xx and connect "
                             "failure, once per fallback priority."), this);
  retryNote_->setWordWrap(true);
  requests->addRow(QString(), retryNote_);
  rateRequests_ = row(requests, tr("Rate &limit:"), new QSpinBox(this), QStringLiteral("rate_limit.requests"));
  rateRequests_->setRange(0, 1000000);
  rateRequests_->setSpecialValueText(tr("no limit"));
  rateRequests_->setSuffix(tr(" requests"));
  number<ModelRoute>(rateRequests_, QStringLiteral("rate_limit.requests"), tr("rate limit"),
                     [](const ModelRoute& r) { return static_cast<int>(r.rate_limit().requests()); },
                     [](ModelRoute& r, int v) {
                       r.mutable_rate_limit()->set_requests(static_cast<std::uint32_t>(v));
                       tidyRateLimit(r);
                     });
  rateInterval_ = row(requests, tr("&Per:"), new QLineEdit(this), QStringLiteral("rate_limit.fill_interval"));
  duration<ModelRoute>(rateInterval_, QStringLiteral("rate_limit.fill_interval"), tr("rate limit interval"),
                       [](const ModelRoute& r) {
                         return r.rate_limit().has_fill_interval() ? &r.rate_limit().fill_interval() : nullptr;
                       },
                       [](ModelRoute& r) { return r.mutable_rate_limit()->mutable_fill_interval(); },
                       [](ModelRoute& r) {
                         r.mutable_rate_limit()->clear_fill_interval();
                         tidyRateLimit(r);
                       });
  rateInterval_->setPlaceholderText(tr("1s"));

  QFormLayout* output = section(tr("What Envoy gets"));
  output_ = new AiEnvoyOutput(document_, this);
  output->addRow(output_);
  connect(output_, &AiEnvoyOutput::fieldActivated, this, [this](const QString& field) {
    if (!focusBackendField(field)) focusField(field);
  });

  // Whatever changed (a form field, a drop, a slider), the list shows the route as it is now;
  // the panel only reloads the form when the workspace says something else.
  connect(this, &ResourceEditor::edited, this, [this] {
    if (route() != nullptr) backends_->model()->setRoute(*route(), workspace());
  });
}

const ModelRoute* AiRouteEditor::route() const { return dynamic_cast<const ModelRoute*>(message()); }

QSlider* AiRouteEditor::weightSlider(const QString& backend) const { return backends_->weightSlider(backend); }

void AiRouteEditor::emitChange(const ModelRouteChange& change) {
  commit(change.text, change.mergeKey,
         [&](google::protobuf::Message& m) { m.CopyFrom(change.route); });
}

void AiRouteEditor::addProvider(const QString& presetId) {
  const auto preset = AiProviderPresets::find(presetId);
  if (!preset || route() == nullptr) return;
  if (auto change = AiRouteEdits::addBackend(*route(), *preset, workspace(), -1, false, nullptr)) {
    emitChange(*change);
  }
}

void AiRouteEditor::loaded(const google::protobuf::Message& message) {
  const auto& r = dynamic_cast<const ModelRoute&>(message);
  // Choices from the workspace: its listeners, and its generic secrets for API keys.
  const QString listener = qs(r.attach().listener());
  listener_->clear();
  listener_->addItem(tr("(none: subscribers only)"), QString());
  for (const QString& name : names(static_cast<int>(workspace::Kind::kListener))) listener_->addItem(name, name);
  if (listener_->findData(listener) < 0) listener_->addItem(listener, listener);
  listener_->setCurrentIndex(listener_->findData(listener));

  apiKeySecret_->clear();
  apiKeySecret_->addItem(tr("(none)"), QString());
  if (workspace() != nullptr) {
    using Secret = envoy::extensions::transport_sockets::tls::v3::Secret;
    for (const auto& item : workspace()->items(workspace::Kind::kSecret)) {
      if (item.as<Secret>().has_generic_secret()) apiKeySecret_->addItem(qs(item.name()), qs(item.name()));
    }
  }
  retryNote_->setVisible(!r.has_retry());
  backends_->model()->setRoute(r, workspace());
  showBackend();
  output_->setRoute(index_, qs(r.name()));
}

void AiRouteEditor::showBackend() {
  const ModelRoute* r = route();
  const QString name = backends_->selected();
  const Backend* shown = nullptr;
  if (r != nullptr) {
    for (const auto& b : r->backends()) {
      if (qs(b.name()) == name) shown = &b;
    }
  }
  backendForm_->setVisible(shown != nullptr);
  removeBackend_->setEnabled(shown != nullptr);
  if (shown != nullptr) {
    static_cast<QGroupBox*>(backendForm_)->setTitle(tr("Backend %1").arg(name));
    // A secret the workspace does not have is still shown, marked, so it can be seen and fixed.
    const QString secret = qs(shown->api_key_secret());
    if (!secret.isEmpty() && apiKeySecret_->findData(secret) < 0) {
      apiKeySecret_->addItem(tr("%1 (not in the workspace)").arg(secret), secret);
    }
  }
  showingBackend_ = true;
  for (const auto& load : backendLoaders_) load(shown);
  showingBackend_ = false;
}

void AiRouteEditor::commitBackend(const QString& field, const QString& label, const QString& value,
                                  const std::function<void(Backend&)>& mutate) {
  const ModelRoute* r = route();
  const QString backend = backends_->selected();
  if (r == nullptr || backend.isEmpty()) return;
  const QString routeName = qs(r->name());
  const QString text = value.isEmpty() ? tr("Clear %1 of %2 in %3").arg(label, backend, routeName)
                                       : tr("Set %1 of %2 in %3 to %4").arg(label, backend, routeName, value);
  if (field == QLatin1String("name")) backends_->selectAfterReset(value);
  commit(text, QStringLiteral("ai|%1|%2|%3").arg(routeName, backend, field),
         [&](google::protobuf::Message& m) {
           auto& typed = dynamic_cast<ModelRoute&>(m);
           for (auto& b : *typed.mutable_backends()) {
             if (qs(b.name()) == backend) mutate(b);
           }
         });
}

void AiRouteEditor::backendField(QWidget* widget, const QString& field, const QString& label,
                                 std::function<QString(const Backend&)> get,
                                 std::function<void(Backend&, const QString&)> set) {
  registerField(QStringLiteral("backend.") + field, widget);
  auto current = [this, get]() -> std::optional<QString> {
    const ModelRoute* r = route();
    if (r == nullptr) return std::nullopt;
    for (const auto& b : r->backends()) {
      if (qs(b.name()) == backends_->selected()) return get(b);
    }
    return std::nullopt;
  };
  auto changed = [this, field, label, set, current](const QString& value, const QString& shown) {
    if (loading_ || showingBackend_) return;
    const auto now = current();
    if (!now || *now == value) return;
    commitBackend(field, label, shown, [&](Backend& b) { set(b, value); });
  };
  if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
    backendLoaders_.push_back([edit, get](const Backend* b) { edit->setText(b ? get(*b) : QString()); });
    connect(edit, &QLineEdit::editingFinished, this, [edit, changed] {
      const QString value = edit->text().trimmed();
      changed(value, value);
    });
  } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
    backendLoaders_.push_back([combo, get](const Backend* b) {
      combo->setCurrentIndex(std::max(0, combo->findData(b ? get(*b) : QString())));
    });
    connect(combo, &QComboBox::activated, this, [combo, changed](int at) {
      changed(combo->itemData(at).toString(), combo->itemData(at).toString().isEmpty() ? QString() : combo->itemText(at));
    });
  } else if (auto* box = qobject_cast<QCheckBox*>(widget)) {
    backendLoaders_.push_back([box, get](const Backend* b) { box->setChecked(b && isOn(get(*b))); });
    connect(box, &QCheckBox::toggled, this, [this, changed](bool on) {
      changed(on ? QStringLiteral("on") : QStringLiteral("off"), on ? tr("on") : tr("off"));
    });
  } else if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
    backendLoaders_.push_back([spin, get](const Backend* b) { spin->setValue(b ? get(*b).toInt() : 0); });
    connect(spin, &QSpinBox::valueChanged, this, [changed](int value) {
      const QString text = value == 0 ? QString() : QString::number(value);
      changed(text, text);
    });
  }
}

bool AiRouteEditor::focusBackendField(const QString& path) {
  static const QRegularExpression step(QStringLiteral(R"(^backends\[(\d+)\](?:\.([a-z_]+))?)"));
  const auto m = step.match(path);
  const ModelRoute* r = route();
  if (!m.hasMatch() || r == nullptr) return false;
  const int index = m.captured(1).toInt();
  if (index < 0 || index >= r->backends_size()) return false;
  backends_->select(qs(r->backends(index).name()));
  const QString field = m.captured(2);
  if (!field.isEmpty() && focusField(QStringLiteral("backend.") + field)) return true;
  backends_->view()->setFocus(Qt::OtherFocusReason);
  return true;
}

}  // namespace meshdesk::app
