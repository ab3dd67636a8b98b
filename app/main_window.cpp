#include "main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QUndoStack>

#include <algorithm>

#include "controlplane/control_plane.h"
#include "core_bridge.h"
#include "dialogs/preferences_dialog.h"
#include "dialogs/publish_dialog.h"
#include "document/workspace_document.h"
#include "editors/editor_panel.h"
#include "fleet/fleet_dock.h"
#include "history/history_dock.h"
#include "log/log_dock.h"
#include "log/message_log.h"
#include "models/finding_list_model.h"
#include "models/fleet_table_model.h"
#include "models/resource_tree_model.h"
#include "publishing/publisher.h"
#include "snapshot/type_url.h"
#include "tester/request_tester_dock.h"
#include "theme.h"
#include "fleet/canary_dock.h"
#include "fleet/fleet_charts_dock.h"
#include "fleet/lab_dock.h"
#include "fleet/fleet_monitor.h"
#include "fleet/proxy_details_dock.h"
#include "system/worker_priority.h"
#include "translations.h"
#include "validation/finding_place.h"
#include "validation/validation_dock.h"
#include "validation/validation_runner.h"
#include "workspace/resources_dock.h"
#include "workspace/workspace_loader.h"

namespace meshdesk::app {

namespace {
// Bumped when the dock layout changes incompatibly, so an old saved state is ignored.
constexpr int kLayoutVersion = 3;
constexpr int kRecentCount = 8;
}  // namespace

MainWindow::MainWindow(controlplane::ControlPlane& plane, MessageLog& log, QWidget* parent)
    : QMainWindow(parent), plane_(plane), translations_(new Translations(this)) {
  setObjectName(QStringLiteral("MainWindow"));
  setWindowIcon(QApplication::windowIcon());
  setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
  new WorkerPriority(WorkerPriority::kConsoleNiceness, this);

  fleetModel_ = new FleetTableModel(this);
  bridge_ = new CoreBridge(plane_.fleet(), this);
  bridge_->watchOutcomes(plane_);
  connect(bridge_, &CoreBridge::fleetBatch, fleetModel_, &FleetTableModel::applyBatch);
  connect(bridge_, &CoreBridge::fleetBatch, this, &MainWindow::logFleetEvents);

  document_ = new WorkspaceDocument(this);
  publisher_ = new Publisher(plane_, this);
  connect(publisher_, &Publisher::finished, this, &MainWindow::showOutcome);
  connect(publisher_, &Publisher::started, this, [this](bool ok, const QString& error) {
    setServerStatus(QString::fromStdString(ok ? plane_.xds().address() : plane_.options().xdsAddress),
                    ok ? QString() : error);
    historyDock_->refresh();
    updateLiveLabel();
  });
  // Publishes made elsewhere (the file watcher, the control plane's start) are logged too.
  connect(bridge_, &CoreBridge::publishOutcome, this, [this](const controlplane::PublishOutcome& o) {
    historyDock_->refresh();
    updateLiveLabel();
    qCInfo(lcConsole).noquote() << tr("Control plane: %1").arg(QString::fromStdString(o.summary()));
  });

  editorPanel_ = new EditorPanel(*document_, this);
  setCentralWidget(editorPanel_);
  resourcesDock_ = new ResourcesDock(*document_, this);
  addDockWidget(Qt::LeftDockWidgetArea, resourcesDock_);
  connect(resourcesDock_, &ResourcesDock::selected, editorPanel_, &EditorPanel::show);
  connect(resourcesDock_, &ResourcesDock::message, this, [this](const QString& t) { status(t); });
  connect(editorPanel_, &EditorPanel::refChanged, resourcesDock_, &ResourcesDock::select);
  connect(editorPanel_, &EditorPanel::message, this, [this](const QString& t) { status(t); });

  loader_ = new WorkspaceLoader(this);
  connect(loader_, &WorkspaceLoader::opened, this, &MainWindow::showOpenedWorkspace);

  validation_ = new ValidationRunner(*document_, this);
  validationDock_ = new ValidationDock(this);
  connect(validation_, &ValidationRunner::findingsReady, this,
          [this](const std::vector<validate::Finding>& findings) {
            validationDock_->setFindings(findings);
            resourcesDock_->model()->setFindings(findings);
            updateValidationLabel();
          });
  connect(validationDock_, &ValidationDock::activated, this, &MainWindow::goToFinding);

  historyDock_ = new HistoryDock(plane_, this);
  connect(historyDock_, &HistoryDock::rollbackRequested, this, &MainWindow::rollback);
  requestTester_ = new RequestTesterDock(*document_, this);
  connect(requestTester_, &RequestTesterDock::decided, this,
          [this](const routing::RouteDecision&, const QList<ResourceRef>& refs) {
            resourcesDock_->model()->setHighlighted(refs);
            if (!refs.isEmpty()) resourcesDock_->select(refs.front());
          });
  connect(document_, &WorkspaceDocument::changed, this,
          [this] { resourcesDock_->model()->setHighlighted({}); });
  connect(document_, &WorkspaceDocument::modificationChanged, this, &MainWindow::updateWindowTitle);

  fleetDock_ = new FleetDock(*fleetModel_, this);
  logDock_ = new LogDock(log, this);
  addDockWidget(Qt::BottomDockWidgetArea, fleetDock_);
  addDockWidget(Qt::BottomDockWidgetArea, logDock_);
  tabifyDockWidget(fleetDock_, logDock_);
  addDockWidget(Qt::BottomDockWidgetArea, validationDock_);
  tabifyDockWidget(fleetDock_, validationDock_);
  fleetDock_->raise();
  addDockWidget(Qt::RightDockWidgetArea, historyDock_);
  addDockWidget(Qt::RightDockWidgetArea, requestTester_);
  tabifyDockWidget(historyDock_, requestTester_);
  historyDock_->raise();

  createActions();
  createMenus();
  createStatusBar();
  installFleetPanes();
  connect(fleetModel_, &FleetTableModel::proxyCountChanged, this, &MainWindow::updateProxyCount);

  // English needs its translation too, for the plural forms.
  translations_->use(QStringLiteral("en"));
  retranslate();
  restoreLayout();
  historyDock_->refresh();
  updateLiveLabel();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
  openAction_ = new QAction(this);
  openAction_->setShortcut(QKeySequence::Open);
  openAction_->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
  connect(openAction_, &QAction::triggered, this, &MainWindow::chooseWorkspace);
  importAction_ = new QAction(this);
  importAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
  connect(importAction_, &QAction::triggered, this, &MainWindow::chooseImport);
  saveAction_ = new QAction(this);
  saveAction_->setShortcut(QKeySequence::Save);
  saveAction_->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
  connect(saveAction_, &QAction::triggered, this, [this] {
    if (document_->path().isEmpty()) {
      saveAs();
      return;
    }
    const QString error = saveWorkspace();
    status(error.isEmpty() ? tr("Saved %1").arg(QDir::toNativeSeparators(document_->path())) : error);
  });
  saveAsAction_ = new QAction(this);
  saveAsAction_->setShortcut(QKeySequence::SaveAs);
  connect(saveAsAction_, &QAction::triggered, this, &MainWindow::saveAs);
  exportAction_ = new QAction(this);
  exportAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  connect(exportAction_, &QAction::triggered, this, &MainWindow::exportWorkspace);

  quitAction_ = new QAction(this);
  quitAction_->setShortcut(QKeySequence::Quit);
  quitAction_->setMenuRole(QAction::QuitRole);
  connect(quitAction_, &QAction::triggered, this, &QWidget::close);

  undoAction_ = document_->undoStack()->createUndoAction(this);
  undoAction_->setShortcut(QKeySequence::Undo);
  redoAction_ = document_->undoStack()->createRedoAction(this);
  redoAction_->setShortcut(QKeySequence::Redo);

  findResourceAction_ = new QAction(this);
  findResourceAction_->setShortcut(QKeySequence::Find);
  connect(findResourceAction_, &QAction::triggered, this, [this] {
    resourcesDock_->show();
    resourcesDock_->raise();
    resourcesDock_->filter()->setFocus(Qt::ShortcutFocusReason);
    resourcesDock_->filter()->selectAll();
  });

  preferencesAction_ = new QAction(this);
  preferencesAction_->setShortcut(QKeySequence::Preferences);
  if (preferencesAction_->shortcut().isEmpty()) {
    preferencesAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
  }
  preferencesAction_->setMenuRole(QAction::PreferencesRole);
  connect(preferencesAction_, &QAction::triggered, this, &MainWindow::showPreferences);

  findProxyAction_ = new QAction(this);
  findProxyAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
  connect(findProxyAction_, &QAction::triggered, this, [this] {
    fleetDock_->show();
    fleetDock_->raise();
    fleetDock_->filter()->setFocus(Qt::ShortcutFocusReason);
    fleetDock_->filter()->selectAll();
  });

  publishAction_ = new QAction(this);
  publishAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
  connect(publishAction_, &QAction::triggered, this, &MainWindow::reviewAndPublish);
  validateAction_ = new QAction(this);
  validateAction_->setShortcut(QKeySequence(Qt::Key_F7));
  connect(validateAction_, &QAction::triggered, this, [this] {
    validation_->runNow();
    validationDock_->show();
    validationDock_->raise();
  });
  testRequestAction_ = new QAction(this);
  testRequestAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
  connect(testRequestAction_, &QAction::triggered, this, [this] {
    requestTester_->show();
    requestTester_->raise();
    requestTester_->host()->setFocus(Qt::ShortcutFocusReason);
  });

  aboutAction_ = new QAction(this);
  aboutAction_->setMenuRole(QAction::AboutRole);
  connect(aboutAction_, &QAction::triggered, this, &MainWindow::showAbout);

  languageGroup_ = new QActionGroup(this);
  languageGroup_->setExclusive(true);
  for (const QString& code : Translations::available()) {
    // Each language in its own name, never translated.
    auto* action = new QAction(Translations::nativeName(code), languageGroup_);
    action->setCheckable(true);
    action->setData(code);
    action->setChecked(code == translations_->current());
    connect(action, &QAction::triggered, this, [this, code] {
      setLanguage(code);
      QSettings().setValue(QStringLiteral("ui/language"), code);
    });
  }
  connect(translations_, &Translations::changed, this, [this](const QString& code) {
    for (QAction* action : languageGroup_->actions()) {
      action->setChecked(action->data().toString() == code);
    }
  });
}

void MainWindow::createMenus() {
  fileMenu_ = menuBar()->addMenu(QString());
  fileMenu_->addAction(openAction_);
  recentMenu_ = fileMenu_->addMenu(QString());
  connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
  fileMenu_->addAction(importAction_);
  fileMenu_->addSeparator();
  fileMenu_->addAction(saveAction_);
  fileMenu_->addAction(saveAsAction_);
  fileMenu_->addAction(exportAction_);
  fileMenu_->addSeparator();
  fileMenu_->addAction(quitAction_);

  editMenu_ = menuBar()->addMenu(QString());
  editMenu_->addAction(undoAction_);
  editMenu_->addAction(redoAction_);
  editMenu_->addSeparator();
  editMenu_->addAction(resourcesDock_->newAction());
  editMenu_->addMenu(resourcesDock_->newMenu());
  editMenu_->addAction(resourcesDock_->duplicateAction());
  editMenu_->addAction(resourcesDock_->renameAction());
  editMenu_->addAction(resourcesDock_->deleteAction());
  editMenu_->addSeparator();
  editMenu_->addAction(findResourceAction_);
  editMenu_->addAction(findProxyAction_);
  editMenu_->addSeparator();
  editMenu_->addAction(preferencesAction_);

  viewMenu_ = menuBar()->addMenu(QString());
  // The docks' own toggle actions: their text follows the dock titles when the language changes.
  const QList<QDockWidget*> docks{resourcesDock_, fleetDock_, logDock_, validationDock_, historyDock_,
                                  requestTester_};
  for (int i = 0; i < docks.size(); ++i) {
    QAction* toggle = docks[i]->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    viewMenu_->addAction(toggle);
  }

  publishMenu_ = menuBar()->addMenu(QString());
  publishMenu_->addAction(validateAction_);
  publishMenu_->addAction(testRequestAction_);
  publishMenu_->addSeparator();
  publishMenu_->addAction(publishAction_);
  publishMenu_->addAction(historyDock_->rollbackAction());

  languageMenu_ = menuBar()->addMenu(QString());
  languageMenu_->addActions(languageGroup_->actions());

  helpMenu_ = menuBar()->addMenu(QString());
  helpMenu_->addAction(aboutAction_);
}

void MainWindow::installFleetPanes() {
  FleetMonitorOptions options;
  // A canary can try the edits before they are published to everyone.
  options.editedWorkspace = [this]() -> std::optional<workspace::Workspace> {
    return document_->workspace();
  };
  options.menuBefore = languageMenu_->menuAction();
  fleetMonitor_ = installFleetMonitor(*this, plane_, *bridge_, *fleetDock_, std::move(options));
  // These panes' contents are large (four charts, the lab's forms): they scroll rather than
  // make the whole window taller and wider than a laptop screen.
  for (QDockWidget* dock : {static_cast<QDockWidget*>(fleetMonitor_->chartsDock()),
                            static_cast<QDockWidget*>(fleetMonitor_->detailsDock()),
                            static_cast<QDockWidget*>(fleetMonitor_->labDock()),
                            static_cast<QDockWidget*>(fleetMonitor_->canaryDock())}) {
    auto* scroller = new QScrollArea(dock);
    scroller->setWidgetResizable(true);
    scroller->setFrameShape(QFrame::NoFrame);
    scroller->setWidget(dock->widget());
    dock->setWidget(scroller);
  }
  // The window's minimum size was taken from the panes as they were: take it again.
  layout()->activate();
  // The charts and the proxy details share the right-hand tabs with History, so the right
  // column's minimum height stays that of one pane, not of four stacked ones.
  tabifyDockWidget(historyDock_, fleetMonitor_->chartsDock());
  tabifyDockWidget(historyDock_, fleetMonitor_->detailsDock());
  historyDock_->raise();
}

void MainWindow::createStatusBar() {
  auto label = [this](const char* name) {
    auto* l = new QLabel(this);
    l->setObjectName(QString::fromLatin1(name));
    l->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(l);
    return l;
  };
  validationLabel_ = label("ValidationStatus");
  liveLabel_ = label("LiveVersion");
  serverLabel_ = label("ServerStatus");
  proxiesLabel_ = label("ProxyCount");
}

void MainWindow::status(const QString& text, int milliseconds) {
  if (!text.isEmpty()) statusBar()->showMessage(text, milliseconds);
}

void MainWindow::startControlPlane() {
  serverLabel_->setText(tr("xDS starting…"));
  publisher_->start();
}

void MainWindow::setServerStatus(const QString& address, const QString& error) {
  serverAddress_ = address;
  serverError_ = error;
  updateServerLabel();
  if (error.isEmpty()) {
    qCInfo(lcConsole).noquote() << tr("xDS server listening on %1").arg(address);
  } else {
    qCWarning(lcConsole).noquote()
        << tr("xDS server could not listen on %1: %2").arg(address, error);
    statusBar()->showMessage(tr("xDS server not running: %1").arg(error));
  }
}

void MainWindow::updateServerLabel() {
  if (serverAddress_.isEmpty()) {
    serverLabel_->setText(tr("xDS not started"));
    return;
  }
  if (serverError_.isEmpty()) {
    serverLabel_->setText(tr("xDS %1").arg(serverAddress_));
    serverLabel_->setToolTip(tr("The embedded xDS server is serving on %1").arg(serverAddress_));
    serverLabel_->setStyleSheet(QString());
  } else {
    // Words first, colour only as a second cue.
    serverLabel_->setText(tr("xDS %1: not serving").arg(serverAddress_));
    serverLabel_->setToolTip(serverError_);
    serverLabel_->setStyleSheet(QStringLiteral("color: #c01c28; font-weight: bold"));
  }
}

void MainWindow::updateProxyCount() {
  const int count = fleetModel_->proxyCount();
  proxiesLabel_->setText(tr("%n proxy(ies) connected", "", count));
}

void MainWindow::updateLiveLabel() {
  const auto live = plane_.liveVersion();
  liveLabel_->setText(live ? tr("live v%1").arg(live->sequence) : tr("nothing published"));
  liveLabel_->setToolTip(live ? QString::fromStdString(live->message) : QString());
}

void MainWindow::updateValidationLabel() {
  validationLabel_->setText(validationDock_->summary());
  const bool errors = validationDock_->model()->errorCount() > 0;
  validationLabel_->setStyleSheet(errors ? QStringLiteral("color: #c01c28; font-weight: bold") : QString());
}

void MainWindow::logFleetEvents(const fleet::FleetBatch& batch) {
  using Kind = fleet::FleetEvent::Kind;
  for (const fleet::FleetEvent& event : batch.events) {
    const QString node = QString::fromStdString(event.nodeId);
    const QString type = QString::fromStdString(snapshot::shortTypeName(event.typeUrl));
    const QString version = QString::fromStdString(event.version);
    switch (event.kind) {
      case Kind::Connected:
        qCInfo(lcConsole).noquote() << tr("Proxy %1 connected").arg(node);
        break;
      case Kind::Disconnected:
        qCInfo(lcConsole).noquote() << tr("Proxy %1 disconnected").arg(node);
        break;
      case Kind::Nacked:
        qCWarning(lcConsole).noquote()
            << tr("Proxy %1 rejected %2 version %3: %4")
                   .arg(node, type, version, QString::fromStdString(event.message));
        break;
      case Kind::Sent:
      case Kind::Acked:
        break;  // routine; the Fleet table shows them
    }
  }
}

void MainWindow::chooseWorkspace() {
  const QString start = document_->path().isEmpty() ? QDir::homePath()
                                                    : QFileInfo(document_->path()).absolutePath();
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Open Workspace"), start, tr("Workspace files (*.yaml *.yml);;All files (*)"));
  if (!path.isEmpty()) openWorkspace(path);
}

void MainWindow::chooseImport() {
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Import Envoy Configuration"), QDir::homePath(),
      tr("Envoy bootstrap or config dump (*.yaml *.yml *.json);;All files (*)"));
  if (!path.isEmpty()) importEnvoyConfig(path);
}

