#pragma once
// Deterministic YAML text: the same tree always gives the same bytes, whatever yaml-cpp version
// is installed (its emitter's choices of quoting and block styles changed between releases, and
// a workspace file that changes on every save is noise in the user's git history).
//
// Style, as Envoy's docs write YAML: block mappings indented by two, sequences not indented
// under their key, short lists of scalars in flow style (`domains: ["*"]`), multi-line strings
// (PEM certificates, Lua code) as literal blocks, strings quoted only when they would otherwise
// read back as something else.

#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

namespace meshdesk::schema {

// Map entries in the node's order (so callers decide the order), scalars tagged "!" treated as
// strings (quoted if their text would read back as a number, bool or null), other scalars
// written as they are. That is how yaml-cpp tags parsed scalars (quoted "!", plain "?") and how
// messageToYaml() tags what it builds, so both round-trip.
std::string emitYaml(const YAML::Node& node);

// True when a plain (unquoted) scalar with this text reads as a null, bool or number rather
// than a string: "", "~", "null", "true", "no", "8080", "1e3", "0x1f", ".inf", ...
bool plainScalarIsNonString(std::string_view text);

}  // namespace meshdesk::schema
