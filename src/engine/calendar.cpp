// Working days: weekends, the public holidays the Labour Code gives every
// year, the days off in lieu, and what calendar.yaml adds or replaces.
//
// The law behind the built-in holidays (as this file applies it):
// - Bộ luật Lao động 1994 and its 2007 amendment: 1/1; Tết: four days (here
//   the last day of the lunar year and mùng 1 to 3); 30/4; 1/5; 2/9; and from
//   2007 Giỗ Tổ Hùng Vương on the 10th day of the 3rd lunar month.
// - Bộ luật Lao động 2012 (in force 2013): Tết becomes five days, which the
//   government places as the two days before mùng 1 and mùng 1 to 3.
// - Bộ luật Lao động 2019 (in force 2021), article 112: National Day becomes
//   two days, 2/9 and one day next to it (1/9 or 3/9), chosen every year by
//   the Prime Minister.
// - A holiday falling on a weekly rest day (Saturday or Sunday for civil
//   servants) is made up by a day off in lieu on the next working day.
// The government also moves days around each year (a longer Tết with a
// Saturday worked back, a different day next to 2/9); calendar.yaml records
// those decisions, and `replace_builtin` hands a whole year over to it.
#include "cchc/engine/calendar.hpp"

#include <algorithm>
#include <map>