void MainWindow::openWorkspace(const QString& path) {
  statusBar()->showMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
  loader_->open(path);
}

void MainWindow::importEnvoyConfig(const QString& path) {
  statusBar()->showMessage(tr("Importing %1…").arg(QDir::toNativeSeparators(path)));
  loader_->import(path);
}

void MainWindow::showOpenedWorkspace(const OpenedWorkspace& result) {
  const QString file = QDir::toNativeSeparators(result.path);
  for (const auto& error : result.errors) {
    qCWarning(lcConsole).noquote() << QString::fromStdString(error.toString());
  }
  for (const QString& note : result.notes) qCInfo(lcConsole).noquote() << note;
  if (result.workspace == nullptr) {
    statusBar()->showMessage(tr("Could not read %1").arg(file));
    emit workspaceOpened(result);
    return;
  }
  // An import has no workspace file yet: Save asks where it goes.
  document_->reset(*result.workspace, result.imported ? QString() : result.path, result.errors);
  if (!result.imported) addRecent(result.path);
  updateWindowTitle();

  const int resources = static_cast<int>(result.workspace->itemCount());
  QString message;
  if (result.imported) {
    message = tr("Imported %1: %n resource(s)", "", resources).arg(QFileInfo(result.path).fileName());
    if (!result.notes.isEmpty()) message += tr(" (%n note(s) in the Log)", "", static_cast<int>(result.notes.size()));
  } else {
    message = tr("Opened %1: %n resource(s)", "", resources).arg(QFileInfo(result.path).fileName());
  }
  if (!result.errors.empty()) {
    message += QLatin1String("; ") +
               tr("%n problem(s) reading it", "", static_cast<int>(result.errors.size()));
  }
  qCInfo(lcConsole).noquote() << message;
  status(message, 10000);
  emit workspaceOpened(result);
}

