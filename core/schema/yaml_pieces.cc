#include "schema/yaml_pieces.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

namespace meshdesk::schema {

namespace {

struct Cut {
  std::size_t offset;    // of the item line
  std::size_t line;      // 1-based
  std::string_view key;  // the list's key
};

bool isItemLine(std::string_view text, std::size_t at) {
  if (text[at] != '-') return false;
  if (at + 1 == text.size()) return true;
  const char next = text[at + 1];
  return next == ' ' || next == '\n' || next == '\r';
}

// `key:` alone on its line (spaces or a comment may follow): the key, else "".
std::string_view plainKeyLine(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() &&
         (std::isalnum(static_cast<unsigned char>(text[end])) != 0 || text[end] == '_'))
    ++end;
  if (end == at || end == text.size() || text[end] != ':') return {};
  std::string_view key = text.substr(at, end - at);
  std::size_t rest = end + 1;
  while (rest < text.size() && text[rest] == ' ') ++rest;
  if (rest == text.size() || text[rest] == '\n' || text[rest] == '\r') return key;
  if (text[rest] == '#' && text[rest - 1] == ' ') return key;
  return {};
}

// Cuts near text.size() * k / pieces, for k = 1 .. pieces - 1; fewer when the text has fewer
// places to cut.
std::vector<Cut> findCuts(std::string_view text, int pieces) {
  std::vector<Cut> cuts;
  std::string_view key;       // the list whose items follow, "" when none can be cut
  std::size_t itemsOfKey = 0;  // items of it seen; the first cannot be cut before
  std::size_t line = 1;
  std::size_t target = text.size() / static_cast<std::size_t>(pieces);
  for (std::size_t at = 0; at < text.size(); ++line) {
    const char c = text[at];
    if (c == '-' && isItemLine(text, at)) {
      if (!key.empty() && ++itemsOfKey > 1 && at >= target) {
        cuts.push_back({at, line, key});
        if (cuts.size() + 1 == static_cast<std::size_t>(pieces)) break;
        target = text.size() * (cuts.size() + 1) / static_cast<std::size_t>(pieces);
      }
    } else if (c != ' ' && c != '\n' && c != '\r' && c != '#') {
      key = plainKeyLine(text, at);
      itemsOfKey = 0;
    }
    const std::size_t newline = text.find('\n', at);
    if (newline == std::string_view::npos) break;
    at = newline + 1;
  }
  return cuts;
}

}  // namespace

// Joins piece trees into the first one. Each later piece is `key:` + items, whose items go to
// the end of the list the tree so far ends with, and whose further keys follow.
class YamlPieceJoiner {
 public:
  static void dropLastItem(YamlTree& tree, std::uint32_t list) { --tree.nodes_[list].count; }

  static bool join(YamlTree& into, YamlTree&& piece, std::string_view key, std::size_t lineOffset) {
    using Type = YamlTree::Type;
    const YamlTree::Node root = into.root();
    if (!root.isMap() || !root.block() || root.size() == 0) return false;
    const YamlTree::Node last = root.value(root.size() - 1);
    if (root.key(root.size() - 1).scalar() != key || root.key(root.size() - 1).quoted() ||
        !last.isSequence() || !last.block())
      return false;
    const YamlTree::Node pieceRoot = piece.root();
    if (!pieceRoot.isMap() || !pieceRoot.block() || pieceRoot.size() == 0 ||
        pieceRoot.key(0).scalar() != key || pieceRoot.key(0).quoted() ||
        !pieceRoot.value(0).isSequence() || !pieceRoot.value(0).block())
      return false;

    const auto nodeOffset = static_cast<std::uint32_t>(into.nodes_.size());
    const auto childOffset = static_cast<std::uint32_t>(into.children_.size());
    const auto textOffset = static_cast<std::uint32_t>(into.text_.size());
    const std::uint32_t rootId = root.id(), listId = last.id();
    const std::uint32_t pieceRootId = pieceRoot.id() + nodeOffset;
    const std::uint32_t pieceListId = pieceRoot.value(0).id() + nodeOffset;
    into.nodes_.reserve(into.nodes_.size() + piece.nodes_.size());
    for (YamlTree::Record record : piece.nodes_) {
      if (record.line != 0) record.line += static_cast<std::uint32_t>(lineOffset);
      if (record.type == Type::kScalar) record.begin += textOffset;
      if (record.type == Type::kSequence || record.type == Type::kMap) record.begin += childOffset;
      into.nodes_.push_back(record);
    }
    into.children_.reserve(into.children_.size() + piece.children_.size());
    for (std::uint32_t child : piece.children_) into.children_.push_back(child + nodeOffset);
    into.text_ += piece.text_;
    into.aliases_ += piece.aliases_;
    ++into.pieces_;

    // Children are contiguous, so the two collections that grow get new ranges at the end;
    // their old ranges are left unused.
    auto append = [&into](std::uint32_t id, const YamlTree::Record& more, std::uint32_t skip) {
      YamlTree::Record& record = into.nodes_[id];
      std::vector<std::uint32_t> ids(into.children_.begin() + record.begin,
                                     into.children_.begin() + record.begin + record.count);
      ids.insert(ids.end(), into.children_.begin() + more.begin + skip,
                 into.children_.begin() + more.begin + more.count);
      record.begin = static_cast<std::uint32_t>(into.children_.size());
      record.count = static_cast<std::uint32_t>(ids.size());
      into.children_.insert(into.children_.end(), ids.begin(), ids.end());
    };
    append(listId, into.nodes_[pieceListId], 0);
    append(rootId, into.nodes_[pieceRootId], 2);  // its first entry is the list just joined
    return true;
  }
};

