#pragma once
// Edit > Preferences: the interface language and theme (applied at once) and the address and
// port the control plane's xDS server listens on (used from the next start; the running server
// keeps its port so that connected proxies are not cut off).

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace meshdesk::app {

class PreferencesDialog : public QDialog {
  Q_OBJECT

 public:
  explicit PreferencesDialog(const QString& currentLanguage, QWidget* parent = nullptr);

  QString language() const;
  QString xdsAddress() const;
  // "system", "light" or "dark".
  QString theme() const;
  // Writes the choices to QSettings; the caller applies the language.
  void save() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void validate();
  void retranslate();

  QLabel* languageLabel_;
  QComboBox* language_;
  QLabel* themeLabel_;
  QComboBox* theme_;
  QLabel* xdsLabel_;
  QLineEdit* xds_;
  QLabel* xdsNote_;
  QDialogButtonBox* buttons_;
};

}  // namespace meshdesk::app
