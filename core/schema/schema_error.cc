#include "schema/schema_error.h"

namespace meshdesk::schema {

std::string SchemaError::toString() const {
  std::string out;
  if (line > 0) out += std::to_string(line) + ":" + std::to_string(column) + ": ";
  if (!path.empty()) out += path + ": ";
  return out + message;
}

}  // namespace meshdesk::schema
