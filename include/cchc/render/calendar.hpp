// The special days of a year (cchc calendar): holidays, days off in lieu and
// make-up working days, each with where it comes from.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cchc/engine/calendar.hpp"
#include "cchc/render/table.hpp"
#include "cchc/text/format.hpp"

namespace cchc::render {

// The days of one year, as engine::WorkCalendar::special_days gives them.
struct CalendarYear {
  int year = 0;
  std::vector<engine::SpecialDay> days;
};

// A heading and a table: date, weekday, kind, name, source. The cells are
// short, so the table is not fitted to style.width.
std::string calendar_text(const CalendarYear& c, text::Lang lang, const TextStyle& style);
std::string calendar_md(const CalendarYear& c, text::Lang lang);
// For machines and spreadsheets: date (ISO), kind, name, source.
std::string calendar_csv(const CalendarYear& c, bool excel_bom);
// {year, days [{date, kind, name, source}]}; the caller adds json_document().
nlohmann::json calendar_json(const CalendarYear& c);

}  // namespace cchc::render
