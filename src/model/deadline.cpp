// The deadline grammar of plan-format.md section 6: written deadlines such as
// "Quý IV/2017", "Trước ngày 01/6/2020", "- Tháng 02/2021 - Ngày 15/11/2021" or
// "Hàng quý và năm 2021" turned into Deadline values.
//
// How it reads a text:
//   1. The text is split into tokens (runs of letters, runs of digits, single
//      punctuation marks), each keeping its byte span in the collapsed text and
//      an ASCII-folded form, so "Quý", "QUY" and "quy" are the same word and the
//      text of every item can be cut out of the input exactly as written.
//   2. A cell that opens with a dash is a list: every dash that follows white
//      space starts a new deadline (see reads_as_list for why).
//   3. Each deadline is split on ";" and, when the whole does not read as one
//      form, on "," / "và" where every part reads on its own.
//   4. Each part is tried as: external (Theo hướng dẫn ...), ongoing (Thường
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

#include "cchc/text/unicode.hpp"

namespace cchc::model {
namespace {

using diag::Rule;

// A deadline is one table cell. Anything longer is not one, and the cap keeps
// every step below cheap whatever the input.
constexpr std::size_t kMaxDeadlineBytes = 2000;
// Messages quote the text; a long quote would bury the message.
constexpr std::size_t kQuoteCodePoints = 80;

constexpr std::string_view kFormsHint =
    "write a day (01/6/2020, 2020-06-01), a month (Tháng 4/2020), a quarter (Quý IV/2017), "
    "a half (6 tháng đầu năm 2021), a year (Năm 2018), a range (X - Y), a rule (Hàng quý) "
    "or Thường xuyên / Theo hướng dẫn ...";

constexpr std::string_view kDateHint =
    "write a day that exists: months run 1 to 12, quarters I to IV, halves 1 and 2, "
    "and 29/02 only in leap years";

// ------------------------------------------------------------ code points

enum class CharClass { space, digit, letter, dash, punct };

// Length of the UTF-8 sequence a lead byte opens (the text is already valid).
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  return 4;
}

char32_t decode(std::string_view s, std::size_t i, std::size_t len) {
  auto byte = [&](std::size_t k) { return char32_t(static_cast<unsigned char>(s[i + k])); };
  switch (len) {
    case 1:
      return byte(0);
    case 2:
      return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
    case 3:
      return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    default:
      return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
             (byte(3) & 0x3F);
  }
}

CharClass classify_ascii(char32_t c) {
  if (c == ' ' || (c >= '\t' && c <= '\r')) return CharClass::space;
  if (c >= '0' && c <= '9') return CharClass::digit;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::letter;
  if (c == '-') return CharClass::dash;
  return CharClass::punct;
}

CharClass classify(char32_t c) {
  if (c < 0x80) return classify_ascii(c);
  if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
      c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF)
    return CharClass::space;
  // Text pasted from Word brings en and em dashes, the minus sign and bullets
  // (also the Symbol-font bullets U+F0A7 and U+F0B7) where a list item starts.
  if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D ||
      c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0x25AA || c == 0x25CF || c == 0x25E6 ||
      c == 0xF0A7 || c == 0xF0B7)
    return CharClass::dash;
  if (c < 0xC0 || c == 0xD7 || c == 0xF7 || (c >= 0x2016 && c <= 0x206F) ||
      (c >= 0x3001 && c <= 0x303F))
    return CharClass::punct;
  return CharClass::letter;  // Vietnamese letters and combining marks
}

struct CodePoint {
  CharClass cls;
  char32_t value;
  std::size_t len;
};

CodePoint code_point_at(std::string_view s, std::size_t i) {
  const std::size_t len = std::min(sequence_length(static_cast<unsigned char>(s[i])), s.size() - i);
  const char32_t c = decode(s, i, len);
  return {classify(c), c, len};
}

// ------------------------------------------------------------ tokens

enum class TokKind { word, number, punct };

struct Token {
  TokKind kind = TokKind::word;
  std::string fold;       // ASCII-folded lower case; every dash is "-"
  std::size_t begin = 0;  // byte span in the collapsed text
  std::size_t end = 0;
  bool space_before = false;  // true for the first token too
};

Token punct_token(std::string_view s, std::size_t i, const CodePoint& cp, bool space) {
  std::string fold = "?";
  if (cp.cls == CharClass::dash)
    fold = "-";
  else if (cp.value < 0x80)
    fold = std::string(1, s[i]);
  return Token{TokKind::punct, std::move(fold), i, i + cp.len, space};
}

