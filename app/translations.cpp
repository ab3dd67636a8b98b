#include "translations.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>

namespace meshdesk::app {

Translations::Translations(QObject* parent) : QObject(parent) {}

Translations::~Translations() { uninstall(); }

void Translations::uninstall() {
  if (console_) QCoreApplication::removeTranslator(console_.get());
  if (qtBase_) QCoreApplication::removeTranslator(qtBase_.get());
  console_.reset();
  qtBase_.reset();
}

QStringList Translations::available() { return {QStringLiteral("en"), QStringLiteral("de")}; }

QString Translations::nativeName(const QString& code) {
  // Each language in its own name: whoever cannot read the current one still finds theirs.
  if (code == QLatin1String("de")) return QStringLiteral("Deutsch");
  if (code == QLatin1String("en")) return QStringLiteral("English");
  return code;
}

QString Translations::systemDefault() {
  const QString code = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
  return available().contains(code) ? code : QStringLiteral("en");
}

bool Translations::use(const QString& code) {
  if (!available().contains(code)) return false;
  if (code == current_ && console_) return true;

  // Load first, so a failed load leaves the current language in place.
  auto console = std::make_unique<QTranslator>();
  if (!console->load(QStringLiteral(":/i18n/meshdesk_%1.qm").arg(code))) return false;
  auto qtBase = std::make_unique<QTranslator>();
  // Missing Qt translations are no error: Qt's few own strings then stay English.
  const bool haveQtBase = qtBase->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));

  uninstall();
  console_ = std::move(console);
  if (haveQtBase) {
    qtBase_ = std::move(qtBase);
    QCoreApplication::installTranslator(qtBase_.get());
  }
  QLocale::setDefault(QLocale(code));
  current_ = code;
  // Installed last, so it is asked first. Installing posts LanguageChange to every window;
  // delivering those now means the whole interface speaks `code` when this returns.
  QCoreApplication::installTranslator(console_.get());
  QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
  emit changed(code);
  return true;
}

}  // namespace meshdesk::app
