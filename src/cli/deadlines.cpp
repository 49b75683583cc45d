// cchc deadlines: what falls due in a window — the list to print before a meeting.
#include <fmt/format.h>

#include <memory>
#include <regex>

#include "cchc/render/docx.hpp"
#include "cchc/render/html.hpp"
#include "cchc/render/reminders.hpp"
#include "cchc/render/xlsx.hpp"
#include "commands.hpp"
#include "session.hpp"

namespace cchc::cli {

namespace {

struct DeadlinesOptions {
  CommonOptions common;
  std::optional<model::Date> from, to;
  std::string within;
  CsvBom bom;
  bool by_owner_pages = false;
};

// "30d", "2w", "3m" or a bare number of days.
int parse_within(const std::string& s) {
  static const std::regex re(R"(^\s*(\d{1,4})\s*([dwm]?)\s*$)");
  std::smatch m;
  if (!std::regex_match(s, m, re))
    throw UsageError(
        fmt::format("--within \"{}\": write a number of days, weeks or months (30d, 2w, 3m)", s));
  int n = std::stoi(m[1]);
  if (m[2] == "w") return n * 7;
  if (m[2] == "m") return n * 30;
  return n;
}

struct DeadlinesResult {
  const render::Items& items;
  const engine::OverdueList& overdue;  // for the agency pages: overdue first
  bool by_owner_pages;
  model::Date from, to;
  render::ListContext ctx;
  render::TextStyle style;
  bool excel;
  std::string calendar_name;      // the iCalendar's name
  nlohmann::json plans_left_out;  // Session::plans_left_out_json, for the streamed JSON
};

render::Document deadlines_document(const DeadlinesResult& r) {
  return render::deadlines_document(r.overdue, r.items, r.from, r.to, r.ctx, r.by_owner_pages);
}

const Renderers<DeadlinesResult> renderers = {
    {Format::table,
     [](const DeadlinesResult& r) {
       return render::deadlines_text(r.items, r.from, r.to, r.ctx, r.style);
     }},
    {Format::md,
     [](const DeadlinesResult& r) { return render::deadlines_md(r.items, r.from, r.to, r.ctx); }},
    {Format::csv,
     [](const DeadlinesResult& r) { return render::items_csv(r.items, r.ctx, r.excel); }},
    {Format::json, nullptr,
     [](std::ostream& out, const DeadlinesResult& r) {
       // Streamed an item at a time (issue 15).
       render::write_deadlines_json(out, r.items, r.from, r.to, r.ctx.as_of, r.plans_left_out);
     }},
    {Format::ics,
     [](const DeadlinesResult& r) {
       return render::deadlines_ics(r.items, r.ctx, r.calendar_name);
     }},
    {Format::html,
     [](const DeadlinesResult& r) { return render::document_html(deadlines_document(r)); }},
    {Format::docx,
     [](const DeadlinesResult& r) {
       return render::document_docx(deadlines_document(r), r.ctx.as_of);
     }},
    {Format::xlsx,
     [](const DeadlinesResult& r) {
       return render::document_xlsx(
           render::deadlines_workbook(r.overdue, r.items, r.from, r.to, r.ctx, r.by_owner_pages),
           r.ctx.as_of);
     }},
};

Exit run_deadlines(const DeadlinesOptions& o) {
  const Format format = choose_format(o.common);
  Session s(o.common);
  model::Date from = o.from.value_or(s.as_of());
  model::Date to =
      o.to ? *o.to : model::add_days(from, o.within.empty() ? 30 : parse_within(o.within));
  if (to < from) throw UsageError("--to is before --from");
  engine::Evaluation ev = s.evaluate(to);
  auto items = engine::deadlines_between(ev, from, to);
  engine::OverdueList overdue = engine::overdue_list(ev, s.owners());
  s.emit_as(o.common, renderers, format,
            DeadlinesResult{items, overdue, o.by_owner_pages, from, to, s.list_context(),
                            s.text_style(o.common), wants_bom(o.common, o.bom), s.ics_name(),
                            s.plans_left_out_json()});
  return Exit::ok;
}

}  // namespace

void register_deadlines(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<DeadlinesOptions>();
  CLI::App* cmd = app.add_subcommand(
      "deadlines", "What falls due in a window (default: 30 days from the as-of day)");
  add_common_options(*cmd, opts->common, {.active_plans = true});
  add_format_option(*cmd, opts->common, formats_of(renderers));
  add_day_option(*cmd, "--from", opts->from, "First day of the window (default: the as-of day)");
  add_day_option(*cmd, "--to", opts->to, "Last day of the window");
  cmd->add_option("--within", opts->within, "Length of the window: 30d, 2w, 3m (default 30d)");
  add_bom_flags(*cmd, opts->bom);
  cmd->add_flag(
      "--by-owner-pages", opts->by_owner_pages,
      "html, docx, xlsx: each lead agency on a page (a sheet) of its own, its overdue tasks first");
  cmd->add_option("paths", opts->common.paths, "Plan files or folders (default: every plan)");
  cmd->callback([opts, &exit_code] { exit_code = run_deadlines(*opts); });
}

}  // namespace cchc::cli
