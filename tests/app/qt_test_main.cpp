// main() for the console's tests: one QApplication for the whole run, offscreen, with settings
// in a temporary folder so no test reads or writes the user's preferences.

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
  // Also when CTest lists the tests at build time, where no display is set.
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QTemporaryDir settingsDir;
  QSettings::setDefaultFormat(QSettings::IniFormat);
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

  QApplication application(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("MeshdeskTest"));
  QApplication::setApplicationName(QStringLiteral("meshdesk-test"));
  Q_INIT_RESOURCE(meshdesk);

  testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