// Letters and digits form separate tokens, so "Quý4/2021", "2017-Q4" and
// "lần/năm" split the same way whether or not the writer left spaces.
std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  bool space = true;
  std::size_t i = 0;
  while (i < s.size()) {
    const CodePoint cp = code_point_at(s, i);
    if (cp.cls == CharClass::space) {
      space = true;
      i += cp.len;
      continue;
    }
    if (cp.cls == CharClass::dash || cp.cls == CharClass::punct) {
      out.push_back(punct_token(s, i, cp, space));
      space = false;
      i += cp.len;
      continue;
    }
    std::size_t j = i + cp.len;
    while (j < s.size()) {
      const CodePoint next = code_point_at(s, j);
      if (next.cls != cp.cls) break;
      j += next.len;
    }
    const std::string_view run = s.substr(i, j - i);
    const bool digits = cp.cls == CharClass::digit;
    out.push_back(Token{digits ? TokKind::number : TokKind::word,
                        digits ? std::string(run) : text::fold_ascii(run), i, j, space});
    space = false;
    i = j;
  }
  return out;
}

struct Source {
  std::string_view text;  // the input with white space collapsed
  std::vector<Token> tokens;

  // Tokens [b, e) as written.
  std::string slice(std::size_t b, std::size_t e) const {
    if (b >= e) return {};
    return std::string(text.substr(tokens[b].begin, tokens[e - 1].end - tokens[b].begin));
  }
};

std::optional<unsigned> roman_value(std::string_view s) {
  static constexpr std::array<std::string_view, 12> kRoman{"i",   "ii",   "iii", "iv", "v",  "vi",
                                                           "vii", "viii", "ix",  "x",  "xi", "xii"};
  for (std::size_t i = 0; i < kRoman.size(); ++i)
    if (kRoman[i] == s) return unsigned(i + 1);
  return std::nullopt;
}

// A position in tokens [pos, end). Copied to try an alternative and dropped
// when the alternative does not match: that is all the backtracking there is.
class Cursor {
 public:
  Cursor(const Source& src, std::size_t pos, std::size_t end) : src_(&src), pos_(pos), end_(end) {}

  bool done() const { return pos_ >= end_; }
  std::size_t pos() const { return pos_; }
  const Source& source() const { return *src_; }

  const Token* peek() const { return done() ? nullptr : &src_->tokens[pos_]; }

  bool eat(std::string_view fold) {
    const Token* t = peek();
    if (t == nullptr || t->fold != fold) return false;
    ++pos_;
    return true;
  }

  // All of the words in order, or nothing consumed.
  bool eat_seq(std::initializer_list<std::string_view> folds) {
    Cursor t = *this;
    for (std::string_view f : folds)
      if (!t.eat(f)) return false;
    *this = t;
    return true;
  }

  // A number written with min_len to max_len digits (max_len <= 4: no overflow).
  std::optional<unsigned> number(std::size_t min_len, std::size_t max_len) {
    const Token* t = peek();
    if (t == nullptr || t->kind != TokKind::number || t->fold.size() < min_len ||
        t->fold.size() > max_len)
      return std::nullopt;
    unsigned v = 0;
    for (char ch : t->fold) v = v * 10 + unsigned(ch - '0');
    ++pos_;
    return v;
  }
  std::optional<unsigned> small() { return number(1, 2); }  // a day, month or quarter
  std::optional<unsigned> year() { return number(4, 4); }

  // A number written in digits or in Roman numerals (quarters: "Quý IV").
  std::optional<unsigned> ordinal() {
    const Token* t = peek();
    if (t == nullptr) return std::nullopt;
    if (t->kind == TokKind::number) return small();
    const std::optional<unsigned> v = roman_value(t->fold);
    if (v) ++pos_;
    return v;
  }

 private:
  const Source* src_;
  std::size_t pos_;
  std::size_t end_;
};

// ------------------------------------------------------------ match results

enum class Status { none, ok, impossible };

// What one grammar rule made of the tokens: nothing (try the next rule), a
// value, or a form it recognised whose date does not exist (30/02/2021).
template <class T>
struct Match {
  Status status = Status::none;
  T value{};
  std::string why;  // Status::impossible: what is wrong with the date
};

template <class T>
Match<T> found(T v) {
  return Match<T>{Status::ok, std::move(v), {}};
}

template <class T, class U>
Match<T> carry_failure(const Match<U>& m) {
  return Match<T>{m.status, T{}, m.why};
}

// The days a written point in time covers: one day, a month, a quarter ...
struct Span {
  Date first{};
  Date last{};
};
using PointMatch = Match<Span>;

PointMatch impossible(std::string why) {
  return PointMatch{Status::impossible, {}, std::move(why)};
}

PointMatch year_point(unsigned y) {
  if (y < 1) return impossible(fmt::format("there is no year {:04}", y));
  return found(Span{first_day_of_month(int(y), 1), last_day_of_month(int(y), 12)});
}

