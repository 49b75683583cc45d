// Looking up the embedded schemas (the list itself is generated).
#include "cchc/load/schemas.hpp"

#include <algorithm>

namespace cchc::load {

const EmbeddedSchema* find_schema(std::string_view kind) {
  const auto& all = embedded_schemas();
  auto it = std::find_if(all.begin(), all.end(), [&](const auto& s) { return s.kind == kind; });
  return it == all.end() ? nullptr : &*it;
}

std::string schema_comment(std::string_view file_path, std::string_view kind) {
  std::string up;
  for (char c : file_path)
    if (c == '/') up += "../";
  return "# yaml-language-server: $schema=" + up + "schemas/" + std::string(kind) +
         ".schema.json\n";
}

}  // namespace cchc::load
