#include "workspace/import_place.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include "schema/field_names.h"
#include "schema/type_registry.h"

namespace gp = google::protobuf;

namespace meshdesk::workspace::import {

namespace {

SourceLocation markOf(const YAML::Node& node) {
  if (!node.IsDefined()) return {};
  YAML::Mark mark = node.Mark();
  if (mark.is_null()) return {};
  return {mark.line + 1, mark.column + 1};
}

}  // namespace

ImportPlace::ImportPlace(YAML::Node node, std::string path)
    : node_(std::move(node)), path_(std::move(path)), location_(markOf(node_)) {}

ImportPlace& ImportPlace::operator=(const ImportPlace& other) {
  if (this != &other) {
    node_.reset(other.node_);
    path_ = other.path_;
    location_ = other.location_;
  }
  return *this;
}

ImportPlace ImportPlace::field(std::string_view snakeName) const {
  ImportPlace next;
  next.path_ = path_.empty() ? std::string(snakeName) : path_ + "." + std::string(snakeName);
  next.location_ = location_;
  if (node_.IsDefined() && node_.IsMap()) {
    std::string camel = schema::lowerCamelCase(snakeName);
    for (const auto& entry : node_) {
      if (!entry.first.IsScalar()) continue;
      const std::string& key = entry.first.Scalar();
      if (key == snakeName || key == camel) {
        next.node_.reset(entry.second);
        if (SourceLocation at = markOf(entry.second); at.line > 0) next.location_ = at;
        break;
      }
    }
  }
  return next;
}

ImportPlace ImportPlace::index(std::size_t i) const {
  ImportPlace next;
  next.path_ = path_ + "[" + std::to_string(i) + "]";
  next.location_ = location_;
  if (node_.IsDefined() && node_.IsSequence() && i < node_.size()) {
    next.node_.reset(node_[i]);
    if (SourceLocation at = markOf(next.node_); at.line > 0) next.location_ = at;
  }
  return next;
}

const gp::Message* messageField(const gp::Message& message, std::string_view name) {
  const gp::FieldDescriptor* field = message.GetDescriptor()->FindFieldByName(std::string(name));
  if (field == nullptr || field->cpp_type() != gp::FieldDescriptor::CPPTYPE_MESSAGE ||
      field->is_repeated())
    return nullptr;
  const gp::Reflection* reflection = message.GetReflection();
  if (!reflection->HasField(message, field)) return nullptr;
  return &reflection->GetMessage(message, field);
}

std::vector<const gp::Message*> repeatedMessages(const gp::Message& message,
                                                 std::string_view name) {
  std::vector<const gp::Message*> out;
  const gp::FieldDescriptor* field = message.GetDescriptor()->FindFieldByName(std::string(name));
  if (field == nullptr || field->cpp_type() != gp::FieldDescriptor::CPPTYPE_MESSAGE ||
      !field->is_repeated())
    return out;
  const gp::Reflection* reflection = message.GetReflection();
  int n = reflection->FieldSize(message, field);
  out.reserve(n);
  for (int i = 0; i < n; ++i) out.push_back(&reflection->GetRepeatedMessage(message, field, i));
  return out;
}

std::string stringField(const gp::Message& message, std::string_view name) {
  const gp::FieldDescriptor* field = message.GetDescriptor()->FindFieldByName(std::string(name));
  if (field == nullptr || field->cpp_type() != gp::FieldDescriptor::CPPTYPE_STRING ||
      field->is_repeated())
    return {};
  return message.GetReflection()->GetString(message, field);
}

std::string AnyContent::typeName() const {
  std::size_t slash = typeUrl.rfind('/');
  return slash == std::string::npos ? typeUrl : typeUrl.substr(slash + 1);
}

AnyContent anyContent(const gp::Message& any) {
  return {stringField(any, "type_url"), stringField(any, "value")};
}

bool convertMessage(const gp::Message& from, gp::Message& to) {
  std::string bytes;
  if (!from.SerializeToString(&bytes)) return false;
  return to.ParseFromString(bytes);
}

std::string canonicalBytes(const gp::Message& message) {
  std::string bytes;
  {
    gp::io::StringOutputStream stream(&bytes);
    gp::io::CodedOutputStream out(&stream);
    out.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&out);
  }
  return bytes;
}

void packAny(gp::Message& any, const gp::Message& payload) {
  const gp::Descriptor* type = any.GetDescriptor();
  const gp::Reflection* reflection = any.GetReflection();
  reflection->SetString(&any, type->FindFieldByName("type_url"),
                        "type.googleapis.com/" + payload.GetDescriptor()->full_name());
  reflection->SetString(&any, type->FindFieldByName("value"), canonicalBytes(payload));
}

