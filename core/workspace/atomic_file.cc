#include "workspace/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace meshdesk::workspace {

namespace {
std::string systemError(const std::string& what, const std::filesystem::path& path) {
  return what + " " + path.string() + ": " + std::strerror(errno);
}

bool writeAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}
}  // namespace

std::string writeFileAtomically(const std::filesystem::path& requested, std::string_view bytes) {
  std::error_code ec;
  std::filesystem::path file = requested;
  if (std::filesystem::is_symlink(file, ec)) {
    file = std::filesystem::canonical(file, ec);
    if (ec) return "cannot resolve the link " + requested.string() + ": " + ec.message();
  }
  std::filesystem::path dir = file.parent_path();
  if (dir.empty()) dir = ".";

  mode_t mode = 0644;
  struct stat existing {};
  if (::stat(file.c_str(), &existing) == 0) {
    if (!S_ISREG(existing.st_mode)) return file.string() + " exists and is not a regular file";
    mode = existing.st_mode & 07777;
  }

  std::string tempName = ".";
  tempName += file.filename().string();
  tempName += ".tmp-XXXXXX";
  std::string pattern = (dir / tempName).string();
  int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
  if (fd < 0) return systemError("cannot create a temporary file in", dir);
  std::filesystem::path temp = pattern;

  auto fail = [&](const std::string& what) {
    std::string message = systemError(what, temp);
    if (fd >= 0) ::close(fd);
    ::unlink(temp.c_str());
    return message;
  };
  if (::fchmod(fd, mode) != 0) return fail("cannot set permissions of");
  if (!writeAll(fd, bytes)) return fail("cannot write");
  if (::fsync(fd) != 0) return fail("cannot flush");
  int closed = ::close(fd);
  fd = -1;
  if (closed != 0) return fail("cannot close");
  if (::rename(temp.c_str(), file.c_str()) != 0) {
    std::string message = systemError("cannot replace", file);
    ::unlink(temp.c_str());
    return message;
  }
  int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirFd >= 0) {
    // The content is safe already; a directory that cannot be synced only risks the rename
    // being undone by a power cut, so it is not reported as a failure.
    ::fsync(dirFd);
    ::close(dirFd);
  }
  return "";
}

}  // namespace meshdesk::workspace
