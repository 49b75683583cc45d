// Budget amounts: plain numbers, Vietnamese text with unit words, the
// ambiguous `2.019`, and every way an amount can be refused.
#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>

#include "../support/messages.hpp"
#include "cchc/model/money.hpp"

using cchc::diag::Rule;
using cchc::model::checked_add;
using cchc::model::Money;
using cchc::model::money_unit_from_name;
using cchc::model::money_unit_name;
using cchc::model::MoneyUnit;
using cchc::model::parse_amount;
using cchc::model::unit_factor;

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

// The amount in đồng, or -1 when refused (amounts are never negative).
std::int64_t dong(std::string_view text, MoneyUnit unit = MoneyUnit::million, bool plain = false) {
  auto r = parse_amount(text, plain, unit);
  return r.ok() ? r.value->dong : -1;
}

Rule refusal(std::string_view text, MoneyUnit unit = MoneyUnit::million, bool plain = false) {
  auto r = parse_amount(text, plain, unit);
  REQUIRE_FALSE(r.ok());
  CHECK_FALSE(en(r.message).empty());
  return r.rule;
}

}  // namespace

TEST_CASE("unit factors and names", "[money]") {
  CHECK(unit_factor(MoneyUnit::dong) == 1);
  CHECK(unit_factor(MoneyUnit::thousand) == 1'000);
  CHECK(unit_factor(MoneyUnit::million) == 1'000'000);
  CHECK(unit_factor(MoneyUnit::billion) == 1'000'000'000);

  for (auto u : {MoneyUnit::dong, MoneyUnit::thousand, MoneyUnit::million, MoneyUnit::billion})
    CHECK(money_unit_from_name(money_unit_name(u)) == u);
  CHECK(money_unit_name(MoneyUnit::million) == "million");

  CHECK(money_unit_from_name("đồng") == MoneyUnit::dong);
  CHECK(money_unit_from_name("nghìn") == MoneyUnit::thousand);
  CHECK(money_unit_from_name("ngàn") == MoneyUnit::thousand);
  CHECK(money_unit_from_name("triệu") == MoneyUnit::million);
  CHECK(money_unit_from_name("Triệu") == MoneyUnit::million);
  CHECK(money_unit_from_name("tỷ") == MoneyUnit::billion);
  CHECK(money_unit_from_name("trieu") == MoneyUnit::million);
  CHECK_FALSE(money_unit_from_name("euro"));
  CHECK_FALSE(money_unit_from_name(""));
  CHECK_FALSE(money_unit_from_name("millions"));
}

TEST_CASE("checked_add detects overflow", "[money]") {
  CHECK(checked_add(Money{2}, Money{3}) == Money{5});
  CHECK(checked_add(Money{kMax - 1}, Money{1}) == Money{kMax});
  CHECK_FALSE(checked_add(Money{kMax}, Money{1}));
  CHECK_FALSE(checked_add(Money{kMax / 2 + 1}, Money{kMax / 2 + 1}));
}

TEST_CASE("plain numbers are in the plan's unit", "[money]") {
  CHECK(dong("350", MoneyUnit::million, true) == 350'000'000);
  CHECK(dong("2.5", MoneyUnit::million, true) == 2'500'000);
  CHECK(dong("0.75", MoneyUnit::million, true) == 750'000);
  CHECK(dong("1000000", MoneyUnit::dong, true) == 1'000'000);
  CHECK(dong("21950", MoneyUnit::million, true) == 21'950'000'000);
  CHECK(dong("1.5", MoneyUnit::billion, true) == 1'500'000'000);
  CHECK(dong("0", MoneyUnit::million, true) == 0);
  CHECK(dong("  350 ", MoneyUnit::million, true) == 350'000'000);
  // A quoted number without a unit word is read the same way.
  CHECK(dong("2.5", MoneyUnit::million, false) == 2'500'000);
  // Trailing zeros in the decimals change nothing.
  CHECK(dong("2.50", MoneyUnit::thousand, true) == 2'500);
  // Three decimals that cannot be a thousands group are decimals.
  CHECK(dong("0.750", MoneyUnit::million, true) == 750'000);
  CHECK(dong("1234.567", MoneyUnit::billion, true) == 1'234'567'000'000);
}

TEST_CASE("one dot and three digits is ambiguous", "[money]") {
  for (auto text : {"2.019", "4.700", "10.000", "100.500"}) {
    INFO(text);
    CHECK(refusal(text, MoneyUnit::million, true) == Rule::ambiguous_amount);
    CHECK(refusal(text, MoneyUnit::million, false) == Rule::ambiguous_amount);
  }

  auto r = parse_amount("2.019", true, MoneyUnit::million);
  CHECK(en(r.message) ==
        "`2.019` is ambiguous: the document likely means 2019 (two thousand and nineteen) million "
        "đồng, but as a plain number it reads 2.019 million đồng");
  CHECK(
      en(r.hint) ==
      "for 2019 million đồng write 2019 or \"2.019 triệu\"; for 2.019 million đồng write 2.0190 or "
      "\"2,019 triệu\"");
  // Both ways the hint suggests really parse to the two meanings.
  CHECK(dong("2019", MoneyUnit::million, true) == 2'019'000'000);
  CHECK(dong("2.019 triệu") == 2'019'000'000);
  CHECK(dong("2.0190", MoneyUnit::million, true) == 2'019'000);
  CHECK(dong("2,019 triệu") == 2'019'000);

  auto hundred = parse_amount("4.700", true, MoneyUnit::billion);
  CHECK(
      en(hundred.message) ==
      "`4.700` is ambiguous: the document likely means 4700 (four thousand seven hundred) billion "
      "đồng, but as a plain number it reads 4.7 billion đồng");
  CHECK(en(hundred.hint) ==
        "for 4700 billion đồng write 4700 or \"4.700 tỷ\"; for 4.7 billion đồng write 4.7 or \"4,7 "
        "tỷ\"");

  auto ten = parse_amount("10.000", true, MoneyUnit::thousand);
  CHECK(en(ten.hint) ==
        "for 10000 thousand đồng write 10000 or \"10.000 nghìn\"; for 10 thousand đồng write 10 or "
        "\"10 nghìn\"");

  auto words = parse_amount("123.456", true, MoneyUnit::million);
  CHECK_THAT(en(words.message),
             Catch::Contains("(one hundred and twenty-three thousand four hundred and fifty-six)"));
}

TEST_CASE("text with a unit word uses Vietnamese digits", "[money]") {
  CHECK(dong("2.019 triệu") == 2'019'000'000);
  CHECK(dong("21,95 tỷ") == 21'950'000'000);
  CHECK(dong("1.234.567 đồng") == 1'234'567);
  CHECK(dong("350 tr.đ") == 350'000'000);
  CHECK(dong("0,5 triệu") == 500'000);
  CHECK(dong("1.234,5 triệu") == 1'234'500'000);
  CHECK(dong("500.000 đồng") == 500'000);
  CHECK(dong("2.019 triệu đồng") == 2'019'000'000);
  CHECK(dong("21,95 tỷ đồng") == 21'950'000'000);
  CHECK(dong("1.234.567,00 đồng") == 1'234'567);
  // The unit word wins over the plan's unit.
  CHECK(dong("500.000 đồng", MoneyUnit::billion) == 500'000);
  // Even in an unquoted YAML scalar.
  CHECK(dong("2.019 triệu", MoneyUnit::dong, true) == 2'019'000'000);
}

TEST_CASE("every spelling of the unit words", "[money]") {
  CHECK(dong("500 đ") == 500);
  CHECK(dong("500đ") == 500);
  CHECK(dong("500 dong") == 500);
  CHECK(dong("500 VND") == 500);
  CHECK(dong("500 VNĐ") == 500);
  CHECK(dong("5 nghìn") == 5'000);
  CHECK(dong("5 ngàn") == 5'000);
  CHECK(dong("5 nghin") == 5'000);
  CHECK(dong("5 ngan") == 5'000);
  CHECK(dong("5 nghìn đồng") == 5'000);
  CHECK(dong("3 triệu") == 3'000'000);
  CHECK(dong("3 TRIỆU") == 3'000'000);
  CHECK(dong("3 trieu") == 3'000'000);
  CHECK(dong("3 tr") == 3'000'000);
  CHECK(dong("3 tr.") == 3'000'000);
  CHECK(dong("3tr") == 3'000'000);
  CHECK(dong("3 Tr.đ") == 3'000'000);
  CHECK(dong("3 tr. đồng") == 3'000'000);
  CHECK(dong("3 trđ") == 3'000'000);
  CHECK(dong("3 triệu VNĐ") == 3'000'000);
  CHECK(dong("2 tỷ") == 2'000'000'000);
  CHECK(dong("2 tỉ") == 2'000'000'000);
  CHECK(dong("2 ty") == 2'000'000'000);
  CHECK(dong("2tỷ") == 2'000'000'000);
  CHECK(dong("2 Tỷ đồng") == 2'000'000'000);
  // Decomposed (NFD) input: "triệu" typed as base letters plus combining marks.
  CHECK(dong("3 trie\xcc\xa3\xcc\x82u") == 3'000'000);
  // A no-break space pasted from a document.
  CHECK(dong("3\xc2\xa0triệu") == 3'000'000);
}

TEST_CASE("amounts that are refused", "[money]") {
  CHECK(refusal("-5", MoneyUnit::million, true) == Rule::bad_amount);
  CHECK(refusal("-5 triệu") == Rule::bad_amount);
  CHECK(refusal("\u22125 triệu") == Rule::bad_amount);
  CHECK_THAT(en(parse_amount("-5", true, MoneyUnit::million).message), Catch::Contains("negative"));
  CHECK(refusal("") == Rule::bad_amount);
  CHECK(refusal("   ") == Rule::bad_amount);
  CHECK(refusal("abc") == Rule::bad_amount);
  CHECK(refusal("triệu") == Rule::bad_amount);
  CHECK(refusal("nhiều tiền") == Rule::bad_amount);
  CHECK(refusal("350 usd") == Rule::bad_amount);
  CHECK(refusal("350 triệu triệu") == Rule::bad_amount);
  CHECK(refusal("1e6", MoneyUnit::dong, true) == Rule::bad_amount);
  CHECK(refusal("+5", MoneyUnit::million, true) == Rule::bad_amount);
  CHECK(refusal(".5", MoneyUnit::million, true) == Rule::bad_amount);
  CHECK(refusal("5.", MoneyUnit::million, true) == Rule::bad_amount);
  CHECK(refusal(",", MoneyUnit::million) == Rule::bad_amount);
}

TEST_CASE("an amount must be a whole number of đồng", "[money]") {
  auto r = parse_amount("0,0001 nghìn", false, MoneyUnit::million);
  REQUIRE_FALSE(r.ok());
  CHECK(r.rule == Rule::bad_amount);
  CHECK(en(r.message) == "`0,0001 nghìn` is not a whole number of đồng");
  CHECK(refusal("1,5 đồng") == Rule::bad_amount);
  CHECK(refusal("0.0000001", MoneyUnit::million, true) == Rule::bad_amount);
  CHECK(refusal("1,0000000001 tỷ") == Rule::bad_amount);
  // The smallest step each unit allows.
  CHECK(dong("0,001 nghìn") == 1);
  CHECK(dong("0,000001 triệu") == 1);
  CHECK(dong("0,000000001 tỷ") == 1);
  CHECK(dong("0.000001", MoneyUnit::million, true) == 1);
  CHECK(dong("0,0000010000 triệu") == 1);  // trailing zeros do not count
}

TEST_CASE("wrong use of the separators", "[money]") {
  CHECK(refusal("1.23.4 triệu") == Rule::bad_amount);    // mixed grouping
  CHECK(refusal("1.2345 triệu") == Rule::bad_amount);    // a group of four
  CHECK(refusal("1234.567 triệu") == Rule::bad_amount);  // a leading group of four
  CHECK(refusal("2.5 triệu") == Rule::bad_amount);       // an English decimal point
  CHECK(refusal("1,234.5 triệu") == Rule::bad_amount);   // both, the wrong way round
  CHECK(refusal("1,234,567 đồng") == Rule::bad_amount);  // English grouping
  CHECK(refusal("350. triệu") == Rule::bad_amount);
  CHECK(refusal("5, triệu") == Rule::bad_amount);
  CHECK(refusal(",5 triệu") == Rule::bad_amount);
  CHECK_THAT(en(parse_amount("2.5 triệu", false, MoneyUnit::million).hint),
             Catch::Contains("\"2,5 triệu\""));

  // Without a unit word a comma or several dots cannot be read.
  auto comma = parse_amount("2,5", true, MoneyUnit::million);
  REQUIRE_FALSE(comma.ok());
  CHECK(comma.rule == Rule::bad_amount);
  CHECK(en(comma.hint) ==
        "without a unit word write a decimal point (2.5); with one, write \"2,5 triệu\"");
  auto grouped = parse_amount("1.234.567", true, MoneyUnit::dong);
  REQUIRE_FALSE(grouped.ok());
  CHECK(grouped.rule == Rule::bad_amount);
  CHECK(en(grouped.hint) == "write 1234567 or, quoted with its unit, \"1.234.567 đồng\"");
}

TEST_CASE("the largest amount that fits and one beyond", "[money]") {
  CHECK(dong("9223372036854775807 đồng") == kMax);
  CHECK(dong("9.223.372.036.854.775.807 đồng") == kMax);
  CHECK(dong("9223372036854775807", MoneyUnit::dong, true) == kMax);
  // Scaled by the unit: the whole part and the decimals both reach the limit.
  CHECK(dong("9223372036,854775807 tỷ") == kMax);

  CHECK(refusal("9223372036854775808 đồng") == Rule::bad_amount);
  CHECK(refusal("9.223.372.036.854.775.808 đồng") == Rule::bad_amount);
  CHECK(refusal("9223372036854775808", MoneyUnit::dong, true) == Rule::bad_amount);
  CHECK(refusal("9223372036,854775808 tỷ") == Rule::bad_amount);  // overflow when adding decimals
  CHECK(refusal("9223372037 tỷ") == Rule::bad_amount);            // overflow when scaling
  CHECK(refusal("99999999999999999999999999999999 đồng") == Rule::bad_amount);
  CHECK_THAT(en(parse_amount("9223372037 tỷ", false, MoneyUnit::million).message),
             Catch::Contains("too large"));
}
