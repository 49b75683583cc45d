// Numbers, percentages and the words of dates and periods the Vietnamese way
// (vietnamese.md, "Numbers and dates") or the English way. Percentages use integer arithmetic only,
// so a rate is cut exactly where the rules say and never by a binary fraction.
#include "cchc/text/format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace cchc::text {

namespace {

// num * 10000 overflows int64 for large counts; GCC and Clang have a 128-bit
// type. __extension__ keeps -Wpedantic quiet about it.
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

char group_mark(Lang lang) {
  return lang == Lang::vi ? '.' : ',';
}
char decimal_mark(Lang lang) {
  return lang == Lang::vi ? ',' : '.';
}

// Thousands marks into a run of decimal digits: "1234567" -> "1.234.567".
std::string group_digit_run(std::string_view digits, Lang lang) {
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += group_mark(lang);
    out += digits[i];
  }
  return out;
}

std::string digits_of(UInt128 n) {
  if (n == 0) return "0";
  std::string rev;
  while (n > 0) {
    rev += static_cast<char>('0' + static_cast<int>(n % 10));
    n /= 10;
  }
  return std::string(rev.rbegin(), rev.rend());
}

UInt128 magnitude(Int128 n) {
  return n < 0 ? UInt128(0) - UInt128(n) : UInt128(n);
}

}  // namespace

std::string_view roman_quarter(int quarter) {
  static constexpr std::array<std::string_view, 4> kRoman{"I", "II", "III", "IV"};
  return kRoman[static_cast<std::size_t>(quarter - 1)];
}

std::string_view english_month(unsigned month) {
  static constexpr std::array<std::string_view, 12> kMonths{
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return month >= 1 && month <= 12 ? kMonths[month - 1] : std::string_view("?");
}

// Nghị định 30/2020: months 1 and 2 take a leading zero ("tháng 01", "tháng
// 02") so that nobody can add a digit after them; 3 to 9 are written bare.
std::string official_month(unsigned month) {
  return month <= 2 ? fmt::format("{:02}", month) : fmt::format("{}", month);
}

std::string group_digits(std::int64_t n, Lang lang) {
  std::string out = group_digit_run(digits_of(magnitude(n)), lang);
  return n < 0 ? "-" + out : out;
}

std::string percent_cut(std::int64_t num, std::int64_t den, Lang lang) {
  if (den == 0) return "—";
  // Hundredths of a percent, truncated toward zero: 7/9 -> 7777 -> 77,77%.
  Int128 hundredths = Int128(num) * 10000 / Int128(den);
  UInt128 mag = magnitude(hundredths);
  std::string whole = group_digit_run(digits_of(mag / 100), lang);
  std::string out =
      fmt::format("{}{}{:02}%", whole, decimal_mark(lang), static_cast<unsigned>(mag % 100));
  // A rate that cuts to zero is "0,00%", never "-0,00%".
  return hundredths < 0 ? "-" + out : out;
}

std::string decimal(double v, int decimals, Lang lang) {
  if (!std::isfinite(v)) return "—";
  if (decimals < 0) decimals = 0;
  if (decimals > 17) decimals = 17;  // beyond what a double holds
  std::string s = fmt::format("{:.{}f}", v, decimals);
  bool negative = !s.empty() && s.front() == '-';
  if (negative) s.erase(0, 1);
  std::size_t dot = s.find('.');
  std::string int_part = s.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : s.substr(dot + 1);
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  std::string out = group_digit_run(int_part, lang);
  if (!frac.empty()) out += decimal_mark(lang) + frac;
  // -0.001 printed with two decimals is "-0.00": after trimming that is zero.
  if (negative && (int_part != "0" || !frac.empty())) out = "-" + out;
  return out;
}

std::string quarter_label(int year, int quarter, Lang lang) {
  bool known = quarter >= 1 && quarter <= 4;
  if (lang == Lang::en) return fmt::format("Q{} {}", quarter, year);
  // An impossible quarter shows its number rather than a made-up numeral.
  return known ? fmt::format("Quý {}/{}", roman_quarter(quarter), year)
               : fmt::format("Quý {}/{}", quarter, year);
}

std::string half_label(int year, int half, Lang lang) {
  bool first = half == 1;
  if (lang == Lang::en) return fmt::format("{} half of {}", first ? "first" : "second", year);
  return fmt::format("6 tháng {} năm {}", first ? "đầu" : "cuối", year);
}

std::string month_label(int year, unsigned month, Lang lang) {
  if (lang == Lang::en) return fmt::format("{} {}", english_month(month), year);
  return fmt::format("Tháng {}/{}", official_month(month), year);
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += sep;
    out += items[i];
  }
  return out;
}

}  // namespace cchc::text
