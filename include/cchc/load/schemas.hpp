// The JSON Schemas of schemas/, built into the program (generated at build
// time by cmake/embed_schemas.cmake): `cchc schema` prints or writes them and
// `cchc init` puts them into a new repository for the editor.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cchc::load {

struct EmbeddedSchema {
  std::string_view kind;  // cchc, calendar, owners, plan
  std::string_view file;  // plan.schema.json
  std::string_view text;
};

// Sorted by file name.
const std::vector<EmbeddedSchema>& embedded_schemas();

// nullptr when no schema has this kind.
const EmbeddedSchema* find_schema(std::string_view kind);

// The first line of a YAML file for the YAML language server, with the path
// of the schema relative to the file: `plans/x.yaml` and "plan" give
// "# yaml-language-server: $schema=../schemas/plan.schema.json".
std::string schema_comment(std::string_view file_path, std::string_view kind);

}  // namespace cchc::load
