// meshdesk-bench-workspace: how long a large workspace takes from file to published snapshots.
// Generates the workspace (workspace_shape.h), writes it as YAML, then times each step of what
// publishing does with a file (read, validate, check, build the snapshots) and writing it back,
// plus importing the same configuration as an Envoy bootstrap. docs/import.md has the figures.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "controlplane/workspace_checks.h"
#include "envoy/config/route/v3/route.pb.h"
#include "envoy/config/endpoint/v3/endpoint.pb.h"
#include "publish/publication.h"
#include "schema/type_registry.h"
#include "schema/yaml_to_message.h"
#include "schema/yaml_tree.h"
#include "workspace/import.h"
#include "workspace_shape.h"
#ifdef MESHDESK_BENCH_VALIDATE
#include "validate/validate.h"
#endif

namespace meshdesk::bench {
namespace {

using Clock = std::chrono::steady_clock;

// CPU time of the process (all its threads), in ms: with other work on the machine it moves
// less than wall time, and with several threads it is their sum.
double cpuMillis() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double millisSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Series {
  std::string name;
  std::vector<double> ms;
  double median() const {
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    return sorted.empty() ? 0 : sorted[sorted.size() / 2];
  }
  double min() const { return ms.empty() ? 0 : *std::min_element(ms.begin(), ms.end()); }
  double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

std::string cpuModel() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("model name", 0) == 0) return line.substr(line.find(':') + 2);
  return "unknown CPU";
}

}  // namespace
}  // namespace meshdesk::bench

