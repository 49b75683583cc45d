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
  std::string by = "month";
  std::string from, to;
};

std::optional<model::Date> day_option(const std::string& name, const std::string& value) {
  if (value.empty()) return std::nullopt;
  auto d = model::parse_iso_date(value);
  if (!d) throw UsageError(fmt::format("{} \"{}\" is not a day; write YYYY-MM-DD", name, value));
  return d;
}

Exit run_schedule(const ScheduleOptions& o) {
  Session s(o.common);
  engine::ScheduleOptions so;
  so.by = o.by == "quarter" ? engine::ScheduleBy::quarter : engine::ScheduleBy::month;
  so.from = day_option("--from", o.from);
  so.to = day_option("--to", o.to);
  if (so.from && so.to && *so.to < *so.from) throw UsageError("--to is before --from");
  engine::Evaluation ev = s.evaluate();
  engine::Schedule schedule = engine::build_schedule(ev, so);
  if (schedule.to < schedule.from)
    throw UsageError(fmt::format("the window ends ({}) before it starts ({})",
                                 model::iso(schedule.to), model::iso(schedule.from)));
  render::ListContext ctx = s.list_context();
  const std::string& f = o.common.format;
  if (f == "json") {
    nlohmann::json j = render::json_document(s.as_of());
    j.update(render::schedule_json(schedule));
    emit(o.common, j.dump(2) + "\n");
  } else if (f == "md") {
    emit(o.common, render::schedule_md(schedule, ctx));
  } else if (f == "html") {
    emit(o.common, render::schedule_html(schedule, ctx));
  } else {
    emit(o.common, render::schedule_text(schedule, ctx, s.text_style(o.common)));
  }
  return Exit::ok;
}

}  // namespace

void register_schedule(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<ScheduleOptions>();
  CLI::App* cmd = app.add_subcommand("schedule", "A timeline of the tasks by month or quarter");
  add_common_options(*cmd, opts->common);
  cmd->add_option("--format", opts->common.format, "table (default), md, json or html")
      ->check(CLI::IsMember({"table", "md", "json", "html"}));
  cmd->add_option("--by", opts->by, "month (default) or quarter")
      ->check(CLI::IsMember({"month", "quarter"}));
  cmd->add_option("--from", opts->from,
                  "First day of the window (default: the start of the plans' periods)");
  cmd->add_option("--to", opts->to,
                  "Last day of the window (default: the end of the plans' periods)");
  cmd->add_option("paths", opts->common.paths, "Plan files or folders (default: every plan)");
  cmd->callback([opts, &exit_code] { exit_code = run_schedule(*opts); });
}

}  // namespace cchc::cli
