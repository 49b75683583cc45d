// cchc calendar [YEAR]: the holidays, days off in lieu and make-up working
// days that working-day counts use that year, and where each comes from.
#include "cchc/render/calendar.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <iostream>
#include <memory>

#include "cchc/check/calendar.hpp"
#include "cchc/diag/format.hpp"
#include "cchc/engine/calendar.hpp"
#include "commands.hpp"
#include "session.hpp"

namespace cchc::cli {

namespace {

struct CalendarOptions {
  CommonOptions common;
  int year = 0;  // 0: the as-of day's year
  CsvBom bom;
};

struct CalendarResult {
  const render::CalendarYear& calendar;
  text::Lang lang;
  render::TextStyle style;
  model::Date as_of;
  bool excel;
};

const Renderers<CalendarResult> renderers = {
    {Format::table,
     [](const CalendarResult& r) { return render::calendar_text(r.calendar, r.lang, r.style); }},
    {Format::md, [](const CalendarResult& r) { return render::calendar_md(r.calendar, r.lang); }},
    {Format::csv,
     [](const CalendarResult& r) { return render::calendar_csv(r.calendar, r.excel); }},
    {Format::json,
     [](const CalendarResult& r) {
       return json_output(r.as_of, render::calendar_json(r.calendar));
     }},
};

Exit run_calendar(const CalendarOptions& o) {
  const Format format = choose_format(o.common);
  const model::Date as_of = resolve_as_of(o.common);
  const int year = o.year != 0 ? o.year : model::year_of(as_of);
  const auto& loaded = load_repository(o.common);
  const text::Lang lang = choose_lang(o.common, loaded.repo.config);
  if (auto errors = check::calendar_errors(loaded.repo, loaded.calendar_file, loaded.diags);
      !errors.empty()) {
    diag::write_human(std::cerr, errors,
                      load::read_excerpts(loaded, errors, load::RealFileSystem{}),
                      {use_color(o.common, STDERR_FILENO), !o.common.quiet, lang});
    std::cerr << "cchc: "
              << diag::Message(diag::Msg::calendar_errors,
                               {errors.items().size(), errors.items().front().location.file.str()})
                     .render(lang)
              << '\n';
    return Exit::findings;
  }
  const render::CalendarYear days{year,
                                  engine::WorkCalendar(loaded.repo.calendar).special_days(year)};
  const render::TextStyle style = terminal_text_style(o.common);
  emit(o.common,
       render_as(renderers, format, {days, lang, style, as_of, wants_bom(o.common, o.bom)}));
  return Exit::ok;
}

}  // namespace

void register_calendar(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<CalendarOptions>();
  CLI::App* cmd = app.add_subcommand("calendar",
                                     "The holidays, days off in lieu and make-up working days of a "
                                     "year, and where each comes from");
  add_common_options(*cmd, opts->common, {.as_of = true, .filters = false, .output = true});
  add_format_option(*cmd, opts->common, formats_of(renderers));
  add_bom_flags(*cmd, opts->bom);
  cmd->add_option("year", opts->year, "The year (default: the year of the as-of day)")
      ->check(CLI::Range(1900, 2199));
  cmd->callback([opts, &exit_code] { exit_code = run_calendar(*opts); });
}

}  // namespace cchc::cli
