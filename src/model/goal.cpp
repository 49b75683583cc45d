// Goals and actual values of indicator targets: the grammar documented in
// goal.hpp, turned into a comparison and one or two numbers.
//
// Keywords are matched word by word on ASCII-folded words ("tối thiểu" and
// "toi thieu" are the same), while the operand keeps its original words, so a
// category name is matched against the scale with its diacritics intact.
#include "cchc/model/goal.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>

#include "cchc/text/format.hpp"
#include "cchc/text/unicode.hpp"

namespace cchc::model {
namespace {

using diag::Rule;

using diag::Message;
using diag::Msg;

Parsed<double> value_failure(Message message, Message hint = {}) {
  return Parsed<double>::failure(Rule::bad_goal, std::move(message), std::move(hint));
}

// Digits beyond this are not indicator values, and doubles stop being exact.
constexpr std::size_t kMaxDigits = 15;

std::optional<double> to_double(std::string s) {
  std::replace(s.begin(), s.end(), ',', '.');
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v, std::chars_format::fixed);
  if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  return v;
}

// "82,5", "82.5", "90": one optional decimal mark, ',' or '.', digits around it.
std::optional<double> decimal_number(std::string_view s) {
  auto mark = s.find_first_of(".,");
  if (mark == std::string_view::npos) {
    if (!text::all_digits(s) || s.size() > kMaxDigits) return std::nullopt;
    return to_double(std::string(s));
  }
  auto whole = s.substr(0, mark);
  auto fraction = s.substr(mark + 1);
  if (!text::all_digits(whole) || !text::all_digits(fraction) || whole.size() > kMaxDigits)
    return std::nullopt;
  return to_double(std::string(s));
}

// "1000", "1.000", "1,000,000": a whole number whose thousands may be grouped
// by one kind of separator. A count or a rank has no decimals, so a separator
// there can only be grouping.
std::optional<double> whole_number(std::string_view s) {
  std::string digits;
  auto sep = s.find_first_of(".,");
  if (sep == std::string_view::npos) {
    digits = s;
  } else {
    const char mark = s[sep];
    std::size_t start = 0;
    bool first = true;
    while (true) {
      auto next = s.find(mark, start);
      auto group =
          s.substr(start, next == std::string_view::npos ? std::string_view::npos : next - start);
      bool size_ok = first ? group.size() >= 1 && group.size() <= 3 : group.size() == 3;
      if (!text::all_digits(group) || !size_ok) return std::nullopt;
      digits += group;
      if (next == std::string_view::npos) break;
      start = next + 1;
      first = false;
    }
  }
  if (!text::all_digits(digits) || digits.size() > kMaxDigits) return std::nullopt;
  return to_double(digits);
}

std::string scale_list(const std::vector<std::string>& scale) {
  std::string out;
  for (const auto& entry : scale) out += (out.empty() ? "" : ", ") + entry;
  return out;
}

// The position of `name` on the scale. Exact match after name_key first (NFC,
// case, old tone placement); then ASCII folding, for keyboards without
// Vietnamese input, but only when it points at a single entry.
std::optional<std::size_t> scale_position(std::string_view name,
                                          const std::vector<std::string>& scale) {
  const std::string key = text::name_key(name);
  for (std::size_t i = 0; i < scale.size(); ++i)
    if (text::name_key(scale[i]) == key) return i;
  const std::string ascii = text::fold_ascii(name);
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < scale.size(); ++i) {
    if (text::fold_ascii(scale[i]) != ascii) continue;
    if (found) return std::nullopt;
    found = i;
  }
  return found;
}

Parsed<double> category_value(std::string_view s, const std::vector<std::string>& scale) {
  if (scale.empty())
    return value_failure({Msg::goal_no_scale, {s}}, Message(Msg::goal_no_scale_hint));
  if (auto pos = scale_position(s, scale)) return Parsed<double>::success(double(*pos));
  return value_failure({Msg::goal_not_on_scale, {s, scale_list(scale)}},
                       Message(Msg::goal_not_on_scale_hint));
}

Parsed<double> yes_no_value(std::string_view s) {
  const std::string key = text::fold_ascii(s);
  if (key == "yes" || key == "co" || key == "true") return Parsed<double>::success(1);
  if (key == "no" || key == "khong" || key == "false") return Parsed<double>::success(0);
  return value_failure({Msg::goal_not_yes_no, {s}}, Message(Msg::goal_yes_no_hint));
}

