// Money: whole đồng in a signed 64-bit integer. No floating point anywhere on
// this path; sums detect overflow.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/diag/message.hpp"
#include "cchc/model/parsed.hpp"
#include "cchc/text/format.hpp"

namespace cchc::model {

enum class MoneyUnit { dong, thousand, million, billion };

std::int64_t unit_factor(MoneyUnit u);
std::string_view money_unit_name(MoneyUnit u);  // dong, thousand, million, billion
std::optional<MoneyUnit> money_unit_from_name(std::string_view s);
// The one home of the unit words. The word written after a figure in a plan
// file or a table ("2.019 triệu"): đồng, nghìn, triệu, tỷ.
std::string_view money_unit_word_vi(MoneyUnit u);
// The unit as readers see it after an amount or in a column header:
// "triệu đồng" (vi), "million VND" (en).
std::string_view money_unit_words(MoneyUnit u, text::Lang lang);

struct Money {
  std::int64_t dong = 0;
  auto operator<=>(const Money&) const = default;
};

// a + b, nullopt on overflow.
std::optional<Money> checked_add(Money a, Money b);

// A budget amount as written in a plan file.
//  - `plain_number` is true for an unquoted YAML scalar: `350`, `2.5`, `0.75`
//    read with a decimal point, in `unit`. `2.019`, `4.700` (one dot, exactly
//    three digits after it) is Rule::ambiguous_amount.
//  - Text with a unit word ("2.019 triệu", "21,95 tỷ", "350 tr.đ", "500.000 đồng")
//    uses Vietnamese digits: '.' groups thousands, ',' marks decimals.
//  - Text without a unit word is read like a plain number.
// Negative amounts and amounts that are not a whole number of đồng are
// Rule::bad_amount; so is an amount that does not fit in 64 bits.
Parsed<Money> parse_amount(std::string_view text, bool plain_number, MoneyUnit unit);

// The amounts of one message, all in the plan's unit ("80 triệu đồng" and
// "82,5 triệu đồng", never "82.500.000 đồng" next to them), exactly, grouped
// and marked the way each language writes numbers. Check and import both say
// amounts this way.
std::vector<diag::Message> show_amounts(std::initializer_list<Money> amounts, MoneyUnit unit);

}  // namespace cchc::model
