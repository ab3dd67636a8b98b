#include "editors/listener_editor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "editors/field_rows.h"
#include "envoy/config/listener/v3/listener.pb.h"
#include "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.pb.h"
#include "envoy/extensions/transport_sockets/tls/v3/tls.pb.h"
#include "workspace/resource_kind.h"

namespace meshdesk::app {

namespace listener = envoy::config::listener::v3;
namespace hcm = envoy::extensions::filters::network::http_connection_manager::v3;
namespace tls = envoy::extensions::transport_sockets::tls::v3;
using Listener = listener::Listener;
using Manager = hcm::HttpConnectionManager;

namespace {

constexpr const char* kManagerName = "envoy.filters.network.http_connection_manager";
constexpr const char* kRouterType = "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router";

// The chain shown: the listener's filter_chains[index], or its default chain for -1.
const listener::FilterChain* chainOf(const Listener& l, int index) {
  if (index >= 0 && index < l.filter_chains_size()) return &l.filter_chains(index);
  if (index == -1 && l.has_default_filter_chain()) return &l.default_filter_chain();
  return nullptr;
}

listener::FilterChain* mutableChainOf(Listener& l, int index) {
  if (index >= 0 && index < l.filter_chains_size()) return l.mutable_filter_chains(index);
  if (index == -1) return l.mutable_default_filter_chain();
  return nullptr;
}

const listener::Filter* managerFilter(const listener::FilterChain* chain) {
  if (chain == nullptr) return nullptr;
  for (const auto& f : chain->filters()) {
    if (f.typed_config().Is<Manager>()) return &f;
  }
  return nullptr;
}

Manager managerOf(const listener::FilterChain* chain) {
  Manager m;
  if (const auto* f = managerFilter(chain)) f->typed_config().UnpackTo(&m);
  return m;
}

void changeManager(Listener& l, int index, const std::function<void(Manager&)>& change) {
  listener::FilterChain* chain = mutableChainOf(l, index);
  if (chain == nullptr) return;
  for (auto& f : *chain->mutable_filters()) {
    if (!f.typed_config().Is<Manager>()) continue;
    Manager m;
    f.typed_config().UnpackTo(&m);
    change(m);
    f.mutable_typed_config()->PackFrom(m);
    return;
  }
}

tls::DownstreamTlsContext downstreamTls(const listener::FilterChain* chain) {
  tls::DownstreamTlsContext context;
  if (chain != nullptr && chain->has_transport_socket()) {
    chain->transport_socket().typed_config().UnpackTo(&context);
  }
  return context;
}

void changeTls(Listener& l, int index, const std::function<void(tls::DownstreamTlsContext&)>& change) {
  listener::FilterChain* chain = mutableChainOf(l, index);
  if (chain == nullptr) return;
  tls::DownstreamTlsContext context = downstreamTls(chain);
  change(context);
  chain->mutable_transport_socket()->set_name("envoy.transport_sockets.tls");
  chain->mutable_transport_socket()->mutable_typed_config()->PackFrom(context);
}

}  // namespace

int ListenerEditor::chainIndex() const { return shownChain_; }

ListenerEditor::ListenerEditor(QWidget* parent) : ResourceEditor(parent) {
  QFormLayout* general = section(tr("Listener"));
  text<Listener>(row(general, tr("&Name:"), new QLineEdit(this), QStringLiteral("name")),
                 QStringLiteral("name"), tr("name"), [](const Listener& l) { return qs(l.name()); },
                 [](Listener& l, const QString& v) { l.set_name(v.toStdString()); });
  address_ = row(general, tr("&Address:"), new QLineEdit(this), QStringLiteral("address"));
  text<Listener>(address_, QStringLiteral("address.socket_address.address"), tr("address"),
                 [](const Listener& l) { return qs(l.address().socket_address().address()); },
                 [](Listener& l, const QString& v) {
                   l.mutable_address()->mutable_socket_address()->set_address(v.toStdString());
                 });
  port_ = row(general, tr("&Port:"), new QSpinBox(this), QStringLiteral("address.socket_address.port_value"));
  port_->setRange(0, 65535);
  number<Listener>(port_, QStringLiteral("address.socket_address.port_value"), tr("port"),
                   [](const Listener& l) { return static_cast<int>(l.address().socket_address().port_value()); },
                   [](Listener& l, int v) { l.mutable_address()->mutable_socket_address()->set_port_value(v); });

  QFormLayout* chains = section(tr("Filter chain"));
  auto* chainRow = new QWidget(this);
  auto* chainLayout = new QHBoxLayout(chainRow);
  chainLayout->setContentsMargins(0, 0, 0, 0);
  chain_ = new QComboBox(chainRow);
  addChain_ = new QPushButton(tr("Add"), chainRow);
  removeChain_ = new QPushButton(tr("Remove"), chainRow);
  chainLayout->addWidget(chain_, 1);
  chainLayout->addWidget(addChain_);
  chainLayout->addWidget(removeChain_);
  chains->addRow(tr("&Chain:"), chainRow);
  registerField(QStringLiteral("filter_chains"), chain_);
  connect(chain_, &QComboBox::activated, this, [this] {
    shownChain_ = chain_->currentData().toInt();
    if (message() != nullptr) load(*message(), workspace());
  });
  connect(addChain_, &QPushButton::clicked, this, [this] {
    commit(tr("Add a filter chain to %1").arg(subject()), QString(), [](google::protobuf::Message& m) {
      auto& l = dynamic_cast<Listener&>(m);
      auto* chain = l.add_filter_chains();
      auto* filter = chain->add_filters();
      filter->set_name(kManagerName);
      Manager manager;
      manager.set_stat_prefix("ingress_http");
      manager.mutable_rds()->mutable_config_source()->mutable_ads();
      auto* router = manager.add_http_filters();
      router->set_name("envoy.filters.http.router");
      router->mutable_typed_config()->set_type_url(kRouterType);
      filter->mutable_typed_config()->PackFrom(manager);
    });
  });
  connect(removeChain_, &QPushButton::clicked, this, [this] {
    const int index = shownChain_;
    commit(tr("Remove filter chain %1 of %2").arg(index + 1).arg(subject()), QString(),
           [index](google::protobuf::Message& m) {
             auto& l = dynamic_cast<Listener&>(m);
             if (index == -1) l.clear_default_filter_chain();
             else if (index < l.filter_chains_size()) l.mutable_filter_chains()->DeleteSubrange(index, 1);
           });
  });
  auto* serverNames = row(chains, tr("Server &names (SNI):"), new QLineEdit(this),
                          QStringLiteral("filter_chains.filter_chain_match.server_names"));
  serverNames->setPlaceholderText(tr("any; or a comma-separated list"));
  text<Listener>(serverNames, QStringLiteral("filter_chains.filter_chain_match.server_names"), tr("server names"),
                 [this](const Listener& l) {
                   const auto* chain = chainOf(l, chainIndex());
                   return chain ? joinList(chain->filter_chain_match().server_names()) : QString();
                 },
                 [this](Listener& l, const QString& v) {
                   if (auto* chain = mutableChainOf(l, chainIndex())) {
                     setList(*chain->mutable_filter_chain_match()->mutable_server_names(), v);
                   }
                 });

  managerForm_ = section(tr("HTTP connection manager"));
  noManager_ = new QLabel(tr("This chain has no HTTP connection manager; edit its filters as YAML."), this);
  noManager_->setWordWrap(true);
  managerForm_->addRow(noManager_);
  auto* statPrefix = row(managerForm_, tr("&Stat prefix:"), new QLineEdit(this),
                         QStringLiteral("filter_chains.filters.typed_config.stat_prefix"));
  text<Listener>(statPrefix, QStringLiteral("filter_chains.filters.typed_config.stat_prefix"), tr("stat prefix"),
                 [this](const Listener& l) { return qs(managerOf(chainOf(l, chainIndex())).stat_prefix()); },
                 [this](Listener& l, const QString& v) {
                   changeManager(l, chainIndex(), [&](Manager& m) { m.set_stat_prefix(v.toStdString()); });
                 });
  routeSource_ = row(managerForm_, tr("&Routes:"), new QComboBox(this),
                     QStringLiteral("filter_chains.filters.typed_config.route_specifier"));
  routeSource_->addItem(tr("from a route configuration (RDS)"), QStringLiteral("rds"));
  routeSource_->addItem(tr("inline in the listener"), QStringLiteral("inline"));
  choice<Listener>(routeSource_, QStringLiteral("filter_chains.filters.typed_config.route_specifier"),
                   tr("route source"),
                   [this](const Listener& l) {
                     return managerOf(chainOf(l, chainIndex())).has_route_config() ? QStringLiteral("inline")
                                                                                   : QStringLiteral("rds");
                   },
                   [this](Listener& l, const QString& v) {
                     changeManager(l, chainIndex(), [&](Manager& m) {
                       if (v == QLatin1String("inline")) {
                         const std::string name = m.rds().route_config_name();
                         m.mutable_route_config()->set_name(name);
                       } else {
                         const std::string name = m.route_config().name();
                         m.mutable_rds()->set_route_config_name(name);
                         m.mutable_rds()->mutable_config_source()->mutable_ads();
                       }
                     });
                   });
  rdsName_ = row(managerForm_, tr("Route &configuration:"), new QComboBox(this),
                 QStringLiteral("filter_chains.filters.typed_config.rds.route_config_name"));
  rdsName_->setEditable(true);
  rdsName_->setInsertPolicy(QComboBox::NoInsert);
  choice<Listener>(rdsName_, QStringLiteral("filter_chains.filters.typed_config.rds.route_config_name"),
                   tr("route configuration"),
                   [this](const Listener& l) { return qs(managerOf(chainOf(l, chainIndex())).rds().route_config_name()); },
                   [this](Listener& l, const QString& v) {
                     changeManager(l, chainIndex(), [&](Manager& m) {
                       m.mutable_rds()->set_route_config_name(v.toStdString());
                       if (!m.rds().has_config_source()) m.mutable_rds()->mutable_config_source()->mutable_ads();
                     });
                   });
  inlineName_ = row(managerForm_, tr("Inline routes &name:"), new QLineEdit(this),
                    QStringLiteral("filter_chains.filters.typed_config.route_config"));
  text<Listener>(inlineName_, QStringLiteral("filter_chains.filters.typed_config.route_config.name"),
                 tr("inline routes name"),
                 [this](const Listener& l) { return qs(managerOf(chainOf(l, chainIndex())).route_config().name()); },
                 [this](Listener& l, const QString& v) {
                   changeManager(l, chainIndex(), [&](Manager& m) { m.mutable_route_config()->set_name(v.toStdString()); });
                 });
  httpFilters_ = row(managerForm_, tr("HTTP &filters (in order):"),
                     new RowsTable({tr("Name"), tr("Type")}, this),
                     QStringLiteral("filter_chains.filters.typed_config.http_filters"));
  httpFilters_->setChoices(0, {QStringLiteral("envoy.filters.http.router"), QStringLiteral("envoy.filters.http.cors"),
                               QStringLiteral("envoy.filters.http.fault"), QStringLiteral("envoy.filters.http.local_ratelimit"),
                               QStringLiteral("envoy.filters.http.jwt_authn"), QStringLiteral("envoy.filters.http.rbac")});
  httpFilters_->setDefaults({QStringLiteral("envoy.filters.http.cors"),
                             QStringLiteral("type.googleapis.com/envoy.extensions.filters.http.cors.v3.Cors")});
  rows<Listener>(httpFilters_, QStringLiteral("filter_chains.filters.typed_config.http_filters"), tr("HTTP filters"),
                 [this](const Listener& l) {
                   std::vector<QStringList> out;
                   const Manager manager = managerOf(chainOf(l, chainIndex()));  // kept alive for the loop
                   for (const auto& f : manager.http_filters()) {
                     out.push_back({qs(f.name()), qs(f.typed_config().type_url())});
                   }
                   return out;
                 },
                 [this](Listener& l, const std::vector<QStringList>& rows, const std::vector<int>& origins) {
                   changeManager(l, chainIndex(), [&](Manager& m) {
                     const auto old = m.http_filters();
                     m.clear_http_filters();
                     for (std::size_t i = 0; i < rows.size(); ++i) {
                       auto* f = m.add_http_filters();
                       if (origins[i] >= 0 && origins[i] < old.size()) f->CopyFrom(old.Get(origins[i]));
                       f->set_name(rows[i].value(0).toStdString());
                       const std::string type = rows[i].value(1).toStdString();
                       // A new type starts with an empty configuration of that type.
                       if (f->typed_config().type_url() != type) {
                         f->mutable_typed_config()->set_type_url(type);
                         f->mutable_typed_config()->clear_value();
                       }
                     }
                   });
                 });
  managerRows_ << statPrefix << routeSource_ << rdsName_ << inlineName_ << httpFilters_;

  QFormLayout* security = section(tr("Downstream TLS"));
  auto* useTls = row(security, QString(), new QCheckBox(tr("&Terminate TLS on this chain"), this),
                     QStringLiteral("filter_chains.transport_socket"));
  flag<Listener>(useTls, QStringLiteral("filter_chains.transport_socket"), tr("TLS"),
                 [this](const Listener& l) {
                   const auto* chain = chainOf(l, chainIndex());
                   return chain != nullptr && chain->has_transport_socket();
                 },
                 [this](Listener& l, bool on) {
                   if (on) changeTls(l, chainIndex(), [](auto&) {});
                   else if (auto* chain = mutableChainOf(l, chainIndex())) chain->clear_transport_socket();
                 });
  auto tlsFile = [&](const QString& label, const QString& field, const QString& what, bool key) {
    auto* edit = row(security, label, new QLineEdit(this), field);
    text<Listener>(edit, field, what,
                   [this, key](const Listener& l) {
                     const auto context = downstreamTls(chainOf(l, chainIndex()));
                     if (context.common_tls_context().tls_certificates_size() == 0) return QString();
                     const auto& cert = context.common_tls_context().tls_certificates(0);
                     return qs(key ? cert.private_key().filename() : cert.certificate_chain().filename());
                   },
                   [this, key](Listener& l, const QString& v) {
                     changeTls(l, chainIndex(), [&](tls::DownstreamTlsContext& t) {
                       auto* common = t.mutable_common_tls_context();
                       auto* cert = common->tls_certificates_size() ? common->mutable_tls_certificates(0)
                                                                    : common->add_tls_certificates();
                       if (key) cert->mutable_private_key()->set_filename(v.toStdString());
                       else cert->mutable_certificate_chain()->set_filename(v.toStdString());
                     });
                   });
  };
  tlsFile(tr("Certificate chain file:"), QStringLiteral("filter_chains.transport_socket.typed_config.common_tls_context.tls_certificates.certificate_chain"),
          tr("certificate chain file"), false);
  tlsFile(tr("Private key file:"), QStringLiteral("filter_chains.transport_socket.typed_config.common_tls_context.tls_certificates.private_key"),
          tr("private key file"), true);
  auto* sds = row(security, tr("Certificate from &secret (SDS):"), new QLineEdit(this),
                  QStringLiteral("filter_chains.transport_socket.typed_config.common_tls_context.tls_certificate_sds_secret_configs"));
  text<Listener>(sds, QStringLiteral("filter_chains.transport_socket.typed_config.common_tls_context.tls_certificate_sds_secret_configs"),
                 tr("certificate secret"),
                 [this](const Listener& l) {
                   const auto context = downstreamTls(chainOf(l, chainIndex()));
                   const auto& configs = context.common_tls_context().tls_certificate_sds_secret_configs();
                   return configs.empty() ? QString() : qs(configs.Get(0).name());
                 },
                 [this](Listener& l, const QString& v) {
                   changeTls(l, chainIndex(), [&](tls::DownstreamTlsContext& t) {
                     auto* configs = t.mutable_common_tls_context()->mutable_tls_certificate_sds_secret_configs();
                     configs->Clear();
                     if (v.isEmpty()) return;
                     auto* config = configs->Add();
                     config->set_name(v.toStdString());
                     config->mutable_sds_config()->mutable_ads();
                   });
                 });
  auto* clientCert = row(security, QString(), new QCheckBox(tr("Require a &client certificate"), this),
                         QStringLiteral("filter_chains.transport_socket.typed_config.require_client_certificate"));
  flag<Listener>(clientCert, QStringLiteral("filter_chains.transport_socket.typed_config.require_client_certificate"),
                 tr("client certificate requirement"),
                 [this](const Listener& l) { return downstreamTls(chainOf(l, chainIndex())).require_client_certificate().value(); },
                 [this](Listener& l, bool on) {
                   changeTls(l, chainIndex(), [&](tls::DownstreamTlsContext& t) {
                     if (on) t.mutable_require_client_certificate()->set_value(true);
                     else t.clear_require_client_certificate();
                   });
                 });
}

void ListenerEditor::loaded(const google::protobuf::Message& message) {
  const auto& l = dynamic_cast<const Listener&>(message);
  chain_->clear();
  for (int i = 0; i < l.filter_chains_size(); ++i) {
    const auto& c = l.filter_chains(i);
    QString label = c.name().empty() ? tr("chain %1").arg(i + 1) : qs(c.name());
    if (!c.filter_chain_match().server_names().empty()) label += QStringLiteral(" (%1)").arg(joinList(c.filter_chain_match().server_names()));
    chain_->addItem(label, i);
  }
  if (l.has_default_filter_chain()) chain_->addItem(tr("default chain"), -1);
  if (chainOf(l, shownChain_) == nullptr) {
    shownChain_ = chain_->count() > 0 ? chain_->itemData(0).toInt() : 0;
    // The bindings showed the old chain: show the one now chosen.
    if (chain_->count() > 0) {
      load(message, workspace());
      return;
    }
  }
  chain_->setCurrentIndex(std::max(0, chain_->findData(shownChain_)));
  removeChain_->setEnabled(chain_->count() > 0);

  const auto* chain = chainOf(l, shownChain_);
  const bool hasManager = managerFilter(chain) != nullptr;
  const bool inlineRoutes = hasManager && managerOf(chain).has_route_config();
  noManager_->setVisible(!hasManager && chain != nullptr);
  for (QWidget* w : managerRows_) managerForm_->setRowVisible(w, hasManager);
  if (hasManager) {
    managerForm_->setRowVisible(rdsName_, !inlineRoutes);
    managerForm_->setRowVisible(inlineName_, inlineRoutes);
  }
  const QString rds = qs(managerOf(chain).rds().route_config_name());
  rdsName_->clear();
  for (const QString& name : names(static_cast<int>(workspace::Kind::kRoute))) rdsName_->addItem(name, name);
  const int at = rdsName_->findData(rds);
  if (at >= 0) rdsName_->setCurrentIndex(at);
  else rdsName_->setEditText(rds);
}

}  // namespace meshdesk::app
