#pragma once
// What the console's window tests share: a copy of the bundled lab workspace in a temporary
// folder (so the control plane's history, .meshdesk/history.git, is made there and not in the
// source tree), a real control plane on a free port, and the main window on top of it.

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "controlplane/control_plane.h"
#include "document/workspace_document.h"
#include "launch_options.h"
#include "log/message_log.h"
#include "main_window.h"
#include "qt_test_support.h"
#include "workspace/workspace_loader.h"

namespace meshdesk::app::testing {

class ConsoleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    QSettings().clear();
    labPath = dir.filePath(QStringLiteral("workspace.yaml"));
    std::filesystem::copy_file(LaunchOptionsParser::bundledWorkspace().toStdString(), labPath.toStdString());
  }
  void TearDown() override {
    if (window) window->document().markSaved();  // no "save changes?" on close
    window.reset();
    plane.reset();
    QSettings().clear();
  }

  // The control plane on the lab copy (started: it serves v1 at once), and the window.
  MainWindow& start(bool serve = true) {
    controlplane::Options options;
    options.workspacePath = labPath.toStdString();
    options.xdsAddress = "127.0.0.1:0";
    options.debounce = std::chrono::milliseconds(1);
    options.author = "console-test";
    plane = std::make_unique<controlplane::ControlPlane>(options);
    if (serve) {
      std::string error;
      EXPECT_TRUE(plane->start(&error)) << error;
    }
    window = std::make_unique<MainWindow>(*plane, log);
    if (serve) window->setServerStatus(QString::fromStdString(plane->xds().address()));
    window->show();
    return *window;
  }

  OpenedWorkspace open(const QString& path) {
    QSignalSpy opened(window.get(), &MainWindow::workspaceOpened);
    window->openWorkspace(path);
    EXPECT_TRUE(opened.wait(10000));
    return opened.isEmpty() ? OpenedWorkspace{} : opened.at(0).at(0).value<OpenedWorkspace>();
  }
  OpenedWorkspace openLab() { return open(labPath); }

  QString writeFile(const QString& name, const std::string& text) {
    const QString path = dir.filePath(name);
    std::ofstream(path.toStdString()) << text;
    return path;
  }

  QTemporaryDir dir;
  QString labPath;
  MessageLog log;
  std::unique_ptr<controlplane::ControlPlane> plane;
  std::unique_ptr<MainWindow> window;
};

}  // namespace meshdesk::app::testing