PointMatch month_point(unsigned y, unsigned m) {
  if (m < 1 || m > 12) return impossible(fmt::format("there is no month {}", m));
  if (y < 1) return impossible(fmt::format("there is no year {:04}", y));
  return found(Span{first_day_of_month(int(y), m), last_day_of_month(int(y), m)});
}

PointMatch day_point(unsigned y, unsigned m, unsigned d) {
  if (m < 1 || m > 12) return impossible(fmt::format("there is no month {}", m));
  if (y < 1) return impossible(fmt::format("there is no year {:04}", y));
  const std::optional<Date> day = make_date(int(y), m, d);
  if (!day) {
    const unsigned days = day_of(last_day_of_month(int(y), m));
    return impossible(fmt::format("{:02}/{} has no day {} (it has {} days)", m, y, d, days));
  }
  return found(Span{*day, *day});
}

PointMatch quarter_point(unsigned y, unsigned q, std::string_view written) {
  if (q < 1 || q > 4)
    return impossible(fmt::format("there is no quarter {} (quarters run I to IV)", written));
  if (y < 1) return impossible(fmt::format("there is no year {:04}", y));
  return found(Span{first_day_of_month(int(y), 3 * q - 2), last_day_of_month(int(y), 3 * q)});
}

PointMatch half_point(unsigned y, unsigned h) {
  if (h < 1 || h > 2) return impossible(fmt::format("there is no half {} (halves are 1 and 2)", h));
  if (y < 1) return impossible(fmt::format("there is no year {:04}", y));
  return found(Span{first_day_of_month(int(y), 6 * h - 5), last_day_of_month(int(y), 6 * h)});
}

// ------------------------------------------------------------ points in time

// Runs one alternative on a copy of the cursor and moves on only when it matched.
template <class F>
PointMatch attempt(Cursor& c, F&& alternative) {
  Cursor t = c;
  PointMatch r = alternative(t);
  if (r.status != Status::none) c = t;
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
  if (numeric.status != Status::none) return numeric;
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
    if (r.status != Status::none) return r;
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

PointMatch parse_point(Cursor& c) {
  Cursor t = c;
  const bool before = eat_point_prefixes(t);
  PointMatch r = core_point(t);
  if (r.status != Status::ok) return r;
  if (before) {
    const Date prior = add_days(r.value.first, -1);
    if (year_of(prior) < 1) return impossible("there is no day before 0001-01-01");
    r.value = Span{prior, prior};
  }
  c = t;
  return r;
}

// A point that makes up the whole of [pos, end).
PointMatch whole_point(Cursor c) {
  PointMatch r = parse_point(c);
  if (r.status == Status::ok && !c.done()) return {};
  return r;
}

// "X - Y", "từ X đến Y": from the first day of X to the last day of Y.
Match<std::pair<Span, Span>> parse_range(Cursor t) {
  using Result = Match<std::pair<Span, Span>>;
  if (!t.eat("tu")) t.eat("from");
  PointMatch from = parse_point(t);
  if (from.status != Status::ok) return carry_failure<std::pair<Span, Span>>(from);
  if (!(t.eat("-") || t.eat("den") || t.eat("toi") || t.eat("to") || t.eat("until"))) return {};
  PointMatch to = parse_point(t);
  if (to.status != Status::ok) return carry_failure<std::pair<Span, Span>>(to);
  if (!t.done()) return {};
  return Result{Status::ok, {from.value, to.value}, {}};
}

// ------------------------------------------------------------ recurring rules

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

// "Hàng quý", "Định kỳ 3 tháng/lần", "Hàng quý năm 2021" (a window), the whole
// of the cursor's range.
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
  if (window.status != Status::ok) return carry_failure<Recurrence>(window);
  if (!t.done()) return {};
  rule.from = window.value.first;
  rule.to = window.value.last;
  return found(rule);
}

bool opens_periodic(Cursor t) {
  return t.eat_seq({"dinh", "ky"}) || t.eat_seq({"theo", "dinh", "ky"});
}

// ------------------------------------------------------------ other kinds

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
  if (*y < 1) return Match<int>{Status::impossible, 0, fmt::format("there is no year {:04}", *y)};
  return found(int(*y));
}

// ------------------------------------------------------------ items and lists

