// Tests for cchc/render/dates.hpp against vietnamese.md ("Numbers and dates"):
// the table form and the official form (Nghị định 30/2020) of a day.

#include <catch2/catch.hpp>

#include "cchc/render/dates.hpp"

using cchc::model::Date;
using cchc::render::date_official;
using cchc::render::date_short;
using cchc::text::Lang;

namespace {

Date day(int y, unsigned m, unsigned d) {
  return Date{date::year{y}, date::month{m}, date::day{d}};
}

}  // namespace

TEST_CASE("date_short: dd/mm/yyyy in Vietnamese, ISO in English", "[render]") {
  CHECK(date_short(day(2017, 12, 8), Lang::vi) == "08/12/2017");
  CHECK(date_short(day(2021, 3, 5), Lang::vi) == "05/03/2021");
  CHECK(date_short(day(2020, 10, 31), Lang::vi) == "31/10/2020");
  CHECK(date_short(day(2017, 12, 8), Lang::en) == "2017-12-08");
  CHECK(date_short(day(2021, 3, 5), Lang::en) == "2021-03-05");
}

TEST_CASE("date_official follows Nghị định 30/2020", "[render]") {
  CHECK(date_official(day(2017, 12, 8), Lang::vi) == "ngày 08 tháng 12 năm 2017");
  CHECK(date_official(day(2021, 2, 5), Lang::vi) == "ngày 05 tháng 02 năm 2021");
  CHECK(date_official(day(2021, 3, 15), Lang::vi) == "ngày 15 tháng 3 năm 2021");
  CHECK(date_official(day(2020, 1, 1), Lang::vi) == "ngày 01 tháng 01 năm 2020");
  CHECK(date_official(day(2020, 9, 9), Lang::vi) == "ngày 09 tháng 9 năm 2020");
  CHECK(date_official(day(2020, 10, 31), Lang::vi) == "ngày 31 tháng 10 năm 2020");
  CHECK(date_official(day(2020, 11, 10), Lang::vi) == "ngày 10 tháng 11 năm 2020");
  CHECK(date_official(day(2017, 12, 8), Lang::en) == "8 December 2017");
  CHECK(date_official(day(2021, 2, 28), Lang::en) == "28 February 2021");
}

TEST_CASE("days_as_short writes the days of a deadline one way per output", "[render]") {
  using cchc::render::days_as_short;
  CHECK(days_as_short("31/8/2026", Lang::en) == "2026-08-31");
  CHECK(days_as_short("Trước ngày 01/6/2020", Lang::en) == "Trước ngày 2020-06-01");
  CHECK(days_as_short("2026-08-31", Lang::vi) == "31/08/2026");
  CHECK(days_as_short("30/6/2020", Lang::vi) == "30/6/2020");  // already the Vietnamese way
  CHECK(days_as_short("Quý IV/2017", Lang::en) == "Quý IV/2017");
  CHECK(days_as_short("31/02/2026", Lang::en) == "31/02/2026");  // no such day: as written
  CHECK(days_as_short("Số 12/2020/NĐ-CP", Lang::en) == "Số 12/2020/NĐ-CP");
}
