// Amounts in words (số tiền bằng chữ) in Vietnamese, as vietnamese.md
// ("Amounts in words") prescribes, and in English for --lang en.
//
// Both languages read the magnitude in groups of three digits, most
// significant first, and join the words with single spaces. Only unsigned
// integer arithmetic is used: the magnitude of INT64_MIN does not fit in an
// int64, so the sign is taken off in uint64.
//
// Above "tỷ" (10^9) Vietnamese has no new word: the number of tỷ is read as a
// number of its own, then "tỷ". So 1.000.000.000.000 reads "một nghìn tỷ",
// 1.001.000.000.000 "một nghìn không trăm linh một tỷ" (a thousand and one
// tỷ, never "một nghìn tỷ không trăm linh một tỷ"), and the int64 maximum
// "chín tỷ hai trăm hai mươi ba triệu ... không trăm ba mươi sáu tỷ tám trăm
// năm mươi bốn triệu ...".
#include "cchc/text/words.hpp"

#include <utf8proc.h>

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace cchc::text {

namespace {

// A uint64 has at most 20 digits: seven groups of three.
constexpr std::size_t kGroupCount = 7;
using Groups = std::array<unsigned, kGroupCount>;  // least significant first

Groups split_groups(std::uint64_t n) {
  Groups groups{};
  for (auto& group : groups) {
    group = static_cast<unsigned>(n % 1000);
    n /= 1000;
  }
  return groups;
}

std::uint64_t magnitude(std::int64_t n) {
  // Unsigned negation is well defined, INT64_MIN included.
  return n < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
}

void append_word(std::string& out, std::string_view word) {
  if (word.empty()) return;
  if (!out.empty()) out += ' ';
  out += word;
}

// Upper-cases the first code point ("âm" -> "Âm"); the words are built by
// this file, so they are always valid UTF-8.
std::string capitalize_first(std::string s) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_int32_t cp = 0;
  const auto len = utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(s.size()), &cp);
  if (len <= 0) return s;
  std::array<utf8proc_uint8_t, 4> buf{};
  const auto upper_len = utf8proc_encode_char(utf8proc_toupper(cp), buf.data());
  s.replace(0, static_cast<std::size_t>(len), reinterpret_cast<const char*>(buf.data()),
            static_cast<std::size_t>(upper_len));
  return s;
}

// ---------------------------------------------------------------- Vietnamese

constexpr std::array<std::string_view, 10> kDigitsVi{"không", "một", "hai", "ba",  "bốn",
                                                     "năm",   "sáu", "bảy", "tám", "chín"};

// The scales of the three groups below tỷ: units, nghìn, triệu.
std::string_view scale_vi(std::size_t index, const WordsOptions& opt) {
  switch (index) {
    case 1:
      return opt.ngan ? "ngàn" : "nghìn";
    case 2:
      return "triệu";
    default:
      return "";
  }
}

// The unit digit after "X mươi" (tens >= 2): 1 is "mốt", 5 "lăm", 4 "bốn"
// or, as an option, "tư".
std::string_view unit_after_tens(unsigned units, const WordsOptions& opt) {
  switch (units) {
    case 1:
      return "mốt";
    case 4:
      return opt.tu ? "tư" : "bốn";
    case 5:
      return "lăm";
    default:
      return kDigitsVi[units];
  }
}

// The unit digit after "mười": 5 is "lăm", but 1 stays "một" and 4 stays
// "bốn" ("mười tư" is never written, whatever the option).
std::string_view unit_after_ten(unsigned units) {
  return units == 5 ? "lăm" : kDigitsVi[units];
}

// Tens and units of one group. `hundreds_read` says whether a hundreds word
// precedes them (a non-zero hundreds digit, or "không trăm"): only then does a
// zero tens digit before a non-zero unit read "linh" / "lẻ". After linh the
// unit keeps its plain name: "linh một", "linh năm", "linh bốn".
void append_tens_units_vi(std::string& out, unsigned tens, unsigned units, bool hundreds_read,
                          const WordsOptions& opt) {
  if (tens == 0) {
    if (units == 0) return;
    if (hundreds_read) append_word(out, opt.le ? "lẻ" : "linh");
    append_word(out, kDigitsVi[units]);
  } else if (tens == 1) {
    append_word(out, "mười");
    if (units != 0) append_word(out, unit_after_ten(units));
  } else {
    append_word(out, kDigitsVi[tens]);
    append_word(out, "mươi");
    if (units != 0) append_word(out, unit_after_tens(units, opt));
  }
}

