// Calendar days. A plan deals in whole days only: no times, no time zones.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

#include "cchc/model/parsed.hpp"

namespace cchc::model {

using Date = date::year_month_day;

// 2020-06-01. Rejects impossible days (30/02) rather than rolling over.
std::optional<Date> parse_iso_date(std::string_view s);
// A day as people write it in plan files and on the command line:
// YYYY-MM-DD, or D/M/YYYY (also with '-' or '.'), one- or two-digit day and
// month. Otherwise Rule::bad_date, with a message that starts with `what`
// ("done_on", "period.from") and tells "not a day" from "30/02/2021, a day
// that does not exist".
Parsed<Date> parse_day(std::string_view s, std::string_view what);

// Build a checked day; nullopt when it does not exist.
std::optional<Date> make_date(int y, unsigned m, unsigned d);
std::string iso(const Date& d);  // YYYY-MM-DD

Date last_day_of_month(int y, unsigned m);
Date first_day_of_month(int y, unsigned m);
inline int year_of(const Date& d) {
  return int(d.year());
}
inline unsigned month_of(const Date& d) {
  return unsigned(d.month());
}
inline unsigned day_of(const Date& d) {
  return unsigned(d.day());
}

Date add_days(const Date& d, int n);
// b - a in days.
int days_between(const Date& a, const Date& b);

}  // namespace cchc::model
