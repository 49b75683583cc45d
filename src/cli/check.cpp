// cchc check: load and validate everything, print diagnostics and a summary.
#include <fmt/format.h>
#include <unistd.h>

#include <iostream>
#include <memory>
#include <sstream>

#include "cchc/check/checks.hpp"
#include "cchc/diag/format.hpp"
#include "cchc/diag/suppress.hpp"
#include "commands.hpp"

namespace cchc::cli {

namespace {

struct CheckOptions {
  CommonOptions common;
  bool strict = false;
  bool summary_only = false;
};

struct CheckResult {
  const load::LoadedRepository& loaded;
  const load::FileSystem& files;  // the human format reads the lines it shows from here
  diag::Summary summary;
  diag::HumanStyle style;
  model::Date as_of;
  bool summary_only = false;
};

// Each diagnostic with the line it points at. No text was kept after loading:
// the files are read again, one at a time (the diagnostics are sorted by
// file), and only those with a diagnostic on a line.
void write_diagnostics(std::ostream& out, const CheckResult& r) {
  const auto& items = r.loaded.diags.items();
  for (std::size_t i = 0; i < items.size();) {
    const diag::FileName& file = items[i].location.file;
    std::size_t end = i;
    bool lines = false;
    for (; end < items.size() && items[end].location.file == file; ++end)
      lines = lines || items[end].location.line > 0;
    diag::SourceMap excerpt;
    if (lines)
      if (auto src = load::read_again(r.loaded, file, r.files)) excerpt.add(std::move(src));
    for (; i < end; ++i) diag::write_human(out, items[i], excerpt, r.style);
  }
}

// The diagnostics, then the count per rule and the totals; with --summary
// only the last two.
std::string human(const CheckResult& r) {
  std::ostringstream out;
  if (!r.summary_only) write_diagnostics(out, r);
  if (auto by_rule = diag::rule_counts_line(r.loaded.diags, r.style.lang); !by_rule.empty())
    out << by_rule << '\n';
  out << diag::summary_line(r.summary, r.style.lang) << '\n';
  return out.str();
}

void json(std::ostream& out, const CheckResult& r) {
  write_diagnostics_json(out, r.as_of, r.loaded.diags, r.summary, r.style.lang, !r.summary_only);
}

std::string github(const CheckResult& r) {
  std::ostringstream out;
  diag::write_github(out, r.loaded.diags, r.summary, r.style.lang,
                     r.summary_only ? 0 : std::size_t{10});
  return out.str();
}

const Renderers<CheckResult> renderers = {
    {Format::table, human},
    {Format::json, nullptr, json},
    {Format::github, github},
};

Exit run_check(const CheckOptions& o) {
  const Format format = choose_format(o.common);
  model::Date as_of = resolve_as_of(o.common);
  // No file's text is kept: the loader read the suppression comments, and
  // the human format reads again the lines it shows.
  const load::RealFileSystem files;
  auto& loaded = load_repository(o.common);
  const text::Lang lang = choose_lang(o.common, loaded.repo.config);
  check::check_repository(loaded.repo, as_of, loaded.diags);
  // Comments silence what the rules found at their default severity; the
  // settings of cchc.yaml then apply (unused-ignore can be turned off too).
  diag::apply_suppressions(loaded.diags, loaded.suppressions);
  check::apply_rule_settings(loaded.repo.config, loaded.diags);
  loaded.diags.sort();

  diag::Summary summary;
  summary.errors = loaded.diags.count(diag::Severity::error);
  summary.warnings = loaded.diags.count(diag::Severity::warning);
  summary.files = loaded.repo.files.size();
  summary.plans = loaded.repo.plans.size();
  for (const auto& p : loaded.repo.plans) summary.tasks += model::count_leaf_tasks(p);

  const bool hints = !o.common.quiet;
  if (format == Format::table && o.common.output.empty()) {
    // Human diagnostics are not the command's result: without -o they go to
    // stderr, in colors on a terminal.
    std::cerr << human({loaded,
                        files,
                        summary,
                        {use_color(o.common, STDERR_FILENO), hints, lang},
                        as_of,
                        o.summary_only});
  } else {
    emit_as(o.common, renderers, format,
            CheckResult{loaded, files, summary, {false, hints, lang}, as_of, o.summary_only});
  }
  bool failed = summary.errors > 0 || (o.strict && summary.warnings > 0);
  return failed ? Exit::findings : Exit::ok;
}

}  // namespace

void register_check(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<CheckOptions>();
  CLI::App* cmd =
      app.add_subcommand("check", "Load and validate the plans; print diagnostics and a summary");
  add_common_options(*cmd, opts->common, {.as_of = true, .filters = false, .output = true});
  add_format_option(*cmd, opts->common, formats_of(renderers));
  cmd->add_flag("--strict", opts->strict, "Warnings fail the check too (exit 1)");
  cmd->add_flag("--summary", opts->summary_only,
                "Print only the count per rule and the totals, not each diagnostic");
  cmd->add_option("paths", opts->common.paths,
                  "Plan files or folders (default: every plan of the repository)");
  cmd->callback([opts, &exit_code] { exit_code = run_check(*opts); });
}

}  // namespace cchc::cli
