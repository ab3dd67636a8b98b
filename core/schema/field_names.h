#pragma once
// Names as people type them: the closest known name to a typo, and the two spellings of a
// field path (snake_case in YAML as Envoy's docs write it, lowerCamelCase in JSON).

#include <string>
#include <string_view>
#include <vector>

namespace meshdesk::schema {

// The candidate closest to `typed` if it is close enough to be a plausible typo (edit distance
// at most a third of the length, and at most 3), else "".
std::string closestName(std::string_view typed, const std::vector<std::string>& candidates);

// "fooBar" -> "foo_bar". Used for FieldMask paths, which JSON writes in lowerCamelCase.
std::string snakeCase(std::string_view camel);
// "foo_bar" -> "fooBar".
std::string lowerCamelCase(std::string_view snake);

}  // namespace meshdesk::schema
