// cchc schema [KIND] | --write DIR [--force]: the JSON Schemas built into the
// program, for editors and validators in a plan repository.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "cchc/io/files.hpp"
#include "cchc/load/schemas.hpp"
#include "commands.hpp"

namespace cchc::cli {

namespace {

namespace fs = std::filesystem;

struct SchemaOptions {
  std::string kind;
  std::string write_dir;
  bool force = false;
};

std::string kinds() {
  std::vector<std::string> names;
  for (const auto& s : load::embedded_schemas()) names.emplace_back(s.kind);
  return fmt::format("{}", fmt::join(names, ", "));
}

Exit write_all(const SchemaOptions& o) {
  fs::path dir = o.write_dir;
  auto mode = o.force ? io::Overwrite::allow : io::Overwrite::refuse;
  // Refuse before writing anything: a refusal leaves the folder as it was.
  if (!o.force)
    for (const auto& s : load::embedded_schemas()) {
      std::error_code ec;
      if (fs::exists(dir / s.file, ec))
        throw io::WriteError(
            fmt::format("{} already exists; add --force to replace it", (dir / s.file).string()));
    }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw io::WriteError(fmt::format("cannot create {}: {}", dir.string(), ec.message()));
  for (const auto& s : load::embedded_schemas()) {
    io::write_file_atomic(dir / s.file, s.text, mode);
    std::cerr << "wrote " << (dir / s.file).string() << '\n';
  }
  return Exit::ok;
}

Exit run_schema(const SchemaOptions& o) {
  if (!o.write_dir.empty()) {
    if (!o.kind.empty()) throw UsageError("--write writes every schema: give no KIND with it");
    return write_all(o);
  }
  if (o.kind.empty()) {
    for (const auto& s : load::embedded_schemas()) std::cout << s.kind << '\t' << s.file << '\n';
    return Exit::ok;
  }
  const load::EmbeddedSchema* s = load::find_schema(o.kind);
  if (!s) throw UsageError(fmt::format("no schema \"{}\"; the schemas are: {}", o.kind, kinds()));
  std::cout << s->text;
  return Exit::ok;
}

}  // namespace

void register_schema(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<SchemaOptions>();
  CLI::App* cmd = app.add_subcommand(
      "schema", "Print a JSON Schema built into cchc (none: list them), or write them all");
  cmd->add_option("kind", opts->kind, "cchc, owners, plan or calendar");
  cmd->add_option("--write", opts->write_dir, "Write every schema into this folder (atomically)");
  cmd->add_flag("--force", opts->force, "With --write: replace schema files that exist");
  cmd->callback([opts, &exit_code] { exit_code = run_schema(*opts); });
}

}  // namespace cchc::cli
