// The deadline grammar of plan-format.md section 6: written deadlines such as
// "Quý IV/2017", "Trước ngày 01/6/2020", "- Tháng 02/2021 - Ngày 15/11/2021" or
// "Hàng quý và năm 2021" turned into Deadline values.
//
// How it reads a text:
//   1. The text is split into tokens (deadline_lexer.hpp): runs of letters,
//      runs of digits, single punctuation marks, each keeping its byte span in
//      the collapsed text and an ASCII-folded form.
//   2. A cell that opens with a dash is a list: every dash that follows white
//      space starts a new deadline (see reads_as_list for why).
//   3. Each deadline is split on ";" and, when the whole does not read as one
//      form, on "," / "và" where every part reads on its own.
//   4. Each part is tried as (deadline_forms.hpp): external (Theo hướng dẫn ...), ongoing (Thường
//      xuyên), carried over, one point in time (a day, month, quarter, half or
//      year with its prefixes), a range "X - Y", a recurring rule (Hàng quý).
// Nothing here throws for bad input: every failure becomes a Parsed failure
// with rule bad-deadline or bad-date.
#include "cchc/model/deadline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <utility>

#include "cchc/text/utf8.hpp"
#include "deadline_forms.hpp"
#include "deadline_lexer.hpp"

namespace cchc::model {
namespace {

using namespace deadline_grammar;
using diag::Rule;

// A deadline is one table cell. Anything longer is not one, and the cap keeps
// every step below cheap whatever the input.
constexpr std::size_t kMaxDeadlineBytes = 2000;
// Messages quote the text; a long quote would bury the message.
constexpr std::size_t kQuoteCodePoints = 80;

// ------------------------------------------------------------ items and lists

struct Failure {
  Rule rule = Rule::bad_deadline;
  std::string part;   // the piece of text that failed, as written
  diag::Message why;  // bad_date: what is wrong with the date
};

struct Items {
  std::vector<DeadlineItem> items;
  bool optional = false;
  std::optional<Failure> failure;

  void take(Items&& other) {
    optional = optional || other.optional;
    if (!failure) failure = std::move(other.failure);
    for (auto& item : other.items) items.push_back(std::move(item));
  }
};

bool is_separator(const Token& t, std::initializer_list<std::string_view> folds) {
  return std::find(folds.begin(), folds.end(), t.fold) != folds.end();
}

class Parser {
 public:
  Parser(const Source& src, const DeadlineContext& ctx) : src_(src), ctx_(ctx) {}

  // One deadline of a list, or the whole text when it is not a list.
  Items group(std::size_t b, std::size_t e) const {
    Items out;
    trim(b, e, out.optional);
    if (b >= e) return out;
    if (is_external(Cursor(src_, b, e))) {
      out.items.push_back(external(b, e));
      return out;
    }
    for (auto [pb, pe] : split(b, e, {";"})) out.take(clause(pb, pe));
    return out;
  }

 private:
  using Range = std::pair<std::size_t, std::size_t>;

  // A clause between semicolons: one item, or items joined by "," / "và"
  // when the whole does not read as one ("Hàng quý và năm 2021").
  Items clause(std::size_t b, std::size_t e) const {
    Items out;
    trim(b, e, out.optional);
    if (b >= e) return out;
    Match<DeadlineItem> one = item(b, e, false);
    if (one.status == MatchStatus::ok) {
      out.items.push_back(std::move(one.value));
      return out;
    }
    if (one.status == MatchStatus::impossible) return fail(out, Rule::bad_date, b, e, one.why);
    const std::vector<Range> parts = split(b, e, {",", "va", "and", "&"});
    if (parts.size() < 2) return fail(out, Rule::bad_deadline, b, e, {});
    // "Định kỳ quý, 6 tháng và năm": the "định kỳ" of the first part holds for all.
    const bool periodic = opens_periodic(Cursor(src_, b, e));
    for (auto [pb, pe] : parts) {
      trim(pb, pe, out.optional);
      if (pb >= pe) continue;
      Match<DeadlineItem> part = item(pb, pe, periodic);
      if (part.status == MatchStatus::impossible)
        return fail(out, Rule::bad_date, pb, pe, part.why);
      if (part.status == MatchStatus::none) return fail(out, Rule::bad_deadline, b, e, {});
      out.items.push_back(std::move(part.value));
    }
    return out;
  }

