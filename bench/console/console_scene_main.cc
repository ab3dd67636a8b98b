// meshdesk-console-scene: the console window in a chosen state and held there, for screenshots
// (docs/console.md) and for looking at a screen by hand:
//
//   xvfb-run -s "-screen 0 1600x1000x24" sh -c '
//     meshdesk-console-scene --workspace tests/ai/data/openai-split.yaml --ai-route chat \
//         --backend vllm --model gpt-4o --seconds 30 &
//     sleep 8; import -window root docs/screenshots/ai-routes-editor.png; wait'
//
// The workspace is copied to a temporary folder first (the control plane keeps its history
// beside it). The window fills the screen; the control plane serves on 127.0.0.1:0.

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <filesystem>

#include "xds/process_settings.h"
#include "controlplane/control_plane.h"
#include "document/workspace_document.h"
#include "editors/ai_backend_list.h"
#include "editors/ai_envoy_output.h"
#include "editors/ai_route_edits.h"
#include "editors/ai_route_editor.h"
#include "editors/editor_panel.h"
#include "fleet/fleet_charts_dock.h"
#include "fleet/fleet_dock.h"
#include "fleet/fleet_monitor.h"
#include "history/history_dock.h"
#include "lab/lab_fleet.h"
#include "log/message_log.h"
#include "main_window.h"
#include "tester/request_tester_dock.h"
#include "validation/validation_dock.h"
#include "theme.h"
#include "workspace/resources_dock.h"
#include "workspace/workspace_loader.h"
#include "xds/xds_server.h"

using namespace meshdesk;

int main(int argc, char** argv) {
  meshdesk::xds::skipAbseilDeadlockDetection();  // as meshdesk's main() does
  QTemporaryDir scratch;
  QSettings::setDefaultFormat(QSettings::IniFormat);
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.filePath(QStringLiteral("settings")));
  QApplication application(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("MeshdeskScene"));
  QApplication::setApplicationName(QStringLiteral("meshdesk-console-scene"));
  QApplication::setApplicationDisplayName(QStringLiteral("Meshdesk"));
  Q_INIT_RESOURCE(meshdesk);

  QCommandLineParser cli;
  cli.addHelpOption();
  cli.addOption({QStringLiteral("workspace"), QStringLiteral("Workspace to open (copied first)."), QStringLiteral("path")});
  cli.addOption({QStringLiteral("ai-route"), QStringLiteral("AI route to show in its editor."), QStringLiteral("name")});
  cli.addOption({QStringLiteral("backend"), QStringLiteral("Backend of that route to select."), QStringLiteral("name")});
  cli.addOption({QStringLiteral("model"), QStringLiteral("Model to ask the request tester about."), QStringLiteral("model")});
  cli.addOption({QStringLiteral("language"), QStringLiteral("en or de."), QStringLiteral("code"), QStringLiteral("en")});
  cli.addOption({QStringLiteral("output"), QStringLiteral("Scroll the AI route editor to what Envoy gets.")});
  cli.addOption({QStringLiteral("lab-proxies"), QStringLiteral("Simulated proxies to start from the Fleet menu's lab, with the Fleet and chart panes in front."), QStringLiteral("n")});
  cli.addOption({QStringLiteral("seconds"), QStringLiteral("How long to stay open."), QStringLiteral("n"), QStringLiteral("30")});
  cli.process(application);
  if (!cli.isSet(QStringLiteral("workspace"))) {
    std::fprintf(stderr, "meshdesk-console-scene: --workspace is required\n");
    return 2;
  }
  const QString path = scratch.filePath(QStringLiteral("workspace.yaml"));
  std::filesystem::copy_file(cli.value(QStringLiteral("workspace")).toStdString(), path.toStdString());

  app::Theme::apply(QStringLiteral("light"));
  app::MessageLog log;
  controlplane::Options options;
  options.workspacePath = path.toStdString();
  options.xdsAddress = "127.0.0.1:0";
  options.author = "meshdesk-console-scene";
  controlplane::ControlPlane plane(options);
  std::string error;
  if (!plane.start(&error)) std::fprintf(stderr, "control plane: %s\n", error.c_str());

  app::MainWindow window(plane, log);
  window.setLanguage(cli.value(QStringLiteral("language")));
  window.setServerStatus(QString::fromStdString(plane.xds().address()));
  window.setGeometry(QApplication::primaryScreen()->availableGeometry());
  window.show();
  // The editor is what is shown: the panes below keep to a strip, Validation in front.
  window.resizeDocks({window.validationDock()}, {170}, Qt::Vertical);
  window.validationDock()->raise();

  QObject::connect(&window, &app::MainWindow::workspaceOpened, &window, [&](const app::OpenedWorkspace&) {
    const QString name = cli.value(QStringLiteral("ai-route"));
    if (name.isEmpty()) return;
    app::ResourceRef ref;
    ref.level = app::ResourceRef::Level::AiRoute;
    ref.problem = app::AiRouteEdits::indexOf(window.document().workspace(), name);
    ref.name = name;
    window.resourcesDock()->select(ref);
    if (auto* editor = qobject_cast<app::AiRouteEditor*>(window.editorPanel()->editor())) {
      if (cli.isSet(QStringLiteral("backend"))) editor->backends()->select(cli.value(QStringLiteral("backend")));
      if (cli.isSet(QStringLiteral("output"))) {
        QTimer::singleShot(500, editor, [editor, &window] {
          if (auto* scroll = window.editorPanel()->findChild<QScrollArea*>()) {
            scroll->ensureWidgetVisible(editor->envoyOutput(), 0, 0);
          }
        });
      }
    }
    if (cli.isSet(QStringLiteral("model"))) {
      window.requestTester()->setRequest(QStringLiteral("api.example.com"), QStringLiteral("/v1/chat/completions"),
                                         {}, cli.value(QStringLiteral("model")));
      window.requestTester()->show();
      window.requestTester()->raise();
      window.requestTester()->evaluate();
    }
  });
  window.openWorkspace(path);
  if (const int proxies = cli.value(QStringLiteral("lab-proxies")).toInt(); proxies > 0) {
    lab::ProxyBatch batch;
    batch.count = proxies;
    batch.idPattern = "edge-{n}";
    batch.region = "eu-west";
    batch.zones = {"zone-a", "zone-b", "zone-c"};
    window.fleetMonitor()->labFleet().add(batch);
    window.resizeDocks({window.fleetDock()}, {300}, Qt::Vertical);
    window.resizeDocks({window.historyDock()}, {760}, Qt::Horizontal);
    window.fleetDock()->raise();
    window.fleetMonitor()->chartsDock()->raise();
  }
  QTimer::singleShot(cli.value(QStringLiteral("seconds")).toInt() * 1000, &application, &QApplication::quit);
  const int status = QApplication::exec();
  window.document().markSaved();
  return status;
}
