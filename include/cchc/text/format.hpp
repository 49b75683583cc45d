// Numbers, percentages and the pieces of dates and periods written the
// Vietnamese way (vietnamese.md) or the English way. Every Vietnamese output goes through these.
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/text/interned.hpp"

namespace cchc::text {

enum class Lang { vi, en };

// 21950 -> "21.950" (vi) / "21,950" (en); negative numbers keep their sign.
std::string group_digits(std::int64_t n, Lang lang);

// num / den as a percentage cut (not rounded) to two decimals: 7/9 ->
// "77,77%" (vi) / "77.77%" (en); trailing zeros kept ("50,00%"). den == 0 -> "—".
std::string percent_cut(std::int64_t num, std::int64_t den, Lang lang);

// A decimal indicator value with at most `decimals` digits, trailing zeros
// dropped: 82.5 -> "82,5" (vi) / "82.5" (en).
std::string decimal(double v, int decimals, Lang lang);

// Pieces of dates and periods (whole dates are written by render/dates.hpp,
// which knows the model's Date): the English month name ("January", "?" for
// a month that does not exist); a month as Nghị định 30/2020 writes it in a
// date, with a leading zero on 1 and 2 only ("01", "02", "3" ... "12"); a
// quarter in Roman numerals, as official documents write it (1 -> "I",
// 4 -> "IV"; quarter must be 1 to 4).
std::string_view english_month(unsigned month);
std::string official_month(unsigned month);
std::string_view roman_quarter(int quarter);

// "Quý IV/2017" / "Q4 2017"; "6 tháng đầu năm 2021" / "first half of 2021";
// "Tháng 4/2020" / "April 2020".
std::string quarter_label(int year, int quarter, Lang lang);
std::string half_label(int year, int half, Lang lang);
std::string month_label(int year, unsigned month, Lang lang);

// Small pieces every layer uses on text.
// ASCII digits only, at least one: "2019" yes, "", "2.019", "٢" no.
bool all_digits(std::string_view s);
// The items with `sep` between them: join({"a", "b"}, "; ") == "a; b".
std::string join(const std::vector<std::string>& items, std::string_view sep);
// The same for interned texts. A template, so that join({"a", "b"}, ", ")
// still means the one above.
template <std::same_as<Interned> T>
std::string join(const std::vector<T>& items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += sep;
    out += items[i].str();
  }
  return out;
}

}  // namespace cchc::text
