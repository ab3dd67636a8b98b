#pragma once
// A parsed YAML document, compact: what the schema converter needs (kind, text, quoting, place,
// children) in three flat arrays, built straight from yaml-cpp's parser events.
//
// Why not YAML::Node: a node tree of yaml-cpp costs a shared_ptr, a heap node and a std::string
// per value to build and as much again to free; for a large workspace that was a fifth of the
// reading time (docs/import.md, "Workspace figures"). yaml-cpp still scans and parses the text,
// so what is accepted, and the syntax errors with their places, stay yaml-cpp's.
//
// An alias is the node of its anchor (as in YAML::Node), so the tree is a DAG; a node that
// contains an alias to itself makes it cyclic, which is why parseYamlTree refuses documents that
// expand to too many values.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/schema_error.h"

namespace meshdesk::schema {

class YamlTree {
 public:
  enum class Type : std::uint8_t { kNull, kScalar, kSequence, kMap };

 private:
  struct Record {
    Type type;
    std::uint8_t flags;
    std::uint32_t line;
    std::uint32_t column;
    // Scalars: offset and size in text_. Collections: first child in children_ and how many
    // (a mapping's children are key, value, key, value, ...).
    std::uint32_t begin;
    std::uint32_t count;
  };

 public:

  // A view of one node; cheap to copy, valid while its tree lives.
  class Node {
   public:
    Type type() const { return record().type; }
    bool isNull() const { return type() == Type::kNull; }
    bool isScalar() const { return type() == Type::kScalar; }
    bool isSequence() const { return type() == Type::kSequence; }
    bool isMap() const { return type() == Type::kMap; }
    // The scalar's value ("" for other nodes).
    std::string_view scalar() const;
    // Quoted, or tagged !!str: a string whatever it looks like ("true", "8080").
    bool quoted() const { return (record().flags & kQuoted) != 0; }
    // Block style (indented lines) rather than flow ([...], {...}), for collections.
    bool block() const { return (record().flags & kBlock) != 0; }
    // 1-based; 0 when the node has no place.
    int line() const { return static_cast<int>(record().line); }
    int column() const { return static_cast<int>(record().column); }
    // Items of a list, entries of a mapping, 0 for the rest.
    std::size_t size() const;
    Node item(std::size_t i) const { return child(i); }
    Node key(std::size_t i) const { return child(2 * i); }
    Node value(std::size_t i) const { return child(2 * i + 1); }
    // Same id, same node (an alias and its anchor have one id).
    std::uint32_t id() const { return id_; }

   private:
    friend class YamlTree;
    Node(const YamlTree* tree, std::uint32_t id) : tree_(tree), id_(id) {}
    const Record& record() const { return tree_->nodes_[id_]; }
    Node child(std::size_t i) const {
      return {tree_, tree_->children_[record().begin + static_cast<std::uint32_t>(i)]};
    }
    const YamlTree* tree_;
    std::uint32_t id_;
  };

  // An empty document: a null root.
  YamlTree();

  Node root() const { return {this, root_}; }
  std::size_t nodeCount() const { return nodes_.size(); }
  // Aliases met while parsing; without any, the tree is a tree (no node is shared).
  std::size_t aliasCount() const { return aliases_; }
  // How many pieces the text was parsed in (YamlParseOptions); 1 when it was parsed whole.
  int pieces() const { return pieces_; }

 private:
  friend class YamlTreeBuilder;
  friend class YamlPieceJoiner;
  static constexpr std::uint8_t kQuoted = 1;
  static constexpr std::uint8_t kBlock = 2;

  std::vector<Record> nodes_;
  std::vector<std::uint32_t> children_;
  std::string text_;
  std::uint32_t root_ = 0;
  std::size_t aliases_ = 0;
  int pieces_ = 1;
};

struct YamlParseOptions {
  // Pieces parsed at once, each on its own thread. 0: one per hardware thread (at most 4) when
  // the text is large; 1: all on this thread. Only a document whose top level is a block
  // mapping of block lists can be cut (between two items); any other is parsed whole. The
  // result is the same either way (tests/schema/yaml_tree_test.cc).
  int pieces = 0;
};

// Parses one YAML document. A syntax error becomes a SchemaError with its line and column
// ("YAML syntax: ..."), as do a second document and a document that expands to more than a few
// million values through aliases.
std::optional<YamlTree> parseYamlTree(std::string_view text, std::vector<SchemaError>& errors,
                                      YamlParseOptions options = {});

}  // namespace meshdesk::schema
