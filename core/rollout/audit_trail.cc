#include "rollout/audit_trail.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

namespace meshdesk::rollout {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string rfc3339(std::chrono::system_clock::time_point at) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
  std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buf[40];
  std::size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &utc);
  std::snprintf(buf + n, sizeof buf - n, ".%03dZ", static_cast<int>(ms % 1000));
  return buf;
}

std::optional<std::chrono::system_clock::time_point> parseRfc3339(const std::string& text) {
  std::tm utc{};
  int millis = 0;
  const char* rest = strptime(text.c_str(), "%Y-%m-%dT%H:%M:%S", &utc);
  if (!rest) return std::nullopt;
  if (*rest == '.') {
    ++rest;
    int digits = 0;
    while (*rest >= '0' && *rest <= '9') {
      if (digits < 3) millis = millis * 10 + (*rest - '0');
      ++digits;
      ++rest;
    }
    for (; digits < 3; ++digits) millis *= 10;
  }
  if (*rest != 'Z') return std::nullopt;
  return std::chrono::system_clock::from_time_t(timegm(&utc)) + std::chrono::milliseconds(millis);
}

}  // namespace

std::string AuditEntry::toJson() const {
  json j;
  j["at"] = rfc3339(at);
  j["who"] = who;
  j["action"] = action;
  j["version"] = version;
  if (!detail.empty()) j["detail"] = detail;
  if (!proxies.empty()) j["proxies"] = proxies;
  return j.dump();
}

std::optional<AuditEntry> AuditEntry::fromJson(const std::string& line, std::string* error) {
  auto fail = [&](std::string why) -> std::optional<AuditEntry> {
    if (error) *error = std::move(why);
    return std::nullopt;
  };
  json j = json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return fail("not a JSON object");
  AuditEntry e;
  auto text = [&](const char* key) -> std::string {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  auto at = parseRfc3339(text("at"));
  if (!at) return fail("\"at\" is not an RFC 3339 UTC time");
  e.at = *at;
  e.who = text("who");
  e.action = text("action");
  if (e.action.empty()) return fail("no \"action\"");
  e.version = text("version");
  e.detail = text("detail");
  if (auto it = j.find("proxies"); it != j.end() && it->is_array())
    for (const auto& p : *it)
      if (p.is_string()) e.proxies.push_back(p.get<std::string>());
  return e;
}

std::string AuditTrail::pathFor(const std::string& workspaceFile) {
  return (fs::absolute(workspaceFile).parent_path() / ".meshdesk" / "audit.jsonl").string();
}

bool AuditTrail::append(const AuditEntry& entry, std::string* error) const {
  auto fail = [&](const std::string& what) {
    if (error) *error = path_ + ": " + what + ": " + std::strerror(errno);
    return false;
  };
  std::error_code ec;
  fs::create_directories(fs::path(path_).parent_path(), ec);
  const std::string line = entry.toJson() + "\n";
  int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) return fail("cannot open");
  // Another console on the same workspace appends under the same lock.
  if (::flock(fd, LOCK_EX) != 0) {
    bool r = fail("cannot lock");
    ::close(fd);
    return r;
  }
  struct stat before;
  ::fstat(fd, &before);
  ssize_t written = ::write(fd, line.data(), line.size());
  bool ok = written == static_cast<ssize_t>(line.size());
  if (!ok) {
    int saved = errno;
    if (::ftruncate(fd, before.st_size) != 0) { /* the reader skips a partial last line */ }
    errno = written < 0 ? saved : ENOSPC;
    fail("cannot write");
  } else if (::fsync(fd) != 0) {
    ok = fail("cannot sync");
  }
  ::flock(fd, LOCK_UN);
  ::close(fd);
  return ok;
}

std::vector<AuditEntry> AuditTrail::read(std::vector<std::string>* problems) const {
  std::vector<AuditEntry> out;
  std::ifstream in(path_, std::ios::binary);
  if (!in) return out;
  std::string content{std::istreambuf_iterator<char>(in), {}};
  const std::string name = fs::path(path_).filename().string();
  std::size_t start = 0;
  int number = 0;
  while (start < content.size()) {
    ++number;
    auto end = content.find('\n', start);
    if (end == std::string::npos) {
      if (problems)
        problems->push_back(name + ":" + std::to_string(number) +
                            ": the last entry was not written whole (skipped)");
      break;
    }
    std::string line = content.substr(start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    std::string why;
    if (auto e = AuditEntry::fromJson(line, &why)) out.push_back(std::move(*e));
    else if (problems) problems->push_back(name + ":" + std::to_string(number) + ": " + why);
  }
  return out;
}

}  // namespace meshdesk::rollout
