// meshdesk-bench-load: N simulated proxies against meshdesk-bench-server (started here as a
// child process, so that its CPU and memory are its own), for each N and protocol asked for;
// prints the figures as Markdown tables on stdout, progress on stderr.

#include <CLI/CLI.hpp>
#include <grpc/grpc.h>
#include <unistd.h>

#include <climits>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <thread>

#include "xds/process_settings.h"
#include "figures_table.h"
#include "load_run.h"
#include "process_usage.h"

namespace {

std::string besideThisProgram(const char* name) {
  std::error_code ec;
  auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return name;
  return (self.parent_path() / name).string();
}

}  // namespace

int main(int argc, char** argv) {
  // The generator's own gRPC mutexes would otherwise feed abseil's deadlock graph (Debian's
  // build): CPU the proxies take from the two cores the server is measured on.
  meshdesk::xds::skipAbseilDeadlockDetection();
  using namespace meshdesk::bench;
  CLI::App app{"Load benchmark of Meshdesk's xDS server"};
  std::vector<int> counts{100, 1000};
  std::string protocol = "both";
  std::vector<std::string> changeNames{"cluster", "endpoints"};
  RunOptions base;
  base.serverProgram = besideThisProgram("meshdesk-bench-server");
  int debounceMs = 20;
  int connectTimeout = 120, pushTimeout = 30, maxMinutes = 60;
  app.add_option("-n,--proxies", counts, "Numbers of simulated proxies, one run each")
      ->delimiter(',');
  app.add_option("--protocol", protocol, "sotw, delta or both")
      ->check(CLI::IsMember({"sotw", "delta", "both"}));
  app.add_option("--changes", changeNames, "Changes to push: cluster, endpoints")
      ->delimiter(',')
      ->check(CLI::IsMember({"cluster", "endpoints"}));
  app.add_option("--pushes", base.pushes, "Pushes of each change per run")->check(CLI::Range(1, 50));
  app.add_option("--server", base.serverProgram, "meshdesk-bench-server to run");
  std::string wrapper;
  int serverStartTimeout = 20;
  app.add_option("--server-wrapper", wrapper,
                 "Run the server under this command, e.g. \"heaptrack -o /tmp/server\"");
  app.add_option("--server-start-timeout-s", serverStartTimeout, "Deadline for its ready line");
  bool exitWithoutCleanup = false;
  app.add_flag("--server-exit-without-cleanup", exitWithoutCleanup,
               "The server exits with all streams open (for heap profiles of connected proxies)");
  app.add_option("--debounce-ms", debounceMs, "The server's push debounce");
  app.add_option("--clusters", base.shape.clusters, "EDS clusters")->check(CLI::Range(1, 10000));
  app.add_option("--endpoints", base.shape.endpointsPerCluster, "Endpoints per cluster")
      ->check(CLI::Range(1, 1000));
  app.add_option("--virtual-hosts", base.shape.virtualHosts, "Virtual hosts in the route")
      ->check(CLI::Range(1, 10000));
  app.add_option("--connect-timeout-s", connectTimeout, "Deadline for all to hold the config");
  app.add_option("--push-timeout-s", pushTimeout, "Deadline for all to ACK a push");
  app.add_option("--max-minutes", maxMinutes, "The whole tool exits by itself after this long");
  CLI11_PARSE(app, argc, argv);

  for (int n : counts) {
    if (n < 1 || n > 20000) {
      std::fprintf(stderr, "--proxies: %d is outside 1..20000\n", n);
      return 2;
    }
  }
  base.changes.clear();
  for (const auto& name : changeNames) {
    ChangeKind kind;
    parseChangeKind(name, &kind);
    base.changes.push_back(kind);
  }
  base.serverArgs = {"--debounce-ms", std::to_string(debounceMs), "--max-seconds",
                     std::to_string(maxMinutes * 60 + 60)};
  if (exitWithoutCleanup) base.serverArgs.push_back("--exit-without-cleanup");
  {
    std::istringstream words(wrapper);
    for (std::string w; words >> w;) base.serverWrapper.push_back(w);
  }
  base.serverStartTimeout = std::chrono::seconds(serverStartTimeout);
  base.connectTimeout = std::chrono::seconds(connectTimeout);
  base.pushTimeout = std::chrono::seconds(pushTimeout);

  // A server that died must not take the tool with it when we write its stdin.
  std::signal(SIGPIPE, SIG_IGN);
  const auto files = raiseFileLimit();
  int biggest = 0;
  for (int n : counts) biggest = std::max(biggest, n);
  // A proxy's channel holds a socket and a few more descriptors at most.
  if (files < static_cast<std::uint64_t>(biggest) * 2 + 200) {
    std::fprintf(stderr, "open-file limit %llu is too low for %d proxies (ulimit -Hn)\n",
                 static_cast<unsigned long long>(files), biggest);
    return 2;
  }
  std::thread([maxMinutes] {
    std::this_thread::sleep_for(std::chrono::minutes(maxMinutes));
    std::fprintf(stderr, "meshdesk-bench-load: %d min deadline reached, exiting\n", maxMinutes);
    std::_Exit(3);
  }).detach();

  std::vector<Protocol> protocols;
  if (protocol != "delta") protocols.push_back(Protocol::Sotw);
  if (protocol != "sotw") protocols.push_back(Protocol::Delta);

  grpc_init();
  std::vector<RunFigures> runs;
  for (int n : counts) {
    for (Protocol p : protocols) {
      RunOptions options = base;
      options.protocol = p;
      options.proxies = n;
      runs.push_back(runLoad(options));
    }
  }

  printMachine(stdout);
  printShape(stdout, base.shape, runs.empty() ? 0 : runs.front().resourcesBuiltAtStart);
  printConnectTable(stdout, runs);
  printPushTable(stdout, runs);
  printProblems(stdout, runs);
  grpc_shutdown();
  for (const auto& r : runs)
    if (!r.ok) return 1;
  return 0;
}