QString MainWindow::saveWorkspace(const QString& path) {
  const QString target = path.isEmpty() ? document_->path() : path;
  if (target.isEmpty()) return tr("The workspace has no file yet: use Save As.");
  const std::string error = document_->workspace().save(target.toStdString());
  if (!error.empty()) {
    const QString why = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(target), QString::fromStdString(error));
    qCWarning(lcConsole).noquote() << why;
    return why;
  }
  document_->setPath(target);
  document_->markSaved();
  addRecent(target);
  updateWindowTitle();
  return {};
}

void MainWindow::saveAs() {
  const QString start = document_->path().isEmpty() ? QDir::home().filePath(QStringLiteral("workspace.yaml"))
                                                    : document_->path();
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Workspace As"), start,
                                                    tr("Workspace files (*.yaml *.yml)"));
  if (path.isEmpty()) return;
  const QString error = saveWorkspace(path);
  status(error.isEmpty() ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : error);
}

void MainWindow::exportWorkspace() {
  // A copy elsewhere (to hand to someone, or to keep), leaving the workspace file as it is.
  const QString path = QFileDialog::getSaveFileName(this, tr("Export Workspace"), QDir::homePath(),
                                                    tr("Workspace files (*.yaml *.yml)"));
  if (path.isEmpty()) return;
  const std::string error = document_->workspace().save(path.toStdString());
  status(error.empty() ? tr("Exported to %1").arg(QDir::toNativeSeparators(path))
                       : tr("Could not export: %1").arg(QString::fromStdString(error)));
}

