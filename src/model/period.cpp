// Periods from text. The numeric forms are read here; the documents' words go
// through the deadline grammar, which already reads "Quý I/2021" as the span
// from 1 January to 31 March 2021.
#include "cchc/model/period.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "cchc/model/deadline.hpp"
#include "cchc/text/format.hpp"
#include "cchc/text/unicode.hpp"

namespace cchc::model {
namespace {

std::optional<int> four_digit_year(std::string_view s) {
  if (s.size() != 4 || !text::all_digits(s) || s[0] == '0') return std::nullopt;
  return (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
}

Period years(int first, int last) {
  return {*make_date(first, 1, 1), *make_date(last, 12, 31)};
}

// "2021", "2021..2025", "2021 - 2025", "2021-Q1", "2021-h2" (folded to ASCII).
std::optional<Period> numeric_period(const std::string& s) {
  if (auto y = four_digit_year(s)) return years(*y, *y);
  for (std::string_view sep : {"..", " - ", "-", " – ", "–"}) {
    auto pos = s.find(sep);
    if (pos == std::string::npos) continue;
    auto first = four_digit_year(text::collapse_space(s.substr(0, pos)));
    std::string rest = text::collapse_space(s.substr(pos + sep.size()));
    if (!first) return std::nullopt;
    if (auto last = four_digit_year(rest)) {
      if (*first > *last) return std::nullopt;
      return years(*first, *last);
    }
    if (sep != "-" || rest.size() != 2) return std::nullopt;
    static constexpr std::array<std::pair<std::string_view, std::pair<unsigned, unsigned>>, 6>
        kParts{{{"q1", {1, 3}},
                {"q2", {4, 6}},
                {"q3", {7, 9}},
                {"q4", {10, 12}},
                {"h1", {1, 6}},
                {"h2", {7, 12}}}};
    for (const auto& [name, months] : kParts)
      if (rest == name)
        return Period{*make_date(*first, months.first, 1),
                      last_day_of_month(*first, months.second)};
    return std::nullopt;
  }
  return std::nullopt;
}

// The deadline grammar's span for the text, when it names one month, quarter,
// half or year on its own. The text is read in two contexts far apart: a form
// that takes its year from the context ("Quý I") reads differently and is
// refused.
std::optional<Period> worded_period(std::string_view text) {
  std::optional<Period> seen;
  for (int year : {1000, 9999}) {
    DeadlineContext ctx{*make_date(year, 1, 1), *make_date(year, 12, 31)};
    auto d = parse_deadline(text, ctx);
    if (!d.ok() || d.value->optional || d.value->items.size() != 1) return std::nullopt;
    const DeadlineItem& item = d.value->items.front();
    if (item.kind != DeadlineKind::day || item.carried_over || item.start) return std::nullopt;
    Period p{item.first, item.due};
    if (day_of(p.from) != 1 || p.to != last_day_of_month(year_of(p.to), month_of(p.to)) ||
        p.from == p.to)
      return std::nullopt;
    if (seen && *seen != p) return std::nullopt;
    seen = p;
  }
  return seen;
}

}  // namespace

bool whole_years(const Period& p) {
  return month_of(p.from) == 1 && day_of(p.from) == 1 && month_of(p.to) == 12 && day_of(p.to) == 31;
}

Parsed<Period> parse_period(std::string_view text) {
  std::string s = text::collapse_space(text::fold_ascii(text));
  if (auto p = numeric_period(s)) return Parsed<Period>::success(*p);
  // Words begin the documents' forms ("Quý", "Năm", "6 tháng"); a text that
  // starts with a year is a numeric form or nothing.
  bool worded = std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                !(s.size() >= 4 && text::all_digits(s.substr(0, 4)));
  if (worded)
    if (auto p = worded_period(text)) return Parsed<Period>::success(*p);
  return Parsed<Period>::failure(diag::Rule::bad_date, {diag::Msg::period_unreadable, {text}},
                                 diag::Message(diag::Msg::period_forms_hint));
}

Parsed<Period> parse_plan_period(std::string_view text) {
  auto p = parse_period(text);
  if (p.ok() &&
      (!whole_years(*p.value) || year_of(p.value->from) < 1900 || year_of(p.value->to) > 2200))
    return Parsed<Period>::failure(diag::Rule::wrong_type,
                                   {diag::Msg::plan_period_not_years, {text}},
                                   diag::Message(diag::Msg::plan_period_hint));
  return p;
}

}  // namespace cchc::model
