// The special days of a year laid out (moved here from cli/calendar.cpp).
#include "cchc/render/calendar.hpp"

#include <fmt/format.h>

#include "cchc/render/csv.hpp"
#include "cchc/render/dates.hpp"
#include "cchc/render/labels.hpp"

namespace cchc::render {

namespace {

using text::Lang;

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

// Days of the built-in rule are an estimate until the government announces
// the year; days of calendar.yaml are what it announced.
std::string source_label(const engine::SpecialDay& s, Lang lang) {
  const bool vi = lang == Lang::vi;
  if (s.source == engine::DaySource::announced) return vi ? "đã công bố" : "announced";
  return vi ? "dự kiến (theo Bộ luật Lao động 2019, Điều 112)" : "estimated";
}

std::string heading(int year, Lang lang) {
  return lang == Lang::vi
             ? fmt::format("Ngày nghỉ lễ, nghỉ bù và làm bù năm {}", year)
             : fmt::format("Holidays, days off in lieu and make-up working days in {}", year);
}

Table as_table(const std::vector<engine::SpecialDay>& days, Lang lang) {
  Table t;
  t.columns = {{std::string(word(Word::date, lang))},
               {std::string(word(Word::weekday, lang))},
               {std::string(word(Word::kind, lang))},
               {std::string(word(Word::name, lang)), Align::left, true},
               {std::string(word(Word::source, lang)), Align::left, true}};
  for (const auto& s : days)
    t.rows.push_back({render::date_short(s.date, lang), std::string(weekday_label(s.date, lang)),
                      std::string(kind_label(s.kind, lang)), s.name, source_label(s, lang)});
  return t;
}

}  // namespace

std::string calendar_text(const CalendarYear& c, Lang lang, const TextStyle& style) {
  return wrap_text(heading(c.year, lang), style.width) + "\n\n" +
         render_text_table(as_table(c.days, lang), style);
}

std::string calendar_md(const CalendarYear& c, Lang lang) {
  return "# " + heading(c.year, lang) + "\n\n" + render_md_table(as_table(c.days, lang));
}

std::string calendar_csv(const CalendarYear& c, bool excel_bom) {
  CsvWriter w(excel_bom);
  w.row({"date", "kind", "name", "source"});
  for (const auto& s : c.days)
    w.row({model::iso(s.date), std::string(engine::day_kind_name(s.kind)), s.name,
           std::string(engine::day_source_name(s.source))});
  return w.str();
}

nlohmann::json calendar_json(const CalendarYear& c) {
  nlohmann::json j;
  j["year"] = c.year;
  j["days"] = nlohmann::json::array();
  for (const auto& s : c.days)
    j["days"].push_back({{"date", model::iso(s.date)},
                         {"kind", engine::day_kind_name(s.kind)},
                         {"name", s.name},
                         {"source", engine::day_source_name(s.source)}});
  return j;
}

}  // namespace cchc::render
