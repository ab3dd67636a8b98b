#pragma once
// Inside the schema box: the field path of a value being converted (yaml_to_message.cc).

#include <cstddef>
#include <string>
#include <string_view>

namespace meshdesk::schema {

// A field path, built as a string only when an error needs it: the converter passes one down
// for every value it reads, and almost none of them are wrong.
class FieldPath {
 public:
  explicit FieldPath(std::string_view prefix) : text_(prefix) {}

  // "a.b" (just "b" at the top, as the path is then empty)
  FieldPath field(std::string_view name) const { return {this, Step::kField, name, 0}; }
  // "a[3]"
  FieldPath index(std::size_t i) const { return {this, Step::kIndex, {}, i}; }
  // a["k"] for string keys, a[k] for the others
  FieldPath key(std::string_view key, bool quoted) const {
    return {this, quoted ? Step::kQuotedKey : Step::kKey, key, 0};
  }

  std::string str() const {
    std::string out;
    write(out);
    return out;
  }

 private:
  enum class Step { kRoot, kField, kIndex, kKey, kQuotedKey };
  FieldPath(const FieldPath* parent, Step step, std::string_view text, std::size_t index)
      : parent_(parent), step_(step), text_(text), index_(index) {}

  void write(std::string& out) const {
    if (parent_ != nullptr) parent_->write(out);
    switch (step_) {
      case Step::kRoot:
        out += text_;
        break;
      case Step::kField:
        if (!out.empty()) out += '.';
        out += text_;
        break;
      case Step::kIndex:
        out += '[';
        out += std::to_string(index_);
        out += ']';
        break;
      case Step::kKey:
        out += '[';
        out += text_;
        out += ']';
        break;
      case Step::kQuotedKey:
        out += "[\"";
        out += text_;
        out += "\"]";
        break;
    }
  }

  const FieldPath* parent_ = nullptr;
  Step step_ = Step::kRoot;
  std::string_view text_;
  std::size_t index_ = 0;
};

}  // namespace meshdesk::schema
