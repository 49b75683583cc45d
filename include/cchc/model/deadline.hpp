// Deadlines (thời hạn): the written forms of plan-format.md section 6 turned into
// days, recurring rules, "ongoing" (thường xuyên) or "external" (theo hướng dẫn ...).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/model/date.hpp"
#include "cchc/model/parsed.hpp"
#include "cchc/text/interned.hpp"

namespace cchc::model {

enum class PeriodUnit { month, quarter, half, year };

// A recurring deadline: due at the end of every period (or on `day` of the
// period's last month) inside a window.
struct Recurrence {
  PeriodUnit every = PeriodUnit::month;
  std::optional<unsigned> day;  // day of the period's last month; none = its last day
  // Window written with the rule ("Hàng quý năm 2021"); when absent the engine
  // uses the task's start and end, else the plan period.
  std::optional<Date> from;
  std::optional<Date> to;

  bool operator==(const Recurrence&) const = default;
};

enum class DeadlineKind {
  day,        // a fixed last day on time
  recurring,  // hàng tháng, hàng quý ...
  ongoing,    // thường xuyên, liên tục: never overdue
  external,   // theo hướng dẫn của Trung ương ...: the date is set by someone else
};

struct DeadlineItem {
  DeadlineKind kind = DeadlineKind::day;
  Date due{};                 // kind == day
  std::optional<Date> start;  // a range "X - Y" starts at the first day of X
  // First day of the period the item names: the day itself for a day form, the
  // 1st of the month / quarter / half / year for those forms, the first day of X
  // for a range. Used when the expression is a task's `start`.
  Date first{};
  Recurrence rule;            // kind == recurring
  bool carried_over = false;  // "Chuyển tiếp từ năm 2017"
  int carried_from = 0;       // the year it is carried over from
  text::Interned text;        // this item as written, trimmed (interned: "Hàng quý" is written on
                              // thousands of tasks)

  bool operator==(const DeadlineItem&) const = default;
};

struct Deadline {
  std::vector<DeadlineItem> items;  // several deadlines: a YAML list or a multi-line cell
  bool optional = false;            // "(nếu có)" / "(if any)"
  text::Interned text;              // as written

  bool operator==(const Deadline&) const = default;
};

// What a deadline expression needs to know about its plan.
struct DeadlineContext {
  Date period_start{};
  Date period_end{};
};

// Parse one written deadline (one YAML scalar). Errors use Rule::bad_deadline
// (text not understood: the message quotes it and lists the accepted forms) or
// Rule::bad_date (an impossible day such as 30/02/2021).
Parsed<Deadline> parse_deadline(std::string_view text, const DeadlineContext& ctx);

// Merge several parsed expressions (a YAML list) into one deadline.
Deadline join_deadlines(std::vector<Deadline> parts);

// The period a recurrence unit means, in months (1, 3, 6, 12).
int months_of(PeriodUnit u);
std::string_view period_unit_name(PeriodUnit u);  // month, quarter, half, year
std::optional<PeriodUnit> period_unit_from_name(std::string_view s);

// Latest and earliest fixed day of a deadline (nullopt when it has none).
std::optional<Date> latest_day(const Deadline& d);
std::optional<Date> earliest_start(const Deadline& d);

}  // namespace cchc::model
