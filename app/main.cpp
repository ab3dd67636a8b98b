// meshdesk: the desktop console. Parses the command line, starts the embedded control plane,
// shows the window, and loads the workspace without holding up the window.

#include <QApplication>
#include <QIcon>
#include <QTextStream>

#include "control_plane.h"
#include "launch_options.h"
#include "log/message_log.h"
#include "main_window.h"

int main(int argc, char** argv) {
  QApplication application(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("Meshdesk"));
  QApplication::setApplicationName(QStringLiteral("meshdesk"));
  QApplication::setApplicationDisplayName(QStringLiteral("Meshdesk"));
  QApplication::setApplicationVersion(QStringLiteral(MESHDESK_VERSION));
  QApplication::setDesktopFileName(QStringLiteral("meshdesk"));
  Q_INIT_RESOURCE(meshdesk);
  QIcon icon;
  for (int size : {16, 32, 48, 64, 128, 256}) {
    icon.addFile(QStringLiteral(":/icons/meshdesk-%1.png").arg(size), QSize(size, size));
  }
  QApplication::setWindowIcon(icon);

  meshdesk::app::LaunchOptions options;
  QString error;
  if (!meshdesk::app::LaunchOptionsParser::parse(QApplication::arguments(), options, error)) {
    QTextStream(stderr) << "meshdesk: " << error << "\n"
                        << "Try 'meshdesk --help' for more information.\n";
    return 2;
  }

  meshdesk::app::MessageLog log;
  meshdesk::xds::ServerOptions serverOptions;
  serverOptions.address = options.xdsAddress.toStdString();
  meshdesk::app::ControlPlane controlPlane(serverOptions);

  meshdesk::app::MainWindow window(controlPlane.fleet(), log);
  window.setLanguage(options.language);
  QString bindError;
  controlPlane.start(&bindError);
  window.setServerStatus(controlPlane.address(), bindError);
  window.show();
  return QApplication::exec();
}
