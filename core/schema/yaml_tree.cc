#include "schema/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <limits>
#include <streambuf>
#include <thread>

#include "schema/yaml_pieces.h"

namespace meshdesk::schema {

YamlTree::YamlTree() { nodes_.push_back({Type::kNull, 0, 0, 0, 0, 0}); }

std::string_view YamlTree::Node::scalar() const {
  const Record& r = record();
  if (r.type != Type::kScalar) return {};
  return std::string_view(tree_->text_).substr(r.begin, r.count);
}

std::size_t YamlTree::Node::size() const {
  const Record& r = record();
  switch (r.type) {
    case Type::kSequence:
      return r.count;
    case Type::kMap:
      return r.count / 2;
    default:
      return 0;
  }
}

// yaml-cpp's events into a YamlTree. Children are collected on one scratch stack while their
// collection is open and copied out, contiguous, when it ends.
class YamlTreeBuilder : public YAML::EventHandler {
 public:
  explicit YamlTreeBuilder(YamlTree& tree, std::size_t textSize) : tree_(tree) {
    tree_.nodes_.clear();
    // About one value per 10 bytes of YAML; reserving avoids most regrowth.
    tree_.nodes_.reserve(textSize / 10 + 16);
    tree_.children_.reserve(textSize / 10 + 16);
    tree_.text_.reserve(textSize / 3 + 16);
  }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    add(create(YamlTree::Type::kNull, 0, mark, anchor));
  }