Parsed<double> numeric_value(std::string_view s, TargetUnit unit) {
  std::string_view number = s;
  const bool percent_sign = number.ends_with('%');
  if (percent_sign) {
    number.remove_suffix(1);
    while (number.ends_with(' ')) number.remove_suffix(1);
  }
  if (percent_sign && unit != TargetUnit::percent)
    return value_failure({Msg::goal_percent_sign, {s, target_unit_name(unit)}},
                         Message(Msg::goal_percent_sign_hint));

  const bool whole = unit == TargetUnit::count || unit == TargetUnit::rank;
  auto v = whole ? whole_number(number) : decimal_number(number);
  if (!v) {
    if (whole && decimal_number(number))
      return value_failure({Msg::goal_not_whole, {s, target_unit_name(unit)}},
                           Message(Msg::goal_not_whole_hint));
    return value_failure({Msg::goal_not_number, {s}}, Message(Msg::goal_not_number_hint));
  }
  if (unit == TargetUnit::percent && *v > 100)
    return value_failure({Msg::goal_percent_range, {s}}, Message(Msg::goal_percent_range_hint));
  if (unit == TargetUnit::rank && *v < 1)
    return value_failure({Msg::goal_rank_not_place, {s}}, Message(Msg::goal_rank_not_place_hint));
  return Parsed<double>::success(*v);
}

// One value in the target's unit; `s` is trimmed.
Parsed<double> parse_value(std::string_view s, TargetUnit unit,
                           const std::vector<std::string>& scale) {
  if (s.empty())
    return value_failure(Message(Msg::goal_value_missing), Message(Msg::goal_value_missing_hint));
  switch (unit) {
    case TargetUnit::category:
      return category_value(s, scale);
    case TargetUnit::yes_no:
      return yes_no_value(s);
    default:
      return numeric_value(s, unit);
  }
}

// ---- goal grammar --------------------------------------------------------

// Words of the goal: as written (for operands) and ASCII-folded (for keywords).
struct Words {
  std::vector<std::string> raw;
  std::vector<std::string> key;

  std::size_t size() const { return raw.size(); }
  std::string join(std::size_t from, std::size_t to) const {
    std::string out;
    for (std::size_t i = from; i < to && i < raw.size(); ++i)
      out += (out.empty() ? "" : " ") + raw[i];
    return out;
  }
  // Number of words of `phrase` ("toi thieu") found at word `at`; 0 when absent.
  std::size_t has_at(std::size_t at, std::string_view phrase) const {
    std::size_t i = at;
    while (!phrase.empty()) {
      auto space = phrase.find(' ');
      auto word = phrase.substr(0, space);
      if (i >= key.size() || key[i] != word) return 0;
      ++i;
      phrase = space == std::string_view::npos ? std::string_view{} : phrase.substr(space + 1);
    }
    return i - at;
  }
  std::optional<std::size_t> find(std::string_view word, std::size_t from) const {
    for (std::size_t i = from; i < key.size(); ++i)
      if (key[i] == word) return i;
    return std::nullopt;
  }
};

Words split_words(std::string_view collapsed) {
  Words w;
  std::size_t start = 0;
  while (start < collapsed.size()) {
    auto space = collapsed.find(' ', start);
    if (space == std::string_view::npos) space = collapsed.size();
    w.raw.emplace_back(collapsed.substr(start, space - start));
    w.key.push_back(text::fold_ascii(w.raw.back()));
    start = space + 1;
  }
  return w;
}

// The comparison a bare value stands for.
Comparison bare_comparison(TargetUnit unit) {
  if (unit == TargetUnit::rank) return Comparison::le;  // "40" is 40th place or better
  if (unit == TargetUnit::yes_no) return Comparison::eq;
  return Comparison::ge;
}

Message accepted_forms(TargetUnit unit) {
  switch (unit) {
    case TargetUnit::rank:
      return Message(Msg::goal_rank_forms_hint);
    case TargetUnit::category:
      return Message(Msg::goal_category_forms_hint);
    case TargetUnit::yes_no:
      return Message(Msg::goal_yes_no_hint);
    default:
      return Message(Msg::goal_forms_hint);
  }
}

