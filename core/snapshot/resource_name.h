#pragma once
// A resource name, interned: every ResourceName of equal text, in every snapshot and every
// stream, shares one string. A proxy's per-stream bookkeeping names each resource it holds or
// asks for; with thousands of proxies holding the same few hundred names, a handle of one
// pointer per use instead of a copied std::string is most of what a stream's tables weigh.
//
// The text lives as long as a handle to it does (reference counted; the last one removes it
// from the process-wide table). Copying and comparing handles is thread-safe and takes no lock;
// interning takes the lock of one of several shards of the table.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace meshdesk::snapshot {

class ResourceName {
 public:
  ResourceName() = default;  // the empty name
  // The handle of `text`, made if no other handle holds it.
  explicit ResourceName(std::string_view text);
  ResourceName(const ResourceName& other) noexcept;
  ResourceName(ResourceName&& other) noexcept : rep_(other.rep_) { other.rep_ = nullptr; }
  ResourceName& operator=(const ResourceName& other) noexcept;
  ResourceName& operator=(ResourceName&& other) noexcept;
  ~ResourceName();

  const std::string& str() const { return rep_ ? rep_->text : emptyText(); }
  std::string_view view() const { return str(); }
  // NOLINTNEXTLINE: a name reads as the text it is.
  operator const std::string&() const { return str(); }
  operator std::string_view() const { return str(); }  // NOLINT

  // Equal text is the same handle.
  friend bool operator==(const ResourceName& a, const ResourceName& b) { return a.rep_ == b.rep_; }
  friend bool operator!=(const ResourceName& a, const ResourceName& b) { return a.rep_ != b.rep_; }

  // Distinct names in the process (for tests and benchmarks).
  static std::size_t interned();

  // Shared by every handle of one text; only resource_name.cc makes and frees them.
  struct Rep {
    Rep(std::string_view t, std::size_t h) : text(t), hash(h) {}
    std::atomic<std::uint32_t> refs{1};
    std::string text;
    std::size_t hash;
  };

 private:
  static const std::string& emptyText();
  Rep* rep_ = nullptr;
};

// Orders names and plain strings by text, so that sorted tables of names are searched with
// either.
struct NameOrder {
  using is_transparent = void;
  static std::string_view text(const ResourceName& n) { return n.view(); }
  static std::string_view text(std::string_view s) { return s; }
  template <typename A, typename B>
  bool operator()(const A& a, const B& b) const {
    return text(a) < text(b);
  }
};

}  // namespace meshdesk::snapshot