namespace cchc::engine {

namespace {

using model::add_days;

bool is_weekend(const Date& d) {
  const date::weekday w{date::sys_days{d}};
  return w == date::Saturday || w == date::Sunday;
}

// The first year of each rule (the date each law took effect, by year).
constexpr int kGioToFrom = 2007;              // amendment of 2007
constexpr int kFiveDayTetFrom = 2013;         // Bộ luật Lao động 2012
constexpr int kTwoDayNationalDayFrom = 2021;  // Bộ luật Lao động 2019

struct Holiday {
  Date date{};
  std::string name;
};

// Tết: from 2013 the two days before mùng 1 and mùng 1 to 3, the placement
// the government's yearly decisions for civil servants have reproduced in
// every year from 2018 to 2026 (with the days in lieu and the weekends the
// break touches); before 2013 the last day of the lunar year and mùng 1 to 3.
void add_tet(int year, std::vector<Holiday>& out) {
  const auto tet = from_lunar(LunarDate{1, 1, year, false});
  if (!tet) return;
  const int days_before = year >= kFiveDayTetFrom ? 2 : 1;
  for (int i = days_before; i >= 1; --i) {
    // The last days of the lunar year: the 28th and 29th of tháng Chạp, or the 29th and 30th.
    const Date d = add_days(*tet, -i);
    out.push_back({d, "Tết Nguyên đán (" + std::to_string(to_lunar(d).day) + " tháng Chạp)"});
  }
  for (int i = 0; i < 3; ++i)
    out.push_back({add_days(*tet, i), "Tết Nguyên đán (mùng " + std::to_string(i + 1) + ")"});
}

// The day next to 2/9 that is also off (1 or 3 September).
unsigned national_day_neighbour(int year) {
  // The Prime Minister's choices so far.
  switch (year) {
    case 2021:
      return 3;
    case 2022:
      return 1;
    case 2023:
      return 1;
    case 2024:
      return 3;
    case 2025:
      return 1;
    default:
      break;
  }
  // Other years: the neighbour that joins 2/9 to a weekend, as the government
  // has done so far; when neither does (2/9 a Wednesday), the day before. A
  // year decided otherwise is corrected in calendar.yaml.
  const date::weekday w{date::sys_days{Date{date::year{year}, date::September, date::day{2}}}};
  if (w == date::Monday) return 3;    // 1/9 is a Sunday already
  if (w == date::Thursday) return 3;  // Thursday to Sunday
  if (w == date::Sunday) return 3;    // 1/9 is a Saturday already
  return 1;                           // Tuesday, Wednesday, Friday, Saturday
}

// The holidays themselves, without the days off in lieu.
std::vector<Holiday> statutory_days(int year) {
  auto day = [year](unsigned m, unsigned d) {
    return Date{date::year{year}, date::month{m}, date::day{d}};
  };
  std::vector<Holiday> out;
  out.push_back({day(1, 1), "Tết Dương lịch"});
  add_tet(year, out);
  if (year >= kGioToFrom)
    if (auto gio_to = from_lunar(LunarDate{10, 3, year, false}))
      out.push_back({*gio_to, "Giỗ Tổ Hùng Vương"});
  out.push_back({day(4, 30), "Ngày Chiến thắng"});
  out.push_back({day(5, 1), "Ngày Quốc tế Lao động"});
  out.push_back({day(9, 2), "Quốc khánh"});
  if (year >= kTwoDayNationalDayFrom)
    out.push_back({day(9, national_day_neighbour(year)), "Quốc khánh"});
  std::sort(out.begin(), out.end(),
            [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  return out;
}

bool in_set(const std::set<Date>& s, const Date& d) {
  return s.find(d) != s.end();
}

// Weekdays (Monday to Friday) d with after < d <= upto.
int weekdays_between(const Date& after, const Date& upto) {
  const int n = model::days_between(after, upto);
  int count = n / 7 * 5;
  for (Date d = add_days(after, n / 7 * 7 + 1); d <= upto; d = add_days(d, 1))
    if (!is_weekend(d)) ++count;
  return count;
}

// Calls f(day) for every day of [from, to] that lies in `year`.
template <class F>
void for_days_in_year(const Date& from, const Date& to, int year, F&& f) {
  const Date first = std::max(from, Date{date::year{year}, date::January, date::day{1}});
  const Date last = std::min(to, Date{date::year{year}, date::December, date::day{31}});
  for (Date d = first; d <= last; d = add_days(d, 1)) f(d);
}

bool replaces_builtin(const std::optional<model::CalendarFile>& file, int year) {
  return file && std::find(file->replace_builtin.begin(), file->replace_builtin.end(), year) !=
                     file->replace_builtin.end();
}

}  // namespace

std::string_view day_kind_name(DayKind k) {
  switch (k) {
    case DayKind::holiday:
      return "holiday";
    case DayKind::day_off_in_lieu:
      return "day-off-in-lieu";
    case DayKind::workday:
      return "workday";
  }
  return "holiday";
}

std::string_view day_source_name(DaySource s) {
  return s == DaySource::announced ? "announced" : "estimated";
}

std::vector<SpecialDay> builtin_holidays(int year) {
  const std::vector<Holiday> holidays = statutory_days(year);
  std::vector<SpecialDay> out;
  std::set<Date> off;
  for (const auto& h : holidays) {
    out.push_back({h.date, DayKind::holiday, h.name, DaySource::estimated});
    off.insert(h.date);
  }
  // In date order, each weekend holiday takes the first weekday after it that
  // is not already off: so the days in lieu of a holiday run (Tết across a
  // weekend, 30/4 and 1/5 on Saturday and Sunday) follow the whole run.
  for (const auto& h : holidays) {
    if (!is_weekend(h.date)) continue;
    Date d = h.date;
    while (is_weekend(d) || in_set(off, d)) d = add_days(d, 1);
    off.insert(d);
    out.push_back({d, DayKind::day_off_in_lieu, "Nghỉ bù " + h.name, DaySource::estimated});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const SpecialDay& a, const SpecialDay& b) { return a.date < b.date; });
  return out;
}

WorkCalendar::WorkCalendar(const std::optional<model::CalendarFile>& file) : file_(file) {}

void WorkCalendar::ensure_year(int year) const {
  if (!years_done_.insert(year).second) return;
  // off_ keeps the weekdays that are not worked, working_ the weekend days that are.
  if (!replaces_builtin(file_, year))
    for (const auto& s : builtin_holidays(year))
      if (!is_weekend(s.date)) off_.insert(s.date);
  if (!file_) return;
  for (const auto& h : file_->holidays)
    for_days_in_year(h.from, h.to, year, [this](const Date& d) {
      if (!is_weekend(d)) off_.insert(d);
    });
  // A make-up working day is an explicit order to work: it wins over any
  // holiday on the same day.
  for (const auto& w : file_->workdays)
    for_days_in_year(w.from, w.to, year, [this](const Date& d) {
      if (is_weekend(d))
        working_.insert(d);
      else
        off_.erase(d);
    });
}

bool WorkCalendar::is_working_day(const Date& d) const {
  ensure_year(int(d.year()));
  return is_weekend(d) ? in_set(working_, d) : !in_set(off_, d);
}

int WorkCalendar::working_days_between(const Date& after, const Date& upto) const {
  if (upto <= after) return 0;
  const Date first = add_days(after, 1);
  for (int y = int(first.year()); y <= int(upto.year()); ++y) ensure_year(y);
  // Count the weekdays arithmetically, then correct by the special days in
  // the span (a handful a year), so long spans cost no day-by-day walk.
  int count = weekdays_between(after, upto);
  count -= int(std::distance(off_.lower_bound(first), off_.upper_bound(upto)));
  count += int(std::distance(working_.lower_bound(first), working_.upper_bound(upto)));
  return count;
}

std::vector<SpecialDay> WorkCalendar::special_days(int year) const {
  std::map<Date, SpecialDay> by_date;
  if (!replaces_builtin(file_, year))
    for (auto& s : builtin_holidays(year)) by_date.emplace(s.date, std::move(s));
  if (file_) {
    for (const auto& h : file_->holidays)
      for_days_in_year(h.from, h.to, year, [&](const Date& d) {
        if (auto it = by_date.find(d); it != by_date.end()) {
          // The announcement confirms the rule's day: keep its name and kind.
          it->second.source = DaySource::announced;
          return;
        }
        // A Saturday or Sunday inside a break of several days joins the
        // break but is no holiday; one named on its own is listed as written.
        if (is_weekend(d) && h.from != h.to) return;
        by_date.emplace(d, SpecialDay{d, DayKind::holiday, h.name, DaySource::announced});
      });
    // A make-up working day is an order to work: it wins over any day off.
    for (const auto& w : file_->workdays)
      for_days_in_year(w.from, w.to, year, [&](const Date& d) {
        by_date.insert_or_assign(d, SpecialDay{d, DayKind::workday, w.name, DaySource::announced});
      });
  }
  std::vector<SpecialDay> out;
  out.reserve(by_date.size());
  for (auto& [d, s] : by_date) out.push_back(std::move(s));
  return out;
}

}  // namespace cchc::engine
