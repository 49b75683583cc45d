// Days as written in plan files and on the command line.
#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "../support/messages.hpp"
#include "cchc/model/date.hpp"

using namespace cchc::model;

TEST_CASE("parse_day accepts ISO and Vietnamese day forms and tells shape from existence",
          "[date]") {
  CHECK(iso(*parse_day("2020-06-01", "d").value) == "2020-06-01");
  CHECK(iso(*parse_day("01/6/2020", "d").value) == "2020-06-01");
  CHECK(iso(*parse_day("1-6-2020", "d").value) == "2020-06-01");
  CHECK(iso(*parse_day("08.12.2017", "d").value) == "2017-12-08");
  auto impossible = parse_day("30/02/2021", "done_on");
  CHECK_FALSE(impossible.ok());
  CHECK(impossible.rule == cchc::diag::Rule::bad_date);
  CHECK(en(impossible.message) == "done_on: \"30/02/2021\" is not a day of the calendar");
  CHECK(en(impossible.hint) == "check the day and month (DD/MM/YYYY)");
  auto iso_impossible = parse_day("2021-02-30", "issued");
  CHECK(en(iso_impossible.message) == "issued: \"2021-02-30\" is not a day of the calendar");
  CHECK(en(iso_impossible.hint) == "check the day and month (YYYY-MM-DD)");
  for (const char* not_a_day :
       {"", "2021", "Quý I/2021", "01/06/21", "1/2/3/2020", "001/06/2020", "tomorrow"}) {
    INFO(not_a_day);
    auto p = parse_day(not_a_day, "done_on");
    CHECK_FALSE(p.ok());
    CHECK(en(p.message) == fmt::format("done_on must be a day, not \"{}\"", not_a_day));
  }
}
