// Periods: a span of whole days named the way plans, reports and the command
// line name them. The one parser for "2021", "2021..2025", "2021-Q1",
// "2021-H1" and the documents' words ("Quý I/2021", "quý 3 năm 2021",
// "6 tháng đầu năm 2021", "Năm 2021"); the words are read by the deadline
// grammar (parse_deadline), so a period is written as a deadline names it.
#pragma once

#include <string_view>

#include "cchc/model/date.hpp"
#include "cchc/model/parsed.hpp"

namespace cchc::model {

struct Period {
  Date from{};
  Date to{};
  bool operator==(const Period&) const = default;
};

// Whether the period is whole calendar years (1 January to 31 December).
bool whole_years(const Period& p);

// Years are four digits (1000 to 9999; callers narrow the range). Accepted:
//  - a year or a range of years: "2021", "2021..2025", "2021-2025",
//    "2021 - 2025", "2021–2025" (the first year not after the second);
//  - a year's part, any case: "2021-Q1" to "2021-Q4", "2021-H1", "2021-H2";
//  - a month, quarter, half or year as a deadline writes it, with its year
//    and with or without diacritics: "Quý I/2021", "quy 3 nam 2021",
//    "6 tháng đầu năm 2021", "6 tháng cuối năm 2021", "Năm 2021", "Tháng 6/2021".
// Anything else, including a single day and a form whose year comes from the
// context ("Quý I"), is Rule::bad_date with a message quoting the text.
Parsed<Period> parse_period(std::string_view text);

// A plan's period (plan-format.md 3, and `cchc import --period`): a
// parse_period result that is whole years from 1900 to 2200.
Parsed<Period> parse_plan_period(std::string_view text);

}  // namespace cchc::model
