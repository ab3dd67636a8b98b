#include "editors/endpoints_editor.h"

#include "editors/field_rows.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"

namespace meshdesk::app {

using Assignment = envoy::config::endpoint::v3::ClusterLoadAssignment;

EndpointsEditor::EndpointsEditor(QWidget* parent) : ResourceEditor(parent) {
  QFormLayout* form = section(tr("Endpoints"));
  text<Assignment>(row(form, tr("&Cluster:"), new QLineEdit(this), QStringLiteral("cluster_name")),
                   QStringLiteral("cluster_name"), tr("cluster name"),
                   [](const Assignment& a) { return qs(a.cluster_name()); },
                   [](Assignment& a, const QString& v) { a.set_cluster_name(v.toStdString()); });
  endpoints_ = row(form, tr("&Endpoints:"), new RowsTable(endpointColumns(), this), QStringLiteral("endpoints"));
  endpoints_->setDefaults({QStringLiteral("127.0.0.1"), QStringLiteral("8080"), QString(), QString(), QString(), QString()});
  rows<Assignment>(endpoints_, QStringLiteral("endpoints"), tr("endpoints"),
                   [](const Assignment& a) { return endpointRows(a); },
                   [](Assignment& a, const auto& rows, const auto& origins) { setEndpointRows(a, rows, origins); });
}

}  // namespace meshdesk::app
