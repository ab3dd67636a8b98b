#pragma once
// One value against the rules of its type (string, uint32, duration, ...), as
// protoc-gen-validate's C++ validators check it. Presence (message.required, oneof required),
// lists and maps are the walk's business (constraint_walk.h); this is the leaf.

#include <string>
#include <vector>

#include <google/protobuf/message.h>

#include "validate/validate.pb.h"

namespace meshdesk::validate {

struct Violation {
  std::string rule;  // "string.min_len", "uint32.range", ...
  std::string message;
};

// The value of `field` in `holder`: the field itself when `index` is -1, else that element of a
// repeated field. A wrapper (UInt32Value, ...) is checked by what it holds, a Duration or
// Timestamp by its time, an Any by its type URL. Rules of a type that does not fit the field
// (which protoc-gen-validate would have refused to compile) are ignored.
void checkValue(const ::validate::FieldRules& rules, const google::protobuf::Message& holder,
                const google::protobuf::FieldDescriptor* field, int index,
                std::vector<Violation>& out);

// A value as a message shows it: quoted, control characters escaped, long text shortened.
std::string showText(std::string_view text);

}  // namespace meshdesk::validate
