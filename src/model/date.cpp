// Calendar-day helpers over Howard Hinnant's date library.
#include "cchc/model/date.hpp"

#include <fmt/format.h>

#include <charconv>

namespace cchc::model {

std::optional<Date> make_date(int y, unsigned m, unsigned d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  Date r{date::year{y}, date::month{m}, date::day{d}};
  if (!r.ok()) return std::nullopt;
  return r;
}

std::optional<Date> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](std::size_t pos, std::size_t len) -> int {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data() + pos, s.data() + pos + len, v);
    if (ec != std::errc{} || p != s.data() + pos + len) return -1;
    return v;
  };
  int y = num(0, 4), m = num(5, 2), d = num(8, 2);
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  return make_date(y, unsigned(m), unsigned(d));
}

namespace {

// Whether the text has one of the day shapes, and the day when it exists.
struct DayShape {
  bool shaped = false;
  std::optional<Date> day;
};

DayShape read_day(std::string_view s) {
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') return {true, parse_iso_date(s)};
  int parts[3] = {0, 0, 0};
  int idx = 0;
  int digits = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (++digits > 4) return {};
      parts[idx] = parts[idx] * 10 + (c - '0');
    } else if ((c == '/' || c == '-' || c == '.') && idx < 2 && digits > 0 && digits <= 2) {
      ++idx;
      digits = 0;
    } else {
      return {};
    }
  }
  if (idx != 2 || digits != 4) return {};
  return {true,
          make_date(parts[2], static_cast<unsigned>(parts[1]), static_cast<unsigned>(parts[0]))};
}

}  // namespace

Parsed<Date> parse_day(std::string_view s, std::string_view what) {
  DayShape day = read_day(s);
  if (day.day) return Parsed<Date>::success(*day.day);
  if (day.shaped)
    return Parsed<Date>::failure(
        diag::Rule::bad_date, {diag::Msg::day_not_in_calendar, {what, s}},
        diag::Message(s.size() == 10 && s[4] == '-' ? diag::Msg::day_check_iso
                                                    : diag::Msg::day_check_dmy));
  return Parsed<Date>::failure(diag::Rule::bad_date, {diag::Msg::day_expected, {what, s}},
                               diag::Message(diag::Msg::day_forms_hint));
}

std::string iso(const Date& d) {
  return fmt::format("{:04}-{:02}-{:02}", int(d.year()), unsigned(d.month()), unsigned(d.day()));
}

Date last_day_of_month(int y, unsigned m) {
  return Date{date::year_month_day_last{date::year{y}, date::month_day_last{date::month{m}}}};
}

Date first_day_of_month(int y, unsigned m) {
  return Date{date::year{y}, date::month{m}, date::day{1}};
}

Date add_days(const Date& d, int n) {
  return Date{date::sys_days{d} + date::days{n}};
}

int days_between(const Date& a, const Date& b) {
  return int((date::sys_days{b} - date::sys_days{a}).count());
}

}  // namespace cchc::model