int main(int argc, char** argv) {
  using namespace meshdesk;
  using namespace meshdesk::bench;
  CLI::App app{"Times a large workspace from YAML file to published snapshots"};
  WorkspaceShapeOptions shape;
  int repeat = 5;
  std::string out = (std::filesystem::temp_directory_path() / "meshdesk-bench-workspace.yaml").string();
  app.add_option("--clusters", shape.clusters, "EDS clusters (each with its endpoints)");
  app.add_option("--routes", shape.routes, "routes, over all route configurations");
  app.add_option("--route-configurations", shape.routeConfigurations,
                 "route configurations (and listeners)");
  app.add_option("--virtual-hosts", shape.virtualHostsPerConfiguration,
                 "virtual hosts per route configuration");
  app.add_option("--endpoints", shape.endpointsPerCluster, "endpoints per cluster");
  app.add_option("--repeat", repeat, "timed runs of each step (the median is reported)")
      ->check(CLI::PositiveNumber);
  app.add_option("--out", out, "where the generated workspace is written");
  std::string loadOnly;
  app.add_option("--load-only", loadOnly,
                 "only time Workspace::load of this existing file (for profilers: run under "
                 "callgrind with --repeat 1)");
  CLI11_PARSE(app, argc, argv);

  if (!loadOnly.empty()) {
    schema::TypeRegistry::instance();
    Series load{"Workspace::load", {}};
    Series cpu{"CPU", {}};
    std::size_t items = 0, errors = 0;
    for (int run = 0; run < repeat; ++run) {
      auto t = Clock::now();
      double cpuStart = cpuMillis();
      workspace::LoadResult loaded = workspace::Workspace::load(loadOnly);
      load.ms.push_back(millisSince(t));
      cpu.ms.push_back(cpuMillis() - cpuStart);
      items = loaded.workspace.itemCount();
      errors = loaded.errors.size();
    }
    std::printf("Workspace::load %s: %zu items, %zu errors; median %.1f ms, min %.1f, max %.1f; "
                "CPU (all threads) median %.1f ms (%d runs)\n",
                loadOnly.c_str(), items, errors, load.median(), load.min(), load.max(),
                cpu.median(), repeat);
    return errors == 0 ? 0 : 1;
  }

  auto coldStart = Clock::now();
  schema::TypeRegistry::instance();
  double registryMs = millisSince(coldStart);

  workspace::Workspace generated = buildWorkspace(shape);
  std::string yaml = generated.toYaml();
  if (std::string error = generated.save(out); !error.empty()) {
    std::fprintf(stderr, "cannot write %s: %s\n", out.c_str(), error.c_str());
    return 1;
  }
  std::string bootstrap = bootstrapYaml(generated);

  std::size_t routes = 0, virtualHosts = 0, endpoints = 0;
  for (const auto& item : generated.items(workspace::Kind::kRoute)) {
    const auto& config = item.as<envoy::config::route::v3::RouteConfiguration>();
    virtualHosts += config.virtual_hosts_size();
    for (const auto& vhost : config.virtual_hosts()) routes += vhost.routes_size();
  }
  for (const auto& item : generated.items(workspace::Kind::kEndpoint))
    for (const auto& locality : item.as<envoy::config::endpoint::v3::ClusterLoadAssignment>().endpoints())
      endpoints += locality.lb_endpoints_size();

  // In the order the steps run.
  std::vector<Series> series;
  auto step = [&series](const std::string& name) -> Series& {
    for (auto& s : series)
      if (s.name == name) return s;
    series.push_back(Series{name, {}});
    return series.back();
  };
  std::size_t findings = 0, findingErrors = 0, problems = 0, snapshots = 0;
  std::string firstFinding;
  bool loadOk = true, importOk = true, sameText = true;
  for (int run = 0; run < repeat; ++run) {
    // What ControlPlane::publishFile does, in its order (history and store writes left out).
    auto start = Clock::now();
    auto t = Clock::now();
    double cpu = cpuMillis();
    workspace::LoadResult loaded = workspace::Workspace::load(out);
    step("1 read: parse + load").ms.push_back(millisSince(t));
    const double readCpu = cpuMillis() - cpu;
    loadOk = loadOk && loaded.ok();

    t = Clock::now();
    controlplane::PreparedPublish prepared = controlplane::preparePublish(loaded.workspace, out, &yaml);
    step("2 prepare: AI routes, validate, node groups").ms.push_back(millisSince(t));
    problems = prepared.problems.size();

    t = Clock::now();
    publish::Publication publication = publish::buildPublication(prepared.served);
    step("3 build publication (snapshots)").ms.push_back(millisSince(t));
    snapshots = publication.snapshots.size();
    step("= 1 + 2 + 3").ms.push_back(millisSince(start));

    t = Clock::now();
    std::string written = loaded.workspace.toYaml();
    step("4 toYaml (what a publish from the console records)").ms.push_back(millisSince(t));
    step("= 1 + 2 + 3 + 4, a publish from the console").ms.push_back(millisSince(start));
    sameText = sameText && written == yaml;

    step("(1 read: CPU time, all threads)").ms.push_back(readCpu);

    t = Clock::now();
    {
      std::vector<schema::SchemaError> syntax;
      auto tree = schema::parseYamlTree(yaml, syntax);  // destroyed inside the timing, as in 1
    }
    step("(YAML text to a YamlTree, in pieces; part of 1)").ms.push_back(millisSince(t));

    t = Clock::now();
    {
      std::vector<schema::SchemaError> syntax;
      auto tree = schema::parseYamlTree(yaml, syntax, {1});
    }
    step("(the same on one thread)").ms.push_back(millisSince(t));

    t = Clock::now();
    {
      std::vector<schema::SchemaError> syntax;
      auto tree = schema::parseYaml(yaml, syntax);
    }
    step("(YAML::Load to a YAML::Node tree, what 1 used before)").ms.push_back(millisSince(t));

#ifdef MESHDESK_BENCH_VALIDATE
    t = Clock::now();
    meshdesk::validate::SourceIndex index(yaml, out);
    auto found = meshdesk::validate::validate(loaded.workspace, &index);
    step("(validate alone, part of 2)").ms.push_back(millisSince(t));
    findings = found.size();
    findingErrors = meshdesk::validate::countErrors(found);
    if (!found.empty()) firstFinding = found.front().toString();
#endif

    t = Clock::now();
    auto imported = workspace::importEnvoyConfig(bootstrap, "bootstrap.yaml");
    step("(import of the same as an Envoy bootstrap)").ms.push_back(millisSince(t));
    importOk = importOk && imported.ok() &&
               imported.workspace.items(workspace::Kind::kCluster).size() ==
                   static_cast<std::size_t>(shape.clusters);
  }

  std::printf("## meshdesk-bench-workspace\n\n");
  std::printf("Machine: %s, %u hardware threads\n", cpuModel().c_str(),
              std::thread::hardware_concurrency());
  std::printf("Workspace: %zu listeners, %zu route configurations, %zu virtual hosts, %zu routes, "
              "%zu clusters (EDS), %zu endpoints in %zu load assignments; %.1f MiB of YAML "
              "(%s); as a bootstrap %.1f MiB\n",
              generated.items(workspace::Kind::kListener).size(),
              generated.items(workspace::Kind::kRoute).size(), virtualHosts, routes,
              generated.items(workspace::Kind::kCluster).size(), endpoints,
              generated.items(workspace::Kind::kEndpoint).size(), yaml.size() / 1048576.0,
              out.c_str(), bootstrap.size() / 1048576.0);
  std::printf("Type registry built in %.1f ms (once per process, before the runs)\n\n", registryMs);
  std::printf("| step (%d runs) | median ms | min ms | max ms |\n|---|---:|---:|---:|\n", repeat);
  for (const auto& s : series)
    std::printf("| %s | %.1f | %.1f | %.1f |\n", s.name.c_str(), s.median(), s.min(), s.max());
  std::printf("\n");
#ifdef MESHDESK_BENCH_VALIDATE
  std::printf("validate: %zu findings, %zu errors%s%s\n", findings, findingErrors,
              firstFinding.empty() ? "" : "; first: ", firstFinding.c_str());
#else
  std::printf("validate: core/validate was not built; not timed\n");
#endif
  std::printf("prepare: %zu problems; publication: %zu snapshots\n", problems, snapshots);
  if (!loadOk || !importOk || !sameText) {
    std::fprintf(stderr, "error: the workspace did not %s\n",
                 !loadOk ? "load cleanly" : !importOk ? "import cleanly" : "write back the same");
    return 1;
  }
  return 0;
}
