#include "editors/cluster_editor.h"

#include <QLabel>

#include "editors/field_rows.h"
#include "envoy/config/cluster/v3/cluster.pb.h"
#include "envoy/extensions/transport_sockets/tls/v3/tls.pb.h"
#include "workspace/resource_kind.h"

namespace meshdesk::app {

namespace cluster = envoy::config::cluster::v3;
namespace tls = envoy::extensions::transport_sockets::tls::v3;
using Cluster = cluster::Cluster;

namespace {

constexpr const char* kTlsSocket = "envoy.transport_sockets.tls";

// The cluster's upstream TLS context (empty when it has none).
tls::UpstreamTlsContext upstreamTls(const Cluster& c) {
  tls::UpstreamTlsContext context;
  if (c.has_transport_socket()) c.transport_socket().typed_config().UnpackTo(&context);
  return context;
}

bool hasTls(const Cluster& c) {
  return c.has_transport_socket() &&
         c.transport_socket().typed_config().Is<tls::UpstreamTlsContext>();
}

void setTls(Cluster& c, const std::function<void(tls::UpstreamTlsContext&)>& change) {
  tls::UpstreamTlsContext context = upstreamTls(c);
  change(context);
  c.mutable_transport_socket()->set_name(kTlsSocket);
  c.mutable_transport_socket()->mutable_typed_config()->PackFrom(context);
}

// Thresholds of the default priority, the one circuit breakers are usually set for.
const cluster::CircuitBreakers::Thresholds* defaultThresholds(const Cluster& c) {
  for (const auto& t : c.circuit_breakers().thresholds()) {
    if (t.priority() == envoy::config::core::v3::DEFAULT) return &t;
  }
  return nullptr;
}

cluster::CircuitBreakers::Thresholds* mutableDefaultThresholds(Cluster& c) {
  for (auto& t : *c.mutable_circuit_breakers()->mutable_thresholds()) {
    if (t.priority() == envoy::config::core::v3::DEFAULT) return &t;
  }
  return c.mutable_circuit_breakers()->add_thresholds();
}

using Limit = google::protobuf::UInt32Value;

}  // namespace

ClusterEditor::ClusterEditor(QWidget* parent) : ResourceEditor(parent) {
  QFormLayout* general = section(tr("Cluster"));
  text<Cluster>(row(general, tr("&Name:"), new QLineEdit(this), QStringLiteral("name")),
                QStringLiteral("name"), tr("name"), [](const Cluster& c) { return qs(c.name()); },
                [](Cluster& c, const QString& v) { c.set_name(v.toStdString()); });
  type_ = row(general, tr("&Discovery type:"), new QComboBox(this), QStringLiteral("type"));
  fillEnum(type_, Cluster::DiscoveryType_descriptor());
  choice<Cluster>(type_, QStringLiteral("type"), tr("discovery type"),
                  [](const Cluster& c) { return enumName(Cluster::DiscoveryType_descriptor(), c.type()); },
                  [](Cluster& c, const QString& v) {
                    c.set_type(static_cast<Cluster::DiscoveryType>(enumValue(Cluster::DiscoveryType_descriptor(), v)));
                    if (c.type() == Cluster::EDS) {
                      c.mutable_eds_cluster_config()->mutable_eds_config()->mutable_ads();
                    } else {
                      c.clear_eds_cluster_config();
                    }
                  });
  lbPolicy_ = row(general, tr("&Load balancing:"), new QComboBox(this), QStringLiteral("lb_policy"));
  fillEnum(lbPolicy_, Cluster::LbPolicy_descriptor());
  choice<Cluster>(lbPolicy_, QStringLiteral("lb_policy"), tr("load balancing policy"),
                  [](const Cluster& c) { return enumName(Cluster::LbPolicy_descriptor(), c.lb_policy()); },
                  [](Cluster& c, const QString& v) {
                    c.set_lb_policy(static_cast<Cluster::LbPolicy>(enumValue(Cluster::LbPolicy_descriptor(), v)));
                  });
  connectTimeout_ = row(general, tr("&Connect timeout:"), new QLineEdit(this), QStringLiteral("connect_timeout"));
  duration<Cluster>(connectTimeout_, QStringLiteral("connect_timeout"), tr("connect timeout"),
                    [](const Cluster& c) { return c.has_connect_timeout() ? &c.connect_timeout() : nullptr; },
                    [](Cluster& c) { return c.mutable_connect_timeout(); },
                    [](Cluster& c) { c.clear_connect_timeout(); });

  endpointsForm_ = section(tr("Endpoints"));
  serviceName_ = row(endpointsForm_, tr("EDS &service name:"), new QLineEdit(this),
                     QStringLiteral("eds_cluster_config.service_name"));
  serviceName_->setPlaceholderText(tr("the cluster's name"));
  text<Cluster>(serviceName_, QStringLiteral("eds_cluster_config.service_name"), tr("EDS service name"),
                [](const Cluster& c) { return qs(c.eds_cluster_config().service_name()); },
                [](Cluster& c, const QString& v) { c.mutable_eds_cluster_config()->set_service_name(v.toStdString()); });
  edsNote_ = new QLabel(this);
  edsNote_->setWordWrap(true);
  endpointsForm_->addRow(edsNote_);
  endpoints_ = row(endpointsForm_, tr("&Endpoints:"), new RowsTable(endpointColumns(), this),
                   QStringLiteral("load_assignment"));
  endpoints_->setDefaults({QStringLiteral("127.0.0.1"), QStringLiteral("8080"), QString(), QString(), QString(), QString()});
  rows<Cluster>(endpoints_, QStringLiteral("load_assignment"), tr("endpoints"),
                [](const Cluster& c) { return endpointRows(c.load_assignment()); },
                [](Cluster& c, const auto& rows, const auto& origins) {
                  auto* cla = c.mutable_load_assignment();
                  if (cla->cluster_name().empty()) cla->set_cluster_name(c.name());
                  setEndpointRows(*cla, rows, origins);
                });

  QFormLayout* health = section(tr("Health checks"));
  healthChecks_ = row(health, tr("&Health checks:"),
                      new RowsTable({tr("Kind"), tr("Path"), tr("Interval"), tr("Timeout"),
                                     tr("Unhealthy after"), tr("Healthy after")}, this),
                      QStringLiteral("health_checks"));
  healthChecks_->setChoices(0, {QStringLiteral("http"), QStringLiteral("tcp"), QStringLiteral("grpc")});
  healthChecks_->setDefaults({QStringLiteral("http"), QStringLiteral("/healthz"), QStringLiteral("5s"),
                              QStringLiteral("1s"), QStringLiteral("3"), QStringLiteral("2")});
  rows<Cluster>(healthChecks_, QStringLiteral("health_checks"), tr("health checks"),
                [](const Cluster& c) {
                  std::vector<QStringList> out;
                  for (const auto& h : c.health_checks()) {
                    const QString kind = h.has_grpc_health_check() ? QStringLiteral("grpc")
                                         : h.has_tcp_health_check() ? QStringLiteral("tcp")
                                                                    : QStringLiteral("http");
                    const QString path = h.has_grpc_health_check() ? qs(h.grpc_health_check().service_name())
                                                                   : qs(h.http_health_check().path());
                    out.push_back({kind, path, durationText(h.interval()), durationText(h.timeout()),
                                   QString::number(h.unhealthy_threshold().value()),
                                   QString::number(h.healthy_threshold().value())});
                  }
                  return out;
                },
                [](Cluster& c, const std::vector<QStringList>& rows, const std::vector<int>& origins) {
                  const auto old = c.health_checks();
                  c.clear_health_checks();
                  for (std::size_t i = 0; i < rows.size(); ++i) {
                    auto* h = c.add_health_checks();
                    if (origins[i] >= 0 && origins[i] < old.size()) h->CopyFrom(old.Get(origins[i]));
                    const QString kind = rows[i].value(0);
                    if (kind == QLatin1String("grpc")) {
                      h->mutable_grpc_health_check()->set_service_name(rows[i].value(1).toStdString());
                    } else if (kind == QLatin1String("tcp")) {
                      h->mutable_tcp_health_check();
                    } else {
                      h->mutable_http_health_check()->set_path(rows[i].value(1).toStdString());
                    }
                    google::protobuf::Duration d;
                    if (parseDuration(rows[i].value(2), &d)) h->mutable_interval()->CopyFrom(d);
                    if (parseDuration(rows[i].value(3), &d)) h->mutable_timeout()->CopyFrom(d);
                    h->mutable_unhealthy_threshold()->set_value(rows[i].value(4).toUInt());
                    h->mutable_healthy_threshold()->set_value(rows[i].value(5).toUInt());
                  }
                });

  QFormLayout* breakers = section(tr("Circuit breakers (default priority)"));
  auto limit = [&](const QString& label, const QString& field, const QString& what,
                   const Limit& (cluster::CircuitBreakers::Thresholds::*get)() const,
                   Limit* (cluster::CircuitBreakers::Thresholds::*mut)(),
                   void (cluster::CircuitBreakers::Thresholds::*clear)()) {
    auto* spin = row(breakers, label, new QSpinBox(this), field);
    spin->setRange(0, 1000000);
    spin->setSpecialValueText(tr("Envoy's default"));
    number<Cluster>(spin, field, what,
                    [get](const Cluster& c) {
                      const auto* t = defaultThresholds(c);
                      return t ? static_cast<int>(((*t).*get)().value()) : 0;
                    },
                    [mut, clear](Cluster& c, int v) {
                      auto* t = mutableDefaultThresholds(c);
                      if (v == 0) (t->*clear)();
                      else ((t->*mut)())->set_value(v);
                    });
  };
  using T = cluster::CircuitBreakers::Thresholds;
  limit(tr("Max connections:"), QStringLiteral("circuit_breakers.thresholds.max_connections"),
        tr("max connections"), &T::max_connections, &T::mutable_max_connections, &T::clear_max_connections);
  limit(tr("Max pending requests:"), QStringLiteral("circuit_breakers.thresholds.max_pending_requests"),
        tr("max pending requests"), &T::max_pending_requests, &T::mutable_max_pending_requests,
        &T::clear_max_pending_requests);
  limit(tr("Max requests:"), QStringLiteral("circuit_breakers.thresholds.max_requests"),
        tr("max requests"), &T::max_requests, &T::mutable_max_requests, &T::clear_max_requests);
  limit(tr("Max retries:"), QStringLiteral("circuit_breakers.thresholds.max_retries"),
        tr("max retries"), &T::max_retries, &T::mutable_max_retries, &T::clear_max_retries);
  registerField(QStringLiteral("circuit_breakers"), breakers->parentWidget());

  QFormLayout* outlier = section(tr("Outlier detection"));
  auto* detect = row(outlier, QString(), new QCheckBox(tr("&Eject failing hosts"), this),
                     QStringLiteral("outlier_detection"));
  flag<Cluster>(detect, QStringLiteral("outlier_detection"), tr("outlier detection"),
                [](const Cluster& c) { return c.has_outlier_detection(); },
                [](Cluster& c, bool on) {
                  if (on) c.mutable_outlier_detection();
                  else c.clear_outlier_detection();
                });
  auto* consecutive = row(outlier, tr("Consecutive 5xx:"), new QSpinBox(this),
                          QStringLiteral("outlier_detection.consecutive_5xx"));
  consecutive->setRange(0, 1000);
  consecutive->setSpecialValueText(tr("Envoy's default"));
  number<Cluster>(consecutive, QStringLiteral("outlier_detection.consecutive_5xx"), tr("consecutive 5xx"),
                  [](const Cluster& c) { return static_cast<int>(c.outlier_detection().consecutive_5xx().value()); },
                  [](Cluster& c, int v) {
                    if (v == 0) c.mutable_outlier_detection()->clear_consecutive_5xx();
                    else c.mutable_outlier_detection()->mutable_consecutive_5xx()->set_value(v);
                  });
  auto* interval = row(outlier, tr("Interval:"), new QLineEdit(this), QStringLiteral("outlier_detection.interval"));
  duration<Cluster>(interval, QStringLiteral("outlier_detection.interval"), tr("outlier detection interval"),
                    [](const Cluster& c) { return c.outlier_detection().has_interval() ? &c.outlier_detection().interval() : nullptr; },
                    [](Cluster& c) { return c.mutable_outlier_detection()->mutable_interval(); },
                    [](Cluster& c) { c.mutable_outlier_detection()->clear_interval(); });
  auto* ejection = row(outlier, tr("Base ejection time:"), new QLineEdit(this),
                       QStringLiteral("outlier_detection.base_ejection_time"));
  duration<Cluster>(ejection, QStringLiteral("outlier_detection.base_ejection_time"), tr("base ejection time"),
                    [](const Cluster& c) { return c.outlier_detection().has_base_ejection_time() ? &c.outlier_detection().base_ejection_time() : nullptr; },
                    [](Cluster& c) { return c.mutable_outlier_detection()->mutable_base_ejection_time(); },
                    [](Cluster& c) { c.mutable_outlier_detection()->clear_base_ejection_time(); });
  auto* percent = row(outlier, tr("Max ejection %:"), new QSpinBox(this),
                      QStringLiteral("outlier_detection.max_ejection_percent"));
  percent->setRange(0, 100);
  percent->setSpecialValueText(tr("Envoy's default"));
  number<Cluster>(percent, QStringLiteral("outlier_detection.max_ejection_percent"), tr("max ejection percent"),
                  [](const Cluster& c) { return static_cast<int>(c.outlier_detection().max_ejection_percent().value()); },
                  [](Cluster& c, int v) {
                    if (v == 0) c.mutable_outlier_detection()->clear_max_ejection_percent();
                    else c.mutable_outlier_detection()->mutable_max_ejection_percent()->set_value(v);
                  });

  QFormLayout* upstream = section(tr("Upstream TLS"));
  auto* useTls = row(upstream, QString(), new QCheckBox(tr("Connect with &TLS"), this),
                     QStringLiteral("transport_socket"));
  flag<Cluster>(useTls, QStringLiteral("transport_socket"), tr("upstream TLS"), hasTls,
                [](Cluster& c, bool on) {
                  if (on) setTls(c, [](tls::UpstreamTlsContext&) {});
                  else c.clear_transport_socket();
                });
  auto* sni = row(upstream, tr("S&NI:"), new QLineEdit(this), QStringLiteral("transport_socket.typed_config.sni"));
  text<Cluster>(sni, QStringLiteral("transport_socket.typed_config.sni"), tr("SNI"),
                [](const Cluster& c) { return qs(upstreamTls(c).sni()); },
                [](Cluster& c, const QString& v) { setTls(c, [&](auto& t) { t.set_sni(v.toStdString()); }); });
  auto* ca = row(upstream, tr("Trusted &CA file:"), new QLineEdit(this),
                 QStringLiteral("transport_socket.typed_config.common_tls_context.validation_context"));
  text<Cluster>(ca, QStringLiteral("transport_socket.typed_config.common_tls_context.validation_context"),
                tr("trusted CA file"),
                [](const Cluster& c) {
                  return qs(upstreamTls(c).common_tls_context().validation_context().trusted_ca().filename());
                },
                [](Cluster& c, const QString& v) {
                  setTls(c, [&](auto& t) {
                    auto* common = t.mutable_common_tls_context();
                    if (v.isEmpty()) common->clear_validation_context();
                    else common->mutable_validation_context()->mutable_trusted_ca()->set_filename(v.toStdString());
                  });
                });
  auto* secret = row(upstream, tr("Client certificate (SDS):"), new QComboBox(this),
                     QStringLiteral("transport_socket.typed_config.common_tls_context.tls_certificate_sds_secret_configs"));
  secret->setEditable(true);
  secret->setInsertPolicy(QComboBox::NoInsert);
  choice<Cluster>(secret, QStringLiteral("transport_socket.typed_config.common_tls_context.tls_certificate_sds_secret_configs"),
                  tr("client certificate"),
                  [](const Cluster& c) {
                    const auto context = upstreamTls(c);
                    const auto& configs = context.common_tls_context().tls_certificate_sds_secret_configs();
                    return configs.empty() ? QString() : qs(configs.Get(0).name());
                  },
                  [](Cluster& c, const QString& v) {
                    setTls(c, [&](auto& t) {
                      auto* configs = t.mutable_common_tls_context()->mutable_tls_certificate_sds_secret_configs();
                      configs->Clear();
                      if (v.isEmpty()) return;
                      auto* config = configs->Add();
                      config->set_name(v.toStdString());
                      config->mutable_sds_config()->mutable_ads();
                    });
                  });
  secretChoice_ = secret;
}

void ClusterEditor::loaded(const google::protobuf::Message& message) {
  const auto& c = dynamic_cast<const Cluster&>(message);
  const bool eds = c.type() == Cluster::EDS;
  endpointsForm_->setRowVisible(serviceName_, eds);
  endpointsForm_->setRowVisible(endpoints_, !eds || c.has_load_assignment());
  const QString service = c.eds_cluster_config().service_name().empty() ? qs(c.name())
                                                                         : qs(c.eds_cluster_config().service_name());
  edsNote_->setVisible(eds);
  edsNote_->setText(tr("Served over EDS: its endpoints are in the endpoints resource %1 (shown "
                       "under this cluster in the navigator).").arg(service));
  const QString secret = secretChoice_->currentText();
  secretChoice_->clear();
  secretChoice_->addItem(QString(), QString());
  for (const QString& name : names(static_cast<int>(workspace::Kind::kSecret))) secretChoice_->addItem(name, name);
  secretChoice_->setCurrentText(secret);
}

}  // namespace meshdesk::app
