#pragma once
// Inside the schema box: parsing a large YAML document in pieces, one thread each.
//
// yaml-cpp's scanner is most of the cost of reading a large workspace (docs/import.md) and runs
// on one thread. A workspace is a mapping of long lists (listeners:, clusters:, ...), written
// with each list item starting "- " at column 0; the text is cut before such items, each piece
// after the first is given back its list's key ("clusters:\n"), and the trees are joined.
//
// A cut can only be made where it cannot change the meaning: before a line that starts "- " at
// column 0, below a line `key:` (a plain key and nothing else) at column 0, with no other
// column-0 line between them but items and comments. Such a line can end an item, and nothing
// else can hold it: block scalars and plain scalars need their lines indented, and a cut inside
// a quoted scalar or a flow collection leaves the piece before it unterminated, which yaml-cpp
// refuses. A piece that fails to parse, or trees that do not join as expected, make the caller
// parse the whole text on one thread, so errors are always those of a whole parse.

#include <optional>
#include <string_view>
#include <vector>

#include "schema/yaml_tree.h"

namespace meshdesk::schema {

// One piece, on this thread. False, with the error, when yaml-cpp refuses it.
bool parseYamlPiece(std::string_view text, YamlTree& tree, std::optional<SchemaError>& error);

// nullopt when the text cannot be cut, or a piece did not parse.
std::optional<YamlTree> parseYamlInPieces(std::string_view text, int pieces);

// A line "---" or "..." (which may start a second document).
bool hasDocumentMarkers(std::string_view text);

// False, with the error, when the text holds a second document (or cannot be read far enough
// to tell). yaml-cpp 0.7 can yield empty documents without end after some malformed input
// ("[]," is enough), so documents are counted, and counting stops at the second.
bool isOneDocument(std::string_view text, std::vector<SchemaError>& errors);

}  // namespace meshdesk::schema
