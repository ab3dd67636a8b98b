#include "lab/lab_envoys.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>

#include "workspace/atomic_file.h"

namespace meshdesk::lab {

namespace fs = std::filesystem;

int freeLocalPort() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return 0;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  int port = 0;
  socklen_t size = sizeof address;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0)
    port = ntohs(address.sin_port);
  ::close(fd);
  return port;
}

LabEnvoys::LabEnvoys(std::string labDirectory, std::string xdsHost, int xdsPort)
    : directory_(std::move(labDirectory)), xdsHost_(std::move(xdsHost)), xdsPort_(xdsPort) {}

LabEnvoys::~LabEnvoys() { stopAll(); }

void LabEnvoys::setBinary(std::string configured) {
  std::lock_guard lock(mutex_);
  configuredBinary_ = std::move(configured);
}

std::optional<std::string> LabEnvoys::binary(std::string* error) const {
  std::string configured;
  {
    std::lock_guard lock(mutex_);
    configured = configuredBinary_;
  }
  auto found = findEnvoy(configured);
  if (!found && error)
    *error = configured.empty() ? "no envoy binary on PATH; configure one"
                                : configured + " is not an executable file";
  return found;
}

void LabEnvoys::setXds(std::string host, int port) {
  std::lock_guard lock(mutex_);
  xdsHost_ = std::move(host);
  xdsPort_ = port;
}

bool LabEnvoys::writeBootstrap(Entry& entry, std::string* error) {
  BootstrapSpec spec;
  spec.nodeId = entry.info.spec.nodeId;
  spec.cluster = entry.info.spec.cluster;
  spec.region = entry.info.spec.region;
  spec.zone = entry.info.spec.zone;
  spec.metadata = entry.info.spec.metadata;
  spec.delta = entry.info.spec.delta;
  spec.xdsHost = xdsHost_;
  spec.xdsPort = xdsPort_;
  spec.adminPort = entry.info.adminPort;
  std::string failed = workspace::writeFileAtomically(entry.info.bootstrapPath, bootstrapYaml(spec));
  if (!failed.empty() && error) *error = failed;
  return failed.empty();
}

int LabEnvoys::add(LabEnvoySpec spec, std::string* error) {
  std::lock_guard lock(mutex_);
  if (spec.nodeId.empty()) {
    if (error) *error = "an Envoy needs a node id";
    return 0;
  }
  for (const auto& [_, e] : envoys_)
    if (e.info.spec.nodeId == spec.nodeId) {
      if (error) *error = "there is already a lab Envoy with node id " + spec.nodeId;
      return 0;
    }
  Entry entry;
  entry.info.labId = nextId_;
  entry.info.adminPort = spec.adminPort ? spec.adminPort : freeLocalPort();
  entry.info.spec = std::move(spec);
  // Node ids are the user's; the folder name must be a plain file name.
  std::string safe;
  for (char c : entry.info.spec.nodeId)
    safe += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') ? c : '_';
  fs::path folder = fs::path(directory_) / ("envoy-" + std::to_string(nextId_) + "-" + safe);
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) {
    if (error) *error = folder.string() + ": " + ec.message();
    return 0;
  }
  entry.info.folder = folder.string();
  entry.info.bootstrapPath = (folder / "bootstrap.yaml").string();
  entry.info.logPath = (folder / "envoy.log").string();
  if (!writeBootstrap(entry, error)) return 0;
  int id = nextId_++;
  envoys_.emplace(id, std::move(entry));
  return id;
}

bool LabEnvoys::start(int labId, std::string* error) {
  auto binaryPath = binary(error);
  if (!binaryPath) return false;
  std::lock_guard lock(mutex_);
  auto it = envoys_.find(labId);
  if (it == envoys_.end()) {
    if (error) *error = "no lab Envoy " + std::to_string(labId);
    return false;
  }
  Entry& e = it->second;
  if (!writeBootstrap(e, error)) return false;
  if (!e.process) e.process = std::make_unique<EnvoyProcess>();
  EnvoyCommand command;
  command.binary = *binaryPath;
  command.bootstrapPath = e.info.bootstrapPath;
  command.logPath = e.info.logPath;
  return e.process->start(command, error);
}

std::string LabEnvoys::stop(int labId) {
  std::lock_guard lock(mutex_);
  auto it = envoys_.find(labId);
  if (it == envoys_.end() || !it->second.process) return {};
  it->second.info.ending = it->second.process->stop();
  return it->second.info.ending;
}

bool LabEnvoys::remove(int labId) {
  std::lock_guard lock(mutex_);
  auto it = envoys_.find(labId);
  if (it == envoys_.end()) return false;
  if (it->second.process) it->second.process->stop();
  envoys_.erase(it);
  return true;
}

void LabEnvoys::stopAll() {
  std::lock_guard lock(mutex_);
  for (auto& [_, e] : envoys_)
    if (e.process) e.info.ending = e.process->stop();
}

std::vector<LabEnvoyInfo> LabEnvoys::list() {
  std::lock_guard lock(mutex_);
  std::vector<LabEnvoyInfo> out;
  for (auto& [_, e] : envoys_) {
    LabEnvoyInfo info = e.info;
    info.running = e.process && e.process->running();
    info.pid = info.running ? e.process->pid() : -1;
    if (e.process && !info.running && !e.process->ending().empty()) info.ending = e.process->ending();
    out.push_back(std::move(info));
  }
  return out;
}

std::optional<LabEnvoyInfo> LabEnvoys::info(int labId) {
  for (auto& i : list())
    if (i.labId == labId) return i;
  return std::nullopt;
}

std::string LabEnvoys::log(int labId, std::size_t maxBytes) {
  auto i = info(labId);
  return i ? tailOfFile(i->logPath, maxBytes) : std::string();
}

std::optional<ConfigDumpView> LabEnvoys::configDump(int labId, std::string* error) {
  auto i = info(labId);
  if (!i) {
    if (error) *error = "no lab Envoy " + std::to_string(labId);
    return std::nullopt;
  }
  auto body = fetchConfigDump("127.0.0.1", i->adminPort, error);
  if (!body) return std::nullopt;
  return readConfigDump(*body);
}

}  // namespace meshdesk::lab
