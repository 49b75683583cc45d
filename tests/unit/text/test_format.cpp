// Tests for cchc/text/format.hpp against vietnamese.md ("Numbers and dates"):
// digit grouping, percentages cut (never rounded) with integer arithmetic,
// decimals, month names, and the quarter, half and month forms of periods
// (whole dates: tests/unit/render/test_dates.cpp).

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <limits>

#include "cchc/text/format.hpp"

using namespace cchc::text;
namespace {

constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
constexpr auto kMin = std::numeric_limits<std::int64_t>::min();

}  // namespace

TEST_CASE("group_digits groups thousands with '.' (vi) and ',' (en)", "[format]") {
  CHECK(group_digits(0, Lang::vi) == "0");
  CHECK(group_digits(7, Lang::vi) == "7");
  CHECK(group_digits(999, Lang::vi) == "999");
  CHECK(group_digits(1000, Lang::vi) == "1.000");
  CHECK(group_digits(21950, Lang::vi) == "21.950");
  CHECK(group_digits(26979, Lang::vi) == "26.979");
  CHECK(group_digits(21950000000, Lang::vi) == "21.950.000.000");
  CHECK(group_digits(100000, Lang::vi) == "100.000");
  CHECK(group_digits(21950, Lang::en) == "21,950");
  CHECK(group_digits(1234567, Lang::en) == "1,234,567");
  CHECK(group_digits(-1234567, Lang::vi) == "-1.234.567");
  CHECK(group_digits(-999, Lang::en) == "-999");
  CHECK(group_digits(kMax, Lang::vi) == "9.223.372.036.854.775.807");
  CHECK(group_digits(kMin, Lang::en) == "-9,223,372,036,854,775,808");
}

TEST_CASE("percent_cut cuts to two decimals, never rounds", "[format]") {
  CHECK(percent_cut(7, 9, Lang::vi) == "77,77%");  // 77.777...: rounding would say 77,78
  CHECK(percent_cut(2, 3, Lang::vi) == "66,66%");
  CHECK(percent_cut(1, 3, Lang::vi) == "33,33%");
  CHECK(percent_cut(9862, 10000, Lang::vi) == "98,62%");
  CHECK(percent_cut(99999, 100000, Lang::vi) == "99,99%");  // never shown as 100,00%
  CHECK(percent_cut(1, 2, Lang::vi) == "50,00%");           // trailing zeros kept
  CHECK(percent_cut(5, 5, Lang::vi) == "100,00%");
  CHECK(percent_cut(0, 5, Lang::vi) == "0,00%");
  CHECK(percent_cut(1, 7, Lang::vi) == "14,28%");
  CHECK(percent_cut(7, 9, Lang::en) == "77.77%");
  CHECK(percent_cut(9862, 10000, Lang::en) == "98.62%");
}

TEST_CASE("percent_cut with no denominator is a dash", "[format]") {
  CHECK(percent_cut(0, 0, Lang::vi) == "—");
  CHECK(percent_cut(5, 0, Lang::en) == "—");
}

TEST_CASE("percent_cut groups large percentages and keeps the sign", "[format]") {
  CHECK(percent_cut(123456, 10, Lang::vi) == "1.234.560,00%");
  CHECK(percent_cut(123456, 10, Lang::en) == "1,234,560.00%");
  CHECK(percent_cut(-1, 3, Lang::vi) == "-33,33%");  // cut toward zero, like the positive side
  CHECK(percent_cut(1, -3, Lang::vi) == "-33,33%");
  CHECK(percent_cut(-1, -3, Lang::vi) == "33,33%");
  CHECK(percent_cut(-1, 100000, Lang::vi) == "0,00%");  // no "-0,00%"
}

TEST_CASE("percent_cut does not overflow near the int64 limits", "[format]") {
  // num * 10000 is far past int64 here; the cut must still be exact.
  CHECK(percent_cut(kMax, kMax, Lang::vi) == "100,00%");
  CHECK(percent_cut(kMax - 1, kMax, Lang::vi) == "99,99%");
  CHECK(percent_cut(kMax, 1, Lang::vi) == "922.337.203.685.477.580.700,00%");
  CHECK(percent_cut(kMax, 3, Lang::vi) == "307.445.734.561.825.860.233,33%");
  CHECK(percent_cut(kMin, -1, Lang::en) == "922,337,203,685,477,580,800.00%");
  CHECK(percent_cut(kMin, kMax, Lang::vi) == "-100,00%");
}

