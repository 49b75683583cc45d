// Days as written in plan files and on the command line.
#include <catch2/catch.hpp>

#include "cchc/model/date.hpp"

using namespace cchc::model;

TEST_CASE("read_day accepts ISO and Vietnamese day forms and tells shape from existence",
          "[date]") {
  CHECK(iso(*read_day("2020-06-01").day) == "2020-06-01");
  CHECK(iso(*read_day("01/6/2020").day) == "2020-06-01");
  CHECK(iso(*read_day("1-6-2020").day) == "2020-06-01");
  CHECK(iso(*read_day("08.12.2017").day) == "2017-12-08");
  auto impossible = read_day("30/02/2021");
  CHECK(impossible.shaped);
  CHECK_FALSE(impossible.day);
  auto iso_impossible = read_day("2021-02-30");
  CHECK(iso_impossible.shaped);
  CHECK_FALSE(iso_impossible.day);
  for (const char* not_a_day :
       {"", "2021", "Quý I/2021", "01/06/21", "1/2/3/2020", "001/06/2020", "tomorrow"}) {
    INFO(not_a_day);
    CHECK_FALSE(read_day(not_a_day).shaped);
  }
}
