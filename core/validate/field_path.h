#pragma once
// Field paths as the schema box writes them ("virtual_hosts[0].routes[2].match.prefix",
// `metadata["envoy.lb"]`): built step by step while walking a message, and read back step by
// step to find the place in the YAML text.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace meshdesk::validate {

// A path being built; walking down appends, coming back up truncates (one buffer, no copies
// until a finding needs the text).
class FieldPath {
 public:
  const std::string& str() const { return text_; }
  std::size_t size() const { return text_.size(); }
  void truncate(std::size_t size) { text_.resize(size); }

  void field(std::string_view name) {
    if (!text_.empty()) text_ += '.';
    text_ += name;
  }
  void index(int i) {
    text_ += '[';
    text_ += std::to_string(i);
    text_ += ']';
  }
  // A map entry; string keys are quoted as the schema box quotes them, other keys are not.
  void key(std::string_view key, bool quoted) {
    text_ += quoted ? "[\"" : "[";
    text_ += key;
    text_ += quoted ? "\"]" : "]";
  }

  // Restores the path to what it was when the guard was made.
  class Guard {
   public:
    explicit Guard(FieldPath& path) : path_(path), size_(path.size()) {}
    ~Guard() { path_.truncate(size_); }
    Guard(const Guard&) = delete;
    Guard& operator=(const Guard&) = delete;

   private:
    FieldPath& path_;
    std::size_t size_;
  };

 private:
  std::string text_;
};

// "a.b[2][\"k\"]" -> field a, field b, index/key "2", key "k". Indexes and unquoted keys are the
// same step (a list index, or an integer map key): which one it is depends on the YAML there.
struct PathStep {
  enum class Type { kField, kIndex, kKey } type;
  std::string text;
};
std::vector<PathStep> parseFieldPath(std::string_view path);

// "a.b" + "c" -> "a.b.c"; either may be empty.
std::string joinPath(std::string_view prefix, std::string_view rest);

}  // namespace meshdesk::validate