class GoalParser {
 public:
  GoalParser(std::string written, TargetUnit unit, const std::vector<std::string>& scale)
      : written_(std::move(written)), unit_(unit), scale_(scale) {}

  Parsed<GoalValue> parse() const {
    if (written_.empty()) return fail(Message(Msg::goal_empty), accepted_forms(unit_));
    // A scale entry may itself start like a keyword ("trên trung bình").
    if (unit_ == TargetUnit::category && scale_position(written_, scale_))
      return single(Comparison::ge, written_);
    if (auto r = symbol_form()) return *r;
    return word_form();
  }

 private:
  Parsed<GoalValue> fail(Message message, Message hint = {}) const {
    return Parsed<GoalValue>::failure(Rule::bad_goal, std::move(message), std::move(hint));
  }
  Parsed<GoalValue> fail_value(const Parsed<double>& v) const {
    return fail({Msg::goal_problem, {written_, v.message}}, v.hint);
  }
  Parsed<GoalValue> not_understood() const {
    return fail({Msg::goal_not_understood, {written_}}, accepted_forms(unit_));
  }
  Parsed<GoalValue> success(Comparison op, double value, double high = 0) const {
    return Parsed<GoalValue>::success(GoalValue{op, value, high, written_});
  }

  Parsed<GoalValue> single(Comparison op, std::string_view operand) const {
    if (operand.find("..") != std::string_view::npos) return not_understood();
    if (unit_ == TargetUnit::yes_no && op != Comparison::eq)
      return fail({Msg::goal_problem, {written_, Msg::goal_yes_no_comparison}},
                  accepted_forms(unit_));
    auto v = parse_value(operand, unit_, scale_);
    if (!v.ok()) return fail_value(v);
    return success(op, *v.value);
  }

  Parsed<GoalValue> range(std::string_view low_text, std::string_view high_text) const {
    if (unit_ == TargetUnit::yes_no)
      return fail({Msg::goal_problem, {written_, Msg::goal_yes_no_range}}, accepted_forms(unit_));
    auto low = parse_value(text::collapse_space(low_text), unit_, scale_);
    if (!low.ok()) return fail_value(low);
    auto high = parse_value(text::collapse_space(high_text), unit_, scale_);
    if (!high.ok()) return fail_value(high);
    if (*low.value > *high.value)
      return fail({Msg::goal_problem, {written_, Msg::goal_range_backwards}},
                  Message(Msg::goal_range_backwards_hint));
    return success(Comparison::range, *low.value, *high.value);
  }

  // A bare operand: a value or a range "X..Y".
  Parsed<GoalValue> bare(std::string_view operand, Comparison op) const {
    auto dots = operand.find("..");
    if (dots == std::string_view::npos) return single(op, operand);
    return range(operand.substr(0, dots), operand.substr(dots + 2));
  }

  // ">= 90", "≥90%", "< 5", "= 100".
  std::optional<Parsed<GoalValue>> symbol_form() const {
    struct Symbol {
      std::string_view text;
      Comparison op;
    };
    // Longest first: ">=" before ">".
    static constexpr std::array kSymbols{
        Symbol{">=", Comparison::ge}, Symbol{"\u2265", Comparison::ge},
        Symbol{"<=", Comparison::le}, Symbol{"\u2264", Comparison::le},
        Symbol{"==", Comparison::eq}, Symbol{">", Comparison::gt},
        Symbol{"<", Comparison::lt},  Symbol{"=", Comparison::eq},
    };
    std::string_view w = written_;
    for (const auto& s : kSymbols) {
      if (!w.starts_with(s.text)) continue;
      return single(s.op, text::collapse_space(w.substr(s.text.size())));
    }
    return std::nullopt;
  }

