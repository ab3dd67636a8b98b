#pragma once
// The console's languages and the switch between them at run time. Installing or removing a
// translator makes Qt send LanguageChange to every widget, which retranslates itself.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace meshdesk::app {

class Translations : public QObject {
  Q_OBJECT

 public:
  explicit Translations(QObject* parent = nullptr);
  ~Translations() override;

  // "en", "de".
  static QStringList available();
  // The language's own name, for menus ("English", "Deutsch").
  static QString nativeName(const QString& code);
  // The system's language if the console has it, else English.
  static QString systemDefault();

  // Switches the whole application. False (and nothing changes) for an unknown code or a
  // translation that cannot be loaded.
  bool use(const QString& code);
  QString current() const { return current_; }

 signals:
  void changed(const QString& code);

 private:
  QString current_ = QStringLiteral("en");
  void uninstall();

  std::unique_ptr<QTranslator> console_;  // :/i18n/meshdesk_<code>.qm
  std::unique_ptr<QTranslator> qtBase_;   // Qt's own dialog buttons, if the system has them
};

}  // namespace meshdesk::app
