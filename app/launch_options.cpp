#include "launch_options.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include "translations.h"

namespace meshdesk::app {

QString LaunchOptionsParser::bundledWorkspace() {
  const QString installed = QDir(QCoreApplication::applicationDirPath())
                                .absoluteFilePath(QStringLiteral("../share/meshdesk/lab/workspace.yaml"));
  if (QFileInfo::exists(installed)) return QDir::cleanPath(installed);
  return QStringLiteral(MESHDESK_SOURCE_LAB_WORKSPACE);
}

QStringList LaunchOptionsParser::withoutQtOptions(const QStringList& arguments) {
  // From the QGuiApplication and QApplication documentation.
  static const QStringList withValue{
      QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
      QStringLiteral("platformtheme"), QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"),
      QStringLiteral("geometry"), QStringLiteral("qwindowicon"), QStringLiteral("icon"),
      QStringLiteral("qwindowtitle"), QStringLiteral("title"), QStringLiteral("style"),
      QStringLiteral("stylesheet"), QStringLiteral("display"), QStringLiteral("session"),
      QStringLiteral("name"), QStringLiteral("visual"), QStringLiteral("dialogs")};
  static const QStringList flags{QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                 QStringLiteral("nograb"), QStringLiteral("dograb"),
                                 QStringLiteral("sync")};
  QStringList kept;
  for (int i = 0; i < arguments.size(); ++i) {
    const QString& arg = arguments[i];
    QString name = arg;
    while (name.startsWith(QLatin1Char('-'))) name.remove(0, 1);
    if (i > 0 && arg.startsWith(QLatin1Char('-')) && !arg.startsWith(QLatin1String("--"))) {
      if (withValue.contains(name)) {
        ++i;  // and its value
        continue;
      }
      if (flags.contains(name)) continue;
    }
    kept << arg;
  }
  return kept;
}

bool LaunchOptionsParser::isValidAddress(const QString& address) {
  const int colon = address.lastIndexOf(QLatin1Char(':'));
  if (colon <= 0) return false;
  bool ok = false;
  const int port = address.mid(colon + 1).toInt(&ok);
  return ok && port >= 0 && port <= 65535;
}

bool LaunchOptionsParser::parse(const QStringList& arguments, LaunchOptions& options,
                                QString& error) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      tr("Meshdesk: edit an Envoy workspace and serve it to proxies over xDS."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption workspace(
      QStringLiteral("workspace"),
      tr("The workspace to open (default: the bundled lab workspace, %1).").arg(bundledWorkspace()),
      tr("path"));
  const QCommandLineOption xds(
      QStringLiteral("xds"),
      tr("Where the embedded xDS server listens (default: %1).")
          .arg(QLatin1String(kDefaultXdsAddress)),
      tr("host:port"));
  const QCommandLineOption lang(QStringLiteral("lang"),
                                tr("The interface language: %1 (default: the system's, else en).")
                                    .arg(Translations::available().join(QLatin1Char('|'))),
                                tr("language"));
  parser.addOptions({workspace, xds, lang});
  if (!parser.parse(withoutQtOptions(arguments))) {
    error = parser.errorText();
    return false;
  }
  if (parser.isSet(QStringLiteral("help"))) parser.showHelp(0);
  if (parser.isSet(QStringLiteral("version"))) parser.showVersion();
  if (!parser.positionalArguments().isEmpty()) {
    error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
    return false;
  }

  // Saved preferences fill in what the command line leaves out.
  QSettings settings;
  options.workspace = parser.isSet(workspace) ? parser.value(workspace) : bundledWorkspace();
  options.xdsAddress =
      parser.isSet(xds)
          ? parser.value(xds)
          : settings.value(QStringLiteral("xds/address"), QLatin1String(kDefaultXdsAddress))
                .toString();
  options.language =
      parser.isSet(lang)
          ? parser.value(lang)
          : settings.value(QStringLiteral("ui/language"), Translations::systemDefault()).toString();

  if (!isValidAddress(options.xdsAddress)) {
    error = tr("--xds: \"%1\" is not host:port with a port from 0 to 65535.")
                .arg(options.xdsAddress);
    return false;
  }
  if (!Translations::available().contains(options.language)) {
    error = tr("--lang: \"%1\" is not one of %2.")
                .arg(options.language, Translations::available().join(QStringLiteral(", ")));
    return false;
  }
  if (parser.isSet(workspace) && !QFileInfo::exists(options.workspace)) {
    error = tr("--workspace: %1: no such file or folder.").arg(options.workspace);
    return false;
  }
  return true;
}

}  // namespace meshdesk::app