  // One deadline item: the kinds in the order that keeps them apart (a point
  // before a rule, so "6 tháng cuối năm 2021" is a half, not "every 6 months").
  Match<DeadlineItem> item(std::size_t b, std::size_t e, bool periodic) const {
    DeadlineItem it;
    it.text = src_.slice(b, e);
    const Cursor c(src_, b, e);
    if (is_external(c)) return found(external(b, e));
    if (is_ongoing(c)) {
      it.kind = DeadlineKind::ongoing;
      return found(std::move(it));
    }
    if (Match<int> carried = parse_carried(c); carried.status != MatchStatus::none) {
      if (carried.status == MatchStatus::impossible) return carry_failure<DeadlineItem>(carried);
      it.carried_over = true;
      it.carried_from = carried.value;
      // Carried-over work began in that year; it is due when this plan ends,
      // which cannot be before that year (found by fuzz_plan: a deadline
      // that ended before its first day). A plan without a period (already
      // reported) gives it the end of that year.
      it.first = first_day_of_month(carried.value, 1);
      if (!ctx_.period_end.ok()) {
        it.due = last_day_of_month(carried.value, 12);
      } else if (ctx_.period_end < it.first) {
        return Match<DeadlineItem>{
            MatchStatus::impossible,
            {},
            {diag::Msg::carried_after_plan_end, {carried.value, iso(ctx_.period_end)}}};
      } else {
        it.due = ctx_.period_end;
      }
      return found(std::move(it));
    }
    PointMatch point = whole_point(c);
    if (point.status == MatchStatus::impossible) return carry_failure<DeadlineItem>(point);
    if (point.status == MatchStatus::ok) {
      it.first = point.value.first;
      it.due = point.value.last;
      return found(std::move(it));
    }
    auto range = parse_range(c);
    if (range.status == MatchStatus::impossible) return carry_failure<DeadlineItem>(range);
    if (range.status == MatchStatus::ok) {
      it.start = range.value.first.first;
      it.first = range.value.first.first;
      it.due = range.value.second.last;
      return found(std::move(it));
    }
    Match<Recurrence> rule = parse_rule(c, periodic);
    if (rule.status != MatchStatus::ok) return carry_failure<DeadlineItem>(rule);
    it.kind = DeadlineKind::recurring;
    it.rule = rule.value;
    if (rule.value.from) it.first = *rule.value.from;
    return found(std::move(it));
  }

  DeadlineItem external(std::size_t b, std::size_t e) const {
    DeadlineItem it;
    it.kind = DeadlineKind::external;
    it.text = src_.slice(b, e);
    return it;
  }

  // Drops what never changes the date at the end of a part: a final full stop
  // or separator, and the "(nếu có)" / "(if any)" suffix, which only marks the
  // task optional and so is not part of the item's text.
  void trim(std::size_t b, std::size_t& e, bool& optional) const {
    for (;;) {
      while (e > b && is_separator(src_.tokens[e - 1], {".", ",", ";", ":"})) --e;
      const std::size_t suffix = optional_suffix(b, e);
      if (suffix == 0) return;
      optional = true;
      e -= suffix;
    }
  }

  // Number of tokens of an optional marker ending at e, or 0.
  std::size_t optional_suffix(std::size_t b, std::size_t e) const {
    auto matches = [&](std::size_t from, std::initializer_list<std::string_view> words) {
      if (e < b + words.size() || from < b) return false;
      Cursor u(src_, from, e);
      return u.eat_seq(words) && u.done();
    };
    for (auto words : {std::initializer_list<std::string_view>{"neu", "co"},
                       std::initializer_list<std::string_view>{"if", "any"}}) {
      if (e >= b + 4 && matches(e - 4, {"(", *words.begin(), *(words.begin() + 1), ")"})) return 4;
      if (e >= b + 2 && matches(e - 2, words)) return 2;
    }
    return 0;
  }

  std::vector<Range> split(std::size_t b, std::size_t e,
                           std::initializer_list<std::string_view> separators) const {
    std::vector<Range> parts;
    std::size_t start = b;
    for (std::size_t i = b; i < e; ++i) {
      if (!is_separator(src_.tokens[i], separators)) continue;
      parts.emplace_back(start, i);
      start = i + 1;
    }
    parts.emplace_back(start, e);
    return parts;
  }

  Items& fail(Items& out, Rule rule, std::size_t b, std::size_t e, diag::Message why) const {
    out.failure = Failure{rule, src_.slice(b, e), std::move(why)};
    return out;
  }

