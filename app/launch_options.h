#pragma once
// What `meshdesk` is started with: the workspace to open, where the xDS server listens, and the
// language. Command line first, then the saved preferences, then the built-in defaults.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace meshdesk::app {

struct LaunchOptions {
  QString workspace;   // a workspace.yaml
  QString xdsAddress;  // host:port
  QString language;    // "en" or "de"
};

class LaunchOptionsParser {
  Q_DECLARE_TR_FUNCTIONS(meshdesk::app::LaunchOptionsParser)

 public:
  static constexpr const char* kDefaultXdsAddress = "127.0.0.1:18000";

  // Parses `arguments` (argv, program name first). Returns false with `error` set on bad input;
  // `--help` and `--version` print and exit, as QCommandLineParser does.
  static bool parse(const QStringList& arguments, LaunchOptions& options, QString& error);

  // The lab workspace shipped with Meshdesk: share/meshdesk/lab/workspace.yaml next to the
  // executable's bin/ when installed, else the one in the source tree.
  static QString bundledWorkspace();
  // `arguments` without the options QApplication takes for itself (-platform, -style,
  // -geometry, ...), which are parsed before there is a QApplication to remove them.
  static QStringList withoutQtOptions(const QStringList& arguments);
  // Checks "host:port" with a port in 0..65535 (0 picks a free one).
  static bool isValidAddress(const QString& address);
};

}  // namespace meshdesk::app
