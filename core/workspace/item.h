#pragma once
// One Envoy resource of the workspace: its kind, its message, and where it was written.

#include <memory>
#include <string>

#include <google/protobuf/message.h>

#include "workspace/resource_kind.h"

namespace meshdesk::workspace {

// 1-based place in the workspace file; line 0 for an item made in code (no place to show).
struct SourceLocation {
  int line = 0;
  int column = 0;
};

class Item {
 public:
  // `message` must be of the kind's message type (kindInfo(kind).messageType).
  Item(Kind kind, std::unique_ptr<google::protobuf::Message> message, SourceLocation location = {});
  // An empty message of the kind's type, to be filled in by an editor.
  explicit Item(Kind kind);

  // Deep copies: a console can edit a copy and put it back, or keep one for undo.
  Item(const Item& other);
  Item& operator=(const Item& other);
  Item(Item&&) noexcept = default;
  Item& operator=(Item&&) noexcept = default;

  Kind kind() const { return kind_; }
  // Read from the message's name field, so it is never out of step with the content.
  std::string name() const;
  const google::protobuf::Message& message() const { return *message_; }
  google::protobuf::Message& mutableMessage() { return *message_; }
  // The generated class (all kinds are compiled), e.g. as<envoy::config::cluster::v3::Cluster>().
  template <typename T>
  const T& as() const {
    return dynamic_cast<const T&>(*message_);
  }
  SourceLocation location() const { return location_; }

 private:
  Kind kind_;
  std::unique_ptr<google::protobuf::Message> message_;
  SourceLocation location_;
};

}  // namespace meshdesk::workspace