namespace {

bool validUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int extra = 0;
    std::uint32_t code = 0;
    if ((c >> 5) == 0x6) {
      extra = 1;
      code = c & 0x1F;
    } else if ((c >> 4) == 0xE) {
      extra = 2;
      code = c & 0x0F;
    } else if ((c >> 3) == 0x1E) {
      extra = 3;
      code = c & 0x07;
    } else {
      return false;
    }
    if (text.size() - i <= static_cast<std::size_t>(extra)) return false;
    for (int k = 1; k <= extra; ++k) {
      auto next = static_cast<unsigned char>(text[i + k]);
      if ((next >> 6) != 0x2) return false;
      code = (code << 6) | (next & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
    static constexpr std::uint32_t kSmallest[] = {0, 0x80, 0x800, 0x10000};
    if (code < kSmallest[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
      return false;
    i += extra + 1;
  }
  return true;
}

std::string invalidUtf8Path(const gp::Message& message, const std::string& path, int depth) {
  if (depth > 100) return {};
  const gp::Reflection* reflection = message.GetReflection();
  std::vector<const gp::FieldDescriptor*> fields;
  reflection->ListFields(message, &fields);
  for (const gp::FieldDescriptor* field : fields) {
    std::string at = path.empty() ? field->name() : path + "." + field->name();
    int n = field->is_repeated() ? reflection->FieldSize(message, field) : 1;
    for (int i = 0; i < n; ++i) {
      std::string item = field->is_repeated() ? at + "[" + std::to_string(i) + "]" : at;
      if (field->type() == gp::FieldDescriptor::TYPE_STRING) {
        std::string value = field->is_repeated() ? reflection->GetRepeatedString(message, field, i)
                                                 : reflection->GetString(message, field);
        if (!validUtf8(value)) return item;
      } else if (field->cpp_type() == gp::FieldDescriptor::CPPTYPE_MESSAGE) {
        const gp::Message& sub = field->is_repeated()
                                     ? reflection->GetRepeatedMessage(message, field, i)
                                     : reflection->GetMessage(message, field);
        if (std::string found = invalidUtf8Path(sub, item, depth + 1); !found.empty())
          return found;
      }
    }
  }
  return {};
}

}  // namespace

std::string whyNotReadBack(const gp::Message& message) {
  if (std::string path = invalidUtf8Path(message, "", 0); !path.empty())
    return path + " is not valid UTF-8, which protobuf strings must be";
  return "a string in it is not valid UTF-8, or it is nested deeper than protobuf's limit of "
         "100 levels";
}

namespace {

constexpr std::string_view kRedacted = "[redacted]";

bool redactedIn(const gp::Message& message, int depth) {
  // Far below protobuf's own limit of 100; a secret is never nested this deep.
  if (depth > 64) return false;
  const gp::Descriptor* type = message.GetDescriptor();
  const gp::Reflection* reflection = message.GetReflection();
  if (type->full_name() == "google.protobuf.Any") {
    AnyContent content = anyContent(message);
    const auto& registry = schema::TypeRegistry::instance();
    const gp::Descriptor* payloadType = registry.findByTypeUrl(content.typeUrl);
    if (payloadType == nullptr) return false;
    auto payload = registry.newMessage(payloadType);
    return payload->ParseFromString(content.bytes) && redactedIn(*payload, depth + 1);
  }
  std::vector<const gp::FieldDescriptor*> fields;
  reflection->ListFields(message, &fields);
  for (const gp::FieldDescriptor* field : fields) {
    if (field->cpp_type() == gp::FieldDescriptor::CPPTYPE_STRING) {
      if (field->is_repeated()) {
        for (int i = 0; i < reflection->FieldSize(message, field); ++i)
          if (reflection->GetRepeatedString(message, field, i) == kRedacted) return true;
      } else if (reflection->GetString(message, field) == kRedacted) {
        return true;
      }
    } else if (field->cpp_type() == gp::FieldDescriptor::CPPTYPE_MESSAGE) {
      if (field->is_repeated()) {
        for (int i = 0; i < reflection->FieldSize(message, field); ++i)
          if (redactedIn(reflection->GetRepeatedMessage(message, field, i), depth + 1)) return true;
      } else if (redactedIn(reflection->GetMessage(message, field), depth + 1)) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

bool hasRedactedValue(const gp::Message& message) { return redactedIn(message, 0); }

}  // namespace meshdesk::workspace::import
