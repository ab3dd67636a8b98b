#pragma once
// YAML (and JSON) to protobuf, driven by the message descriptor.
//
// Why not YAML -> JSON -> JsonStringToMessage: the JSON parser reports byte offsets into a
// document the user never saw. Walking the descriptor over the parsed YAML keeps every node's
// line and column, so each error names the place in the user's file and the field path.
//
// What is accepted is the protobuf JSON mapping as Envoy's YAML uses it: field names in
// snake_case or lowerCamelCase, enums by name (or number), 64-bit integers as numbers or
// strings, bytes as base64, google.protobuf.Any as a mapping with "@type", Duration "0.250s",
// Timestamp RFC 3339, wrappers as plain scalars, Struct/Value/ListValue as free-form YAML,
// FieldMask as "a.b,c" (or a list of paths). A null value (`key:` or `key: ~`) leaves the field
// unset, as JSON null does. Stricter than the JSON parser where that catches mistakes: unknown
// fields, two members of one oneof, a field given twice, out-of-range numbers and quoted
// booleans are errors.

#include <optional>
#include <string_view>
#include <vector>

#include <google/protobuf/message.h>
#include <yaml-cpp/yaml.h>

#include "schema/schema_error.h"
#include "schema/yaml_tree.h"

namespace meshdesk::schema {

// Fills `out` (merging into what is there) from `node`. Returns true when nothing was wrong.
// On errors `out` holds everything that could be converted, so that a caller can still show it.
// `pathPrefix` is prepended to every error path (e.g. "clusters[2]").
bool yamlToMessage(const YAML::Node& node, google::protobuf::Message& out,
                   std::vector<SchemaError>& errors, std::string_view pathPrefix = {});
// The same from a node of a YamlTree (yaml_tree.h): same result, same errors, less to build.
bool yamlToMessage(const YamlTree::Node& node, google::protobuf::Message& out,
                   std::vector<SchemaError>& errors, std::string_view pathPrefix = {});

// Parses YAML text; a syntax error becomes a SchemaError with its line and column.
// parseYamlTree (yaml_tree.h) reads the same text faster into a tree of its own.
std::optional<YAML::Node> parseYaml(std::string_view text, std::vector<SchemaError>& errors);

// Parse then convert. An empty document is an empty message.
bool yamlTextToMessage(std::string_view yaml, google::protobuf::Message& out,
                       std::vector<SchemaError>& errors);

// JSON is YAML 1.2 flow syntax, so JSON goes through the same converter (Envoy's
// /config_dump, bootstrap JSON, "@type" and all) and its errors carry line and column too.
bool jsonToMessage(std::string_view json, google::protobuf::Message& out,
                   std::vector<SchemaError>& errors);

}  // namespace meshdesk::schema
