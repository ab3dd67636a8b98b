#include "editors/virtual_host_editor.h"

#include "editors/field_rows.h"
#include "envoy/config/route/v3/route_components.pb.h"

namespace meshdesk::app {

using VirtualHost = envoy::config::route::v3::VirtualHost;

VirtualHostEditor::VirtualHostEditor(QWidget* parent) : ResourceEditor(parent) {
  QFormLayout* form = section(tr("Virtual host"));
  text<VirtualHost>(row(form, tr("&Name:"), new QLineEdit(this), QStringLiteral("name")),
                    QStringLiteral("name"), tr("name"), [](const VirtualHost& h) { return qs(h.name()); },
                    [](VirtualHost& h, const QString& v) { h.set_name(v.toStdString()); });
  auto* domains = row(form, tr("&Domains:"), new QLineEdit(this), QStringLiteral("domains"));
  domains->setPlaceholderText(tr("comma-separated: api.example.com, *.example.com, *"));
  text<VirtualHost>(domains, QStringLiteral("domains"), tr("domains"),
                    [](const VirtualHost& h) { return joinList(h.domains()); },
                    [](VirtualHost& h, const QString& v) { setList(*h.mutable_domains(), v); });
  auto* add = row(form, tr("Request headers to &add:"),
                  new RowsTable({tr("Name"), tr("Value"), tr("Append action")}, this),
                  QStringLiteral("request_headers_to_add"));
  add->setChoices(2, appendActions());
  add->setDefaults({QStringLiteral("x-header"), QString(), appendActions().value(0)});
  rows<VirtualHost>(add, QStringLiteral("request_headers_to_add"), tr("request headers to add"),
                    [](const VirtualHost& h) { return headerOptionRows(h.request_headers_to_add()); },
                    [](VirtualHost& h, const auto& rows, const auto& origins) {
                      setHeaderOptionRows(*h.mutable_request_headers_to_add(), rows, origins);
                    });
  auto* remove = row(form, tr("Request headers to &remove:"), new QLineEdit(this),
                     QStringLiteral("request_headers_to_remove"));
  text<VirtualHost>(remove, QStringLiteral("request_headers_to_remove"), tr("request headers to remove"),
                    [](const VirtualHost& h) { return joinList(h.request_headers_to_remove()); },
                    [](VirtualHost& h, const QString& v) { setList(*h.mutable_request_headers_to_remove(), v); });
  auto* responseAdd = row(form, tr("Response headers to a&dd:"),
                          new RowsTable({tr("Name"), tr("Value"), tr("Append action")}, this),
                          QStringLiteral("response_headers_to_add"));
  responseAdd->setChoices(2, appendActions());
  responseAdd->setDefaults({QStringLiteral("x-header"), QString(), appendActions().value(0)});
  rows<VirtualHost>(responseAdd, QStringLiteral("response_headers_to_add"), tr("response headers to add"),
                    [](const VirtualHost& h) { return headerOptionRows(h.response_headers_to_add()); },
                    [](VirtualHost& h, const auto& rows, const auto& origins) {
                      setHeaderOptionRows(*h.mutable_response_headers_to_add(), rows, origins);
                    });
}

}  // namespace meshdesk::app
