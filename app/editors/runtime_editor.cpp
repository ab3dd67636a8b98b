#include "editors/runtime_editor.h"

#include <map>

#include "envoy/service/runtime/v3/rtds.pb.h"

namespace meshdesk::app {

using Runtime = envoy::service::runtime::v3::Runtime;

namespace {

QString valueText(const google::protobuf::Value& v) {
  switch (v.kind_case()) {
    case google::protobuf::Value::kNumberValue: return QString::number(v.number_value(), 'g', 15);
    case google::protobuf::Value::kBoolValue: return v.bool_value() ? QStringLiteral("true") : QStringLiteral("false");
    case google::protobuf::Value::kStringValue: return qs(v.string_value());
    default: return {};
  }
}

google::protobuf::Value valueOf(const QString& text) {
  google::protobuf::Value v;
  bool number = false;
  const double d = text.toDouble(&number);
  if (number) v.set_number_value(d);
  else if (text == QLatin1String("true") || text == QLatin1String("false")) v.set_bool_value(text == QLatin1String("true"));
  else v.set_string_value(text.toStdString());
  return v;
}

}  // namespace

RuntimeEditor::RuntimeEditor(QWidget* parent) : ResourceEditor(parent) {
  QFormLayout* form = section(tr("Runtime"));
  text<Runtime>(row(form, tr("&Name:"), new QLineEdit(this), QStringLiteral("name")),
                QStringLiteral("name"), tr("name"), [](const Runtime& r) { return qs(r.name()); },
                [](Runtime& r, const QString& v) { r.set_name(v.toStdString()); });
  keys_ = row(form, tr("&Keys:"), new RowsTable({tr("Key"), tr("Value")}, this), QStringLiteral("layer"));
  keys_->setDefaults({QStringLiteral("key"), QStringLiteral("0")});
  rows<Runtime>(keys_, QStringLiteral("layer"), tr("keys"),
                [](const Runtime& r) {
                  // Sorted, as the file writes them.
                  std::map<std::string, QString> sorted;
                  for (const auto& [key, value] : r.layer().fields()) sorted[key] = valueText(value);
                  std::vector<QStringList> out;
                  for (const auto& [key, value] : sorted) out.push_back({qs(key), value});
                  return out;
                },
                [](Runtime& r, const std::vector<QStringList>& rows, const std::vector<int>&) {
                  auto* fields = r.mutable_layer()->mutable_fields();
                  fields->clear();
                  for (const auto& row : rows) {
                    if (row.value(0).isEmpty()) continue;
                    (*fields)[row.value(0).toStdString()] = valueOf(row.value(1));
                  }
                });
}

}  // namespace meshdesk::app
