// The timeline of `cchc schedule` (engine/schedule.hpp): rows, bars, marks
// and the month or quarter columns of the window.
#include "cchc/engine/schedule.hpp"

#include <algorithm>
#include <map>

namespace cchc::engine {

using namespace cchc::model;

namespace {

// The item of the task's `due` an evaluated deadline comes from (none when
// nothing was written).
const DeadlineItem* written_item(const DeadlineEval& e) {
  if (!e.task->due || e.item >= e.task->due->items.size()) return nullptr;
  return &e.task->due->items[e.item];
}

// The task's own `start` when it names a day or a period: its first day.
std::optional<Date> task_start(const Task& t) {
  std::optional<Date> out;
  if (!t.start) return out;
  for (const auto& s : t.start->items)
    if (s.kind == DeadlineKind::day && s.first.ok()) out = out ? std::min(*out, s.first) : s.first;
  return out;
}

struct Span {
  Date start;
  Date end;
};

// The days a recurring rule runs over; the same window evaluate() takes its
// occurrences from: the rule's own, else the task's start and the plan's end.
Span rule_window(const DeadlineEval& e, const DeadlineItem& item) {
  Date from = item.rule.from.value_or(task_start(*e.task).value_or(e.plan->period.from));
  Date to = item.rule.to.value_or(e.plan->period.to);
  return {from, std::max(from, to)};
}

// The part of the bar one dated deadline accounts for.
Span deadline_span(const DeadlineEval& e) {
  const Date due = *e.due;
  const DeadlineItem* item = written_item(e);
  if (item && e.kind == DeadlineKind::recurring) {
    Span w = rule_window(e, *item);
    return {std::min(w.start, due), std::max(w.end, due)};
  }
  if (e.start) return {std::min(*e.start, due), due};
  // "Quý IV/2017" is work done during the quarter: the bar starts on its first day.
  if (item && item->first.ok()) return {std::min(item->first, due), due};
  return {due, due};
}

// How long the work ran past the plan: to the day a late deadline was done,
// or to the as-of day while one is overdue.
std::optional<Date> late_until(const DeadlineEval& e, const Date& as_of) {
  if (e.category == Category::done_late && e.done_on) return e.done_on;
  if (e.category == Category::overdue) return as_of;
  return std::nullopt;
}

bool is_done(Category c) {
  return c == Category::done_on_time || c == Category::done_late;
}

void add_deadline(ScheduleRow& row, const DeadlineEval& e, const Date& as_of) {
  if (!e.due) {
    row.undated.push_back(&e);
    return;
  }
  row.marks.push_back({*e.due, e.category, &e});
  Span s = deadline_span(e);
  if (!row.bar) row.bar = ScheduleBar{s.start, s.end, std::nullopt};
  row.bar->start = std::min(row.bar->start, s.start);
  row.bar->end = std::max(row.bar->end, s.end);
  if (auto late = late_until(e, as_of))
    row.bar->late_until = row.bar->late_until ? std::max(*row.bar->late_until, *late) : *late;
}

// Drop a late_until that does not reach past the bar, and settle the flags.
void finish_row(ScheduleRow& row) {
  std::stable_sort(row.marks.begin(), row.marks.end(),
                   [](const ScheduleMark& a, const ScheduleMark& b) { return a.due < b.due; });
  if (row.bar && row.bar->late_until && *row.bar->late_until <= row.bar->end)
    row.bar->late_until.reset();
  row.cancelled = row.task->status == Status::cancelled;
  row.done =
      !row.marks.empty() && std::all_of(row.marks.begin(), row.marks.end(),
                                        [](const ScheduleMark& m) { return is_done(m.category); });
  for (const auto& r : row.task->lead) row.lead.push_back(r.id_or_text());
}

std::vector<ScheduleRow> collect_rows(const Evaluation& ev) {
  std::vector<ScheduleRow> rows;
  std::map<const Task*, std::size_t> index;
  for (const auto& e : ev.items) {
    auto [it, added] = index.try_emplace(e.task, rows.size());
    if (added) {
      ScheduleRow row;
      row.plan = e.plan;
      row.task = e.task;
      rows.push_back(std::move(row));
    }
    add_deadline(rows[it->second], e, ev.as_of);
  }
  for (auto& r : rows) finish_row(r);
  std::stable_sort(rows.begin(), rows.end(), [](const ScheduleRow& a, const ScheduleRow& b) {
    if (a.plan->id != b.plan->id) return a.plan->id < b.plan->id;
    return task_id_less(a.task->id, b.task->id);
  });
  return rows;
}

// The plans' periods, widened to take in every dated deadline.
Span default_window(const std::vector<ScheduleRow>& rows, const Date& as_of) {
  std::optional<Span> w;
  auto widen = [&](const Date& a, const Date& b) {
    if (!w) w = Span{a, b};
    w->start = std::min(w->start, a);
    w->end = std::max(w->end, b);
  };
  for (const auto& r : rows) {
    widen(r.plan->period.from, r.plan->period.to);
    for (const auto& m : r.marks) widen(m.due, m.due);
  }
  if (!w) return {first_day_of_month(year_of(as_of), 1), last_day_of_month(year_of(as_of), 12)};
  return *w;
}

bool touches_window(const ScheduleRow& r, const Date& from, const Date& to) {
  if (!r.bar) return true;  // undated tasks are listed whatever the window
  return r.bar->start <= to && r.bar->drawn_end() >= from;
}

SchedulePeriod next_period(const SchedulePeriod& p, ScheduleBy by) {
  return period_of(add_days(p.last, 1), by);
}

}  // namespace

SchedulePeriod period_of(const Date& d, ScheduleBy by) {
  int y = year_of(d);
  unsigned m = month_of(d);
  if (by == ScheduleBy::month) return {y, m, first_day_of_month(y, m), last_day_of_month(y, m)};
  unsigned q = (m - 1) / 3 + 1;
  return {y, q, first_day_of_month(y, q * 3 - 2), last_day_of_month(y, q * 3)};
}

std::optional<std::size_t> column_index(const Schedule& s, const Date& d) {
  for (std::size_t i = 0; i < s.columns.size(); ++i)
    if (s.columns[i].first <= d && d <= s.columns[i].last) return i;
  return std::nullopt;
}

Schedule build_schedule(const Evaluation& ev, const ScheduleOptions& options) {
  Schedule s;
  s.by = options.by;
  s.as_of = ev.as_of;
  std::vector<ScheduleRow> rows = collect_rows(ev);
  Span w = default_window(rows, ev.as_of);
  s.from = options.from.value_or(w.start);
  s.to = options.to.value_or(w.end);
  const bool narrowed = options.from || options.to;
  for (auto& r : rows)
    if (!narrowed || touches_window(r, s.from, s.to)) s.rows.push_back(std::move(r));
  if (s.to < s.from) return s;  // an empty window: no columns
  for (SchedulePeriod p = period_of(s.from, s.by); p.first <= s.to; p = next_period(p, s.by))
    s.columns.push_back(p);
  return s;
}

}  // namespace cchc::engine