  const Source& src_;
  const DeadlineContext& ctx_;
};

// ------------------------------------------------------------ the whole text

// A table cell with one deadline per line marks each with a dash:
// "- Tháng 02/2021\n- Ngày 15/11/2021". Once the lines are joined, the dash
// between the two reads exactly like the dash of a range "Tháng 12/2020 -
// Tháng 12/2021". What tells them apart is the leading dash: a range never
// opens with one. So a cell that starts with a dash, or has several lines
// that do, is a list, and a cell without is a range.
bool reads_as_list(std::string_view raw, const Source& src) {
  if (!src.tokens.empty() && src.tokens.front().fold == "-") return true;
  int dashed_lines = 0;
  std::size_t start = 0;
  while (start <= raw.size()) {
    const std::size_t nl = std::min(raw.find('\n', start), raw.size());
    if (line_starts_with_dash(raw.substr(start, nl - start))) ++dashed_lines;
    start = nl + 1;
  }
  return dashed_lines >= 2;
}

// In a list, a dash after white space starts the next deadline; dashes inside
// "1-6-2020" or "2017-Q4" have none before them.
std::vector<std::pair<std::size_t, std::size_t>> list_items(const Source& src) {
  std::vector<std::pair<std::size_t, std::size_t>> items;
  std::size_t start = 0;
  for (std::size_t i = 0; i < src.tokens.size(); ++i) {
    const Token& t = src.tokens[i];
    if (t.fold != "-" || !t.space_before) continue;
    if (i > start) items.emplace_back(start, i);
    start = i + 1;
  }
  if (start < src.tokens.size()) items.emplace_back(start, src.tokens.size());
  return items;
}

// The text between quotes, cut to a readable length on a code point boundary
// and with control characters shown as '?'.
std::string quote(std::string_view s) {
  std::string out = "\"";
  std::size_t i = 0;
  std::size_t count = 0;
  while (i < s.size() && count < kQuoteCodePoints) {
    const std::size_t len = text::decode_utf8(s, i).length;
    const auto byte = static_cast<unsigned char>(s[i]);
    if (len == 1 && (byte < 0x20 || byte == 0x7F))
      out += '?';
    else
      out.append(s.substr(i, len));
    i += len;
    ++count;
  }
  if (i < s.size()) out += "…";
  out += '"';
  return out;
}

Parsed<Deadline> failure_of(const Failure& f, std::string_view whole) {
  const diag::Message where =
      f.part == whole ? diag::Message::data(quote(whole))
                      : diag::Message(diag::Msg::deadline_part_in, {quote(f.part), quote(whole)});
  if (f.rule == Rule::bad_date)
    return Parsed<Deadline>::failure(Rule::bad_date,
                                     {diag::Msg::deadline_impossible_date, {where, f.why}},
                                     diag::Message(diag::Msg::deadline_date_hint));
  return Parsed<Deadline>::failure(Rule::bad_deadline, {diag::Msg::deadline_unreadable, {where}},
                                   diag::Message(diag::Msg::deadline_forms_hint));
}

Parsed<Deadline> refuse(diag::Message message) {
  return Parsed<Deadline>::failure(Rule::bad_deadline, std::move(message),
                                   diag::Message(diag::Msg::deadline_forms_hint));
}

}  // namespace

Parsed<Deadline> parse_deadline(std::string_view text, const DeadlineContext& ctx) {
  if (auto bad = text::find_invalid_utf8(text))
    return refuse({diag::Msg::deadline_not_utf8, {*bad}});
  if (text.size() > kMaxDeadlineBytes)
    return refuse({diag::Msg::deadline_too_long, {text.size(), quote(text::collapse_space(text))}});
  const std::string collapsed = text::collapse_space(text);
  if (collapsed.empty()) return refuse(diag::Message(diag::Msg::deadline_empty));

  Source src{collapsed, tokenize(collapsed)};
  const Parser parser(src, ctx);
  Items all;
  if (reads_as_list(text, src)) {
    for (auto [b, e] : list_items(src)) all.take(parser.group(b, e));
  } else {
    all.take(parser.group(0, src.tokens.size()));
  }
  if (all.failure) return failure_of(*all.failure, collapsed);
  if (all.items.empty()) return refuse({diag::Msg::deadline_none_in, {quote(collapsed)}});
  return Parsed<Deadline>::success(Deadline{std::move(all.items), all.optional, std::string(text)});
}

Deadline join_deadlines(std::vector<Deadline> parts) {
  Deadline out;
  std::string joined;
  for (Deadline& part : parts) {
    out.optional = out.optional || part.optional;
    for (DeadlineItem& item : part.items) out.items.push_back(std::move(item));
    if (part.text.empty()) continue;
    joined += (joined.empty() ? "" : "; ") + part.text.str();
  }
  out.text = joined;
  return out;
}

int months_of(PeriodUnit u) {
  switch (u) {
    case PeriodUnit::month:
      return 1;
    case PeriodUnit::quarter:
      return 3;
    case PeriodUnit::half:
      return 6;
    case PeriodUnit::year:
      return 12;
  }
  return 12;
}

std::string_view period_unit_name(PeriodUnit u) {
  switch (u) {
    case PeriodUnit::month:
      return "month";
    case PeriodUnit::quarter:
      return "quarter";
    case PeriodUnit::half:
      return "half";
    case PeriodUnit::year:
      return "year";
  }
  return "year";
}

std::optional<PeriodUnit> period_unit_from_name(std::string_view s) {
  std::string key;
  for (char c : s) key += char(std::tolower(static_cast<unsigned char>(c)));
  if (key == "month") return PeriodUnit::month;
  if (key == "quarter") return PeriodUnit::quarter;
  if (key == "half" || key == "half-year") return PeriodUnit::half;
  if (key == "year") return PeriodUnit::year;
  return std::nullopt;
}

std::optional<Date> latest_day(const Deadline& d) {
  std::optional<Date> latest;
  for (const DeadlineItem& item : d.items)
    if (item.kind == DeadlineKind::day && (!latest || *latest < item.due)) latest = item.due;
  return latest;
}

std::optional<Date> earliest_start(const Deadline& d) {
  std::optional<Date> earliest;
  for (const DeadlineItem& item : d.items)
    if (item.start && (!earliest || *item.start < *earliest)) earliest = item.start;
  return earliest;
}

}  // namespace cchc::model
