#pragma once
// A problem with the workspace file, with where it is.

#include <string>

namespace meshdesk::workspace {

struct WorkspaceError {
  std::string file;  // as given to load(); empty for text parsed from memory
  int line = 0;      // 1-based; 0 when there is no place (a file that cannot be read)
  int column = 0;
  // Field path from the top of the file: "clusters[1].load_assignment.endpoints[0]".
  std::string path;
  std::string message;

  // "lab.yaml:12:7: clusters[1].lb_policy: unknown value ..." (the compiler convention, so
  // editors and terminals make it clickable).
  std::string toString() const;
};

}  // namespace meshdesk::workspace
