// The periodic CCHC report (báo cáo định kỳ) as of a day: the reporting
// period and its data window (cli.md section 2), the deadlines that belong to
// the window placed in their categories, the status by area and by lead
// agency, the overdue list, what was completed and reported inside the
// window, what falls due in the next period, the tasks without a fixed date,
// the budget and the targets. Pure computation: no text, no clock.
//
// Which deadlines a report counts (docs/report.md says the same for users),
// with [from, to] the data window, `last` the last day of the calendar period
// (31/03, 30/06, 30/09, 31/12) and T the day the data is taken on (the as-of
// day, or the cut-off day `to` when the as-of day is later), each deadline
// placed in its category as of T:
// - done by T: when its completion day lies in the window (done in an earlier
//   window, it was reported then);
// - not done: when it is due by the end of the period, however early (an
//   overdue task stays on every report until it is done; one due between the
//   cut-off and the period's end shows as still within its deadline);
// - cancelled: when it was due between the window's start and the period's end;
// - no fixed date (ongoing, external, none written): always, in its own line.
// Deadlines due after the period and not done belong to later reports; those
// due by the end of the next report's period are listed as the next period's.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/engine/budget.hpp"
#include "cchc/engine/evaluate.hpp"
#include "cchc/engine/schedule.hpp"
#include "cchc/engine/status.hpp"
#include "cchc/engine/targets.hpp"
#include "cchc/model/parsed.hpp"

namespace cchc::engine {

// The reports of the CCHC reporting calendar: quarter I, the first half,
// quarter III and the year. There is no report for quarter II or IV: the
// half-year and the year reports stand for them.
enum class ReportKind { q1, h1, q3, year };

struct PeriodSpec {
  int year = 0;
  ReportKind kind = ReportKind::year;
  bool operator==(const PeriodSpec&) const = default;
};

// "2021-Q1", "2021-H1", "2021-Q3", "2021" (case-insensitive), or as the
// documents write them, with or without diacritics: "Quý I/2021", "quý 3 năm
// 2021", "6 tháng đầu năm 2021", "Năm 2021": model::parse_period's forms
// that name one of these reports. Otherwise a failure whose message says why;
// quarters II and IV and the second half name the report that covers them.
model::Parsed<PeriodSpec> parse_period_spec(std::string_view s);
std::string period_spec_name(const PeriodSpec& p);  // "2021-Q1", "2021"

// The report after this one: Q1 -> H1 -> Q3 -> year -> Q1 of the next year.
PeriodSpec next_report(const PeriodSpec& p);

struct ReportPeriod {
  PeriodSpec spec;
  model::Date first{};  // the calendar period: 01/01 to 31/03, 30/06, 30/09 or 31/12
  model::Date last{};   // (quarter III: 01/07 to 30/09)
  model::Date from{};   // the data window: the day after the cut-off day of December of
  model::Date to{};     // the year before (of June for quarter III), to the cut-off day
                        // of the period's last month
  model::Date due{};    // the report is due on report_day of the period's last month
};

// Days beyond a month's length (cut-off 31 in June) mean its last day.
ReportPeriod report_period(const PeriodSpec& p, int cutoff_day, int report_day);

// A progress update written inside the window (plan-format.md 5, `updates`).
struct ProgressNote {
  const model::Plan* plan = nullptr;
  const model::Task* task = nullptr;
  const model::ProgressUpdate* update = nullptr;
};

struct ReportOptions {
  PeriodSpec period;
  model::Date as_of{};
  // --plan, --owner and --area. Without --plan, the report covers the plans
  // whose period overlaps the calendar period of the report.
  Filter filter;
};

struct Report {
  ReportPeriod period;
  ReportPeriod next;  // the next report: its window starts the day after ours ends
  model::Date as_of{};
  model::Date data_day{};                 // T: min(as_of, period.to)
  std::vector<const model::Plan*> plans;  // by id

  Evaluation evaluation;  // the window's deadlines, as of data_day (evaluation order)
  StatusTable by_area;
  StatusTable by_owner;
  OverdueList overdue;
  std::vector<const DeadlineEval*> completed;  // done inside the window, by completion day
  std::vector<ProgressNote> progress;          // updates inside the window, by day
  std::vector<const DeadlineEval*> undated;    // no fixed date, in evaluation order

  Evaluation upcoming_evaluation;             // as of data_day, up to the end of the next period
  std::vector<const DeadlineEval*> next_due;  // not done, due in (period.last, next.last]

  BudgetTotals budget;       // of the plans covered, by plan and area
  TargetEvaluation targets;  // as of data_day
  Schedule timeline;         // [period.from, period.last] by month: every task at work then (from
                             // upcoming_evaluation)

  // `completed`, `undated`, `overdue`, `next_due` and `timeline` point into
  // the elements of `evaluation.items` and `upcoming_evaluation.items`. A
  // copy would point into the original's vectors, so copying is refused. A
  // move hands the vectors' buffers over whole, so the elements stay where
  // they are and the pointers stay valid: moving is safe (and tested).
  Report() = default;
  Report(const Report&) = delete;
  Report& operator=(const Report&) = delete;
  Report(Report&&) noexcept = default;
  Report& operator=(Report&&) noexcept = default;
};

// The plans a report covers: `filter.plans` when given, else every plan whose
// period overlaps [period.first, period.last].
std::vector<const model::Plan*> report_plans(const model::Repository& repo,
                                             const ReportPeriod& period, const Filter& filter);

// Whether a deadline evaluated on data_day belongs to the window (see above).
bool in_window(const DeadlineEval& e, const ReportPeriod& period);

// The whole report. The result points into `repo`: keep it alive. With no
// plan covered, only the periods and `plans` (empty) are filled in. An as-of
// day before the window starts still gives a report (of nothing done yet);
// the command line refuses both.
Report build_report(const model::Repository& repo, const WorkCalendar& calendar,
                    const model::OwnerIndex& owners, const ReportOptions& options);

}  // namespace cchc::engine
