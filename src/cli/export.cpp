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
  CsvBom bom;
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

struct ExportResult {
  const engine::ExportRecords& rec;
  const engine::TargetEvaluation& targets;
  render::ListContext ctx;
  bool excel;
  std::string calendar_name;  // the iCalendar's name
};

std::string export_ics(const ExportResult& r) {
  render::Items items;
  for (const auto& d : r.rec.deadlines) items.push_back(d.eval);
  return render::deadlines_ics(items, r.ctx, r.calendar_name);
}

const Renderers<ExportResult> renderers = {
    {Format::json, nullptr,
     [](std::ostream& out, const ExportResult& r) {
       render::write_export_json(out, r.rec, r.targets, r.ctx);
     }},
    {Format::csv,
     [](const ExportResult& r) { return render::export_tasks_csv(r.rec, r.ctx, r.excel); }},
    {Format::ics, export_ics},
    {Format::xlsx,
     [](const ExportResult& r) {
       return render::document_xlsx(render::export_document(r.rec, r.targets, r.ctx), r.ctx.as_of);
     }},
};

Exit run_export(const ExportOptions& o) {
  const Format format = choose_format(o.common);
  if (o.targets && format != Format::csv)
    throw UsageError("--targets: only with --format csv (json and xlsx hold the targets already)");
  if (o.targets && !o.common.area_filter.empty())
    throw UsageError("--area: targets belong to no area; use --plan or --owner");
  Session s(o.common);
  render::ListContext ctx = s.list_context();
  // Targets belong to no area: with --area there are none to export.
  engine::TargetEvaluation targets =
      o.common.area_filter.empty()
          ? engine::evaluate_targets(s.repo(), s.owners(), s.as_of(), s.filter())
          : engine::TargetEvaluation{s.as_of(), {}};
  if (o.targets) {
    emit(o.common, render::targets_csv(targets, ctx, wants_bom(o.common, o.bom)));
    return Exit::ok;
  }
  engine::Evaluation ev = s.evaluate(horizon(s.repo()));
  engine::ExportRecords rec = engine::export_records(s.repo(), ev, s.filter());
  emit_as(o.common, renderers, format,
          ExportResult{rec, targets, ctx, wants_bom(o.common, o.bom), s.ics_name()});
  return Exit::ok;
}

}  // namespace

void register_export(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "export",
      "Every task, deadline and target as flat records (json, csv, ics, xlsx). A data dump: it "
      "keeps every plan, also those that ended before the as-of day (unlike overdue, status ...)");
  add_common_options(*cmd, opts->common);
  add_format_option(*cmd, opts->common, formats_of(renderers));
  cmd->add_flag("--targets", opts->targets, "CSV of the target goals instead of the tasks");
  add_bom_flags(*cmd, opts->bom);
  cmd->add_option("paths", opts->common.paths, "Plan files or folders (default: every plan)");
  cmd->callback([opts, &exit_code] { exit_code = run_export(*opts); });
}

}  // namespace cchc::cli
