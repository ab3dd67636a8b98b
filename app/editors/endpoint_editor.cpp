#include "editors/endpoint_editor.h"

#include "editors/field_rows.h"
#include "envoy/config/endpoint/v3/endpoint_components.pb.h"

namespace meshdesk::app {

using LbEndpoint = envoy::config::endpoint::v3::LbEndpoint;

EndpointEditor::EndpointEditor(QWidget* parent) : ResourceEditor(parent) {
  QFormLayout* form = section(tr("Endpoint"));
  text<LbEndpoint>(row(form, tr("&Address:"), new QLineEdit(this), QStringLiteral("endpoint.address")),
                   QStringLiteral("endpoint.address"), tr("address"),
                   [](const LbEndpoint& e) { return qs(e.endpoint().address().socket_address().address()); },
                   [](LbEndpoint& e, const QString& v) {
                     e.mutable_endpoint()->mutable_address()->mutable_socket_address()->set_address(v.toStdString());
                   });
  auto* port = row(form, tr("&Port:"), new QSpinBox(this), QStringLiteral("endpoint.address.socket_address.port_value"));
  port->setRange(0, 65535);
  number<LbEndpoint>(port, QStringLiteral("endpoint.address.socket_address.port_value"), tr("port"),
                     [](const LbEndpoint& e) { return static_cast<int>(e.endpoint().address().socket_address().port_value()); },
                     [](LbEndpoint& e, int v) {
                       e.mutable_endpoint()->mutable_address()->mutable_socket_address()->set_port_value(v);
                     });
  auto* weight = row(form, tr("&Weight:"), new QSpinBox(this), QStringLiteral("load_balancing_weight"));
  weight->setRange(0, 1000000);
  weight->setSpecialValueText(tr("not set"));
  number<LbEndpoint>(weight, QStringLiteral("load_balancing_weight"), tr("weight"),
                     [](const LbEndpoint& e) { return static_cast<int>(e.load_balancing_weight().value()); },
                     [](LbEndpoint& e, int v) {
                       if (v == 0) e.clear_load_balancing_weight();
                       else e.mutable_load_balancing_weight()->set_value(v);
                     });
  auto* health = row(form, tr("&Health status:"), new QComboBox(this), QStringLiteral("health_status"));
  fillEnum(health, envoy::config::core::v3::HealthStatus_descriptor());
  choice<LbEndpoint>(health, QStringLiteral("health_status"), tr("health status"),
                     [](const LbEndpoint& e) { return enumName(envoy::config::core::v3::HealthStatus_descriptor(), e.health_status()); },
                     [](LbEndpoint& e, const QString& v) {
                       e.set_health_status(static_cast<envoy::config::core::v3::HealthStatus>(
                           enumValue(envoy::config::core::v3::HealthStatus_descriptor(), v)));
                     });
}

}  // namespace meshdesk::app