TEST_CASE("decimal drops trailing zeros and uses the decimal comma in Vietnamese", "[format]") {
  CHECK(decimal(82.5, 1, Lang::vi) == "82,5");
  CHECK(decimal(82.5, 2, Lang::vi) == "82,5");
  CHECK(decimal(82.5, 2, Lang::en) == "82.5");
  CHECK(decimal(82.0, 2, Lang::vi) == "82");
  CHECK(decimal(100, 0, Lang::vi) == "100");
  CHECK(decimal(0.1 + 0.2, 2, Lang::vi) == "0,3");  // 0.30000000000000004 must not show
  CHECK(decimal(1234.5, 1, Lang::vi) == "1.234,5");
  CHECK(decimal(1234.5, 1, Lang::en) == "1,234.5");
  CHECK(decimal(1000000, 2, Lang::vi) == "1.000.000");
  CHECK(decimal(-1234.56, 2, Lang::vi) == "-1.234,56");
  CHECK(decimal(-0.001, 2, Lang::vi) == "0");  // no "-0"
  CHECK(decimal(0.04, 1, Lang::vi) == "0");
  CHECK(decimal(99.96, 1, Lang::vi) == "100");
  CHECK(decimal(82.5, -1, Lang::vi) == "82");  // a negative count means none
}

TEST_CASE("decimal of a value that is not a number is a dash", "[format]") {
  CHECK(decimal(std::nan(""), 2, Lang::vi) == "—");
  CHECK(decimal(std::numeric_limits<double>::infinity(), 2, Lang::en) == "—");
}

TEST_CASE("quarter_label writes quarters in Roman numerals", "[format]") {
  CHECK(quarter_label(2017, 1, Lang::vi) == "Quý I/2017");
  CHECK(quarter_label(2017, 2, Lang::vi) == "Quý II/2017");
  CHECK(quarter_label(2017, 3, Lang::vi) == "Quý III/2017");
  CHECK(quarter_label(2017, 4, Lang::vi) == "Quý IV/2017");
  CHECK(quarter_label(2017, 4, Lang::en) == "Q4 2017");
  CHECK(quarter_label(2026, 1, Lang::en) == "Q1 2026");
  CHECK(quarter_label(2017, 5, Lang::vi) == "Quý 5/2017");  // no invented numeral
}

TEST_CASE("half_label names the first and last six months", "[format]") {
  CHECK(half_label(2021, 1, Lang::vi) == "6 tháng đầu năm 2021");
  CHECK(half_label(2021, 2, Lang::vi) == "6 tháng cuối năm 2021");
  CHECK(half_label(2021, 1, Lang::en) == "first half of 2021");
  CHECK(half_label(2021, 2, Lang::en) == "second half of 2021");
}

TEST_CASE("the pieces of dates: month names, official months, Roman quarters", "[format]") {
  CHECK(english_month(1) == "January");
  CHECK(english_month(9) == "September");
  CHECK(english_month(0) == "?");
  CHECK(english_month(13) == "?");
  CHECK(official_month(1) == "01");
  CHECK(official_month(2) == "02");
  CHECK(official_month(3) == "3");
  CHECK(official_month(12) == "12");
  CHECK(roman_quarter(1) == "I");
  CHECK(roman_quarter(4) == "IV");
}

TEST_CASE("month_label puts a leading zero on months 1 and 2 only", "[format]") {
  CHECK(month_label(2020, 4, Lang::vi) == "Tháng 4/2020");
  CHECK(month_label(2021, 1, Lang::vi) == "Tháng 01/2021");
  CHECK(month_label(2021, 2, Lang::vi) == "Tháng 02/2021");
  CHECK(month_label(2021, 3, Lang::vi) == "Tháng 3/2021");
  CHECK(month_label(2020, 12, Lang::vi) == "Tháng 12/2020");
  CHECK(month_label(2020, 4, Lang::en) == "April 2020");
  CHECK(month_label(2021, 1, Lang::en) == "January 2021");
  CHECK(month_label(2021, 12, Lang::en) == "December 2021");
}

TEST_CASE("all_digits and join", "[text]") {
  CHECK(all_digits("2019"));
  CHECK_FALSE(all_digits(""));
  CHECK_FALSE(all_digits("2.019"));
  CHECK_FALSE(all_digits("١٢"));
  CHECK(join({"a", "b", "c"}, "; ") == "a; b; c");
  CHECK(join({"một"}, "\n") == "một");
  CHECK(join({}, ", ") == "");
}