void MainWindow::addRecent(const QString& path) {
  QSettings settings;
  QStringList recent = settings.value(QStringLiteral("recent/workspaces")).toStringList();
  const QString absolute = QFileInfo(path).absoluteFilePath();
  recent.removeAll(absolute);
  recent.prepend(absolute);
  while (recent.size() > kRecentCount) recent.removeLast();
  settings.setValue(QStringLiteral("recent/workspaces"), recent);
}

QStringList MainWindow::recentWorkspaces() const {
  return QSettings().value(QStringLiteral("recent/workspaces")).toStringList();
}

void MainWindow::fillRecentMenu() {
  recentMenu_->clear();
  const QStringList recent = recentWorkspaces();
  for (int i = 0; i < recent.size(); ++i) {
    auto* action = recentMenu_->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(recent[i])));
    connect(action, &QAction::triggered, this, [this, path = recent[i]] { openWorkspace(path); });
  }
  if (recent.isEmpty()) recentMenu_->addAction(tr("(none)"))->setEnabled(false);
}

std::shared_ptr<const workspace::Workspace> MainWindow::workspace() const {
  return document_->snapshot();
}

QString MainWindow::workspacePath() const { return document_->path(); }

void MainWindow::reviewAndPublish() {
  validation_->runNow();
  // The dialog needs the findings of what is published: wait for this revision's, briefly.
  PublishDialog dialog(document_->snapshot(),
                       [this]() -> std::optional<std::string> {
                         auto live = plane_.liveWorkspace();
                         return live ? std::optional<std::string>(live->toYaml()) : std::nullopt;
                       },
                       validation_->findings(), this);
  if (dialog.exec() != QDialog::Accepted) return;
  publish(dialog.message(), dialog.target());
}