  Parsed<GoalValue> word_form() const {
    Words w = split_words(written_);
    std::size_t at = 0;
    if (unit_ == TargetUnit::rank) {  // "thứ hạng 10", "hạng 10"
      at = w.has_at(0, "thu hang");
      if (at == 0) at = w.has_at(0, "hang");
    }
    if (w.has_at(at, "tu")) return from_form(w, at + 1);

    struct Lead {
      std::string_view words;        // ASCII-folded
      std::optional<Comparison> op;  // nullopt: a filler word, the bare meaning
      bool takes_range = false;      // "... X đến Y"
      bool rank_only = false;
    };
    static const std::array<Lead, 11> kLeads{{
        {"toi thieu", Comparison::ge, true},
        {"it nhat", Comparison::ge, true},
        {"at least", Comparison::ge},
        {"tren", Comparison::gt},
        {"toi da", Comparison::le},
        {"khong qua", Comparison::le},
        {"at most", Comparison::le},
        {"duoi", Comparison::lt},
        {"trong top", Comparison::le, false, true},
        {"top", Comparison::le, false, true},
        {"dat", std::nullopt},  // đạt: "reach", no comparison of its own
    }};
    for (const auto& lead : kLeads) {
      const std::size_t matched = w.has_at(at, lead.words);
      if (matched == 0) continue;
      if (lead.rank_only && unit_ != TargetUnit::rank)
        return fail({Msg::goal_problem, {written_, Msg::goal_top_not_rank}}, accepted_forms(unit_));
      const std::size_t from = at + matched;
      if (from >= w.size()) return not_understood();
      if (lead.takes_range) {
        if (auto den = w.find("den", from))
          return range(w.join(from, *den), w.join(*den + 1, w.size()));
      }
      return bare(w.join(from, w.size()), lead.op.value_or(bare_comparison(unit_)));
    }
    if (at != 0) return bare(w.join(at, w.size()), bare_comparison(unit_));
    // Words without a digit that no keyword explains: say what goals look like
    // rather than "not a number".
    const bool numeric = unit_ != TargetUnit::category && unit_ != TargetUnit::yes_no;
    if (numeric &&
        std::none_of(written_.begin(), written_.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return not_understood();
    return bare(written_, bare_comparison(unit_));
  }

  // "từ 95% trở lên", "từ 5 trở xuống", "từ 35% đến 40%".
  Parsed<GoalValue> from_form(const Words& w, std::size_t from) const {
    const std::size_t n = w.size();
    if (n >= from + 3 && w.has_at(n - 2, "tro len")) {
      if (unit_ == TargetUnit::rank) {
        // In the documents "thứ hạng từ 40 trở lên" means 40th place or better.
        const std::string place = w.join(from, n - 2);
        return fail({Msg::goal_problem, {written_, Message(Msg::goal_rank_from_unclear, {place})}},
                    {Msg::goal_rank_from_hint, {place}});
      }
      return single(Comparison::ge, w.join(from, n - 2));
    }
    if (n >= from + 3 && w.has_at(n - 2, "tro xuong"))
      return single(Comparison::le, w.join(from, n - 2));
    if (auto den = w.find("den", from); den && *den > from && *den + 1 < n)
      return range(w.join(from, *den), w.join(*den + 1, n));
    return not_understood();
  }

  std::string written_;
  TargetUnit unit_;
  const std::vector<std::string>& scale_;
};

}  // namespace

std::string_view target_unit_name(TargetUnit u) {
  switch (u) {
    case TargetUnit::percent:
      return "percent";
    case TargetUnit::count:
      return "count";
    case TargetUnit::score:
      return "score";
    case TargetUnit::rank:
      return "rank";
    case TargetUnit::category:
      return "category";
    case TargetUnit::yes_no:
      return "yes-no";
  }
  return "percent";
}

std::optional<TargetUnit> target_unit_from_name(std::string_view s) {
  for (auto u : {TargetUnit::percent, TargetUnit::count, TargetUnit::score, TargetUnit::rank,
                 TargetUnit::category, TargetUnit::yes_no})
    if (target_unit_name(u) == s) return u;
  return std::nullopt;
}

bool GoalValue::satisfied_by(double actual) const {
  switch (op) {
    case Comparison::ge:
      return actual >= value;
    case Comparison::gt:
      return actual > value;
    case Comparison::le:
      return actual <= value;
    case Comparison::lt:
      return actual < value;
    case Comparison::eq:
      return actual == value;
    case Comparison::range:
      return actual >= value && actual <= high;
  }
  return false;
}

Parsed<GoalValue> parse_goal_value(std::string_view text, TargetUnit unit,
                                   const std::vector<std::string>& scale) {
  return GoalParser(text::collapse_space(text), unit, scale).parse();
}

Parsed<double> parse_actual_value(std::string_view text, TargetUnit unit,
                                  const std::vector<std::string>& scale) {
  const std::string value = text::collapse_space(text);
  // The value's own messages quote it, which is all an actual needs.
  return parse_value(value, unit, scale);
}

}  // namespace cchc::model
