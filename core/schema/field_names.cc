#include "schema/field_names.h"

#include <algorithm>
#include <cctype>

namespace meshdesk::schema {

namespace {
std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                  std::tolower(static_cast<unsigned char>(b[j - 1]));
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}
}  // namespace

std::string closestName(std::string_view typed, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t bestDistance = std::min<std::size_t>(3, std::max<std::size_t>(1, typed.size() / 3));
  for (const auto& candidate : candidates) {
    std::size_t d = editDistance(typed, candidate);
    if (d <= bestDistance && (best.empty() || d < bestDistance)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

std::string snakeCase(std::string_view camel) {
  std::string out;
  for (char c : camel) {
    if (std::isupper(static_cast<unsigned char>(c))) {
      out.push_back('_');
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string lowerCamelCase(std::string_view snake) {
  std::string out;
  bool upper = false;
  for (char c : snake) {
    if (c == '_') {
      upper = true;
    } else {
      out.push_back(upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
      upper = false;
    }
  }
  return out;
}

}  // namespace meshdesk::schema
