#pragma once
// Importing, internals: where a part of the imported file is, and reading the messages the
// importer gets from the type registry as DynamicMessages (the bootstrap and admin types are
// not compiled to C++, so they are read by field name).

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <google/protobuf/message.h>
#include <yaml-cpp/yaml.h>

#include "workspace/item.h"

namespace meshdesk::workspace::import {

// A field path from the top of the imported file ("configs[2].dynamic_listeners[0]") and the
// YAML node written there, so that a problem found after conversion still has a line and
// column. A step that is not written (a field left at its default) keeps the closest written
// ancestor's node: the place is then that of the ancestor.
class ImportPlace {
 public:
  ImportPlace() = default;
  ImportPlace(YAML::Node node, std::string path);
  // yaml-cpp's Node::operator= does not rebind a handle: it makes the node it points at (here a
  // node of the parsed file) take the other's content. Assignment here rebinds (Node::reset).
  ImportPlace(const ImportPlace& other) = default;
  ImportPlace& operator=(const ImportPlace& other);

  // The field in either spelling (snake_case or lowerCamelCase), as the reader accepts both.
  ImportPlace field(std::string_view snakeName) const;
  ImportPlace index(std::size_t i) const;

  const std::string& path() const { return path_; }
  SourceLocation location() const { return location_; }

 private:
  YAML::Node node_;  // undefined once a step is not written
  std::string path_;
  SourceLocation location_;
};

// Fields of a message read by name; a name that the message's type does not have reads as
// unset, so that a caller never dereferences a missing descriptor.
const google::protobuf::Message* messageField(const google::protobuf::Message& message,
                                              std::string_view name);
std::vector<const google::protobuf::Message*> repeatedMessages(
    const google::protobuf::Message& message, std::string_view name);
std::string stringField(const google::protobuf::Message& message, std::string_view name);

// A google.protobuf.Any, generated or dynamic.
struct AnyContent {
  std::string typeUrl;
  std::string bytes;
  // "envoy.config.listener.v3.Listener": the part after the last '/'.
  std::string typeName() const;
};
AnyContent anyContent(const google::protobuf::Message& any);

// The same content in a message of another class of the same type (a DynamicMessage into the
// generated class), through the wire format. False when the bytes do not parse back, which
// happens only for nesting deeper than protobuf's recursion limit (100).
bool convertMessage(const google::protobuf::Message& from, google::protobuf::Message& to);

// Deterministic wire bytes (map entries sorted), for comparing content.
std::string canonicalBytes(const google::protobuf::Message& message);

// Any::PackFrom with deterministic bytes, as the schema reader packs: the same content gives
// the same Any, so that duplicates compare equal.
void packAny(google::protobuf::Message& any, const google::protobuf::Message& payload);

// Why a message does not read back through the wire format (convertMessage() failed): the
// field path of a string that is not valid UTF-8 (protobuf refuses those in proto3), else a
// sentence about the nesting limit. Without "@type" payloads, which are bytes here.
std::string whyNotReadBack(const google::protobuf::Message& message);

// True when a string or bytes field anywhere in `message` (inside Anys too) holds what Envoy's
// admin handler writes in place of a sensitive value: "[redacted]".
bool hasRedactedValue(const google::protobuf::Message& message);

}  // namespace meshdesk::workspace::import
