// meshdesk: the desktop console. Parses the command line, starts the embedded control plane,
// shows the window, and loads the workspace without holding up the window.

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

#include "xds/process_settings.h"
#include "controlplane/control_plane.h"
#include "launch_options.h"
#include "log/message_log.h"
#include "main_window.h"
#include "theme.h"

namespace {

void nameApplication() {
  QCoreApplication::setOrganizationName(QStringLiteral("Meshdesk"));
  QCoreApplication::setApplicationName(QStringLiteral("meshdesk"));
  QCoreApplication::setApplicationVersion(QStringLiteral(MESHDESK_VERSION));
}

}  // namespace

int main(int argc, char** argv) {
  meshdesk::xds::skipAbseilDeadlockDetection();
  meshdesk::app::LaunchOptions options;
  {
    // A QCoreApplication for parsing, so that --help, --version and bad options work without a
    // display.
    QCoreApplication parsing(argc, argv);
    nameApplication();
    QString error;
    if (!meshdesk::app::LaunchOptionsParser::parse(QCoreApplication::arguments(), options,
                                                   error)) {
      QTextStream(stderr) << "meshdesk: " << error << "\n"
                          << "Try 'meshdesk --help' for more information.\n";
      return 2;
    }
  }

  QApplication application(argc, argv);
  nameApplication();
  QApplication::setApplicationDisplayName(QStringLiteral("Meshdesk"));
  QApplication::setDesktopFileName(QStringLiteral("meshdesk"));
  Q_INIT_RESOURCE(meshdesk);
  QIcon icon;
  for (int size : {16, 32, 48, 64, 128, 256}) {
    icon.addFile(QStringLiteral(":/icons/meshdesk-%1.png").arg(size), QSize(size, size));
  }
  QApplication::setWindowIcon(icon);

  meshdesk::app::Theme::apply(
      QSettings().value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString());

  meshdesk::app::MessageLog log;
  // The control plane serves the workspace the console starts with, and keeps its version
  // history next to it (<folder>/.meshdesk/history.git).
  meshdesk::controlplane::Options planeOptions;
  planeOptions.workspacePath = options.workspace.toStdString();
  planeOptions.xdsAddress = options.xdsAddress.toStdString();
  meshdesk::controlplane::ControlPlane controlPlane(planeOptions);

  meshdesk::app::MainWindow window(controlPlane, log);
  window.setLanguage(options.language);
  window.show();
  // Both in the background: the servers start and publish the file, and the editor reads it.
  window.startControlPlane();
  window.openWorkspace(options.workspace);
  return QApplication::exec();
}