// One non-zero group. A group after the leading one always reads its
// hundreds, "không trăm" when the digit is zero (2.019.000.000 -> hai tỷ
// không trăm mười chín triệu); the leading group reads only what it has.
void append_group_vi(std::string& out, unsigned group, bool leading, const WordsOptions& opt) {
  const unsigned hundreds = group / 100;
  const unsigned tens = group / 10 % 10;
  const unsigned units = group % 10;
  const bool hundreds_read = hundreds != 0 || !leading;
  if (hundreds_read) {
    append_word(out, kDigitsVi[hundreds]);
    append_word(out, "trăm");
  }
  append_tens_units_vi(out, tens, units, hundreds_read, opt);
}

// n > 0 in words after `out`: the number of tỷ first (itself read as a number,
// so that tỷ can repeat), then triệu, nghìn and units. `leading`: nothing of
// this amount has been read yet, so the first group reads only what it has;
// every later group reads its hundreds ("không trăm").
void append_number_vi(std::string& out, std::uint64_t n, bool leading, const WordsOptions& opt) {
  constexpr std::uint64_t kTy = 1'000'000'000;
  if (n >= kTy) {
    append_number_vi(out, n / kTy, leading, opt);
    append_word(out, "tỷ");
    n %= kTy;
    leading = false;
  }
  const Groups groups = split_groups(n);  // at most three non-zero groups now
  for (std::size_t i = 3; i-- > 0;) {
    if (groups[i] == 0) continue;  // all-zero groups are skipped, scale and all
    append_group_vi(out, groups[i], leading, opt);
    append_word(out, scale_vi(i, opt));
    leading = false;
  }
}

// The magnitude in lower-case words, without the currency ("không" for 0).
std::string number_vi(std::uint64_t n, const WordsOptions& opt) {
  if (n == 0) return std::string(kDigitsVi[0]);
  std::string out;
  append_number_vi(out, n, true, opt);
  return out;
}

// ------------------------------------------------------------------- English

constexpr std::array<std::string_view, 20> kSmallEn{
    "zero",     "one",     "two",     "three",     "four",     "five",    "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> kTensEn{"",      "",      "twenty",  "thirty", "forty",
                                                   "fifty", "sixty", "seventy", "eighty", "ninety"};
constexpr std::array<std::string_view, kGroupCount> kScalesEn{
    "", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"};

// One non-zero group: "nine hundred fifty", "twenty-one" (no "and").
void append_group_en(std::string& out, unsigned group) {
  const unsigned hundreds = group / 100;
  const unsigned rest = group % 100;
  if (hundreds != 0) {
    append_word(out, kSmallEn[hundreds]);
    append_word(out, "hundred");
  }
  if (rest == 0) return;
  if (rest < 20) {
    append_word(out, kSmallEn[rest]);
    return;
  }
  std::string tens(kTensEn[rest / 10]);
  if (rest % 10 != 0) {
    tens += '-';
    tens += kSmallEn[rest % 10];
  }
  append_word(out, tens);
}

std::string number_en(std::uint64_t n) {
  if (n == 0) return std::string(kSmallEn[0]);
  const Groups groups = split_groups(n);
  std::string out;
  for (std::size_t i = groups.size(); i-- > 0;) {
    if (groups[i] == 0) continue;
    append_group_en(out, groups[i]);
    append_word(out, kScalesEn[i]);
  }
  return out;
}

}  // namespace

std::string amount_in_words_vi(std::int64_t dong, const WordsOptions& opt) {
  const std::uint64_t abs = magnitude(dong);
  std::string out;
  if (dong < 0) append_word(out, "âm");
  append_word(out, number_vi(abs, opt));
  append_word(out, "đồng");
  // "Không đồng chẵn" would be odd: nothing is there to be even, so 0 has no chẵn.
  if (opt.chan && abs != 0 && abs % 1000 == 0) append_word(out, "chẵn");
  return capitalize_first(std::move(out));
}

std::string amount_in_words_en(std::int64_t dong) {
  std::string out;
  if (dong < 0) append_word(out, "minus");
  append_word(out, number_en(magnitude(dong)));
  append_word(out, "dong");
  return capitalize_first(std::move(out));
}

}  // namespace cchc::text
