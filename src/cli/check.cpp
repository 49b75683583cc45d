// cchc check: load and validate everything, print diagnostics and a summary.
#include <fmt/format.h>
#include <unistd.h>

#include <iostream>
#include <memory>
#include <sstream>

#include "cchc/check/checks.hpp"
#include "cchc/diag/format.hpp"
#include "commands.hpp"

namespace cchc::cli {

namespace {

struct CheckOptions {
  CommonOptions common;
  bool strict = false;
};

Exit run_check(const CheckOptions& o) {
  model::Date as_of = resolve_as_of(o.common);
  auto loaded = load_repository(o.common);
  check::check_repository(loaded.repo, as_of, loaded.diags);
  check::apply_rule_settings(loaded.repo.config, loaded.diags);
  loaded.diags.sort();

  diag::Summary summary;
  summary.errors = loaded.diags.count(diag::Severity::error);
  summary.warnings = loaded.diags.count(diag::Severity::warning);
  summary.files = loaded.repo.files.size();
  summary.plans = loaded.repo.plans.size();
  for (const auto& p : loaded.repo.plans) summary.tasks += model::count_leaf_tasks(p);

  const std::string& format = o.common.format;
  if (format == "json") {
    nlohmann::json j = diag::to_json(loaded.diags, summary);
    j["cchc"] = {{"version", CCHC_VERSION}, {"as_of", model::iso(as_of)}};
    emit(o.common, j.dump(2) + "\n");
  } else if (format == "github") {
    std::ostringstream out;
    diag::write_github(out, loaded.diags, summary);
    emit(o.common, out.str());
  } else if (!o.common.output.empty()) {
    // Asked for a file (-o): the human form goes there, without colors.
    std::ostringstream out;
    diag::write_human(out, loaded.diags, loaded.sources, diag::HumanStyle{false, !o.common.quiet});
    out << diag::summary_line(summary) << '\n';
    emit(o.common, out.str());
  } else {
    // Human diagnostics are not the command's result: they go to stderr.
    diag::HumanStyle style{use_color(o.common, STDERR_FILENO), !o.common.quiet};
    diag::write_human(std::cerr, loaded.diags, loaded.sources, style);
    std::cerr << diag::summary_line(summary) << '\n';
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
  cmd->add_option("--format", opts->common.format, "human (default), json or github")
      ->check(CLI::IsMember({"human", "table", "json", "github"}));
  cmd->add_flag("--strict", opts->strict, "Warnings fail the check too (exit 1)");
  cmd->add_option("paths", opts->common.paths,
                  "Plan files or folders (default: every plan of the repository)");
  cmd->callback([opts, &exit_code] { exit_code = run_check(*opts); });
}

}  // namespace cchc::cli