  void OnAlias(const YAML::Mark&, YAML::anchor_t anchor) override {
    // yaml-cpp refuses an alias to an unknown anchor before it gets here.
    ++tree_.aliases_;
    add(anchor < anchors_.size() ? anchors_[anchor] : create(YamlTree::Type::kNull, 0, {}, 0));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    // "!" is what yaml-cpp tags a quoted scalar with.
    const bool quoted = tag == "!" || tag == "tag:yaml.org,2002:str";
    std::uint32_t id = create(YamlTree::Type::kScalar, quoted ? YamlTree::kQuoted : 0, mark, anchor);
    auto& record = tree_.nodes_[id];
    record.begin = static_cast<std::uint32_t>(tree_.text_.size());
    record.count = static_cast<std::uint32_t>(value.size());
    tree_.text_ += value;
    add(id);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(YamlTree::Type::kSequence, style, mark, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(YamlTree::Type::kMap, style, mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  std::uint32_t create(YamlTree::Type type, std::uint8_t flags, const YAML::Mark& mark,
                       YAML::anchor_t anchor) {
    auto id = static_cast<std::uint32_t>(tree_.nodes_.size());
    const bool placed = !mark.is_null();
    tree_.nodes_.push_back({type, flags, placed ? static_cast<std::uint32_t>(mark.line + 1) : 0,
                            placed ? static_cast<std::uint32_t>(mark.column + 1) : 0, 0, 0});
    if (anchor != YAML::NullAnchor) {
      if (anchors_.size() <= anchor) anchors_.resize(anchor + 1, 0);
      anchors_[anchor] = id;
    }
    return id;
  }

  void add(std::uint32_t id) {
    if (open_.empty()) {
      tree_.root_ = id;
    } else {
      scratch_.push_back(id);
    }
  }

  void open(YamlTree::Type type, YAML::EmitterStyle::value style, const YAML::Mark& mark,
            YAML::anchor_t anchor) {
    std::uint32_t id =
        create(type, style == YAML::EmitterStyle::Block ? YamlTree::kBlock : 0, mark, anchor);
    add(id);
    open_.push_back({id, scratch_.size()});
  }

  void close() {
    const Open top = open_.back();
    open_.pop_back();
    auto& record = tree_.nodes_[top.node];
    record.begin = static_cast<std::uint32_t>(tree_.children_.size());
    record.count = static_cast<std::uint32_t>(scratch_.size() - top.firstChild);
    tree_.children_.insert(tree_.children_.end(),
                           scratch_.begin() + static_cast<std::ptrdiff_t>(top.firstChild),
                           scratch_.end());
    scratch_.resize(top.firstChild);
  }

  struct Open {
    std::uint32_t node;
    std::size_t firstChild;
  };
  YamlTree& tree_;
  std::vector<Open> open_;
  std::vector<std::uint32_t> scratch_;
  std::vector<std::uint32_t> anchors_;
};

namespace {

// An istream over text that is not copied.
class TextBuffer : public std::streambuf {
 public:
  explicit TextBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

SchemaError syntaxError(const YAML::Exception& e) {
  return {"", e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1,
          "YAML syntax: " + e.msg};
}

// Counts documents without building them.
class DocumentCounter : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
  std::vector<YAML::Mark> starts;
};

// How many values the document holds once its aliases are expanded, counted without expanding
// them (an alias is the node of its anchor, so one count per node does).
constexpr std::size_t kMaxExpandedValues = 4'000'000;

std::size_t expandedSize(YamlTree::Node node, std::vector<std::uint32_t>& memo, int depth) {
  if (!node.isMap() && !node.isSequence()) return 1;
  if (memo[node.id()] != 0) return memo[node.id()];
  std::size_t size = 1;
  if (depth < 512) {
    const std::size_t children = node.isMap() ? 2 * node.size() : node.size();
    for (std::size_t i = 0; i < children && size <= kMaxExpandedValues; ++i)
      size += expandedSize(node.isMap() ? (i % 2 == 0 ? node.key(i / 2) : node.value(i / 2))
                                        : node.item(i),
                           memo, depth + 1);
  }
  size = std::min(size, kMaxExpandedValues + 1);
  memo[node.id()] = static_cast<std::uint32_t>(size);
  return size;
}

}  // namespace

bool hasDocumentMarkers(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    if (text.compare(at, 3, "---") == 0 || text.compare(at, 3, "...") == 0) return true;
    at = text.find('\n', at);
    if (at == std::string_view::npos) break;
    ++at;
  }
  return false;
}

bool isOneDocument(std::string_view text, std::vector<SchemaError>& errors) {
  if (!hasDocumentMarkers(text)) return true;
  try {
    TextBuffer buffer(text);
    std::istream in(&buffer);
    YAML::Parser parser(in);
    DocumentCounter counter;
    while (counter.starts.size() < 2 && parser.HandleNextDocument(counter)) {
    }
    if (counter.starts.size() > 1) {
      const YAML::Mark& mark = counter.starts[1];
      errors.push_back({"", mark.is_null() ? 0 : mark.line + 1,
                        mark.is_null() ? 0 : mark.column + 1,
                        "expected one YAML document, found more"});
      return false;
    }
    return true;
  } catch (const YAML::Exception& e) {
    errors.push_back(syntaxError(e));
    return false;
  }
}

bool parseYamlPiece(std::string_view text, YamlTree& tree, std::optional<SchemaError>& error) {
  try {
    TextBuffer buffer(text);
    std::istream in(&buffer);
    YAML::Parser parser(in);
    YamlTreeBuilder builder(tree, text.size());
    // A document without a node (yaml-cpp gives none for an empty text) is a null.
    if (!parser.HandleNextDocument(builder) || tree.nodeCount() == 0) tree = YamlTree();
    return true;
  } catch (const YAML::Exception& e) {
    error = syntaxError(e);
    return false;
  }
}

std::optional<YamlTree> parseYamlTree(std::string_view text, std::vector<SchemaError>& errors,
                                      YamlParseOptions options) {
  // Offsets into the tree's text are 32-bit.
  if (text.size() >= std::numeric_limits<std::uint32_t>::max() / 2) {
    errors.push_back({"", 0, 0, "the text is larger than 2 GiB; split it"});
    return std::nullopt;
  }
  const bool markers = hasDocumentMarkers(text);
  if (markers && !isOneDocument(text, errors)) return std::nullopt;

  std::optional<YamlTree> tree;
  int pieces = options.pieces;
  if (pieces <= 0) {
    constexpr std::size_t kWorthCutting = 256 * 1024;
    pieces = text.size() < kWorthCutting
                 ? 1
                 : static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
  }
  if (pieces > 1 && !markers) tree = parseYamlInPieces(text, pieces);
  if (!tree) {
    // Whole, on this thread: small texts, texts that cannot be cut, and any piece that failed
    // (its error is found again here, with the place a whole parse gives it).
    tree.emplace();
    std::optional<SchemaError> error;
    if (!parseYamlPiece(text, *tree, error)) {
      errors.push_back(std::move(*error));
      return std::nullopt;
    }
  }

  if (tree->aliasCount() > 0) {
    std::vector<std::uint32_t> memo(tree->nodeCount(), 0);
    if (expandedSize(tree->root(), memo, 0) > kMaxExpandedValues) {
      errors.push_back({"", 1, 1,
                        "the document expands to more than " +
                            std::to_string(kMaxExpandedValues) +
                            " values through YAML aliases; write it out or use fewer aliases"});
      return std::nullopt;
    }
  }
  return tree;
}

}  // namespace meshdesk::schema
