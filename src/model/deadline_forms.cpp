// The forms of the deadline grammar (deadline_forms.hpp). Each form reads
// the tokens of deadline_lexer.hpp through a Cursor and says whether it
// matched, did not (the next form is tried), or recognised a day that does
// not exist (30/02/2021).
#include "deadline_forms.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>

namespace cchc::model::deadline_grammar {

namespace {

PointMatch impossible(diag::Message why) {
  return PointMatch{MatchStatus::impossible, {}, std::move(why)};
}

PointMatch year_point(unsigned y) {
  if (y < 1) return impossible({diag::Msg::date_no_year, {fmt::format("{:04}", y)}});
  return found(Span{first_day_of_month(int(y), 1), last_day_of_month(int(y), 12)});
}

PointMatch month_point(unsigned y, unsigned m) {
  if (m < 1 || m > 12) return impossible({diag::Msg::date_no_month, {m}});
  if (y < 1) return impossible({diag::Msg::date_no_year, {fmt::format("{:04}", y)}});
  return found(Span{first_day_of_month(int(y), m), last_day_of_month(int(y), m)});
}

PointMatch day_point(unsigned y, unsigned m, unsigned d) {
  if (m < 1 || m > 12) return impossible({diag::Msg::date_no_month, {m}});
  if (y < 1) return impossible({diag::Msg::date_no_year, {fmt::format("{:04}", y)}});
  const std::optional<Date> day = make_date(int(y), m, d);
  if (!day) {
    const unsigned days = day_of(last_day_of_month(int(y), m));
    return impossible({diag::Msg::date_no_day, {fmt::format("{:02}/{}", m, y), d, days}});
  }
  return found(Span{*day, *day});
}

PointMatch quarter_point(unsigned y, unsigned q, std::string_view written) {
  if (q < 1 || q > 4) return impossible({diag::Msg::date_no_quarter, {written}});
  if (y < 1) return impossible({diag::Msg::date_no_year, {fmt::format("{:04}", y)}});
  return found(Span{first_day_of_month(int(y), 3 * q - 2), last_day_of_month(int(y), 3 * q)});
}

PointMatch half_point(unsigned y, unsigned h) {
  if (h < 1 || h > 2) return impossible({diag::Msg::date_no_half, {h}});
  if (y < 1) return impossible({diag::Msg::date_no_year, {fmt::format("{:04}", y)}});
  return found(Span{first_day_of_month(int(y), 6 * h - 5), last_day_of_month(int(y), 6 * h)});
}

// ------------------------------------------------------------ points in time

// Runs one alternative on a copy of the cursor and moves on only when it matched.
template <class F>
PointMatch attempt(Cursor& c, F&& alternative) {
  Cursor t = c;
  PointMatch r = alternative(t);
  if (r.status != MatchStatus::none) c = t;
  return r;
}

// 2020-06-01, 2020/06/01, 01/6/2020, 1-6-2020, 1.6.2020.
PointMatch numeric_day(Cursor& c) {
  Cursor t = c;
  if (auto y = t.year()) {
    for (std::string_view sep : {"-", "/"}) {
      Cursor u = t;
      if (!u.eat(sep)) continue;
      auto m = u.small();
      if (!m || !u.eat(sep)) continue;
      if (auto d = u.small()) {
        c = u;
        return day_point(*y, *m, *d);
      }
    }
    return {};
  }
  auto d = t.small();
  if (!d) return {};
  for (std::string_view sep : {"/", "-", "."}) {
    Cursor u = t;
    if (!u.eat(sep)) continue;
    auto m = u.small();
    if (!m || !u.eat(sep)) continue;
    if (auto y = u.year()) {
      c = u;
      return day_point(*y, *m, *d);
    }
  }
  return {};
}

// "ngày 01/6/2020", "ngày 01 tháng 6 năm 2020".
PointMatch named_day(Cursor& t) {
  if (!t.eat("ngay")) return {};
  PointMatch numeric = attempt(t, numeric_day);
  if (numeric.status != MatchStatus::none) return numeric;
  auto d = t.small();
  if (!d || !t.eat("thang")) return {};
  auto m = t.small();
  if (!m || !(t.eat("nam") || t.eat("/"))) return {};
  auto y = t.year();
  return y ? day_point(*y, *m, *d) : PointMatch{};
}

// "Tháng 4/2020", "tháng 4 năm 2020".
PointMatch month_words(Cursor& t) {
  if (!t.eat("thang")) return {};
  auto m = t.small();
  if (!m || !(t.eat("/") || t.eat("nam"))) return {};
  auto y = t.year();
  return y ? month_point(*y, *m) : PointMatch{};
}

// "Quý IV/2017", "Quý 4/2017", "quý IV năm 2017", "Quý IV 2017".
PointMatch quarter_words(Cursor& t) {
  if (!t.eat("quy")) return {};
  const std::size_t at = t.pos();
  auto q = t.ordinal();
  if (!q) return {};
  const std::string written = t.source().slice(at, t.pos());
  if (!t.eat("/")) t.eat("nam");
  auto y = t.year();
  return y ? quarter_point(*y, *q, written) : PointMatch{};
}

// "Q4/2017", "Q4 2017", "H1/2021": a letter and its number, then the year.
template <PointMatch (*make)(unsigned, unsigned)>
PointMatch coded_period(Cursor& t, std::string_view letter) {
  if (!t.eat(letter)) return {};
  auto n = t.number(1, 1);
  if (!n) return {};
  if (!t.eat("/") && !t.eat("-")) t.eat("nam");
  auto y = t.year();
  return y ? make(*y, *n) : PointMatch{};
}

PointMatch quarter_by_number(unsigned y, unsigned q) {
  return quarter_point(y, q, std::to_string(q));
}

PointMatch quarter_code(Cursor& t) {
  return coded_period<quarter_by_number>(t, "q");
}
PointMatch half_code(Cursor& t) {
  return coded_period<half_point>(t, "h");
}

// "6 tháng đầu năm 2021", "6 tháng cuối năm 2021", "nửa đầu năm 2021". Plain
// "6 tháng năm 2021" is the first half: it names the mid-year report.
PointMatch half_words(Cursor& t) {
  unsigned half = 1;
  if (t.eat("nua")) {
    if (t.eat("cuoi"))
      half = 2;
    else if (!t.eat("dau"))
      return {};
  } else {
    auto six = t.small();
    if (!(six == 6u || t.eat("sau")) || !t.eat("thang")) return {};
    if (t.eat("cuoi"))
      half = 2;
    else
      t.eat("dau");
  }
  if (!t.eat("nam")) return {};
  auto y = t.year();
  return y ? half_point(*y, half) : PointMatch{};
}

// "Năm 2018", "cả năm 2018", "cuối năm 2018", "year 2018".
PointMatch year_words(Cursor& t) {
  if (!(t.eat("nam") || t.eat_seq({"ca", "nam"}) || t.eat_seq({"cuoi", "nam"}) || t.eat("year")))
    return {};
  auto y = t.year();
  return y ? year_point(*y) : PointMatch{};
}

// Forms that open with a number and are not a day: 2017-Q4, 2021-H1, 2020-04,
// 04/2020, 2018.
PointMatch numeric_period(Cursor& t) {
  if (auto y = t.year()) {
    Cursor u = t;
    if (!u.eat("-")) return year_point(*y);
    if (u.eat("q") || u.eat("h")) {
      const bool quarter = u.source().tokens[u.pos() - 1].fold == "q";
      auto n = u.number(1, 1);
      if (!n) return year_point(*y);
      t = u;
      return quarter ? quarter_by_number(*y, *n) : half_point(*y, *n);
    }
    if (auto m = u.small()) {
      t = u;
      return month_point(*y, *m);
    }
    return year_point(*y);
  }
  auto m = t.small();
  if (!m || !t.eat("/")) return {};
  auto y = t.year();
  return y ? month_point(*y, *m) : PointMatch{};
}

// One point in time without its prefixes; the first form that matches wins.
PointMatch core_point(Cursor& c) {
  using Alternative = PointMatch (*)(Cursor&);
  static constexpr std::array<Alternative, 9> kForms{named_day,     numeric_day,  month_words,
                                                     quarter_words, quarter_code, half_code,
                                                     half_words,    year_words,   numeric_period};
  for (Alternative form : kForms) {
    PointMatch r = attempt(c, form);
    if (r.status != MatchStatus::none) return r;
  }
  return {};
}

// Words in front of a point that do not change it ("chậm nhất", "hạn",
// "đến", "trong", "vào"), and "trước"/"before", which moves it to the day
// before: the last day on which the work is still on time. Returns whether
// "before" was read.
bool eat_point_prefixes(Cursor& t) {
  bool before = false;
  for (;;) {
    if (t.eat("truoc") || t.eat("before")) {
      before = true;
      continue;
    }
    if (t.eat_seq({"cham", "nhat"}) || t.eat_seq({"han", "chot"}) || t.eat("han") || t.eat("den") ||
        t.eat("het") || t.eat("trong") || t.eat("vao") || t.eat("la") || t.eat("by") ||
        t.eat("until") || t.eat("in") || t.eat(":"))
      continue;
    return before;
  }
}

}  // namespace

PointMatch parse_point(Cursor& c) {
  Cursor t = c;
  const bool before = eat_point_prefixes(t);
  PointMatch r = core_point(t);
  if (r.status != MatchStatus::ok) return r;
  if (before) {
    const Date prior = add_days(r.value.first, -1);
    if (year_of(prior) < 1) return impossible(diag::Message(diag::Msg::date_before_first_day));
    r.value = Span{prior, prior};
  }
  c = t;
  return r;
}

PointMatch whole_point(Cursor c) {
  PointMatch r = parse_point(c);
  if (r.status == MatchStatus::ok && !c.done()) return {};
  return r;
}

Match<std::pair<Span, Span>> parse_range(Cursor t) {
  using Result = Match<std::pair<Span, Span>>;
  if (!t.eat("tu")) t.eat("from");
  PointMatch from = parse_point(t);
  if (from.status != MatchStatus::ok) return carry_failure<std::pair<Span, Span>>(from);
  if (!(t.eat("-") || t.eat("den") || t.eat("toi") || t.eat("to") || t.eat("until"))) return {};
  PointMatch to = parse_point(t);
  if (to.status != MatchStatus::ok) return carry_failure<std::pair<Span, Span>>(to);
  if (!t.done()) return {};
  // "2022-12 - 2021-01" ends before it starts: no such stretch of time (found
  // by fuzz_values, a range whose start came after its due day).
  if (to.value.last < from.value.first)
    return Result{
        MatchStatus::impossible,
        {},
        {diag::Msg::range_ends_before_start, {iso(to.value.last), iso(from.value.first)}}};
  return Result{MatchStatus::ok, {from.value, to.value}, {}};
}

namespace {

// Recurring rules.

std::optional<PeriodUnit> unit_of_months(unsigned months) {
  switch (months) {
    case 1:
      return PeriodUnit::month;
    case 3:
      return PeriodUnit::quarter;
    case 6:
      return PeriodUnit::half;
    case 12:
      return PeriodUnit::year;
    default:
      return std::nullopt;
  }
}

// "2 lần/năm" is every half year; "3 lần/năm" fits no unit.
std::optional<PeriodUnit> unit_of_times(unsigned times, PeriodUnit per) {
  const auto months = unsigned(months_of(per));
  if (times == 0 || months % times != 0) return std::nullopt;
  return unit_of_months(months / times);
}

// The period named after "hàng", "mỗi", "định kỳ", "every" or "lần/".
std::optional<PeriodUnit> unit_word(Cursor& t) {
  {
    Cursor u = t;
    if (auto n = u.small(); n && (u.eat("thang") || u.eat("months") || u.eat("month"))) {
      if (auto unit = unit_of_months(*n)) {
        t = u;
        return unit;
      }
      return std::nullopt;
    }
  }
  if (t.eat("thang") || t.eat("month")) return PeriodUnit::month;
  if (t.eat("quy") || t.eat("quarter")) return PeriodUnit::quarter;
  if (t.eat_seq({"nua", "nam"}) || t.eat_seq({"ban", "nien"}) || t.eat_seq({"half", "-", "year"}) ||
      t.eat_seq({"half", "year"}))
    return PeriodUnit::half;
  if (t.eat("nam") || t.eat("year")) return PeriodUnit::year;
  return std::nullopt;
}

std::optional<PeriodUnit> english_rule(Cursor& t) {
  if (t.eat("monthly")) return PeriodUnit::month;
  if (t.eat("quarterly")) return PeriodUnit::quarter;
  if (t.eat_seq({"half", "-", "yearly"}) || t.eat_seq({"half", "yearly"}) || t.eat("halfyearly") ||
      t.eat_seq({"semi", "-", "annually"}) || t.eat_seq({"semi", "annually"}) ||
      t.eat("semiannually"))
    return PeriodUnit::half;
  if (t.eat("yearly") || t.eat("annually")) return PeriodUnit::year;
  return std::nullopt;
}

// "Hàng quý", "mỗi tháng", "every quarter".
std::optional<PeriodUnit> every_period(Cursor& t) {
  if (!(t.eat("hang") || t.eat("moi") || t.eat("every") || t.eat("each"))) return std::nullopt;
  return unit_word(t);
}

// "6 tháng/lần", "6 tháng một lần", "3 tháng/ lần".
std::optional<PeriodUnit> months_per_time(Cursor& t) {
  auto n = t.small();
  if (!n || !t.eat("thang")) return std::nullopt;
  if (!(t.eat_seq({"/", "lan"}) || t.eat_seq({"mot", "lan"}) || t.eat_seq({"1", "lan"}) ||
        t.eat_seq({"01", "lan"})))
    return std::nullopt;
  return unit_of_months(*n);
}

// "01 lần/năm", "2 lần mỗi năm", "1 lần/quý".
std::optional<PeriodUnit> times_per_period(Cursor& t) {
  auto n = t.small();
  if (!n || !t.eat("lan")) return std::nullopt;
  if (!(t.eat("/") || t.eat("moi") || t.eat("mot") || t.eat("per") || t.eat("a")))
    return std::nullopt;
  auto per = unit_word(t);
  return per ? unit_of_times(*n, *per) : std::nullopt;
}

// The unit of a recurring rule without its window. `periodic` is set after
// "định kỳ", where the unit may stand alone ("định kỳ quý").
std::optional<PeriodUnit> rule_unit(Cursor& c, bool periodic) {
  using Reader = std::optional<PeriodUnit> (*)(Cursor&);
  static constexpr std::array<Reader, 4> kReaders{every_period, months_per_time, times_per_period,
                                                  english_rule};
  for (Reader read : kReaders) {
    Cursor t = c;
    if (auto unit = read(t)) {
      c = t;
      return unit;
    }
  }
  Cursor t = c;
  if (periodic) {
    if (auto unit = unit_word(t)) {
      c = t;
      return unit;
    }
    t = c;
  }
  // "6 tháng" alone, as in "hàng quý, 6 tháng và hàng năm": the half-yearly
  // report. Only 3 and 6, the report periods; "1 tháng" reads as a duration.
  if (auto n = t.small(); n && (*n == 3 || *n == 6) && t.eat("thang")) {
    c = t;
    return unit_of_months(*n);
  }
  return std::nullopt;
}

}  // namespace

Match<Recurrence> parse_rule(Cursor t, bool periodic) {
  if (t.eat_seq({"dinh", "ky"}) || t.eat_seq({"theo", "dinh", "ky"})) periodic = true;
  auto unit = rule_unit(t, periodic);
  if (!unit) return {};
  Recurrence rule;
  rule.every = *unit;
  // "Hàng quý, ngày 18": due on that day of the period's last month (the
  // way cchc writes {every: quarter, day: 18} back, e.g. in exports).
  {
    Cursor u = t;
    u.eat(",");
    if (u.eat("ngay") || u.eat("day"))
      if (auto day = u.small(); day && *day >= 1 && *day <= 31) {
        rule.day = *day;
        t = u;
      }
  }
  if (t.done()) return found(rule);
  if (!t.eat("cua")) t.eat("of");
  PointMatch window = parse_point(t);
  if (window.status != MatchStatus::ok) return carry_failure<Recurrence>(window);
  if (!t.done()) return {};
  rule.from = window.value.first;
  rule.to = window.value.last;
  return found(rule);
}

bool opens_periodic(Cursor t) {
  return t.eat_seq({"dinh", "ky"}) || t.eat_seq({"theo", "dinh", "ky"});
}

// "Thường xuyên", "Liên tục", "Thường xuyên, liên tục", "ongoing".
bool is_ongoing(Cursor t) {
  bool any = false;
  while (!t.done()) {
    if (any && (t.eat(",") || t.eat("va") || t.eat("and") || t.eat("/") || t.eat("-"))) continue;
    if (!(t.eat_seq({"thuong", "xuyen"}) || t.eat_seq({"lien", "tuc"}) || t.eat("ongoing") ||
          t.eat("continuous") || t.eat("continuously")))
      return false;
    any = true;
  }
  return any;
}

// A date someone else will set. The spec's openings, plus "theo chỉ đạo",
// "theo yêu cầu", "theo lộ trình" and "sau khi", which plans use the same way.
bool is_external(Cursor t) {
  static const std::array<std::initializer_list<std::string_view>, 12> kOpenings{{
      {"theo", "huong", "dan"},  // theo hướng dẫn
      {"theo", "quy", "dinh"},   // theo quy định
      {"theo", "van", "ban"},    // theo văn bản
      {"theo", "ke", "hoach"},   // theo kế hoạch
      {"theo", "chi", "dao"},    // theo chỉ đạo
      {"theo", "yeu", "cau"},    // theo yêu cầu
      {"theo", "lo", "trinh"},   // theo lộ trình
      {"khi", "co"},             // khi có
      {"sau", "khi"},            // sau khi
      {"tbd"},
      {"to", "be", "determined"},
      {"as", "instructed"},
  }};
  return std::any_of(kOpenings.begin(), kOpenings.end(),
                     [&](std::initializer_list<std::string_view> words) {
                       Cursor u = t;
                       return u.eat_seq(words);
                     });
}

// "Chuyển tiếp từ năm 2017": work carried over from 2017.
Match<int> parse_carried(Cursor t) {
  if (!(t.eat_seq({"chuyen", "tiep"}) || t.eat_seq({"carried", "over"}))) return {};
  if (!t.eat("tu")) t.eat("from");
  if (!t.eat("nam")) t.eat("year");
  auto y = t.year();
  if (!y || !t.done()) return {};
  if (*y < 1)
    return Match<int>{
        MatchStatus::impossible, 0, {diag::Msg::date_no_year, {fmt::format("{:04}", *y)}}};
  return found(int(*y));
}

}  // namespace cchc::model::deadline_grammar
