// The periodic report: periods and data windows, and the report's content.
#include "cchc/engine/report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "cchc/model/period.hpp"

namespace cchc::engine {

using namespace cchc::model;

namespace {

unsigned last_month(ReportKind k) {
  switch (k) {
    case ReportKind::q1:
      return 3;
    case ReportKind::h1:
      return 6;
    case ReportKind::q3:
      return 9;
    case ReportKind::year:
      return 12;
  }
  return 12;
}

// Day `day` of a month, or its last day when the month is shorter.
Date day_in_month(int year, unsigned month, int day) {
  Date last = last_day_of_month(year, month);
  unsigned d = std::min(static_cast<unsigned>(day), day_of(last));
  return *make_date(year, month, d);
}

}  // namespace

Parsed<PeriodSpec> parse_period_spec(std::string_view text) {
  using Result = Parsed<PeriodSpec>;
  using diag::Msg;
  auto fail = [](diag::Message msg) {
    return Result::failure(diag::Rule::bad_date, std::move(msg));
  };
  const diag::Message not_one{Msg::report_period_unreadable, {text}};
  auto period = parse_period(text);
  if (!period.ok()) return fail(not_one);
  const Period& p = *period.value;
  int year = year_of(p.from);
  if (year_of(p.to) != year) return fail(not_one);
  if (year < 1900 || year > 2999) return fail({Msg::report_period_year_range, {text}});
  unsigned first = month_of(p.from), last = month_of(p.to);
  if (first == 1 && last == 3) return Result::success({year, ReportKind::q1});
  if (first == 1 && last == 6) return Result::success({year, ReportKind::h1});
  if (first == 7 && last == 9) return Result::success({year, ReportKind::q3});
  if (first == 1 && last == 12) return Result::success({year, ReportKind::year});
  if (first == 4 && last == 6) return fail({Msg::report_no_q2, {year}});
  if (first == 10 && last == 12) return fail({Msg::report_no_q4, {year}});
  if (first == 7 && last == 12) return fail({Msg::report_no_h2, {year}});
  return fail(not_one);
}

std::string period_spec_name(const PeriodSpec& p) {
  switch (p.kind) {
    case ReportKind::q1:
      return fmt::format("{}-Q1", p.year);
    case ReportKind::h1:
      return fmt::format("{}-H1", p.year);
    case ReportKind::q3:
      return fmt::format("{}-Q3", p.year);
    case ReportKind::year:
      break;
  }
  return fmt::format("{}", p.year);
}

PeriodSpec next_report(const PeriodSpec& p) {
  switch (p.kind) {
    case ReportKind::q1:
      return {p.year, ReportKind::h1};
    case ReportKind::h1:
      return {p.year, ReportKind::q3};
    case ReportKind::q3:
      return {p.year, ReportKind::year};
    case ReportKind::year:
      break;
  }
  return {p.year + 1, ReportKind::q1};
}

ReportPeriod report_period(const PeriodSpec& p, int cutoff_day, int report_day) {
  ReportPeriod r;
  r.spec = p;
  unsigned end_month = last_month(p.kind);
  r.first = first_day_of_month(p.year, p.kind == ReportKind::q3 ? 7 : 1);
  r.last = last_day_of_month(p.year, end_month);
  // Quarter III counts from the day after the half-year's cut-off; the
  // others from the day after the cut-off of the year before.
  Date previous_cutoff = p.kind == ReportKind::q3 ? day_in_month(p.year, 6, cutoff_day)
                                                  : day_in_month(p.year - 1, 12, cutoff_day);
  r.from = add_days(previous_cutoff, 1);
  r.to = day_in_month(p.year, end_month, cutoff_day);
  r.due = day_in_month(p.year, end_month, report_day);
  return r;
}

std::vector<const Plan*> report_plans(const Repository& repo, const ReportPeriod& period,
                                      const Filter& filter) {
  std::vector<const Plan*> out;
  for (const auto& p : repo.plans) {
    bool chosen = filter.plans.empty()
                      ? !(p.period.to < period.first || period.last < p.period.from)
                      : filter.plans.contains(p.id);
    if (chosen) out.push_back(&p);
  }
  std::sort(out.begin(), out.end(), [](const Plan* a, const Plan* b) { return a->id < b->id; });
  return out;
}

bool in_window(const DeadlineEval& e, const ReportPeriod& period) {
  switch (e.category) {
    case Category::no_deadline:
      return true;
    case Category::cancelled:
      return !e.due || (*e.due >= period.from && *e.due <= period.last);
    case Category::done_on_time:
    case Category::done_late:
      return e.done_on && *e.done_on >= period.from;
    case Category::overdue:
    case Category::due_soon:
    case Category::on_track:
      return e.due && *e.due <= period.last;
  }
  return false;
}

namespace {

Evaluation window_only(Evaluation ev, const ReportPeriod& period) {
  std::erase_if(ev.items, [&](const DeadlineEval& e) { return !in_window(e, period); });
  return ev;
}

std::vector<const DeadlineEval*> completed_in(const Evaluation& ev) {
  std::vector<const DeadlineEval*> out;
  for (const auto& e : ev.items)
    if (e.category == Category::done_on_time || e.category == Category::done_late)
      out.push_back(&e);
  // By completion day; the evaluation's order (due day, plan, task) on ties.
  std::stable_sort(out.begin(), out.end(), [](const DeadlineEval* a, const DeadlineEval* b) {
    return *a->done_on < *b->done_on;
  });
  return out;
}

std::vector<ProgressNote> progress_in(const std::vector<const Plan*>& plans, const Filter& filter,
                                      const Date& from, const Date& to) {
  std::vector<ProgressNote> out;
  for (const Plan* p : plans)
    for_each_task(p->tasks, [&](const Task& t, int) {
      if (!filter.matches(*p, t) || t.tracked().updates.empty()) return;
      for (const auto& u : t.tracked().updates)
        if (u.on >= from && u.on <= to) out.push_back({p, &t, &u});
    });
  std::stable_sort(out.begin(), out.end(), [](const ProgressNote& a, const ProgressNote& b) {
    return a.update->on < b.update->on;
  });
  return out;
}

}  // namespace

Report build_report(const Repository& repo, const WorkCalendar& calendar, const OwnerIndex& owners,
                    const ReportOptions& options) {
  Report r;
  const Config& c = repo.config;
  r.period = report_period(options.period, c.cutoff_day, c.report_day);
  r.next = report_period(next_report(options.period), c.cutoff_day, c.report_day);
  r.as_of = options.as_of;
  r.data_day = std::min(options.as_of, r.period.to);
  r.plans = report_plans(repo, r.period, options.filter);

  if (r.plans.empty()) return r;  // nothing to report on; an empty filter would mean every plan

  // A plan may set its own report_day / cutoff_day (Sóc Trăng: the 18th); when
  // every plan of the report agrees, the report follows them.
  auto agreed = [&](auto field, int fallback) {
    std::optional<int> day;
    for (const Plan* p : r.plans) {
      const int d = ((*p).*field).value_or(fallback);
      if (day && *day != d) return fallback;
      day = d;
    }
    return day.value_or(fallback);
  };
  const int cutoff_day = agreed(&Plan::cutoff_day, c.cutoff_day);
  const int report_day = agreed(&Plan::report_day, c.report_day);
  if (cutoff_day != c.cutoff_day || report_day != c.report_day) {
    r.period = report_period(options.period, cutoff_day, report_day);
    r.next = report_period(next_report(options.period), cutoff_day, report_day);
    r.data_day = std::min(options.as_of, r.period.to);
  }

  Filter filter = options.filter;
  filter.plans.clear();
  filter.plans_chosen = true;
  for (const Plan* p : r.plans) filter.plans.push_back(p->id);

  r.evaluation = window_only(evaluate(repo, r.data_day, calendar, filter), r.period);
  r.by_area = status_table(r.evaluation, GroupBy::area, owners);
  r.by_owner = status_table(r.evaluation, GroupBy::owner, owners);
  r.overdue = overdue_list(r.evaluation, owners);
  r.completed = completed_in(r.evaluation);
  r.progress = progress_in(r.plans, filter, r.period.from, r.data_day);
  for (const auto& e : r.evaluation.items)
    if (e.category == Category::no_deadline) r.undated.push_back(&e);

  r.upcoming_evaluation = evaluate(repo, r.data_day, calendar, filter, r.next.last);
  for (const auto& e : r.upcoming_evaluation.items) {
    bool open = e.category == Category::overdue || e.category == Category::due_soon ||
                e.category == Category::on_track;
    if (open && e.due && *e.due > r.period.last && *e.due <= r.next.last) r.next_due.push_back(&e);
  }

  r.budget = budget_totals(repo, filter, {});
  r.targets = evaluate_targets(repo, owners, r.data_day, filter);
  ScheduleOptions so;
  so.by = ScheduleBy::month;
  so.from = r.period.from;
  so.to = r.period.last;
  // Every task at work in the window, also those due later: the window clips the bars.
  r.timeline = build_schedule(r.upcoming_evaluation, so);
  return r;
}

}  // namespace cchc::engine
