// The lunar calendar (UTC+7), the built-in holidays and the working-day count.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "cchc/engine/calendar.hpp"
#include "cchc/load/loader.hpp"

using namespace cchc;
using engine::DayKind;
using engine::LunarDate;
using engine::SpecialDay;
using model::Date;

namespace {

Date day(const char* iso) {
  auto d = model::parse_iso_date(iso);
  REQUIRE(d);
  return *d;
}

std::string lunar_text(const LunarDate& l) {
  return std::to_string(l.day) + "/" + std::to_string(l.month) + "/" + std::to_string(l.year) +
         (l.leap ? " nhuận" : "");
}

// "2026-04-27 day-off-in-lieu Nghỉ bù Giỗ Tổ Hùng Vương (estimated)": whole
// lines, so a failure shows the list as a person reads it.
std::vector<std::string> lines(const std::vector<SpecialDay>& days) {
  std::vector<std::string> out;
  for (const auto& s : days)
    out.push_back(model::iso(s.date) + " " + std::string(engine::day_kind_name(s.kind)) + " " +
                  s.name + " (" + std::string(engine::day_source_name(s.source)) + ")");
  return out;
}

model::CalendarDay range(const char* from, const char* to, const char* name) {
  return {day(from), day(to), name, {}};
}

// The bundled plans/calendar.yaml itself, as cchc loads it: the announced Tết
// breaks of 2018-2026, the 30/4 swaps of 2024 and 2025, and the swap of
// Friday 02/01/2015 for Saturday 27/12/2014.
model::CalendarFile bundled_file() {
  std::ifstream in(CCHC_SOURCE_DIR "/plans/calendar.yaml", std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  auto loaded = load::load_calendar("calendar.yaml", text.str());
  REQUIRE(loaded.diags.empty());
  REQUIRE(loaded.calendar);
  return *loaded.calendar;
}

// The run of days off around `d` (none when d is worked): the first and last day.
std::string break_around(const engine::WorkCalendar& cal, Date d) {
  if (cal.is_working_day(d)) return "worked";
  Date first = d, last = d;
  while (!cal.is_working_day(model::add_days(first, -1))) first = model::add_days(first, -1);
  while (!cal.is_working_day(model::add_days(last, 1))) last = model::add_days(last, 1);
  return model::iso(first) + ".." + model::iso(last);
}

}  // namespace

TEST_CASE("Tết (1/1 lunar) falls on the known days", "[lunar]") {
  const std::vector<std::pair<int, const char*>> tet = {
      {2018, "2018-02-16"}, {2020, "2020-01-25"}, {2021, "2021-02-12"}, {2022, "2022-02-01"},
      {2023, "2023-01-22"}, {2024, "2024-02-10"}, {2025, "2025-01-29"}, {2026, "2026-02-17"}};
  for (const auto& [year, iso] : tet) {
    INFO(year);
    auto d = engine::from_lunar(LunarDate{1, 1, year, false});
    REQUIRE(d);
    CHECK(model::iso(*d) == iso);
    CHECK(lunar_text(engine::to_lunar(day(iso))) == "1/1/" + std::to_string(year));
  }
}

TEST_CASE("the calendar is computed for UTC+7, not China's UTC+8", "[lunar]") {
  // 1984's winter solstice came at 23:23 on 21/12 in Vietnam but after
  // midnight in China, so month 11 differs and Vietnam's Tết Ất Sửu came a
  // month earlier: 21/01/1985, where China's was 20/02/1985.
  CHECK(model::iso(*engine::from_lunar(LunarDate{1, 1, 1985, false})) == "1985-01-21");
  CHECK(lunar_text(engine::to_lunar(day("1984-12-22"))) == "1/12/1984");
  CHECK(lunar_text(engine::to_lunar(day("1985-02-20"))) == "1/2/1985");
  // The new moon of 17/02/2007 came at 23:14 Vietnam time (00:14 on 18/02 in China).
  CHECK(model::iso(*engine::from_lunar(LunarDate{1, 1, 2007, false})) == "2007-02-17");
  CHECK(lunar_text(engine::to_lunar(day("2007-02-18"))) == "2/1/2007");
  CHECK(lunar_text(engine::to_lunar(day("2007-02-16"))) == "29/12/2006");
}

TEST_CASE("Giỗ Tổ Hùng Vương (10/3 lunar) falls on the known days", "[lunar]") {
  const std::vector<std::pair<int, const char*>> gio_to = {
      {2018, "2018-04-25"}, {2020, "2020-04-02"}, {2021, "2021-04-21"}, {2022, "2022-04-10"},
      {2023, "2023-04-29"}, {2024, "2024-04-18"}, {2025, "2025-04-07"}, {2026, "2026-04-26"}};
  for (const auto& [year, iso] : gio_to) {
    INFO(year);
    auto d = engine::from_lunar(LunarDate{10, 3, year, false});
    REQUIRE(d);
    CHECK(model::iso(*d) == iso);
    CHECK(lunar_text(engine::to_lunar(day(iso))) == "10/3/" + std::to_string(year));
  }
}

TEST_CASE("leap months come after the month they repeat", "[lunar]") {
  SECTION("2020: leap month 4") {
    CHECK(lunar_text(engine::to_lunar(day("2020-04-23"))) == "1/4/2020");
    CHECK(lunar_text(engine::to_lunar(day("2020-05-23"))) == "1/4/2020 nhuận");
    CHECK(lunar_text(engine::to_lunar(day("2020-06-21"))) == "1/5/2020");
    CHECK(model::iso(*engine::from_lunar(LunarDate{1, 4, 2020, true})) == "2020-05-23");
    CHECK_FALSE(engine::from_lunar(LunarDate{1, 5, 2020, true}));
  }
  SECTION("2023: leap month 2") {
    CHECK(lunar_text(engine::to_lunar(day("2023-03-22"))) == "1/2/2023 nhuận");
    CHECK(model::iso(*engine::from_lunar(LunarDate{1, 2, 2023, true})) == "2023-03-22");
    CHECK(model::iso(*engine::from_lunar(LunarDate{1, 2, 2023, false})) == "2023-02-20");
  }
  SECTION("2025: leap month 6") {
    CHECK(lunar_text(engine::to_lunar(day("2025-07-25"))) == "1/6/2025 nhuận");
    CHECK(model::iso(*engine::from_lunar(LunarDate{1, 6, 2025, true})) == "2025-07-25");
  }
  SECTION("a year without one") {
    CHECK_FALSE(engine::from_lunar(LunarDate{1, 4, 2026, true}));
  }
}

TEST_CASE("from_lunar refuses days that do not exist", "[lunar]") {
  // Tháng Chạp of Ất Tỵ has 29 days: Tết Bính Ngọ 2026 has no 30th.
  CHECK(lunar_text(engine::to_lunar(day("2026-02-16"))) == "29/12/2025");
  CHECK_FALSE(engine::from_lunar(LunarDate{30, 12, 2025, false}));
  // ... while Đinh Dậu's had 30: 15/02/2018 was 30 Tết.
  CHECK(model::iso(*engine::from_lunar(LunarDate{30, 12, 2017, false})) == "2018-02-15");
  CHECK_FALSE(engine::from_lunar(LunarDate{31, 1, 2026, false}));
  CHECK_FALSE(engine::from_lunar(LunarDate{1, 13, 2026, false}));
  CHECK_FALSE(engine::from_lunar(LunarDate{0, 1, 2026, false}));
}

TEST_CASE("every day of 1990..2050 goes to the lunar calendar and back", "[lunar]") {
  Date d = day("1990-01-01");
  LunarDate previous = engine::to_lunar(model::add_days(d, -1));
  int months_started = 0;
  for (; d <= day("2050-12-31"); d = model::add_days(d, 1)) {
    LunarDate l = engine::to_lunar(d);
    auto back = engine::from_lunar(l);
    if (!back || *back != d) FAIL(model::iso(d) << " -> " << lunar_text(l));
    // Days follow each other: the next day of the month, or day 1 after a
    // 29- or 30-day month.
    if (l.day == 1) {
      ++months_started;
      if (previous.day != 29 && previous.day != 30)
        FAIL(model::iso(d) << " follows " << lunar_text(previous));
    } else if (l.day != previous.day + 1 || l.month != previous.month || l.leap != previous.leap) {
      FAIL(model::iso(d) << " " << lunar_text(l) << " follows " << lunar_text(previous));
    }
    previous = l;
  }
  // 61 years of 365.2422 days hold 754 or 755 lunar months.
  CHECK(months_started >= 754);
  CHECK(months_started <= 755);
}

TEST_CASE("the built-in holidays of 2026", "[calendar]") {
  CHECK(lines(engine::builtin_holidays(2026)) ==
        std::vector<std::string>{
            "2026-01-01 holiday Tết Dương lịch (estimated)",
            "2026-02-15 holiday Tết Nguyên đán (28 tháng Chạp) (estimated)",
            "2026-02-16 holiday Tết Nguyên đán (29 tháng Chạp) (estimated)",
            "2026-02-17 holiday Tết Nguyên đán (mùng 1) (estimated)",
            "2026-02-18 holiday Tết Nguyên đán (mùng 2) (estimated)",
            "2026-02-19 holiday Tết Nguyên đán (mùng 3) (estimated)",
            "2026-02-20 day-off-in-lieu Nghỉ bù Tết Nguyên đán (28 tháng Chạp) (estimated)",
            "2026-04-26 holiday Giỗ Tổ Hùng Vương (estimated)",
            "2026-04-27 day-off-in-lieu Nghỉ bù Giỗ Tổ Hùng Vương (estimated)",
            "2026-04-30 holiday Ngày Chiến thắng (estimated)",
            "2026-05-01 holiday Ngày Quốc tế Lao động (estimated)",
            "2026-09-01 holiday Quốc khánh (estimated)",
            "2026-09-02 holiday Quốc khánh (estimated)",
        });
}

TEST_CASE("the Tết rule gives every break the government announced, 2018-2026", "[calendar]") {
  // Issue 11's table: mùng 1 and the official days off for civil servants.
  struct Row {
    int year;
    const char* mung1;
    const char* days_off;
  };
  const std::vector<Row> table = {
      {2018, "2018-02-16", "2018-02-14..2018-02-20"},
      {2019, "2019-02-05", "2019-02-02..2019-02-10"},
      {2020, "2020-01-25", "2020-01-23..2020-01-29"},
      {2021, "2021-02-12", "2021-02-10..2021-02-16"},
      {2022, "2022-02-01", "2022-01-29..2022-02-06"},
      {2023, "2023-01-22", "2023-01-20..2023-01-26"},
      {2024, "2024-02-10", "2024-02-08..2024-02-14"},
      {2025, "2025-01-29", "2025-01-25..2025-02-02"},
      {2026, "2026-02-17", "2026-02-14..2026-02-22"},
  };
  engine::WorkCalendar rule{std::nullopt};
  engine::WorkCalendar announced{bundled_file()};
  for (const auto& row : table) {
    INFO(row.year);
    REQUIRE(model::iso(*engine::from_lunar(LunarDate{1, 1, row.year, false})) == row.mung1);
    // The rule alone, and the bundled file that records the announcements.
    CHECK(break_around(rule, day(row.mung1)) == row.days_off);
    CHECK(break_around(announced, day(row.mung1)) == row.days_off);
    // Five Tết days: the two before mùng 1, and mùng 1 to 3.
    int tet_days = 0;
    for (const auto& s : engine::builtin_holidays(row.year))
      if (s.kind == DayKind::holiday && s.name.rfind("Tết Nguyên đán", 0) == 0) {
        ++tet_days;
        const int offset = model::days_between(day(row.mung1), s.date);
        CHECK(offset >= -2);
        CHECK(offset <= 2);
      }
    CHECK(tet_days == 5);
  }
}

TEST_CASE("Tết 2018 across a weekend pushes two days in lieu after it", "[calendar]") {
  auto all = lines(engine::builtin_holidays(2018));
  std::vector<std::string> tet;
  std::copy_if(all.begin(), all.end(), std::back_inserter(tet),
               [](const std::string& s) { return s < "2018-03"; });
  CHECK(tet == std::vector<std::string>{
                   "2018-01-01 holiday Tết Dương lịch (estimated)",
                   "2018-02-14 holiday Tết Nguyên đán (29 tháng Chạp) (estimated)",
                   "2018-02-15 holiday Tết Nguyên đán (30 tháng Chạp) (estimated)",
                   "2018-02-16 holiday Tết Nguyên đán (mùng 1) (estimated)",
                   "2018-02-17 holiday Tết Nguyên đán (mùng 2) (estimated)",
                   "2018-02-18 holiday Tết Nguyên đán (mùng 3) (estimated)",
                   "2018-02-19 day-off-in-lieu Nghỉ bù Tết Nguyên đán (mùng 2) (estimated)",
                   "2018-02-20 day-off-in-lieu Nghỉ bù Tết Nguyên đán (mùng 3) (estimated)",
               });
  // 2/9/2018 was a Sunday, and before 2021 National Day was one day.
  CHECK(std::count(all.begin(), all.end(), "2018-09-02 holiday Quốc khánh (estimated)") == 1);
  CHECK(std::count(all.begin(), all.end(),
                   "2018-09-03 day-off-in-lieu Nghỉ bù Quốc khánh (estimated)") == 1);
  CHECK(all.size() == 13);
}

TEST_CASE("30/4/2023: the rule alone gives the announced 29/4-3/5", "[calendar]") {
  // Giỗ Tổ on Saturday 29/4 and 30/4 on a Sunday: 2/5 and 3/5 in lieu.
  engine::WorkCalendar rule{std::nullopt};
  CHECK(break_around(rule, day("2023-04-30")) == "2023-04-29..2023-05-03");
  auto all = lines(engine::builtin_holidays(2023));
  auto has = [&](const char* line) { return std::count(all.begin(), all.end(), line) == 1; };
  CHECK(has("2023-04-29 holiday Giỗ Tổ Hùng Vương (estimated)"));
  CHECK(has("2023-05-02 day-off-in-lieu Nghỉ bù Giỗ Tổ Hùng Vương (estimated)"));
  CHECK(has("2023-05-03 day-off-in-lieu Nghỉ bù Ngày Chiến thắng (estimated)"));
  // The bundled file adds nothing to it.
  engine::WorkCalendar bundled{bundled_file()};
  CHECK(break_around(bundled, day("2023-04-30")) == "2023-04-29..2023-05-03");
  CHECK(bundled.working_days_between(day("2023-04-28"), day("2023-05-04")) == 1);
}

TEST_CASE("the 30/4 swaps of 2024 and 2025 through the bundled calendar.yaml", "[calendar]") {
  engine::WorkCalendar rule{std::nullopt};
  engine::WorkCalendar bundled{bundled_file()};
  SECTION("2024: 27/4-1/5 off, Monday 29/4 swapped with Saturday 4/5") {
    CHECK(break_around(rule, day("2024-04-30")) == "2024-04-30..2024-05-01");
    CHECK(break_around(bundled, day("2024-04-30")) == "2024-04-27..2024-05-01");
    CHECK_FALSE(bundled.is_working_day(day("2024-04-29")));
    CHECK(bundled.is_working_day(day("2024-05-04")));
    CHECK_FALSE(rule.is_working_day(day("2024-05-04")));
    // Friday 26/4 to Saturday 4/5: 2, 3 and 4/5 are worked either way round.
    CHECK(bundled.working_days_between(day("2024-04-26"), day("2024-05-04")) == 3);
    CHECK(rule.working_days_between(day("2024-04-26"), day("2024-05-04")) == 3);
    auto may = lines(bundled.special_days(2024));
    auto has = [&](const char* line) { return std::count(may.begin(), may.end(), line) == 1; };
    CHECK(
        has("2024-04-29 holiday Nghỉ lễ 30/4 và 1/5 (thứ Hai 29/4 hoán đổi với thứ Bảy 04/5) "
            "(announced)"));
    CHECK(has("2024-04-30 holiday Ngày Chiến thắng (announced)"));
    CHECK(has("2024-05-04 workday Làm bù cho thứ Hai 29/4/2024 (announced)"));
  }
  SECTION("2025: 30/4-4/5 off, Friday 2/5 swapped with Saturday 26/4") {
    CHECK(break_around(rule, day("2025-04-30")) == "2025-04-30..2025-05-01");
    CHECK(break_around(bundled, day("2025-04-30")) == "2025-04-30..2025-05-04");
    CHECK(bundled.is_working_day(day("2025-04-26")));
    CHECK_FALSE(bundled.is_working_day(day("2025-05-02")));
    CHECK(bundled.working_days_between(day("2025-04-25"), day("2025-05-05")) == 4);
    CHECK(rule.working_days_between(day("2025-04-25"), day("2025-05-05")) == 4);
  }
}

TEST_CASE("30/4 and 1/5/2022 on a weekend give 2/5 and 3/5 off", "[calendar]") {
  auto all = lines(engine::builtin_holidays(2022));
  auto has = [&](const char* line) { return std::count(all.begin(), all.end(), line) == 1; };
  CHECK(has("2022-04-30 holiday Ngày Chiến thắng (estimated)"));
  CHECK(has("2022-05-01 holiday Ngày Quốc tế Lao động (estimated)"));
  CHECK(has("2022-05-02 day-off-in-lieu Nghỉ bù Ngày Chiến thắng (estimated)"));
  CHECK(has("2022-05-03 day-off-in-lieu Nghỉ bù Ngày Quốc tế Lao động (estimated)"));
  // Giỗ Tổ on Sunday 10/04/2022.
  CHECK(has("2022-04-11 day-off-in-lieu Nghỉ bù Giỗ Tổ Hùng Vương (estimated)"));
}

TEST_CASE("the rules follow the law of each year", "[calendar]") {
  auto dates_named = [](int year, const std::string& prefix) {
    std::vector<std::string> out;
    for (const auto& s : engine::builtin_holidays(year))
      if (s.name.rfind(prefix, 0) == 0) out.push_back(model::iso(s.date));
    return out;
  };
  using V = std::vector<std::string>;
  SECTION("Tết: four days before 2013, five from 2013") {
    // Tết Nhâm Thìn 23/01/2012; its eve, Sunday 22/01, gives Thursday 26/01 in lieu.
    CHECK(dates_named(2012, "Tết Nguyên đán") ==
          V{"2012-01-22", "2012-01-23", "2012-01-24", "2012-01-25"});
    CHECK(dates_named(2012, "Nghỉ bù Tết Nguyên đán") == V{"2012-01-26"});
    CHECK(dates_named(2013, "Tết Nguyên đán").size() == 5);
  }
  SECTION("Giỗ Tổ from 2007") {
    CHECK(dates_named(2006, "Giỗ Tổ").empty());
    CHECK(dates_named(2007, "Giỗ Tổ") == V{"2007-04-26"});
  }
  SECTION("National Day: one day before 2021, then 2/9 and a neighbour") {
    CHECK(dates_named(2020, "Quốc khánh") == V{"2020-09-02"});
    CHECK(dates_named(2021, "Quốc khánh") == V{"2021-09-02", "2021-09-03"});
    CHECK(dates_named(2022, "Quốc khánh") == V{"2022-09-01", "2022-09-02"});
    CHECK(dates_named(2024, "Quốc khánh") == V{"2024-09-02", "2024-09-03"});
    CHECK(dates_named(2025, "Quốc khánh") == V{"2025-09-01", "2025-09-02"});
    // 2023: Saturday 2/9 with Friday 1/9, and Monday 4/9 in lieu (as decided).
    CHECK(dates_named(2023, "Quốc khánh") == V{"2023-09-01", "2023-09-02"});
    CHECK(dates_named(2023, "Nghỉ bù Quốc khánh") == V{"2023-09-04"});
  }
  SECTION("National Day in later years joins the weekend") {
    CHECK(dates_named(2026, "Quốc khánh") ==
          V{"2026-09-01", "2026-09-02"});  // Wednesday: the day before
    CHECK(dates_named(2027, "Quốc khánh") == V{"2027-09-02", "2027-09-03"});  // Thursday
    CHECK(dates_named(2030, "Quốc khánh") == V{"2030-09-02", "2030-09-03"});  // Monday
    // Sunday 2/9/2029: Monday 3/9 next to it, Tuesday 4/9 in lieu.
    CHECK(dates_named(2029, "Quốc khánh") == V{"2029-09-02", "2029-09-03"});
    CHECK(dates_named(2029, "Nghỉ bù Quốc khánh") == V{"2029-09-04"});
  }
}

TEST_CASE("working days across Tết 2026", "[calendar]") {
  engine::WorkCalendar plain{std::nullopt};
  // After Friday 13/02 up to Friday 27/02: 16-20/02 is Tết, so only 23-27/02 work.
  CHECK(plain.working_days_between(day("2026-02-13"), day("2026-02-27")) == 5);
  CHECK_FALSE(plain.is_working_day(day("2026-02-16")));
  CHECK_FALSE(plain.is_working_day(day("2026-02-20")));
  CHECK(plain.is_working_day(day("2026-02-23")));

  // The announced break (14-22/02) covers the same weekdays ...
  engine::WorkCalendar bundled{bundled_file()};
  CHECK(bundled.working_days_between(day("2026-02-13"), day("2026-02-27")) == 5);
  // ... and a file that adds a day makes the count smaller.
  auto longer = bundled_file();
  longer.holidays.push_back(range("2026-02-23", "2026-02-24", "Nghỉ thêm"));
  engine::WorkCalendar extended{longer};
  CHECK(extended.working_days_between(day("2026-02-13"), day("2026-02-27")) == 3);
  CHECK_FALSE(extended.is_working_day(day("2026-02-24")));
}

TEST_CASE("working days across Giỗ Tổ 2026 and in a replaced year", "[calendar]") {
  // After Friday 24/04 up to Thursday 30/04: Monday 27/04 is in lieu of Sunday
  // 26/04 and 30/04 is a holiday, so only 28 and 29/04 work.
  engine::WorkCalendar plain{std::nullopt};
  CHECK(plain.working_days_between(day("2026-04-24"), day("2026-04-30")) == 2);
  CHECK_FALSE(plain.is_working_day(day("2026-04-27")));

  // A file that replaces 2026 and lists only Tết: Giỗ Tổ, 30/4 and 1/1 work.
  auto f = bundled_file();
  f.replace_builtin = {2026};
  engine::WorkCalendar replaced{f};
  CHECK(replaced.working_days_between(day("2026-04-24"), day("2026-04-30")) == 4);
  CHECK(replaced.is_working_day(day("2026-01-01")));
  CHECK_FALSE(replaced.is_working_day(day("2026-02-16")));
  // 16..20/02, nothing built in; the weekends of the break are no holidays.
  CHECK(lines(replaced.special_days(2026)) ==
        std::vector<std::string>{
            "2026-02-16 holiday Nghỉ Tết Bính Ngọ (announced)",
            "2026-02-17 holiday Nghỉ Tết Bính Ngọ (announced)",
            "2026-02-18 holiday Nghỉ Tết Bính Ngọ (announced)",
            "2026-02-19 holiday Nghỉ Tết Bính Ngọ (announced)",
            "2026-02-20 holiday Nghỉ Tết Bính Ngọ (announced)",
        });
  // Other years keep the built-in rule.
  CHECK_FALSE(replaced.is_working_day(day("2025-01-01")));
  CHECK_FALSE(replaced.is_working_day(day("2027-01-01")));
}

TEST_CASE("a make-up Saturday works, the swapped Friday does not", "[calendar]") {
  engine::WorkCalendar plain{std::nullopt};
  engine::WorkCalendar bundled{bundled_file()};
  CHECK_FALSE(plain.is_working_day(day("2014-12-27")));
  CHECK(bundled.is_working_day(day("2014-12-27")));
  CHECK(plain.is_working_day(day("2015-01-02")));
  CHECK_FALSE(bundled.is_working_day(day("2015-01-02")));
  CHECK(plain.working_days_between(day("2014-12-26"), day("2014-12-27")) == 0);
  CHECK(bundled.working_days_between(day("2014-12-26"), day("2014-12-27")) == 1);
  CHECK(bundled.working_days_between(day("2015-01-01"), day("2015-01-02")) == 0);
  // Across the new year the swap evens out: 27/12 for 02/01.
  CHECK(plain.working_days_between(day("2014-12-26"), day("2015-01-05")) == 5);
  CHECK(bundled.working_days_between(day("2014-12-26"), day("2015-01-05")) == 5);
}

TEST_CASE("empty and backward spans have no working days", "[calendar]") {
  engine::WorkCalendar cal{bundled_file()};
  CHECK(cal.working_days_between(day("2026-03-03"), day("2026-03-03")) == 0);
  CHECK(cal.working_days_between(day("2026-03-10"), day("2026-03-03")) == 0);
  CHECK(cal.working_days_between(day("2026-03-02"), day("2026-03-03")) == 1);  // Tuesday
  CHECK(cal.working_days_between(day("2026-03-06"), day("2026-03-08")) == 0);  // the weekend
}

TEST_CASE("the working-day count agrees with a day-by-day walk", "[calendar]") {
  engine::WorkCalendar cal{bundled_file()};
  // Spans of every length up to a few months, starting across 2013..2030.
  for (Date start = day("2013-01-01"); start <= day("2030-12-31");
       start = model::add_days(start, 37)) {
    for (int length : {1, 2, 5, 6, 7, 8, 13, 30, 64, 200, 800}) {
      Date end = model::add_days(start, length);
      int walked = 0;
      for (Date d = model::add_days(start, 1); d <= end; d = model::add_days(d, 1))
        walked += cal.is_working_day(d);
      if (cal.working_days_between(start, end) != walked)
        FAIL(model::iso(start) << " .. " << model::iso(end) << ": walked " << walked);
    }
  }
}

TEST_CASE("special days: each date once, estimated or announced", "[calendar]") {
  engine::WorkCalendar bundled{bundled_file()};
  auto days = lines(bundled.special_days(2026));
  std::vector<std::string> february;
  std::copy_if(days.begin(), days.end(), std::back_inserter(february),
               [](const std::string& s) { return s.rfind("2026-02", 0) == 0; });
  // The announcement confirms the rule's days, which keep their names; the
  // Saturdays and Sunday 22/02 of the break are not holidays.
  CHECK(february ==
        std::vector<std::string>{
            "2026-02-15 holiday Tết Nguyên đán (28 tháng Chạp) (announced)",
            "2026-02-16 holiday Tết Nguyên đán (29 tháng Chạp) (announced)",
            "2026-02-17 holiday Tết Nguyên đán (mùng 1) (announced)",
            "2026-02-18 holiday Tết Nguyên đán (mùng 2) (announced)",
            "2026-02-19 holiday Tết Nguyên đán (mùng 3) (announced)",
            "2026-02-20 day-off-in-lieu Nghỉ bù Tết Nguyên đán (28 tháng Chạp) (announced)",
        });
  // Days the file does not speak of stay estimates.
  CHECK(days.front() == "2026-01-01 holiday Tết Dương lịch (estimated)");
  CHECK(std::count(days.begin(), days.end(),
                   "2026-04-27 day-off-in-lieu Nghỉ bù Giỗ Tổ Hùng Vương (estimated)") == 1);
  // The make-up Saturday belongs to 2014, the Friday off to 2015.
  CHECK(lines(bundled.special_days(2014)).back() ==
        "2014-12-27 workday Làm bù cho ngày 02/01/2015 (announced)");
  auto y2015 = lines(bundled.special_days(2015));
  CHECK(y2015[1] == "2015-01-02 holiday Nghỉ bù (làm bù ngày 27/12/2014) (announced)");
  // A range across the new year is split between the two years; a weekend
  // day named on its own is listed as written.
  model::CalendarFile f;
  f.file = "cal.yaml";
  f.holidays.push_back(range("2027-12-30", "2028-01-03", "Nghỉ"));
  f.holidays.push_back(range("2028-01-08", "2028-01-08", "Nghỉ một ngày thứ Bảy"));
  engine::WorkCalendar across{f};
  CHECK(lines(across.special_days(2027)).back() == "2027-12-31 holiday Nghỉ (announced)");
  auto y2028 = lines(across.special_days(2028));
  REQUIRE(y2028.size() >= 3);
  // Saturday 1/1/2028 is confirmed, with its day in lieu on Monday 3/1;
  // Sunday 2/1 is only a weekend.
  CHECK(std::vector<std::string>(y2028.begin(), y2028.begin() + 3) ==
        std::vector<std::string>{
            "2028-01-01 holiday Tết Dương lịch (announced)",
            "2028-01-03 day-off-in-lieu Nghỉ bù Tết Dương lịch (announced)",
            "2028-01-08 holiday Nghỉ một ngày thứ Bảy (announced)",
        });
}

TEST_CASE("a make-up working day replaces the rule's day off of its date", "[calendar]") {
  model::CalendarFile f;
  f.file = "cal.yaml";
  f.workdays.push_back(range("2026-04-27", "2026-04-27", "Làm việc"));
  engine::WorkCalendar cal{f};
  CHECK(cal.is_working_day(day("2026-04-27")));
  auto days = lines(cal.special_days(2026));
  CHECK(std::count(days.begin(), days.end(), "2026-04-27 workday Làm việc (announced)") == 1);
  CHECK(std::count_if(days.begin(), days.end(),
                      [](const std::string& s) { return s.rfind("2026-04-27", 0) == 0; }) == 1);
}

TEST_CASE("no date twice, no plain weekend labelled a holiday, 2014-2030", "[calendar]") {
  engine::WorkCalendar bundled{bundled_file()};
  for (int year = 2014; year <= 2030; ++year) {
    INFO(year);
    std::set<Date> rule_holidays;
    for (const auto& s : engine::builtin_holidays(year))
      if (s.kind == DayKind::holiday) rule_holidays.insert(s.date);
    std::set<Date> seen;
    for (const auto& s : bundled.special_days(year)) {
      INFO(model::iso(s.date));
      CHECK(seen.insert(s.date).second);
      const date::weekday w{date::sys_days{s.date}};
      const bool weekend = w == date::Saturday || w == date::Sunday;
      // A weekend day is listed as a holiday only when it is one by law.
      if (weekend && s.kind != DayKind::workday) CHECK(rule_holidays.count(s.date) == 1);
      if (!weekend) CHECK(s.kind != DayKind::workday);
    }
  }
}

TEST_CASE("day kinds have stable names", "[calendar]") {
  CHECK(engine::day_kind_name(DayKind::holiday) == "holiday");
  CHECK(engine::day_kind_name(DayKind::day_off_in_lieu) == "day-off-in-lieu");
  CHECK(engine::day_kind_name(DayKind::workday) == "workday");
}
