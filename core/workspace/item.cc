#include "workspace/item.h"

#include <stdexcept>

#include "schema/type_registry.h"

namespace meshdesk::workspace {

namespace {
std::unique_ptr<google::protobuf::Message> newMessageOf(Kind kind) {
  const auto& registry = schema::TypeRegistry::instance();
  return registry.newMessage(registry.findMessage(kindInfo(kind).messageType));
}
}  // namespace

Item::Item(Kind kind, std::unique_ptr<google::protobuf::Message> message, SourceLocation location)
    : kind_(kind), message_(std::move(message)), location_(location) {
  if (message_ == nullptr || message_->GetDescriptor()->full_name() != kindInfo(kind).messageType)
    throw std::invalid_argument("a " + std::string(kindInfo(kind).label) + " item needs a " +
                                std::string(kindInfo(kind).messageType));
}

Item::Item(Kind kind) : Item(kind, newMessageOf(kind)) {}

Item::Item(const Item& other)
    : kind_(other.kind_), message_(other.message_->New()), location_(other.location_) {
  message_->CopyFrom(*other.message_);
}

Item& Item::operator=(const Item& other) {
  if (this != &other) *this = Item(other);
  return *this;
}

std::string Item::name() const {
  const auto* field = message_->GetDescriptor()->FindFieldByName(std::string(kindInfo(kind_).nameField));
  return message_->GetReflection()->GetString(*message_, field);
}

}  // namespace meshdesk::workspace
