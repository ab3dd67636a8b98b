#include "validate/field_path.h"

namespace meshdesk::validate {

std::vector<PathStep> parseFieldPath(std::string_view path) {
  std::vector<PathStep> steps;
  std::size_t i = 0;
  while (i < path.size()) {
    char c = path[i];
    if (c == '.') {
      ++i;
      continue;
    }
    if (c == '[') {
      if (i + 1 < path.size() && path[i + 1] == '"') {
        // Keys are written unescaped, so the key ends at the first `"]`.
        std::size_t end = path.find("\"]", i + 2);
        if (end == std::string_view::npos) end = path.size();
        steps.push_back({PathStep::Type::kKey, std::string(path.substr(i + 2, end - i - 2))});
        i = end + 2;
      } else {
        std::size_t end = path.find(']', i + 1);
        if (end == std::string_view::npos) end = path.size();
        steps.push_back({PathStep::Type::kIndex, std::string(path.substr(i + 1, end - i - 1))});
        i = end + 1;
      }
      continue;
    }
    std::size_t end = path.find_first_of(".[", i);
    if (end == std::string_view::npos) end = path.size();
    steps.push_back({PathStep::Type::kField, std::string(path.substr(i, end - i))});
    i = end;
  }
  return steps;
}

std::string joinPath(std::string_view prefix, std::string_view rest) {
  if (prefix.empty()) return std::string(rest);
  if (rest.empty()) return std::string(prefix);
  std::string out(prefix);
  if (rest.front() != '[') out += '.';
  out += rest;
  return out;
}

}  // namespace meshdesk::validate