void MainWindow::publish(const QString& message, const QString& group) {
  const QString text = message.isEmpty() ? tr("Published from the console") : message;
  status(group.isEmpty() ? tr("Publishing…") : tr("Publishing to node group %1…").arg(group), 0);
  publisher_->publish(document_->snapshot(), text, group);
}

void MainWindow::rollback(int sequence) {
  status(tr("Rolling back to v%1…").arg(sequence), 0);
  publisher_->rollback(sequence, tr("Roll back to v%1").arg(sequence));
}

void MainWindow::showOutcome(const controlplane::PublishOutcome& outcome, const QString& group,
                             int rollback) {
  using Status = controlplane::PublishOutcome::Status;
  const QString live = outcome.version ? tr("v%1").arg(outcome.version->sequence) : tr("nothing");
  QString text;
  switch (outcome.status) {
    case Status::Published:
      text = !group.isEmpty() ? tr("Published to node group %1 (%2)").arg(group, QString::fromStdString(outcome.detail))
             : rollback > 0   ? tr("Rolled back to v%1: %2 is live").arg(rollback).arg(live)
                              : tr("Published %1").arg(live);
      break;
    case Status::Unchanged:
      text = tr("Nothing to publish: %1 is live and the same").arg(live);
      break;
    case Status::Refused:
      text = tr("Not published: %n error(s); %1 keeps serving", "", static_cast<int>(outcome.errorCount())).arg(live);
      for (const auto& p : outcome.problems) qCWarning(lcConsole).noquote() << QString::fromStdString(p.toString());
      break;
    case Status::Failed:
      text = tr("Publishing failed: %1; %2 keeps serving").arg(QString::fromStdString(outcome.detail), live);
      break;
  }
  if (outcome.ok()) {
    qCInfo(lcConsole).noquote() << text;
  } else {
    qCWarning(lcConsole).noquote() << text;
  }
  status(text, 10000);
  historyDock_->refresh();
  updateLiveLabel();
  emit published(outcome);
}

