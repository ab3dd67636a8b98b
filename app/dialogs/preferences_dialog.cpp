#include "dialogs/preferences_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "launch_options.h"
#include "theme.h"
#include "translations.h"

namespace meshdesk::app {

PreferencesDialog::PreferencesDialog(const QString& currentLanguage, QWidget* parent)
    : QDialog(parent) {
  setObjectName(QStringLiteral("PreferencesDialog"));
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  layout->addLayout(form);

  language_ = new QComboBox(this);
  for (const QString& code : Translations::available()) {
    language_->addItem(Translations::nativeName(code), code);
  }
  language_->setCurrentIndex(language_->findData(currentLanguage));
  languageLabel_ = new QLabel(this);
  languageLabel_->setBuddy(language_);
  form->addRow(languageLabel_, language_);

  theme_ = new QComboBox(this);
  theme_->setObjectName(QStringLiteral("ThemeChoice"));
  for (const QString& name : Theme::available()) theme_->addItem(QString(), name);
  theme_->setCurrentIndex(std::max(0, theme_->findData(Theme::current())));
  themeLabel_ = new QLabel(this);
  themeLabel_->setBuddy(theme_);
  form->addRow(themeLabel_, theme_);

  QSettings settings;
  xds_ = new QLineEdit(settings
                           .value(QStringLiteral("xds/address"),
                                  QLatin1String(LaunchOptionsParser::kDefaultXdsAddress))
                           .toString(),
                       this);
  xdsLabel_ = new QLabel(this);
  xdsLabel_->setBuddy(xds_);
  form->addRow(xdsLabel_, xds_);
  xdsNote_ = new QLabel(this);
  xdsNote_->setWordWrap(true);
  form->addRow(QString(), xdsNote_);

  buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  layout->addWidget(buttons_);
  connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(xds_, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
  retranslate();
  validate();
}

QString PreferencesDialog::language() const { return language_->currentData().toString(); }

QString PreferencesDialog::theme() const { return theme_->currentData().toString(); }

QString PreferencesDialog::xdsAddress() const { return xds_->text().trimmed(); }

void PreferencesDialog::save() const {
  QSettings settings;
  settings.setValue(QStringLiteral("ui/language"), language());
  settings.setValue(QStringLiteral("xds/address"), xdsAddress());
  settings.setValue(QStringLiteral("ui/theme"), theme());
}

void PreferencesDialog::validate() {
  const bool ok = LaunchOptionsParser::isValidAddress(xdsAddress());
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(ok);
  xdsNote_->setText(ok ? tr("Used from the next start; the running server keeps its address.")
                       : tr("Enter host:port, such as 127.0.0.1:18000."));
}

void PreferencesDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate() {
  setWindowTitle(tr("Preferences"));
  languageLabel_->setText(tr("&Language:"));
  xdsLabel_->setText(tr("Control plane &address and port:"));
  themeLabel_->setText(tr("&Theme:"));
  const QStringList themes{tr("Follow the system"), tr("Light"), tr("Dark")};
  for (int i = 0; i < theme_->count(); ++i) theme_->setItemText(i, themes.value(i));
  validate();
}

}  // namespace meshdesk::app
