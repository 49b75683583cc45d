// Budget amounts: from the text of a plan file to whole đồng in an int64.
//
// Two digit conventions meet here. An unquoted YAML number (`350`, `2.5`) uses
// a decimal point, while Vietnamese documents use '.' to group thousands and
// ',' for decimals ("2.019 triệu" is two thousand and nineteen million). The
// unit word decides: with one, the Vietnamese convention; without one, the
// plain-number convention, and the overlap (`2.019`) is refused as ambiguous.
//
// The figure is read as two digit strings (whole part, decimal part) and
// scaled by the unit in integer arithmetic with overflow checks; nothing goes
// through floating point, so 21,95 tỷ is exactly 21 950 000 000 đồng.
#include "cchc/model/money.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "cchc/text/format.hpp"
#include "cchc/text/unicode.hpp"
#include "cchc/text/words.hpp"

namespace cchc::model {

std::string_view money_unit_word_vi(MoneyUnit u) {
  switch (u) {
    case MoneyUnit::dong:
      return "đồng";
    case MoneyUnit::thousand:
      return "nghìn";
    case MoneyUnit::million:
      return "triệu";
    case MoneyUnit::billion:
      return "tỷ";
  }
  return "đồng";
}

std::string_view money_unit_words(MoneyUnit u, text::Lang lang) {
  bool vi = lang == text::Lang::vi;
  switch (u) {
    case MoneyUnit::dong:
      return vi ? "đồng" : "VND";
    case MoneyUnit::thousand:
      return vi ? "nghìn đồng" : "thousand VND";
    case MoneyUnit::million:
      return vi ? "triệu đồng" : "million VND";
    case MoneyUnit::billion:
      return vi ? "tỷ đồng" : "billion VND";
  }
  return "";
}

namespace {

using diag::Rule;

// A figure as written, split at its decimal mark; both parts are digits only.
struct Figure {
  std::string whole;
  std::string fraction;
};

// Either a figure or the failure that explains why the text is not one.
using FigureResult = Parsed<Figure>;

bool is_number_char(char c) {
  return (c >= '0' && c <= '9') || c == '.' || c == ',';
}

// "million đồng": how messages name an amount's unit.
std::string unit_phrase_en(MoneyUnit u) {
  if (u == MoneyUnit::dong) return "đồng";
  return fmt::format("{} đồng", money_unit_name(u));
}

const diag::Message kAcceptedForms{diag::Msg::amount_forms_hint};
const diag::Message kVietnameseDigits{diag::Msg::amount_vietnamese_digits_hint};

// ---- the unit word -------------------------------------------------------

// The words after the figure, folded to ASCII with spaces removed, so that
// "tr. đồng", "Tr.đ", "trđ" and "TRIEU" all meet one table. A multiplier
// (nghìn, triệu, tỷ) may be followed by a currency word (đồng, đ, VNĐ).
std::optional<MoneyUnit> unit_from_words(std::string_view words) {
  std::string key;
  for (char c : text::fold_ascii(words))
    if (c != ' ') key += c;

  struct Multiplier {
    std::string_view word;
    MoneyUnit unit;
  };
  static constexpr std::array kMultipliers{
      Multiplier{"", MoneyUnit::dong},         Multiplier{"nghin", MoneyUnit::thousand},
      Multiplier{"ngan", MoneyUnit::thousand}, Multiplier{"trieu", MoneyUnit::million},
      Multiplier{"tr.", MoneyUnit::million},   Multiplier{"tr", MoneyUnit::million},
      Multiplier{"ty", MoneyUnit::billion},    Multiplier{"ti", MoneyUnit::billion},
  };
  // "d" is what "đ" folds to; "vnd" covers VND and VNĐ.
  static constexpr std::array<std::string_view, 4> kCurrencies{"", "dong", "d", "vnd"};

  for (const auto& m : kMultipliers) {
    for (std::string_view c : kCurrencies) {
      if (m.word.empty() && c.empty()) continue;
      if (key.size() == m.word.size() + c.size() && key.starts_with(m.word) && key.ends_with(c))
        return m.unit;
    }
  }
  return std::nullopt;
}

// ---- reading the figure --------------------------------------------------

// `350`, `2.5`: digits with at most one decimal point (the YAML reading).
FigureResult read_plain_figure(std::string_view num, MoneyUnit unit) {
  if (num.find(',') != std::string_view::npos)
    return FigureResult::failure(
        Rule::bad_amount, {diag::Msg::amount_comma_without_unit, {num}},
        {diag::Msg::amount_comma_without_unit_hint, {num, money_unit_word_vi(unit)}});

  auto dot = num.find('.');
  if (dot == std::string_view::npos) return FigureResult::success({std::string(num), {}});

  if (num.find('.', dot + 1) != std::string_view::npos) {
    std::string digits;
    for (char c : num)
      if (c != '.') digits += c;
    return FigureResult::failure(
        Rule::bad_amount, {diag::Msg::amount_plain_grouped, {num}},
        {diag::Msg::amount_plain_grouped_hint, {digits, num, money_unit_word_vi(unit)}});
  }
  auto whole = num.substr(0, dot);
  auto fraction = num.substr(dot + 1);
  if (!text::all_digits(whole) || !text::all_digits(fraction))
    return FigureResult::failure(Rule::bad_amount, {diag::Msg::amount_not_amount, {num}},
                                 diag::Message(diag::Msg::amount_decimal_point_hint));
  return FigureResult::success({std::string(whole), std::string(fraction)});
}

// "1.234.567", "21,95", "1.234,5": '.' groups thousands, ',' marks decimals.
FigureResult read_vietnamese_figure(std::string_view num) {
  auto bad = [&](diag::Msg what) {
    return FigureResult::failure(Rule::bad_amount, {diag::Msg::amount_figure_problem, {num, what}},
                                 kVietnameseDigits);
  };
  auto comma = num.find(',');
  if (comma != std::string_view::npos && num.find(',', comma + 1) != std::string_view::npos)
    return bad(diag::Msg::amount_two_commas);
  std::string_view whole = num.substr(0, comma);
  std::string_view fraction =
      comma == std::string_view::npos ? std::string_view{} : num.substr(comma + 1);
  if (fraction.find('.') != std::string_view::npos) return bad(diag::Msg::amount_dot_after_comma);
  if (comma != std::string_view::npos && !text::all_digits(fraction))
    return bad(diag::Msg::amount_no_digits_after_comma);
  if (whole.empty()) return bad(diag::Msg::amount_no_digits_before_comma);

  // Thousands groups: a leading group of 1 to 3 digits, then groups of exactly 3.
  std::string digits;
  std::size_t start = 0;
  bool first = true;
  while (true) {
    auto dot = whole.find('.', start);
    auto group =
        whole.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    bool grouped = dot != std::string_view::npos || !first;
    bool size_ok = !grouped || (first ? group.size() >= 1 && group.size() <= 3 : group.size() == 3);
    if (!text::all_digits(group) || !size_ok) return bad(diag::Msg::amount_bad_groups);
    digits += group;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
    first = false;
  }
  return FigureResult::success({digits, std::string(fraction)});
}

// ---- the ambiguous plain number ------------------------------------------

std::string words_below_100(int n) {
  static constexpr std::array<std::string_view, 20> kSmall{
      "zero",     "one",     "two",     "three",     "four",     "five",    "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static constexpr std::array<std::string_view, 10> kTens{
      "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  if (n < 20) return std::string(kSmall[std::size_t(n)]);
  std::string s(kTens[std::size_t(n / 10)]);
  if (n % 10 != 0) s += fmt::format("-{}", kSmall[std::size_t(n % 10)]);
  return s;
}

std::string words_below_1000(int n) {
  if (n < 100) return words_below_100(n);
  std::string s = fmt::format("{} hundred", words_below_100(n / 100));
  if (n % 100 != 0) s += " and " + words_below_100(n % 100);
  return s;
}

// Vietnamese words for 1..999999 ("hai nghìn không trăm mười chín").
std::string vietnamese_words(int n) {
  std::string s = text::amount_in_words_vi(n);
  if (s.ends_with(" đồng")) s.resize(s.size() - std::string_view(" đồng").size());
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

// British English words for 1..999999 ("two thousand and nineteen"), enough
// for the grouped reading of an ambiguous `d.ddd`, `dd.ddd` or `ddd.ddd`.
std::string english_words(int n) {
  if (n < 1000) return words_below_1000(n);
  std::string s = words_below_1000(n / 1000) + " thousand";
  int rest = n % 1000;
  if (rest == 0) return s;
  return s + (rest < 100 ? " and " : " ") + words_below_1000(rest);
}

// `2.019`, `4.700`, `10.000`: one dot and exactly three digits after it, with
// a leading group that could start a grouped number (1 to 3 digits, no leading
// zero). `0.750` or `1234.567` can only be decimals, so they pass.
bool looks_grouped(const Figure& f) {
  return f.fraction.size() == 3 && !f.whole.empty() && f.whole.size() <= 3 && f.whole[0] != '0';
}

Parsed<Money> ambiguous(std::string_view num, const Figure& f, MoneyUnit unit) {
  std::string grouped = f.whole + f.fraction;
  int grouped_value = std::stoi(grouped);  // at most six digits
  // The decimal reading written so that it no longer looks grouped:
  // 4.700 -> 4.7, 10.000 -> 10, 2.019 -> 2.0190.
  std::string fraction = f.fraction;
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string plain_decimal = fraction.empty()       ? f.whole
                              : fraction.size() == 3 ? f.whole + "." + fraction + "0"
                                                     : f.whole + "." + fraction;
  std::string vi_decimal = fraction.empty() ? f.whole : f.whole + "," + fraction;
  std::string decimal_shown = fraction.empty() ? f.whole : f.whole + "." + fraction;
  auto vi = money_unit_word_vi(unit);
  auto unit_phrase = diag::Message::both(std::string(money_unit_words(unit, text::Lang::vi)),
                                         unit_phrase_en(unit));
  auto decimal = diag::Message::both(vi_decimal, decimal_shown);
  return Parsed<Money>::failure(
      Rule::ambiguous_amount,
      {diag::Msg::amount_ambiguous,
       {num, grouped,
        diag::Message::both(vietnamese_words(grouped_value), english_words(grouped_value)),
        unit_phrase, decimal}},
      {diag::Msg::amount_ambiguous_hint,
       {grouped, unit_phrase, num, vi, decimal, plain_decimal, vi_decimal}});
}

// ---- scaling to đồng -----------------------------------------------------

std::optional<std::int64_t> digits_to_int(std::string_view digits) {
  std::int64_t v = 0;
  for (char c : digits) {
    if (__builtin_mul_overflow(v, std::int64_t{10}, &v)) return std::nullopt;
    if (__builtin_add_overflow(v, std::int64_t(c - '0'), &v)) return std::nullopt;
  }
  return v;
}

Parsed<Money> to_dong(std::string_view text, Figure f, MoneyUnit unit) {
  auto too_large = [&] {
    return Parsed<Money>::failure(Rule::bad_amount, {diag::Msg::amount_too_large, {text}},
                                  diag::Message(diag::Msg::amount_too_large_hint));
  };
  auto not_whole = [&] {
    return Parsed<Money>::failure(Rule::bad_amount, {diag::Msg::amount_not_whole_dong, {text}},
                                  diag::Message(diag::Msg::amount_not_whole_dong_hint));
  };
  while (!f.fraction.empty() && f.fraction.back() == '0') f.fraction.pop_back();
  // With trailing zeros gone, a fraction of more than 9 digits cannot be a
  // whole number of đồng even in tỷ (10^9), and 10^k below stays in range.
  if (f.fraction.size() > 9) return not_whole();

  const std::int64_t factor = unit_factor(unit);
  auto whole = digits_to_int(f.whole);
  std::int64_t result = 0;
  if (!whole || __builtin_mul_overflow(*whole, factor, &result)) return too_large();
  if (f.fraction.empty()) return Parsed<Money>::success(Money{result});

  std::int64_t fraction = *digits_to_int(f.fraction);  // at most 9 digits
  std::int64_t scale = 1;
  for (std::size_t i = 0; i < f.fraction.size(); ++i) scale *= 10;
  std::int64_t scaled = fraction * factor;  // below 10^18: no overflow
  if (scaled % scale != 0) return not_whole();
  if (__builtin_add_overflow(result, scaled / scale, &result)) return too_large();
  return Parsed<Money>::success(Money{result});
}

bool starts_with_minus(std::string_view s) {
  return s.starts_with('-') || s.starts_with("\u2212");  // ASCII hyphen or U+2212 minus sign
}

}  // namespace

std::int64_t unit_factor(MoneyUnit u) {
  switch (u) {
    case MoneyUnit::dong:
      return 1;
    case MoneyUnit::thousand:
      return 1'000;
    case MoneyUnit::million:
      return 1'000'000;
    case MoneyUnit::billion:
      return 1'000'000'000;
  }
  return 1;
}

std::string_view money_unit_name(MoneyUnit u) {
  switch (u) {
    case MoneyUnit::dong:
      return "dong";
    case MoneyUnit::thousand:
      return "thousand";
    case MoneyUnit::million:
      return "million";
    case MoneyUnit::billion:
      return "billion";
  }
  return "dong";
}

std::optional<MoneyUnit> money_unit_from_name(std::string_view s) {
  std::string key = text::fold_ascii(s);
  if (key == "dong") return MoneyUnit::dong;
  if (key == "thousand" || key == "nghin" || key == "ngan") return MoneyUnit::thousand;
  if (key == "million" || key == "trieu") return MoneyUnit::million;
  if (key == "billion" || key == "ty" || key == "ti") return MoneyUnit::billion;
  return std::nullopt;
}

std::optional<Money> checked_add(Money a, Money b) {
  Money sum;
  if (__builtin_add_overflow(a.dong, b.dong, &sum.dong)) return std::nullopt;
  return sum;
}

Parsed<Money> parse_amount(std::string_view text, bool plain_number, MoneyUnit unit) {
  // plain_number only matters to the YAML reader: text without a unit word is
  // read the same way whether it was quoted or not.
  (void)plain_number;
  const std::string trimmed = text::collapse_space(text);
  if (trimmed.empty())
    return Parsed<Money>::failure(Rule::bad_amount, diag::Message(diag::Msg::amount_empty),
                                  kAcceptedForms);
  if (starts_with_minus(trimmed))
    return Parsed<Money>::failure(Rule::bad_amount, {diag::Msg::amount_negative, {trimmed}},
                                  diag::Message(diag::Msg::amount_negative_hint));

  const std::string_view all = trimmed;
  auto split = std::find_if_not(all.begin(), all.end(), is_number_char);
  const std::string_view num = all.substr(0, std::size_t(split - all.begin()));
  const std::string words = text::collapse_space(all.substr(num.size()));
  if (num.empty() ||
      !std::any_of(num.begin(), num.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return Parsed<Money>::failure(Rule::bad_amount, {diag::Msg::amount_not_amount, {trimmed}},
                                  kAcceptedForms);

  if (!words.empty()) {
    auto word_unit = unit_from_words(words);
    if (!word_unit)
      return Parsed<Money>::failure(Rule::bad_amount,
                                    {diag::Msg::amount_unknown_unit_word, {trimmed, words}},
                                    diag::Message(diag::Msg::amount_unit_words_hint));
    auto figure = read_vietnamese_figure(num);
    if (!figure.ok()) return Parsed<Money>::failure(figure.rule, figure.message, figure.hint);
    return to_dong(trimmed, *figure.value, *word_unit);
  }

  auto figure = read_plain_figure(num, unit);
  if (!figure.ok()) return Parsed<Money>::failure(figure.rule, figure.message, figure.hint);
  if (looks_grouped(*figure.value)) return ambiguous(num, *figure.value, unit);
  return to_dong(trimmed, *figure.value, unit);
}

// The amounts of one message, all in the plan's unit ("80 triệu đồng" and
// "82,5 triệu đồng", never "82.500.000 đồng" next to them), exactly: with as
// many decimals as the least round of them needs, grouped and marked the way
// each language writes numbers.
std::vector<diag::Message> show_amounts(std::initializer_list<Money> amounts, MoneyUnit unit) {
  const std::int64_t factor = unit_factor(unit);  // a power of ten
  int decimals = 0;
  for (Money m : amounts) {
    int d = 0;
    for (std::int64_t p = factor; m.dong % p != 0; p /= 10) ++d;
    decimals = std::max(decimals, d);
  }
  std::int64_t step = factor;
  for (int i = 0; i < decimals; ++i) step /= 10;
  std::vector<diag::Message> out;
  for (Money m : amounts) {
    const bool negative = m.dong < 0;
    // |dong| split without overflow at INT64_MIN: the remainder is taken first.
    std::int64_t whole = m.dong / factor, rest = m.dong % factor;
    if (negative) whole = -whole, rest = -rest;
    auto written = [&](text::Lang lang) {
      std::string s = (negative ? "-" : "") + text::group_digits(whole, lang);
      if (decimals > 0)
        s += fmt::format("{}{:0{}}", lang == text::Lang::vi ? ',' : '.', rest / step, decimals);
      return s + " " + std::string(money_unit_words(unit, lang));
    };
    out.push_back(diag::Message::both(written(text::Lang::vi), written(text::Lang::en)));
  }
  return out;
}

}  // namespace cchc::model
