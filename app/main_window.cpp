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
#include <QSettings>
#include <QStatusBar>
#include <QScreen>
#include <QStyle>

#include <algorithm>

#include "core_bridge.h"
#include "dialogs/preferences_dialog.h"
#include "editor/resource_view.h"
#include "fleet/fleet_dock.h"
#include "log/log_dock.h"
#include "log/message_log.h"
#include "models/fleet_table_model.h"
#include "snapshot/type_url.h"
#include "translations.h"
#include "workspace/resources_dock.h"
#include "workspace/workspace_loader.h"

namespace meshdesk::app {

namespace {
// Bumped when the dock layout changes incompatibly, so an old saved state is ignored.
constexpr int kLayoutVersion = 1;
}  // namespace

MainWindow::MainWindow(fleet::FleetRegistry& fleet, snapshot::SnapshotStore& store,
                       MessageLog& log, QWidget* parent)
    : QMainWindow(parent), translations_(new Translations(this)) {
  setObjectName(QStringLiteral("MainWindow"));
  setWindowIcon(QApplication::windowIcon());
  setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

  fleetModel_ = new FleetTableModel(this);
  bridge_ = new CoreBridge(fleet, this);
  connect(bridge_, &CoreBridge::fleetBatch, fleetModel_, &FleetTableModel::applyBatch);
  connect(bridge_, &CoreBridge::fleetBatch, this, &MainWindow::logFleetEvents);

  resourceView_ = new ResourceView(this);
  setCentralWidget(resourceView_);
  resourcesDock_ = new ResourcesDock(this);
  addDockWidget(Qt::LeftDockWidgetArea, resourcesDock_);
  connect(resourcesDock_, &ResourcesDock::selected, resourceView_, &ResourceView::show);

  loader_ = new WorkspaceLoader(store, this);
  connect(loader_, &WorkspaceLoader::opened, this, &MainWindow::showOpenedWorkspace);

  fleetDock_ = new FleetDock(*fleetModel_, this);
  logDock_ = new LogDock(log, this);
  addDockWidget(Qt::BottomDockWidgetArea, fleetDock_);
  addDockWidget(Qt::BottomDockWidgetArea, logDock_);
  tabifyDockWidget(fleetDock_, logDock_);
  fleetDock_->raise();

  createActions();
  createMenus();
  createStatusBar();
  connect(fleetModel_, &FleetTableModel::proxyCountChanged, this, &MainWindow::updateProxyCount);

  // English needs its translation too, for the plural forms.
  translations_->use(QStringLiteral("en"));
  retranslate();
  restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
  openAction_ = new QAction(this);
  openAction_->setShortcut(QKeySequence::Open);
  openAction_->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
  connect(openAction_, &QAction::triggered, this, &MainWindow::chooseWorkspace);

  quitAction_ = new QAction(this);
  quitAction_->setShortcut(QKeySequence::Quit);
  quitAction_->setMenuRole(QAction::QuitRole);
  connect(quitAction_, &QAction::triggered, this, &QWidget::close);

  preferencesAction_ = new QAction(this);
  preferencesAction_->setShortcut(QKeySequence::Preferences);
  if (preferencesAction_->shortcut().isEmpty()) {
    preferencesAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
  }
  preferencesAction_->setMenuRole(QAction::PreferencesRole);
  connect(preferencesAction_, &QAction::triggered, this, &MainWindow::showPreferences);

  findProxyAction_ = new QAction(this);
  findProxyAction_->setShortcut(QKeySequence::Find);
  connect(findProxyAction_, &QAction::triggered, this, [this] {
    fleetDock_->show();
    fleetDock_->raise();
    fleetDock_->filter()->setFocus(Qt::ShortcutFocusReason);
    fleetDock_->filter()->selectAll();
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
  fileMenu_->addSeparator();
  fileMenu_->addAction(quitAction_);

  editMenu_ = menuBar()->addMenu(QString());
  editMenu_->addAction(findProxyAction_);
  editMenu_->addSeparator();
  editMenu_->addAction(preferencesAction_);

  viewMenu_ = menuBar()->addMenu(QString());
  QAction* resourcesToggle = resourcesDock_->toggleViewAction();
  resourcesToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
  viewMenu_->addAction(resourcesToggle);
  // The docks' own toggle actions: their text follows the dock titles when the language changes.
  QAction* fleetToggle = fleetDock_->toggleViewAction();
  fleetToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
  viewMenu_->addAction(fleetToggle);
  QAction* logToggle = logDock_->toggleViewAction();
  logToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
  viewMenu_->addAction(logToggle);

  languageMenu_ = menuBar()->addMenu(QString());
  languageMenu_->addActions(languageGroup_->actions());

  helpMenu_ = menuBar()->addMenu(QString());
  helpMenu_->addAction(aboutAction_);
}

void MainWindow::createStatusBar() {
  serverLabel_ = new QLabel(this);
  serverLabel_->setObjectName(QStringLiteral("ServerStatus"));
  serverLabel_->setTextFormat(Qt::PlainText);
  proxiesLabel_ = new QLabel(this);
  proxiesLabel_->setObjectName(QStringLiteral("ProxyCount"));
  proxiesLabel_->setTextFormat(Qt::PlainText);
  statusBar()->addPermanentWidget(serverLabel_);
  statusBar()->addPermanentWidget(proxiesLabel_);
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
  const QString start = workspacePath_.isEmpty() ? QDir::homePath()
                                                 : QFileInfo(workspacePath_).absolutePath();
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Open Workspace"), start, tr("Workspace files (*.yaml *.yml);;All files (*)"));
  if (!path.isEmpty()) openWorkspace(path);
}

void MainWindow::openWorkspace(const QString& path) {
  statusBar()->showMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
  loader_->open(path);
}

void MainWindow::showOpenedWorkspace(const OpenedWorkspace& result) {
  const QString file = QDir::toNativeSeparators(result.path);
  for (const auto& error : result.errors) {
    qCWarning(lcConsole).noquote() << QString::fromStdString(error.toString());
  }
  if (result.workspace == nullptr) {
    statusBar()->showMessage(tr("Could not read %1").arg(file));
    emit workspaceOpened(result);
    return;
  }
  workspace_ = result.workspace;
  workspacePath_ = result.path;
  workspaceErrors_ = result.errors;
  resourceView_->setWorkspace(workspace_, result.errors, result.path);
  resourcesDock_->showWorkspace(*workspace_, result.errors);
  setWindowFilePath(result.path);
  updateWindowTitle();

  const int resources = static_cast<int>(workspace_->itemCount());
  if (result.published) {
    const QString message = tr("Published %1: %n resource(s), version %2", "", resources)
                                .arg(QFileInfo(result.path).fileName(), result.version);
    qCInfo(lcConsole).noquote() << message
                                << tr("(%n node group(s), %1 ms)", "", result.groups)
                                       .arg(result.elapsedMs);
    statusBar()->showMessage(message, 10000);
  } else {
    const QString message =
        tr("%1 has %n problem(s); not published, the proxies keep what they have", "",
           static_cast<int>(result.errors.size()))
            .arg(QFileInfo(result.path).fileName());
    qCWarning(lcConsole).noquote() << message;
    statusBar()->showMessage(message);
  }
  emit workspaceOpened(result);
}

void MainWindow::updateWindowTitle() {
  setWindowTitle(workspacePath_.isEmpty()
                     ? tr("Meshdesk")
                     : tr("%1 — Meshdesk").arg(QFileInfo(workspacePath_).fileName()));
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
  editMenu_->setTitle(tr("&Edit"));
  viewMenu_->setTitle(tr("&View"));
  languageMenu_->setTitle(tr("&Language"));
  helpMenu_->setTitle(tr("&Help"));
  openAction_->setText(tr("&Open Workspace…"));
  openAction_->setStatusTip(tr("Open a workspace YAML file and publish it to the proxies"));
  quitAction_->setText(tr("&Quit"));
  preferencesAction_->setText(tr("&Preferences…"));
  findProxyAction_->setText(tr("&Find Proxy"));
  findProxyAction_->setStatusTip(tr("Filter the Fleet table"));
  aboutAction_->setText(tr("&About Meshdesk"));
  fleetModel_->retranslate();
  if (workspace_) {
    // The tree's texts are made when it is filled.
    resourcesDock_->showWorkspace(*workspace_, workspaceErrors_);
  }
  updateServerLabel();
  updateProxyCount();
}

void MainWindow::showPreferences() {
  PreferencesDialog dialog(translations_->current(), this);
  if (dialog.exec() != QDialog::Accepted) return;
  dialog.save();
  setLanguage(dialog.language());
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
    resizeDocks({resourcesDock_}, {380}, Qt::Horizontal);
    resizeDocks({fleetDock_}, {300}, Qt::Vertical);
  }
}

void MainWindow::saveLayout() const {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
}

void MainWindow::closeEvent(QCloseEvent* event) {
  saveLayout();
  QMainWindow::closeEvent(event);
}

}  // namespace meshdesk::app