void MainWindow::goToFinding(const FindingPlace& place) {
  if (place.ref.level == ResourceRef::Level::None) {
    status(tr("This finding is about the file as a whole."));
    return;
  }
  if (!resourcesDock_->select(place.ref)) {
    status(tr("%1 is not in the workspace any more.").arg(place.ref.name));
    return;
  }
  editorPanel_->show(place.ref);
  if (!place.field.isEmpty()) editorPanel_->focusField(place.field);
}

void MainWindow::updateWindowTitle() {
  const QString path = document_->path();
  const QString name = path.isEmpty() ? (document_->workspace().itemCount() > 0 ? tr("untitled") : QString())
                                      : QFileInfo(path).fileName();
  setWindowTitle(name.isEmpty() ? tr("Meshdesk") : tr("%1[*] — Meshdesk").arg(name));
  setWindowModified(document_->isModified());
  setWindowFilePath(path);
}

bool MainWindow::setLanguage(const QString& code) { return translations_->use(code); }

QString MainWindow::language() const { return translations_->current(); }

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
  updateWindowTitle();
  fileMenu_->setTitle(tr("&File"));
  recentMenu_->setTitle(tr("Open &Recent"));
  editMenu_->setTitle(tr("&Edit"));
  viewMenu_->setTitle(tr("&View"));
  publishMenu_->setTitle(tr("&Publish"));
  languageMenu_->setTitle(tr("&Language"));
  helpMenu_->setTitle(tr("&Help"));
  openAction_->setText(tr("&Open Workspace…"));
  openAction_->setStatusTip(tr("Open a workspace YAML file to edit"));
  importAction_->setText(tr("&Import Envoy Configuration…"));
  importAction_->setStatusTip(tr("Make a workspace from an Envoy bootstrap or config dump (YAML or JSON)"));
  saveAction_->setText(tr("&Save"));
  saveAsAction_->setText(tr("Save &As…"));
  exportAction_->setText(tr("&Export a Copy…"));
  quitAction_->setText(tr("&Quit"));
  undoAction_->setText(tr("&Undo"));
  redoAction_->setText(tr("&Redo"));
  findResourceAction_->setText(tr("&Find Resource"));
  findResourceAction_->setStatusTip(tr("Filter the Resources tree"));
  preferencesAction_->setText(tr("&Preferences…"));
  findProxyAction_->setText(tr("Find &Proxy"));
  findProxyAction_->setStatusTip(tr("Filter the Fleet table"));
  publishAction_->setText(tr("&Review and Publish…"));
  publishAction_->setStatusTip(tr("See what changes against the live version, then publish it"));
  validateAction_->setText(tr("&Validate Now"));
  testRequestAction_->setText(tr("&Test a Request"));
  aboutAction_->setText(tr("&About Meshdesk"));
  fleetModel_->retranslate();
  updateServerLabel();
  updateProxyCount();
  updateLiveLabel();
  updateValidationLabel();
}

