#include "editors/secret_editor.h"

#include "envoy/extensions/transport_sockets/tls/v3/secret.pb.h"

namespace meshdesk::app {

using Secret = envoy::extensions::transport_sockets::tls::v3::Secret;

namespace {
QString typeOf(const Secret& s) {
  switch (s.type_case()) {
    case Secret::kValidationContext: return QStringLiteral("validation_context");
    case Secret::kGenericSecret: return QStringLiteral("generic_secret");
    case Secret::kSessionTicketKeys: return QStringLiteral("session_ticket_keys");
    default: return QStringLiteral("tls_certificate");
  }
}
}  // namespace

SecretEditor::SecretEditor(QWidget* parent) : ResourceEditor(parent) {
  form_ = section(tr("Secret"));
  text<Secret>(row(form_, tr("&Name:"), new QLineEdit(this), QStringLiteral("name")),
               QStringLiteral("name"), tr("name"), [](const Secret& s) { return qs(s.name()); },
               [](Secret& s, const QString& v) { s.set_name(v.toStdString()); });
  type_ = row(form_, tr("&Type:"), new QComboBox(this), QStringLiteral("type"));
  type_->addItem(tr("TLS certificate"), QStringLiteral("tls_certificate"));
  type_->addItem(tr("validation context"), QStringLiteral("validation_context"));
  type_->addItem(tr("generic secret"), QStringLiteral("generic_secret"));
  type_->addItem(tr("session ticket keys"), QStringLiteral("session_ticket_keys"));
  choice<Secret>(type_, QStringLiteral("type"), tr("type"), typeOf, [](Secret& s, const QString& v) {
    if (v == QLatin1String("validation_context")) s.mutable_validation_context();
    else if (v == QLatin1String("generic_secret")) s.mutable_generic_secret();
    else if (v == QLatin1String("session_ticket_keys")) s.mutable_session_ticket_keys();
    else s.mutable_tls_certificate();
  });
  auto* chain = row(form_, tr("Certificate &chain file:"), new QLineEdit(this), QStringLiteral("tls_certificate.certificate_chain"));
  text<Secret>(chain, QStringLiteral("tls_certificate.certificate_chain"), tr("certificate chain file"),
               [](const Secret& s) { return qs(s.tls_certificate().certificate_chain().filename()); },
               [](Secret& s, const QString& v) {
                 s.mutable_tls_certificate()->mutable_certificate_chain()->set_filename(v.toStdString());
               });
  auto* key = row(form_, tr("Private &key file:"), new QLineEdit(this), QStringLiteral("tls_certificate.private_key"));
  text<Secret>(key, QStringLiteral("tls_certificate.private_key"), tr("private key file"),
               [](const Secret& s) { return qs(s.tls_certificate().private_key().filename()); },
               [](Secret& s, const QString& v) {
                 s.mutable_tls_certificate()->mutable_private_key()->set_filename(v.toStdString());
               });
  certificateRows_ << chain << key;
  auto* ca = row(form_, tr("Trusted &CA file:"), new QLineEdit(this), QStringLiteral("validation_context.trusted_ca"));
  text<Secret>(ca, QStringLiteral("validation_context.trusted_ca"), tr("trusted CA file"),
               [](const Secret& s) { return qs(s.validation_context().trusted_ca().filename()); },
               [](Secret& s, const QString& v) {
                 s.mutable_validation_context()->mutable_trusted_ca()->set_filename(v.toStdString());
               });
  auto* sans = row(form_, tr("Match subject alt &names:"), new QLineEdit(this),
                   QStringLiteral("validation_context.match_typed_subject_alt_names"));
  sans->setPlaceholderText(tr("comma-separated DNS names"));
  text<Secret>(sans, QStringLiteral("validation_context.match_typed_subject_alt_names"), tr("subject alt names"),
               [](const Secret& s) {
                 QStringList names;
                 for (const auto& m : s.validation_context().match_typed_subject_alt_names()) names << qs(m.matcher().exact());
                 return names.join(QStringLiteral(", "));
               },
               [](Secret& s, const QString& v) {
                 auto* list = s.mutable_validation_context()->mutable_match_typed_subject_alt_names();
                 list->Clear();
                 for (const QString& name : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                   auto* m = list->Add();
                   m->set_san_type(envoy::extensions::transport_sockets::tls::v3::SubjectAltNameMatcher::DNS);
                   m->mutable_matcher()->set_exact(name.trimmed().toStdString());
                 }
               });
  validationRows_ << ca << sans;
  auto* generic = row(form_, tr("&Value:"), new QLineEdit(this), QStringLiteral("generic_secret.secret"));
  generic->setEchoMode(QLineEdit::PasswordEchoOnEdit);
  text<Secret>(generic, QStringLiteral("generic_secret.secret"), tr("value"),
               [](const Secret& s) { return qs(s.generic_secret().secret().inline_string()); },
               [](Secret& s, const QString& v) {
                 s.mutable_generic_secret()->mutable_secret()->set_inline_string(v.toStdString());
               });
  genericRows_ << generic;
}

void SecretEditor::loaded(const google::protobuf::Message& message) {
  const QString type = typeOf(dynamic_cast<const Secret&>(message));
  for (QWidget* w : certificateRows_) form_->setRowVisible(w, type == QLatin1String("tls_certificate"));
  for (QWidget* w : validationRows_) form_->setRowVisible(w, type == QLatin1String("validation_context"));
  for (QWidget* w : genericRows_) form_->setRowVisible(w, type == QLatin1String("generic_secret"));
}

}  // namespace meshdesk::app
