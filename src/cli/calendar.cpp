// cchc calendar [YEAR]: the holidays, days off in lieu and make-up working
// days that working-day counts use that year, and where each comes from.
#include "cchc/engine/calendar.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "cchc/check/checks.hpp"
#include "cchc/diag/format.hpp"
#include "cchc/render/csv.hpp"
#include "cchc/render/dates.hpp"
#include "cchc/render/labels.hpp"
#include "cchc/render/lists.hpp"
#include "cchc/render/table.hpp"
#include "cchc/text/format.hpp"
#include "commands.hpp"

namespace cchc::cli {

namespace {

using text::Lang;

struct CalendarOptions {
  CommonOptions common;
  int year = 0;  // 0: the as-of day's year
  bool excel = false;
};

std::string_view kind_label(engine::DayKind k, Lang lang) {
  const bool vi = lang == Lang::vi;
  switch (k) {
    case engine::DayKind::holiday:
      return vi ? "Ngày lễ" : "holiday";
    case engine::DayKind::day_off_in_lieu:
      return vi ? "Nghỉ bù" : "day off in lieu";
    case engine::DayKind::workday:
      return vi ? "Ngày làm bù" : "make-up working day";
  }
  return "";
}

std::string_view weekday_label(const model::Date& d, Lang lang) {
  static constexpr std::string_view vi[] = {"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư",
                                            "Thứ Năm",  "Thứ Sáu", "Thứ Bảy"};
  static constexpr std::string_view en[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                            "Thursday", "Friday", "Saturday"};
  const unsigned i = date::weekday{date::sys_days{d}}.c_encoding();  // 0 = Sunday
  return lang == Lang::vi ? vi[i] : en[i];
}

std::string source_label(const engine::SpecialDay& s, Lang lang) {
  // The built-in days are the Labour Code's; say so to a Vietnamese reader.
  if (s.source == "built-in") return lang == Lang::vi ? "Bộ luật Lao động" : "built-in";
  return s.source;
}

std::string heading(int year, Lang lang) {
  return lang == Lang::vi
             ? fmt::format("Ngày nghỉ lễ, nghỉ bù và làm bù năm {}", year)
             : fmt::format("Holidays, days off in lieu and make-up working days in {}", year);
}

render::Table as_table(const std::vector<engine::SpecialDay>& days, Lang lang) {
  using render::Word;
  render::Table t;
  t.columns = {{std::string(render::word(Word::date, lang))},
               {std::string(render::word(Word::weekday, lang))},
               {std::string(render::word(Word::kind, lang))},
               {std::string(render::word(Word::name, lang)), render::Align::left, true},
               {std::string(render::word(Word::source, lang))}};
  for (const auto& s : days)
    t.rows.push_back({render::date_short(s.date, lang), std::string(weekday_label(s.date, lang)),
                      std::string(kind_label(s.kind, lang)), s.name, source_label(s, lang)});
  return t;
}

nlohmann::json as_json(const std::vector<engine::SpecialDay>& days, int year,
                       const model::Date& as_of) {
  nlohmann::json j = render::json_document(as_of);
  j["year"] = year;
  j["days"] = nlohmann::json::array();
  for (const auto& s : days)
    j["days"].push_back({{"date", model::iso(s.date)},
                         {"kind", engine::day_kind_name(s.kind)},
                         {"name", s.name},
                         {"source", s.source}});
  return j;
}

// CSV for machines and spreadsheets: the JSON's fields, ISO dates.
std::string as_csv(const std::vector<engine::SpecialDay>& days, bool excel_bom) {
  render::CsvWriter w(excel_bom);
  w.row({"date", "kind", "name", "source"});
  for (const auto& s : days)
    w.row({model::iso(s.date), std::string(engine::day_kind_name(s.kind)), s.name, s.source});
  return w.str();
}

bool same_file(const std::string& a, const std::filesystem::path& b) {
  std::error_code ec1, ec2;
  auto ca = std::filesystem::weakly_canonical(a, ec1);
  auto cb = std::filesystem::weakly_canonical(b, ec2);
  return !ec1 && !ec2 && ca == cb;
}

// The errors that make the calendar untrustworthy: those in calendar.yaml, and
// those of cchc.yaml when it names a calendar that could not be loaded.
diag::Diagnostics calendar_errors(const load::LoadedRepository& loaded) {
  const model::Config& cfg = loaded.repo.config;
  diag::Diagnostics found;
  if (cfg.calendar.empty()) return found;
  const auto calendar_path = std::filesystem::path(cfg.root) / cfg.calendar;
  const bool named_but_missing = cfg.calendar_named && !loaded.repo.calendar;
  for (const auto& d : loaded.diags.items())
    if (same_file(d.location.file, calendar_path) ||
        (named_but_missing && d.location.file == cfg.file))
      found.add(d);
  check::apply_rule_settings(cfg, found);
  diag::Diagnostics errors;
  for (const auto& d : found.items())
    if (d.severity == diag::Severity::error) errors.add(d);
  errors.sort();
  return errors;
}

Exit run_calendar(const CalendarOptions& o) {
  const model::Date as_of = resolve_as_of(o.common);
  const int year = o.year != 0 ? o.year : model::year_of(as_of);
  const auto loaded = load_repository(o.common);
  if (auto errors = calendar_errors(loaded); !errors.empty()) {
    diag::write_human(std::cerr, errors, loaded.sources,
                      {use_color(o.common, STDERR_FILENO), !o.common.quiet});
    std::cerr << fmt::format("cchc: the calendar has {} error{}; fix {} first\n",
                             errors.items().size(), errors.items().size() == 1 ? "" : "s",
                             errors.items().front().location.file);
    return Exit::findings;
  }
  const std::string lang_name = o.common.lang.empty() ? loaded.repo.config.lang : o.common.lang;
  const Lang lang = lang_name == "en" ? Lang::en : Lang::vi;

  const auto days = engine::WorkCalendar(loaded.repo.calendar).special_days(year);
  const std::string& f = o.common.format;
  if (f == "json") {
    emit(o.common, as_json(days, year, as_of).dump(2) + "\n");
  } else if (f == "csv") {
    emit(o.common, as_csv(days, o.excel));
  } else if (f == "md") {
    emit(o.common,
         "# " + heading(year, lang) + "\n\n" + render::render_md_table(as_table(days, lang)));
  } else {
    // Short cells only: no need to fit the terminal's width.
    render::TextStyle style{0, render::Overflow::wrap, use_color(o.common, STDOUT_FILENO)};
    emit(o.common,
         heading(year, lang) + "\n\n" + render::render_text_table(as_table(days, lang), style));
  }
  return Exit::ok;
}

}  // namespace

void register_calendar(CLI::App& app, Exit& exit_code) {
  auto opts = std::make_shared<CalendarOptions>();
  CLI::App* cmd = app.add_subcommand("calendar",
                                     "The holidays, days off in lieu and make-up working days of a "
                                     "year, and where each comes from");
  add_common_options(*cmd, opts->common, {.as_of = true, .filters = false, .output = true});
  cmd->add_option("--format", opts->common.format, "table (default), md, csv or json")
      ->check(CLI::IsMember({"table", "md", "csv", "json"}));
  cmd->add_flag("--excel", opts->excel, "CSV with the byte-order mark Excel needs for UTF-8");
  cmd->add_option("year", opts->year, "The year (default: the year of the as-of day)")
      ->check(CLI::Range(1900, 2199));
  cmd->callback([opts, &exit_code] { exit_code = run_calendar(*opts); });
}

}  // namespace cchc::cli
