// meshdesk-server: the Meshdesk control plane without the console, for scripts, CI and larger
// fleets. Serves a workspace over xDS, follows its changes, keeps its version history, and
// answers on an admin HTTP endpoint.

#include <CLI/CLI.hpp>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <semaphore>
#include <unistd.h>

#include "xds/process_settings.h"
#include "admin/admin_server.h"
#include "controlplane/control_plane.h"
#include "controlplane/workspace_checks.h"
#include "workspace/import.h"
#include "server_log.h"

namespace fs = std::filesystem;
using namespace meshdesk;

namespace {
std::binary_semaphore stopRequested{0};

void onSignal(int) { stopRequested.release(); }

// The bundled lab workspace: installed under share/meshdesk, or in the source tree.
std::string defaultWorkspace() {
  std::error_code ec;
  auto exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto installed = exe.parent_path().parent_path() / "share/meshdesk/lab/workspace.yaml";
    if (fs::exists(installed)) return installed.string();
  }
  return std::string(MESHDESK_SOURCE_DIR) + "/resources/lab/workspace.yaml";
}

int check(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cout << path << ": cannot read the file\n";
    return 1;
  }
  std::string text(std::istreambuf_iterator<char>(in), {});
  auto loaded = workspace::Workspace::parse(text, path);
  auto problems = loaded.ok() ? controlplane::checkWorkspace(loaded.workspace, path, &text)
                              : controlplane::loadProblems(loaded.errors);
  std::size_t errors = 0, warnings = 0;
  for (const auto& p : problems) {
    std::cout << p.toString() << '\n';
    (p.severity == controlplane::Problem::Severity::Error ? errors : warnings)++;
  }
  std::cout << path << ": " << errors << (errors == 1 ? " error, " : " errors, ") << warnings
            << (warnings == 1 ? " warning" : " warnings") << '\n';
  return errors ? 1 : 0;
}
int importFile(const std::string& from, const std::string& out, bool force) {
  auto result = workspace::importEnvoyFile(from);
  for (const auto& e : result.errors) std::cerr << e.toString() << '\n';
  for (const auto& note : result.notes) std::cerr << "note: " << note << '\n';
  if (!result.ok() && !force) {
    std::cerr << from << ": " << result.errors.size()
              << " errors; nothing written (--force writes what could be read)\n";
    return 1;
  }
  if (auto error = result.workspace.save(out); !error.empty()) {
    std::cerr << out << ": " << error << '\n';
    return 1;
  }
  std::cerr << "wrote " << out << ": " << result.workspace.itemCount() << " resources\n";
  return result.ok() ? 0 : 1;
}
}  // namespace

int main(int argc, char** argv) {
  meshdesk::xds::skipAbseilDeadlockDetection();
  CLI::App app{
      "meshdesk-server " MESHDESK_VERSION
      ": the Meshdesk xDS control plane, headless.\n"
      "Serves a workspace (Envoy listeners, routes, clusters, endpoints, secrets, ...) to Envoy\n"
      "and gRPC proxies over ADS and the per-type xDS services (SotW and delta) and CSDS,\n"
      "publishes every valid change of the file as a new version, and keeps the version\n"
      "history in <workspace dir>/.meshdesk/history.git.",
      "meshdesk-server"};
  std::string workspacePath = defaultWorkspace();
  std::string xdsAddress = "127.0.0.1:18000";
  std::string adminAddress = "127.0.0.1:9902";
  std::string checkPath;
  std::string importPath, importOut;
  bool force = false;
  bool noWatch = false;
  int debounceMs = 20;
  app.add_option("-w,--workspace", workspacePath, "Workspace file to serve")
      ->capture_default_str();
  app.add_option("--xds", xdsAddress, "Address of the xDS gRPC server (host:port)")
      ->capture_default_str();
  app.add_option("--admin", adminAddress,
                 "Address of the admin HTTP endpoint (host:port; empty: none)")
      ->capture_default_str();
  app.add_option("--check", checkPath,
                 "Check a workspace file, print its problems and exit: 0 if it has no errors, "
                 "1 if it has (for CI jobs and Git hooks)");
  app.add_option("--import", importPath,
                 "Turn an Envoy bootstrap (YAML or JSON) or an admin /config_dump into a "
                 "workspace written to --out, and exit");
  app.add_option("--out", importOut, "Where --import writes the workspace");
  app.add_flag("--force", force, "With --import: write what could be read even if there are errors");
  app.add_flag("--no-watch", noWatch, "Do not follow changes of the workspace file");
  app.add_option("--debounce", debounceMs, "Milliseconds within which changes are pushed together")
      ->capture_default_str();
  app.set_version_flag("--version", MESHDESK_VERSION);
  CLI11_PARSE(app, argc, argv);

  if (!checkPath.empty()) return check(checkPath);
  if (!importPath.empty()) {
    if (importOut.empty()) {
      std::cerr << "--import needs --out WORKSPACE.yaml\n";
      return 2;
    }
    return importFile(importPath, importOut, force);
  }

  controlplane::Options options;
  options.workspacePath = workspacePath;
  options.xdsAddress = xdsAddress;
  options.adminAddress = adminAddress;
  options.debounce = std::chrono::milliseconds(debounceMs);
  controlplane::ControlPlane plane(options);
  plane.onOutcome(server::logOutcome);
  int observer = plane.fleet().subscribe(server::logFleet);

  std::string error;
  if (!plane.start(&error)) {
    server::logLine("meshdesk-server: " + error);
    return 2;
  }
  server::logLine("meshdesk-server " MESHDESK_VERSION ": serving " + workspacePath);
  server::logLine("xDS (ADS, per-type, SotW and delta, CSDS) on " + plane.xds().address());
  if (plane.admin())
    server::logLine("admin on http://" + plane.admin()->address() +
                    " (/healthz /metrics /proxies /versions /diff/A/B /findings, POST /rollback/N)");
  if (auto h = plane.history())
    server::logLine("version history in " + h->repositoryPath());
  else
    server::logLine("no version history: " + plane.historyError());
  if (!noWatch) {
    plane.watch(true);
    server::logLine("following changes of " + workspacePath);
  }

  std::signal(SIGINT, onSignal);
  std::signal(SIGTERM, onSignal);
  stopRequested.acquire();
  server::logLine("stopping");
  plane.fleet().unsubscribe(observer);
  plane.stop();
  return 0;
}
