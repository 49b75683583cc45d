// cchc schedule: a timeline of the tasks by month or quarter; a text Gantt on
// a terminal, Markdown, JSON, or an HTML page with an SVG chart.
#include "cchc/engine/schedule.hpp"

#include <fmt/format.h>

#include <memory>

#include "cchc/render/schedule.hpp"
#include "commands.hpp"
#include "session.hpp"

namespace cchc::cli {

namespace {

struct ScheduleOptions {
  CommonOptions common;
  std::string by;  // month or quarter; none given: months, quarters when months do not fit
  std::optional<model::Date> from, to;
};

struct ScheduleResult {
  const engine::Schedule& schedule;
  render::ListContext ctx;
  render::TextStyle style;
  nlohmann::json plans_left_out;  // Session::plans_left_out_json, for the streamed JSON
};

const Renderers<ScheduleResult> renderers = {
    {Format::table,
     [](const ScheduleResult& r) { return render::schedule_text(r.schedule, r.ctx, r.style); }},
    {Format::md, [](const ScheduleResult& r) { return render::schedule_md(r.schedule, r.ctx); }},
    {Format::json, nullptr,
     [](std::ostream& out, const ScheduleResult& r) {
       // Streamed a row at a time (issue 15).
       render::write_schedule_json(out, r.schedule, r.ctx.as_of, r.plans_left_out);
     }},
    {Format::html,
     [](const ScheduleResult& r) { return render::schedule_html(r.schedule, r.ctx); }},
};

Exit run_schedule(const ScheduleOptions& o) {
  const Format format = choose_format(o.common);
  Session s(o.common);
  engine::ScheduleOptions so;
  so.by = o.by == "quarter" ? engine::ScheduleBy::quarter : engine::ScheduleBy::month;
  so.from = o.from;
  so.to = o.to;
  if (so.from && so.to && *so.to < *so.from) throw UsageError("--to is before --from");
  engine::Evaluation ev = s.evaluate();
  render::TextStyle style = s.text_style(o.common);
  engine::Schedule schedule =
      format == Format::table
          ? render::fitted_schedule(ev, so, !o.by.empty(), s.list_context(), style)
          : engine::build_schedule(ev, so);
  if (schedule.to < schedule.from)
    throw UsageError(fmt::format("the window ends ({}) before it starts ({})",
                                 model::iso(schedule.to), model::iso(schedule.from)));
  s.emit_as(o.common, renderers, format,
            ScheduleResult{schedule, s.list_context(), style, s.plans_left_out_json()});
  return Exit::ok;
}

}  // namespace

void register_schedule(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<ScheduleOptions>();
  CLI::App* cmd = app.add_subcommand("schedule", "A timeline of the tasks by month or quarter");
  add_common_options(*cmd, opts->common, {.active_plans = true});
  add_format_option(*cmd, opts->common, formats_of(renderers));
  cmd->add_option("--by", opts->by,
                  "month (default; a table too wide for the terminal turns to quarters) or quarter")
      ->check(CLI::IsMember({"month", "quarter"}));
  add_day_option(*cmd, "--from", opts->from,
                 "First day of the window (default: the start of the plans' periods)");
  add_day_option(*cmd, "--to", opts->to,
                 "Last day of the window (default: the end of the plans' periods)");
  cmd->add_option("paths", opts->common.paths, "Plan files or folders (default: every plan)");
  cmd->callback([opts, &exit_code] { exit_code = run_schedule(*opts); });
}

}  // namespace cchc::cli
