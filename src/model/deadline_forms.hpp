// The forms of the deadline grammar (plan-format.md section 6), private to
// model/: a point in time (a day, month, quarter, half or year with its
// prefixes), a range "X - Y", a recurring rule (Hàng quý), ongoing work
// (Thường xuyên), a date set by someone else (Theo hướng dẫn ...) and work
// carried over. deadline.cpp splits a text into parts and tries these on
// each.
#pragma once

#include <string>
#include <utility>

#include "cchc/diag/message.hpp"
#include "cchc/model/deadline.hpp"
#include "deadline_lexer.hpp"

namespace cchc::model::deadline_grammar {

enum class MatchStatus { none, ok, impossible };

// What one grammar rule made of the tokens: nothing (try the next rule), a
// value, or a form it recognised whose date does not exist (30/02/2021).
template <class T>
struct Match {
  MatchStatus status = MatchStatus::none;
  T value{};
  diag::Message why;  // MatchStatus::impossible: what is wrong with the date
};

template <class T>
Match<T> found(T v) {
  return Match<T>{MatchStatus::ok, std::move(v), {}};
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

// One point in time with its prefixes ("trước ngày 01/6/2020"), from the
// cursor on; the cursor moves past it only when it matched.
PointMatch parse_point(Cursor& c);

// A point that makes up the whole of the cursor's range.
PointMatch whole_point(Cursor c);

// "X - Y", "từ X đến Y": from the first day of X to the last day of Y.
Match<std::pair<Span, Span>> parse_range(Cursor t);

// "Hàng quý", "Định kỳ 3 tháng/lần", "Hàng quý năm 2021" (a window), the whole
// of the cursor's range. `periodic`: read after "định kỳ", where the unit may
// stand alone ("định kỳ quý").
Match<Recurrence> parse_rule(Cursor t, bool periodic);

// Whether the range opens with "định kỳ".
bool opens_periodic(Cursor t);

// "Thường xuyên", "Liên tục", "ongoing": work that is never overdue.
bool is_ongoing(Cursor t);

// A date someone else will set: "Theo hướng dẫn ...", "Khi có ...".
bool is_external(Cursor t);

// "Chuyển tiếp từ năm 2017": work carried over from that year.
Match<int> parse_carried(Cursor t);

}  // namespace cchc::model::deadline_grammar
