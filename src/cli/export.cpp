// cchc export: every task, deadline and target goal as flat records (json),
// the tasks as a table `cchc import` reads back (csv; --targets for the
// goals), or every dated deadline as a calendar (ics). docs/export.md.
#include "cchc/render/export.hpp"

#include <memory>

#include "cchc/engine/targets.hpp"
#include "cchc/render/targets.hpp"
#include "cchc/render/xlsx.hpp"
#include "commands.hpp"
#include "session.hpp"

namespace cchc::cli {

namespace {

struct ExportOptions {
  CommonOptions common;
  bool excel = false;
  bool targets = false;
};

// The last day of the latest plan period: recurring rules then give every
// occurrence of the period, not only those up to the as-of day.
std::optional<model::Date> horizon(const model::Repository& repo) {
  std::optional<model::Date> last;
  for (const auto& p : repo.plans)
    if (!last || *last < p.period.to) last = p.period.to;
  return last;
}

Exit run_export(const ExportOptions& o) {
  std::string f = choose_format(o.common, {"json", "csv", "ics", "xlsx"}, "json");
  refuse_binary_on_terminal(o.common, f);
  if (o.targets && f != "csv")
    throw UsageError("--targets: only with --format csv (json and xlsx hold the targets already)");
  if (o.targets && !o.common.area_filter.empty())
    throw UsageError("--area: targets belong to no area; use --plan or --owner");
  Session s(o.common);
  render::ListContext ctx = s.list_context();
  // Targets belong to no area: with --area there are none to export.
  engine::TargetEvaluation targets = o.common.area_filter.empty()
                                         ? engine::evaluate_targets(s.repo(), s.as_of(), s.filter())
                                         : engine::TargetEvaluation{s.as_of(), {}};
  if (o.targets) {
    emit(o.common, render::targets_csv(targets, ctx, o.excel));
    return Exit::ok;
  }
  engine::Evaluation ev = s.evaluate(horizon(s.repo()));
  render::ExportRecords rec = render::export_records(s.repo(), ev, s.filter());
  if (f == "csv") {
    emit(o.common, render::export_tasks_csv(rec, ctx, o.excel));
  } else if (f == "xlsx") {
    emit(o.common, render::document_xlsx(render::export_document(rec, targets, ctx), s.as_of()));
  } else if (f == "ics") {
    render::Items items;
    for (const auto& d : rec.deadlines) items.push_back(d.eval);
    std::string name = s.repo().config.name.empty() ? "cchc" : s.repo().config.name;
    emit(o.common, render::deadlines_ics(items, ctx, name));
  } else {
    emit(o.common, render::export_json(rec, targets, ctx).dump(2) + "\n");
  }
  return Exit::ok;
}

}  // namespace

void register_export(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Every task, deadline and target as flat records (json, csv, ics, xlsx)");
  add_common_options(*cmd, opts->common);
  cmd->add_option("--format", opts->common.format,
                  "json (default), csv (one row per task), ics or xlsx; default from the -o file's "
                  "extension")
      ->check(CLI::IsMember({"json", "csv", "ics", "xlsx"}));
  cmd->add_flag("--targets", opts->targets, "CSV of the target goals instead of the tasks");
  cmd->add_flag("--excel", opts->excel, "CSV with the byte-order mark Excel needs for UTF-8");
  cmd->add_option("paths", opts->common.paths, "Plan files or folders (default: every plan)");
  cmd->callback([opts, &exit_code] { exit_code = run_export(*opts); });
}

}  // namespace cchc::cli
