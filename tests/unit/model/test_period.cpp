// Periods: every form the plans, the report and the import command write,
// read by one parser; and what is refused.
#include <catch2/catch.hpp>
#include <string>

#include "../support/messages.hpp"
#include "cchc/model/period.hpp"

using cchc::diag::Rule;
using cchc::model::make_date;
using cchc::model::parse_period;
using cchc::model::parse_plan_period;
using cchc::model::Period;

namespace {

Period span(int y1, unsigned m1, unsigned d1, int y2, unsigned m2, unsigned d2) {
  return {*make_date(y1, m1, d1), *make_date(y2, m2, d2)};
}

Period read(const std::string& text) {
  auto p = parse_period(text);
  INFO(text << ": " << en(p.message));
  REQUIRE(p.ok());
  return *p.value;
}

}  // namespace

TEST_CASE("period: years and ranges of years", "[period]") {
  CHECK(read("2021") == span(2021, 1, 1, 2021, 12, 31));
  CHECK(read("2021..2025") == span(2021, 1, 1, 2025, 12, 31));
  CHECK(read("2021-2025") == span(2021, 1, 1, 2025, 12, 31));
  CHECK(read("2021 - 2025") == span(2021, 1, 1, 2025, 12, 31));
  CHECK(read(" 2021 .. 2025 ") == span(2021, 1, 1, 2025, 12, 31));
  CHECK(read("2021–2025") == span(2021, 1, 1, 2025, 12, 31));
  CHECK(read("2021..2021") == span(2021, 1, 1, 2021, 12, 31));
}

TEST_CASE("period: the report's short names, any case", "[period]") {
  CHECK(read("2021-Q1") == span(2021, 1, 1, 2021, 3, 31));
  CHECK(read("2021-q2") == span(2021, 4, 1, 2021, 6, 30));
  CHECK(read("2021-Q3") == span(2021, 7, 1, 2021, 9, 30));
  CHECK(read("2021-Q4") == span(2021, 10, 1, 2021, 12, 31));
  CHECK(read("2021-H1") == span(2021, 1, 1, 2021, 6, 30));
  CHECK(read("2021-h2") == span(2021, 7, 1, 2021, 12, 31));
}

TEST_CASE("period: the documents' words, through the deadline grammar", "[period]") {
  CHECK(read("Quý I/2021") == span(2021, 1, 1, 2021, 3, 31));
  CHECK(read("Quý 3/2021") == span(2021, 7, 1, 2021, 9, 30));
  CHECK(read("quý III năm 2021") == span(2021, 7, 1, 2021, 9, 30));
  CHECK(read("quy III nam 2021") == span(2021, 7, 1, 2021, 9, 30));
  CHECK(read("Quý IV/2021") == span(2021, 10, 1, 2021, 12, 31));
  CHECK(read("6 tháng đầu năm 2021") == span(2021, 1, 1, 2021, 6, 30));
  CHECK(read("6 thang dau nam 2021") == span(2021, 1, 1, 2021, 6, 30));
  CHECK(read("6 tháng cuối năm 2021") == span(2021, 7, 1, 2021, 12, 31));
  CHECK(read("Năm 2021") == span(2021, 1, 1, 2021, 12, 31));
  CHECK(read("năm 2021") == span(2021, 1, 1, 2021, 12, 31));
}

TEST_CASE("period: what is not a period is refused with the accepted forms", "[period]") {
  for (const char* bad : {"",
                          "   ",
                          "21",
                          "021",
                          "0999",
                          "20211",
                          "2021-Q5",
                          "2021-H3",
                          "2021Q1",
                          "2021-Q1x",
                          "2021 - Q1",
                          "2025..2021",
                          "2021..",
                          "..2021",
                          "2021-",
                          "Quý V/2021",
                          "Quý I",
                          "6 tháng đầu năm",
                          "năm 21",
                          "abcd",
                          "30/06/2021",
                          "2021-06-30",
                          "Thường xuyên",
                          "Hàng quý",
                          "Quý I/2021 (nếu có)",
                          "Quý I/2021, Quý III/2021"}) {
    INFO(bad);
    auto p = parse_period(bad);
    CHECK_FALSE(p.ok());
    CHECK(p.rule == Rule::bad_date);
    CHECK(en(p.message).find("is not a period") != std::string::npos);
    CHECK(en(p.hint).find("2021-Q1") != std::string::npos);
  }
}

TEST_CASE("period: a plan's period is whole years from 1900 to 2200", "[period]") {
  CHECK(*parse_plan_period("2018").value == span(2018, 1, 1, 2018, 12, 31));
  CHECK(*parse_plan_period("2021..2025").value == span(2021, 1, 1, 2025, 12, 31));
  CHECK(*parse_plan_period("Năm 2026").value == span(2026, 1, 1, 2026, 12, 31));
  for (const char* bad :
       {"2021-Q1", "Quý I/2021", "6 tháng đầu năm 2021", "1899", "2199..2201", "x"}) {
    INFO(bad);
    CHECK_FALSE(parse_plan_period(bad).ok());
  }
}