struct Failure {
  Rule rule = Rule::bad_deadline;
  std::string part;  // the piece of text that failed, as written
  std::string why;   // bad_date: what is wrong with the date
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
    if (one.status == Status::ok) {
      out.items.push_back(std::move(one.value));
      return out;
    }
    if (one.status == Status::impossible) return fail(out, Rule::bad_date, b, e, one.why);
    const std::vector<Range> parts = split(b, e, {",", "va", "and", "&"});
    if (parts.size() < 2) return fail(out, Rule::bad_deadline, b, e, {});
    // "Định kỳ quý, 6 tháng và năm": the "định kỳ" of the first part holds for all.
    const bool periodic = opens_periodic(Cursor(src_, b, e));
    for (auto [pb, pe] : parts) {
      trim(pb, pe, out.optional);
      if (pb >= pe) continue;
      Match<DeadlineItem> part = item(pb, pe, periodic);
      if (part.status == Status::impossible) return fail(out, Rule::bad_date, pb, pe, part.why);
      if (part.status == Status::none) return fail(out, Rule::bad_deadline, b, e, {});
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
    if (Match<int> carried = parse_carried(c); carried.status != Status::none) {
      if (carried.status == Status::impossible) return carry_failure<DeadlineItem>(carried);
      it.carried_over = true;
      it.carried_from = carried.value;
      // Carried-over work began in that year; it is due when this plan ends.
      it.first = first_day_of_month(carried.value, 1);
      it.due = ctx_.period_end;
      return found(std::move(it));
    }
    PointMatch point = whole_point(c);
    if (point.status == Status::impossible) return carry_failure<DeadlineItem>(point);
    if (point.status == Status::ok) {
      it.first = point.value.first;
      it.due = point.value.last;
      return found(std::move(it));
    }
    auto range = parse_range(c);
    if (range.status == Status::impossible) return carry_failure<DeadlineItem>(range);
    if (range.status == Status::ok) {
      it.start = range.value.first.first;
      it.first = range.value.first.first;
      it.due = range.value.second.last;
      return found(std::move(it));
    }
    Match<Recurrence> rule = parse_rule(c, periodic);
    if (rule.status != Status::ok) return carry_failure<DeadlineItem>(rule);
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

  Items& fail(Items& out, Rule rule, std::size_t b, std::size_t e, std::string why) const {
    out.failure = Failure{rule, src_.slice(b, e), std::move(why)};
    return out;
  }

  const Source& src_;
  const DeadlineContext& ctx_;
};

// ------------------------------------------------------------ the whole text

bool line_starts_with_dash(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size()) {
    const CodePoint cp = code_point_at(line, i);
    if (cp.cls != CharClass::space) return cp.cls == CharClass::dash;
    i += cp.len;
  }
  return false;
}

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
    const std::size_t len =
        std::min(sequence_length(static_cast<unsigned char>(s[i])), s.size() - i);
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
  const std::string where =
      f.part == whole ? quote(whole) : fmt::format("{} in {}", quote(f.part), quote(whole));
  if (f.rule == Rule::bad_date)
    return Parsed<Deadline>::failure(Rule::bad_date,
                                     fmt::format("impossible date {}: {}", where, f.why),
                                     std::string(kDateHint));
  return Parsed<Deadline>::failure(Rule::bad_deadline,
                                   fmt::format("cannot read {} as a deadline", where),
                                   std::string(kFormsHint));
}

Parsed<Deadline> refuse(std::string message) {
  return Parsed<Deadline>::failure(Rule::bad_deadline, std::move(message), std::string(kFormsHint));
}

}  // namespace

Parsed<Deadline> parse_deadline(std::string_view text, const DeadlineContext& ctx) {
  if (auto bad = text::find_invalid_utf8(text))
    return refuse(fmt::format("deadline is not valid UTF-8 (bad byte at offset {})", *bad));
  if (text.size() > kMaxDeadlineBytes)
    return refuse(fmt::format("deadline is too long ({} bytes) to be read as one: {}", text.size(),
                              quote(text::collapse_space(text))));
  const std::string collapsed = text::collapse_space(text);
  if (collapsed.empty()) return refuse("empty deadline: write when the task is due");

  Source src{collapsed, tokenize(collapsed)};
  const Parser parser(src, ctx);
  Items all;
  if (reads_as_list(text, src)) {
    for (auto [b, e] : list_items(src)) all.take(parser.group(b, e));
  } else {
    all.take(parser.group(0, src.tokens.size()));
  }
  if (all.failure) return failure_of(*all.failure, collapsed);
  if (all.items.empty()) return refuse(fmt::format("no deadline in {}", quote(collapsed)));
  return Parsed<Deadline>::success(Deadline{std::move(all.items), all.optional, std::string(text)});
}

Deadline join_deadlines(std::vector<Deadline> parts) {
  Deadline out;
  for (Deadline& part : parts) {
    out.optional = out.optional || part.optional;
    for (DeadlineItem& item : part.items) out.items.push_back(std::move(item));
    if (part.text.empty()) continue;
    if (!out.text.empty()) out.text += "; ";
    out.text += part.text;
  }
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
