// meshdesk: the desktop console. Parses the command line, starts the embedded control plane,
// shows the window, and loads the workspace without holding up the window.

#include <QApplication>
#include <QIcon>
#include <QTextStream>

#include "control_plane.h"
#include "launch_options.h"
#include "log/message_log.h"
#include "main_window.h"

namespace {

void nameApplication() {
  QCoreApplication::setOrganizationName(QStringLiteral("Meshdesk"));
  QCoreApplication::setApplicationName(QStringLiteral("meshdesk"));
  QCoreApplication::setApplicationVersion(QStringLiteral(MESHDESK_VERSION));
}

}  // namespace

int main(int argc, char** argv) {
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

  meshdesk::app::MessageLog log;
  meshdesk::xds::ServerOptions serverOptions;
  serverOptions.address = options.xdsAddress.toStdString();
  meshdesk::app::ControlPlane controlPlane(serverOptions);

  meshdesk::app::MainWindow window(controlPlane.fleet(), controlPlane.store(), log);
  window.setLanguage(options.language);
  QString bindError;
  controlPlane.start(&bindError);
  window.setServerStatus(controlPlane.address(), bindError);
  window.show();
  // Read and published in the background; proxies that connect before it is done get the
  // resources as soon as it is.
  window.openWorkspace(options.workspace);
  return QApplication::exec();
}
