// cchc import FILE.csv|FILE.xlsx: a plan file from a table saved from Excel,
// or from a sheet of an Excel workbook. Reading the table (load/csv_reader,
// load/xlsx_reader) and making the plan are in the library (load/import);
// this file reads the options, finds the owners to match, and writes the result.
#include "cchc/load/import.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>

#include "cchc/check/checks.hpp"
#include "cchc/diag/format.hpp"
#include "cchc/io/files.hpp"
#include "cchc/load/repository.hpp"
#include "cchc/load/xlsx_reader.hpp"
#include "cchc/model/period.hpp"
#include "cchc/text/unicode.hpp"
#include "commands.hpp"

namespace cchc::cli {

namespace {

namespace fs = std::filesystem;

struct ImportOptions {
  CommonOptions common;
  std::string file;
  std::string id, title, period, unit, scope, sheet;
  bool force = false;
};

// The table, read like the plan files: a regular file of at most 64 MiB.
// Usage errors are English, as the rest of the line.
std::string read_input(const std::string& file) {
  auto read = load::RealFileSystem().read_file(file, load::kMaxFileBytes);
  if (!read.text)
    throw UsageError(fmt::format("cannot read {}: {}", file, read.problem.render(text::Lang::en)));
  return std::move(*read.text);
}

// A workbook is a zip archive; anything else is read as CSV.
bool is_workbook(std::string_view bytes) {
  return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
}

// --scope, else the one scope the owner files use (agencies then resolve as
// the plan will: inside that scope first).
std::string choose_scope(const ImportOptions& o, const model::Repository& repo) {
  if (!o.scope.empty()) return o.scope;
  std::set<std::string> scopes;
  for (const auto& owner : repo.owners)
    if (!owner.scope.empty()) scopes.insert(owner.scope);
  return scopes.size() == 1 ? *scopes.begin() : std::string();
}

// "2026" or "2021..2030", as a plan's period: the window deadlines are read against.
model::DeadlineContext period_window(const std::string& period) {
  auto p = model::parse_plan_period(period);
  if (!p.ok()) throw UsageError(fmt::format("--period \"{}\" is not a year or YYYY..YYYY", period));
  return {p.value->from, p.value->to};
}

// The editor's schema line, when the project's schemas/ folder is next to
// the repository (the bundled example); a relative path keeps it portable.
std::string schema_path(const fs::path& root, const fs::path& output) {
  for (const fs::path& dir : {root, root.parent_path()}) {
    fs::path schema = dir / "schemas" / "plan.schema.json";
    std::error_code ec;
    if (fs::exists(schema, ec))
      return fs::weakly_canonical(schema, ec)
          .lexically_relative(fs::weakly_canonical(output, ec).parent_path())
          .generic_string();
  }
  return {};
}

fs::path shown(const fs::path& p) {
  std::error_code ec;
  fs::path rel = fs::weakly_canonical(p, ec).lexically_relative(fs::current_path(ec));
  return rel.empty() ? p : rel;
}

// The table's problems as `check` shows a plan's: human with the cell under a
// caret on stderr, or the JSON document on stdout.
void report_problems(const ImportOptions& o, const diag::Diagnostics& diags, const std::string* csv,
                     text::Lang lang) {
  if (o.common.format == Format::json) {
    diag::Summary summary;
    summary.errors = diags.count(diag::Severity::error);
    summary.warnings = diags.count(diag::Severity::warning);
    summary.files = 1;
    write_diagnostics_json(std::cout, resolve_as_of(o.common), diags, summary, lang);
    std::cout.flush();
    return;
  }
  // Lines are shown under the diagnostics only when they can be printed: not
  // for a workbook (its positions are a sheet's rows and column numbers), nor
  // for a CSV file that is not UTF-8.
  diag::SourceMap sources;
  std::string_view text = csv ? std::string_view(*csv) : std::string_view();
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // columns count without it
  if (csv && !text::find_invalid_utf8(text))
    sources.add(std::make_shared<diag::SourceText>(o.file, std::string(text)));
  diag::write_human(std::cerr, diags, sources,
                    {use_color(o.common, STDERR_FILENO), !o.common.quiet, lang});
}

Exit run_import(ImportOptions o) {
  if (o.common.format == Format::json && o.common.output == "-")
    throw UsageError(
        "--format json writes the problems to standard output; write the plan to a "
        "file (-o FILE), not to -");
  std::string bytes = read_input(o.file);
  auto& loaded = load_repository(o.common);
  const model::Repository& repo = loaded.repo;
  model::OwnerIndex owners(repo.owners);

  load::ImportSettings settings;
  settings.unit = repo.config.budget_unit;
  if (!o.unit.empty()) {
    auto u = model::money_unit_from_name(o.unit);
    if (!u)
      throw UsageError(
          fmt::format("--unit \"{}\" is not dong, thousand, million or billion", o.unit));
    settings.unit = *u;
  }
  if (o.period.empty()) o.period = std::to_string(model::year_of(resolve_as_of(o.common)));
  settings.period = period_window(o.period);
  settings.owners = &owners;
  settings.scope = choose_scope(o, repo);
  settings.file = o.file;

  bool workbook = is_workbook(bytes);
  if (!workbook && !o.sheet.empty())
    throw UsageError(fmt::format("--sheet: {} is not an Excel workbook (.xlsx)", o.file));
  auto result = load::import_table(
      workbook ? load::read_xlsx(bytes, o.sheet) : load::read_csv(bytes), settings);
  check::apply_rule_settings(repo.config, result.diags);
  result.diags.sort();
  const bool errors = result.diags.count(diag::Severity::error) > 0;
  report_problems(o, result.diags, workbook ? nullptr : &bytes, choose_lang(o.common, repo.config));
  if (result.fatal) return Exit::cannot_run;

  fs::path stem = fs::path(o.file).stem();
  fs::path out = o.common.output.empty()
                     ? fs::path(repo.config.root) / "plans" / (load::slug(stem.string()) + ".yaml")
                     : fs::path(o.common.output);
  load::PlanHeader header;
  header.source = fs::path(o.file).filename().string();
  header.id = o.id.empty() ? load::slug(stem.string()) : o.id;
  header.title = o.title.empty() ? stem.string() : o.title;
  header.period = o.period;
  header.scope = settings.scope;
  header.unit = settings.unit;
  if (o.common.output != "-") header.schema = schema_path(repo.config.root, out);
  std::string yaml = load::write_plan_yaml(header, result.tasks);

  if (o.common.output == "-") {
    std::cout << yaml;
  } else {
    std::error_code ec;
    if (!o.force && fs::exists(out, ec))
      throw io::WriteError(
          fmt::format("{} already exists; use --force to replace it", shown(out).string()));
    // The repository's own plans/ folder is made when missing; a folder named
    // with -o must exist, as for every command that writes a file.
    if (o.common.output.empty() && out.has_parent_path())
      fs::create_directories(out.parent_path(), ec);
    io::write_file_atomic(out, yaml, o.force ? io::Overwrite::allow : io::Overwrite::refuse);
    if (!o.common.quiet) std::cerr << fmt::format("wrote {}\n", shown(out).string());
  }
  if (errors && !o.common.quiet && o.common.format != Format::json)
    std::cerr << "The plan was written with the names and deadlines as they are in the table; fix "
                 "those reported above.\n";
  return errors ? Exit::findings : Exit::ok;
}

}  // namespace

void register_import(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<ImportOptions>();
  CLI::App* cmd =
      app.add_subcommand("import", "Make a plan file from an Excel table (.xlsx, or saved as CSV)");
  add_common_options(*cmd, opts->common, CommonFlags{true, false, true});
  cmd->add_option("file", opts->file,
                  "The workbook (.xlsx) or CSV file (UTF-8, as Excel's \"CSV UTF-8\" saves it)")
      ->required();
  cmd->add_option("--sheet", opts->sheet, "The workbook's sheet to read (default: the first)");
  cmd->add_option("--id", opts->id, "Plan id (default: from the file name)");
  cmd->add_option("--title", opts->title, "Plan title (default: the file name)");
  cmd->add_option("--period", opts->period,
                  "Plan period: a year or YYYY..YYYY (default: the year of --as-of)");
  cmd->add_option(
      "--unit", opts->unit,
      "Unit of bare Kinh phí numbers: dong, thousand, million, billion (default: cchc.yaml)");
  cmd->add_option(
      "--scope", opts->scope,
      "Owner scope the agencies are matched in (default: the only scope of the owner files)");
  cmd->add_flag("--force", opts->force, "Replace the output file if it exists");
  // How the table's problems are shown: human (table, on stderr) or json (on
  // stdout). -o names the plan file, so it never picks this format.
  add_format_option(*cmd, opts->common, {Format::table, Format::json});
  cmd->callback([opts, &exit_code] { exit_code = run_import(*opts); });
}

}  // namespace cchc::cli