namespace {

// Each piece but the last ends with this line, a null item (its place is that of the "~") of the list being cut. A piece that
// ends inside a quoted scalar (which yaml-cpp 0.7 lets run to the end of its text) takes the
// line into the scalar; one that ends inside a flow collection is refused. Only a piece whose
// list ends with this item ended where the cut is, and then the item is taken off.
constexpr std::string_view kEndItem = "- ~\n";

bool takeEndItem(YamlTree& tree, std::size_t endLine) {
  const YamlTree::Node root = tree.root();
  if (!root.isMap() || root.size() == 0) return false;
  const YamlTree::Node list = root.value(root.size() - 1);
  if (!list.isSequence() || list.size() == 0) return false;
  const YamlTree::Node last = list.item(list.size() - 1);
  if (!last.isNull() || last.line() != static_cast<int>(endLine) || last.column() != 3)
    return false;
  YamlPieceJoiner::dropLastItem(tree, list.id());
  return true;
}

std::size_t countLines(std::string_view text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

std::optional<YamlTree> parseYamlInPieces(std::string_view text, int pieces) {
  const std::vector<Cut> cuts = findCuts(text, pieces);
  if (cuts.empty()) return std::nullopt;

  struct Piece {
    // "key:\n" (after the first), the text up to the next cut, kEndItem (before the last).
    std::string text;
    std::size_t endLine = 0;  // of kEndItem, in the piece
    YamlTree tree;
    std::optional<SchemaError> error;
    bool ok = false;
  };
  std::vector<Piece> parts(cuts.size() + 1);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::size_t begin = i == 0 ? 0 : cuts[i - 1].offset;
    const std::size_t end = i < cuts.size() ? cuts[i].offset : text.size();
    std::string& own = parts[i].text;
    own.reserve(end - begin + 64);
    if (i > 0) own.append(cuts[i - 1].key).append(":\n");
    own.append(text.substr(begin, end - begin));
    if (i < cuts.size()) {
      // The cut is at a line start, so the piece ends with a newline (or is empty).
      parts[i].endLine = countLines(own) + 1;
      own.append(kEndItem);
    }
  }

  // Anything else than a syntax error (std::bad_alloc) fails the piece; the whole parse that
  // follows meets it again on the caller's thread.
  auto parse = [](Piece& piece) {
    try {
      piece.ok = parseYamlPiece(piece.text, piece.tree, piece.error) &&
                 (piece.endLine == 0 || takeEndItem(piece.tree, piece.endLine));
    } catch (...) {
      piece.ok = false;
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(cuts.size());
  std::size_t started = 1;
  try {
    for (; started < parts.size(); ++started) threads.emplace_back(parse, std::ref(parts[started]));
  } catch (const std::system_error&) {
    // No thread to be had: the pieces left are parsed here.
  }
  parse(parts[0]);
  for (std::size_t i = started; i < parts.size(); ++i) parse(parts[i]);
  for (auto& thread : threads) thread.join();

  for (const auto& part : parts)
    if (!part.ok) return std::nullopt;
  YamlTree tree = std::move(parts[0].tree);
  for (std::size_t i = 0; i < cuts.size(); ++i) {
    // The piece's line 2 is the cut's line.
    if (!YamlPieceJoiner::join(tree, std::move(parts[i + 1].tree), cuts[i].key, cuts[i].line - 2))
      return std::nullopt;
  }
  return tree;
}

}  // namespace meshdesk::schema
