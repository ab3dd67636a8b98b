#include "editors/route_configuration_editor.h"

#include "editors/field_rows.h"
#include "envoy/config/route/v3/route.pb.h"

namespace meshdesk::app {

using RouteConfiguration = envoy::config::route::v3::RouteConfiguration;

RouteConfigurationEditor::RouteConfigurationEditor(QWidget* parent) : ResourceEditor(parent) {
  QFormLayout* form = section(tr("Route configuration"));
  text<RouteConfiguration>(row(form, tr("&Name:"), new QLineEdit(this), QStringLiteral("name")),
                           QStringLiteral("name"), tr("name"),
                           [](const RouteConfiguration& c) { return qs(c.name()); },
                           [](RouteConfiguration& c, const QString& v) { c.set_name(v.toStdString()); });
  hosts_ = row(form, tr("&Virtual hosts:"), new RowsTable({tr("Name"), tr("Domains")}, this),
               QStringLiteral("virtual_hosts"));
  hosts_->setDefaults({QStringLiteral("host"), QStringLiteral("*")});
  rows<RouteConfiguration>(
      hosts_, QStringLiteral("virtual_hosts"), tr("virtual hosts"),
      [](const RouteConfiguration& c) {
        std::vector<QStringList> out;
        for (const auto& h : c.virtual_hosts()) out.push_back({qs(h.name()), joinList(h.domains())});
        return out;
      },
      [](RouteConfiguration& c, const std::vector<QStringList>& rows, const std::vector<int>& origins) {
        const auto old = c.virtual_hosts();
        c.clear_virtual_hosts();
        for (std::size_t i = 0; i < rows.size(); ++i) {
          auto* h = c.add_virtual_hosts();
          if (origins[i] >= 0 && origins[i] < old.size()) h->CopyFrom(old.Get(origins[i]));
          h->set_name(rows[i].value(0).toStdString());
          setList(*h->mutable_domains(), rows[i].value(1));
        }
      });
  auto* validate = row(form, QString(), new QCheckBox(tr("Envoy &checks that routed clusters exist"), this),
                       QStringLiteral("validate_clusters"));
  flag<RouteConfiguration>(validate, QStringLiteral("validate_clusters"), tr("cluster validation"),
                           [](const RouteConfiguration& c) { return c.validate_clusters().value(); },
                           [](RouteConfiguration& c, bool on) {
                             if (on) c.mutable_validate_clusters()->set_value(true);
                             else c.clear_validate_clusters();
                           });
}

}  // namespace meshdesk::app
