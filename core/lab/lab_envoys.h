#pragma once
// The real Envoy processes of a lab. Each gets a folder under the lab directory with the
// bootstrap Meshdesk wrote for it and its log; it is started from the binary that is configured
// or found on PATH, stopped, and asked for its /config_dump to find drift.
//
// Thread-safe; start() and stop() block (stop up to the grace period), so a console calls them
// off its GUI thread.

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "lab/config_dump.h"
#include "lab/envoy_bootstrap.h"
#include "lab/envoy_process.h"

namespace meshdesk::lab {

struct LabEnvoySpec {
  std::string nodeId;
  std::string cluster = "lab";
  std::string region, zone;
  std::map<std::string, std::string> metadata;
  bool delta = false;
  int adminPort = 0;  // 0: a free port is picked
};

struct LabEnvoyInfo {
  int labId = 0;
  LabEnvoySpec spec;
  int adminPort = 0;
  std::string folder, bootstrapPath, logPath;
  bool running = false;
  int pid = -1;
  std::string ending;  // how it last ended
};

// A TCP port on 127.0.0.1 that was free a moment ago, or 0.
int freeLocalPort();

class LabEnvoys {
 public:
  LabEnvoys(std::string labDirectory, std::string xdsHost, int xdsPort);
  ~LabEnvoys();  // stops every Envoy it started
  LabEnvoys(const LabEnvoys&) = delete;
  LabEnvoys& operator=(const LabEnvoys&) = delete;

  // "" means "envoy" on PATH.
  void setBinary(std::string configured);
  // The binary start() would run, or nothing (with why in `error`).
  std::optional<std::string> binary(std::string* error = nullptr) const;
  // Where the control plane listens; bootstraps are written anew on each start.
  void setXds(std::string host, int port);

  // Makes the Envoy's folder and bootstrap; does not start it. Returns its lab id, or 0.
  int add(LabEnvoySpec spec, std::string* error = nullptr);
  bool start(int labId, std::string* error = nullptr);
  std::string stop(int labId);
  bool remove(int labId);
  void stopAll();

  std::vector<LabEnvoyInfo> list();
  std::optional<LabEnvoyInfo> info(int labId);
  // The end of its log.
  std::string log(int labId, std::size_t maxBytes = 64 * 1024);
  // Its /config_dump, read.
  std::optional<ConfigDumpView> configDump(int labId, std::string* error = nullptr);

 private:
  struct Entry {
    LabEnvoyInfo info;
    std::unique_ptr<EnvoyProcess> process;
  };
  bool writeBootstrap(Entry& entry, std::string* error);

  const std::string directory_;
  mutable std::mutex mutex_;
  std::string configuredBinary_;
  std::string xdsHost_;
  int xdsPort_;
  std::map<int, Entry> envoys_;
  int nextId_ = 1;
};

}  // namespace meshdesk::lab
