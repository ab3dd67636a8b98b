#pragma once
// Replacing a file so that a crash, a full disk or a failed write never leaves it half written:
// the bytes go to a temporary file in the same directory (same filesystem, so rename is
// atomic), which is fsynced and then renamed over the target; the directory is fsynced so the
// rename itself survives a power cut. On any failure the temporary file is removed and the
// target is untouched.

#include <filesystem>
#include <string>
#include <string_view>

namespace meshdesk::workspace {

// Returns "" or what went wrong, naming the file and the system error. The new file keeps the
// old one's permission bits (0644 for a new file). A symlink is followed: its target is
// replaced, the link stays.
std::string writeFileAtomically(const std::filesystem::path& file, std::string_view bytes);

}  // namespace meshdesk::workspace
