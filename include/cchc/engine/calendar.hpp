// The working-day calendar: weekends, Vietnamese public holidays (fixed and
// lunar), days off in lieu, and the additions of calendar.yaml.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cchc/model/date.hpp"
#include "cchc/model/plan.hpp"

namespace cchc::engine {

using model::Date;

// A day of the Vietnamese lunisolar calendar, computed for UTC+7.
struct LunarDate {
  int day = 1;
  int month = 1;      // 1..12
  int year = 0;       // the lunar year, numbered like the solar year it mostly overlaps
  bool leap = false;  // a leap (nhuận) month
  bool operator==(const LunarDate&) const = default;
};

// Vietnamese lunar calendar for UTC+7 (never the Chinese UTC+8 calendar,
// which differs in some years, e.g. Tết 1985 and 2007).
LunarDate to_lunar(const Date& d);
// nullopt when that lunar day does not exist (no such leap month, day 30 of a 29-day month).
std::optional<Date> from_lunar(const LunarDate& l);

enum class DayKind { holiday, day_off_in_lieu, workday };
std::string_view day_kind_name(DayKind k);  // holiday, day-off-in-lieu, workday

// Where a special day comes from: the built-in rule (an estimate until the
// government announces the year) or calendar.yaml (announced).
enum class DaySource { estimated, announced };
std::string_view day_source_name(DaySource s);  // estimated, announced

// One special day of a year and where it comes from.
struct SpecialDay {
  Date date{};
  DayKind kind = DayKind::holiday;
  std::string name;  // Vietnamese, e.g. "Tết Nguyên đán (mùng 1)", "Nghỉ bù Giỗ Tổ Hùng Vương"
  DaySource source = DaySource::estimated;
};

class WorkCalendar {
 public:
  // `file` may be absent (no calendar.yaml).
  explicit WorkCalendar(const std::optional<model::CalendarFile>& file);

  bool is_working_day(const Date& d) const;
  // Number of working days d with after < d <= upto (0 when upto <= after).
  int working_days_between(const Date& after, const Date& upto) const;
  // The special days of a year, sorted by date, each date once: the built-in
  // holidays and days off in lieu (unless the year is in replace_builtin),
  // merged with the file's holidays and make-up working days. A day both built
  // in and in the file keeps the rule's name and kind and becomes announced; a
  // make-up working day replaces whatever the rule says of its date. The
  // weekend days inside an announced break of several days are not holidays
  // (they are off anyway) and are not listed, unless the rule makes them one.
  std::vector<SpecialDay> special_days(int year) const;

 private:
  void ensure_year(int year) const;
  std::optional<model::CalendarFile> file_;
  // Filled a year at a time on first use (not thread-safe: one calendar per thread).
  mutable std::set<int> years_done_;
  mutable std::set<Date> off_;      // non-working weekdays
  mutable std::set<Date> working_;  // weekend days worked (làm bù)
};

// The built-in public holidays of a year (Bộ luật Lao động 2019, art. 112):
// 1/1; Tết: the two days before mùng 1 and mùng 1-3 (before 2013 the last day of
// the lunar year and mùng 1-3);
// Giỗ Tổ Hùng Vương 10/3 lunar (from 2007); 30/4; 1/5; Quốc khánh 2/9 and, from
// 2021, the day before or after it (the government's choice for 2021-2025, else
// the one that joins a weekend; see the .cpp); plus one day off in lieu for each
// holiday falling on a Saturday or Sunday, on the first weekday after its run of
// days off. Sorted by date.
std::vector<SpecialDay> builtin_holidays(int year);

}  // namespace cchc::engine
