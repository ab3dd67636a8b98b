#include "workspace/import.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "schema/yaml_to_message.h"
#include "workspace/import_formats.h"

namespace meshdesk::workspace {

namespace {

// The parsed file if it is a mapping; otherwise `result` has the error.
std::optional<YAML::Node> readRoot(std::string_view text, const std::string& fileName,
                                   ImportResult& result) {
  std::vector<schema::SchemaError> syntax;
  std::optional<YAML::Node> root = schema::parseYaml(text, syntax);
  for (auto& e : syntax)
    result.errors.push_back({fileName, e.line, e.column, std::move(e.path), std::move(e.message)});
  if (!root) return std::nullopt;
  if (root->IsNull()) {
    result.errors.push_back({fileName, 0, 0, "", "the file is empty: nothing to import"});
    return std::nullopt;
  }
  if (!root->IsMap()) {
    YAML::Mark mark = root->Mark();
    result.errors.push_back(
        {fileName, mark.is_null() ? 0 : mark.line + 1, mark.is_null() ? 0 : mark.column + 1, "",
         "an Envoy bootstrap or /config_dump is a mapping (a JSON object); this is not"});
    return std::nullopt;
  }
  return root;
}

ImportFormat detect(const YAML::Node& root) {
  for (const auto& entry : root)
    if (entry.first.IsScalar() && entry.first.Scalar() == "configs") return ImportFormat::kConfigDump;
  return ImportFormat::kBootstrap;
}

ImportResult importRoot(const YAML::Node& root, ImportFormat format, const std::string& fileName) {
  return format == ImportFormat::kConfigDump ? import::importConfigDump(root, fileName)
                                             : import::importBootstrap(root, fileName);
}

}  // namespace

ImportResult importEnvoyConfig(std::string_view text, const std::string& fileName) {
  ImportResult result;
  std::optional<YAML::Node> root = readRoot(text, fileName, result);
  if (!root) return result;
  return importRoot(*root, detect(*root), fileName);
}

ImportResult importEnvoyConfig(std::string_view text, ImportFormat format,
                               const std::string& fileName) {
  ImportResult result;
  std::optional<YAML::Node> root = readRoot(text, fileName, result);
  if (!root) return result;
  return importRoot(*root, format, fileName);
}

ImportResult importEnvoyFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    ImportResult result;
    result.errors.push_back({file.string(), 0, 0, "",
                             std::string("cannot read the file: ") + std::strerror(errno)});
    return result;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return importEnvoyConfig(text.str(), file.string());
}

}  // namespace meshdesk::workspace