void MainWindow::showPreferences() {
  PreferencesDialog dialog(translations_->current(), this);
  if (dialog.exec() != QDialog::Accepted) return;
  dialog.save();
  setLanguage(dialog.language());
  Theme::apply(dialog.theme());
  statusBar()->showMessage(tr("Preferences saved"), 3000);
}

void MainWindow::showAbout() {
  QMessageBox::about(
      this, tr("About Meshdesk"),
      tr("<h3>Meshdesk %1</h3>"
         "<p>A desktop console for Envoy with an embedded xDS control plane: edit a workspace, "
         "publish it as snapshots and watch every proxy take it.</p>"
         "<p>Built with Qt %2.</p>")
          .arg(QStringLiteral(MESHDESK_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreLayout() {
  QSettings settings;
  if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
    // First start: most of the screen, the tree wide enough for its detail column.
    const QRect screen = this->screen()->availableGeometry();
    resize(std::min(1400, screen.width()), std::min(900, screen.height()));
  }
  if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray(),
                    kLayoutVersion)) {
    resizeDocks({resourcesDock_, historyDock_}, {360, 320}, Qt::Horizontal);
    resizeDocks({fleetDock_}, {240}, Qt::Vertical);
  }
  if (auto* splitter = editorPanel_->findChild<QSplitter*>(QStringLiteral("EditorSplitter"))) {
    splitter->restoreState(settings.value(QStringLiteral("window/editor")).toByteArray());
  }
}

void MainWindow::saveLayout() const {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
  if (auto* splitter = editorPanel_->findChild<QSplitter*>(QStringLiteral("EditorSplitter"))) {
    settings.setValue(QStringLiteral("window/editor"), splitter->saveState());
  }
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (document_->isModified()) {
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Changes"),
        tr("The workspace has changes that are not saved. Save them before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) {
      event->ignore();
      return;
    }
    if (answer == QMessageBox::Save) {
      const QString error = saveWorkspace();
      if (!error.isEmpty()) {
        status(error);
        event->ignore();
        return;
      }
    }
  }
  saveLayout();
  QMainWindow::closeEvent(event);
}

}  // namespace meshdesk::app
