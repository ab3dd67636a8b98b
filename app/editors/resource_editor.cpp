#include "editors/resource_editor.h"

#include <QGroupBox>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <cmath>

#include "workspace/workspace.h"

namespace meshdesk::app {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString durationText(const google::protobuf::Duration& d) {
  if (d.nanos() == 0) return QStringLiteral("%1s").arg(d.seconds());
  QString fraction = QStringLiteral("%1").arg(d.nanos(), 9, 10, QLatin1Char('0'));
  while (fraction.endsWith(QLatin1Char('0')) && fraction.size() > 3) fraction.chop(1);
  return QStringLiteral("%1.%2s").arg(d.seconds()).arg(fraction);
}

bool parseDuration(const QString& text, google::protobuf::Duration* out) {
  static const QRegularExpression form(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$)"));
  const auto m = form.match(text);
  if (!m.hasMatch()) return false;
  const double value = m.captured(1).toDouble();
  const QString unit = m.captured(2);
  const double seconds = unit == QLatin1String("ms")  ? value / 1000.0
                         : unit == QLatin1String("m") ? value * 60.0
                         : unit == QLatin1String("h") ? value * 3600.0
                                                      : value;
  const auto whole = static_cast<std::int64_t>(std::floor(seconds));
  out->set_seconds(whole);
  out->set_nanos(static_cast<std::int32_t>(std::llround((seconds - double(whole)) * 1e9)));
  return true;
}

ResourceEditor::ResourceEditor(QWidget* parent) : QWidget(parent) {
  body_ = new QVBoxLayout(this);
  body_->setContentsMargins(4, 4, 4, 4);
  body_->addStretch(1);
}

ResourceEditor::~ResourceEditor() = default;

QFormLayout* ResourceEditor::section(const QString& title) {
  auto* group = new QGroupBox(title, this);
  auto* form = new QFormLayout(group);
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  body_->insertWidget(body_->count() - 1, group);
  return form;
}

void ResourceEditor::registerField(const QString& path, QWidget* widget) {
  fields_[path] = widget;
}

QWidget* ResourceEditor::fieldWidget(const QString& path) const {
  // The longest registered prefix that ends at a field boundary.
  QWidget* best = nullptr;
  int bestLength = -1;
  for (const auto& [field, widget] : fields_) {
    if (!path.startsWith(field)) continue;
    if (path.size() > field.size()) {
      const QChar next = path.at(field.size());
      if (next != QLatin1Char('.') && next != QLatin1Char('[')) continue;
    }
    if (field.size() > bestLength) {
      best = widget;
      bestLength = static_cast<int>(field.size());
    }
  }
  return best;
}

bool ResourceEditor::focusField(const QString& path) {
  QWidget* widget = fieldWidget(path);
  if (widget == nullptr || !widget->isVisibleTo(this)) return false;
  widget->setFocus(Qt::OtherFocusReason);
  return true;
}

void ResourceEditor::load(const google::protobuf::Message& message,
                          const workspace::Workspace* workspace) {
  workspace_ = workspace;
  current_.reset(message.New());
  current_->CopyFrom(message);
  loading_ = true;
  for (const auto& loader : loaders_) loader(message);
  loaded(message);
  loading_ = false;
}

QStringList ResourceEditor::names(int kind) const {
  QStringList out;
  if (workspace_ == nullptr) return out;
  for (const auto& item : workspace_->items(static_cast<workspace::Kind>(kind))) {
    out << qs(item.name());
  }
  return out;
}

void ResourceEditor::commit(const QString& text, const QString& mergeKey,
                            const std::function<void(google::protobuf::Message&)>& mutate) {
  if (loading_ || current_ == nullptr) return;
  std::shared_ptr<google::protobuf::Message> next(current_->New());
  next->CopyFrom(*current_);
  mutate(*next);
  if (next->SerializeAsString() == current_->SerializeAsString()) return;
  current_->CopyFrom(*next);
  emit edited(std::move(next), text, mergeKey);
}

void ResourceEditor::commitField(const QString& label, const QString& value, const QString& field,
                                 const std::function<void(google::protobuf::Message&)>& mutate) {
  const QString text = value.isEmpty() ? tr("Clear %1 %2").arg(subject_, label)
                                       : tr("Set %1 %2 to %3").arg(subject_, label, value);
  commit(text, subject_ + QLatin1Char('|') + field, mutate);
}

}  // namespace meshdesk::app
