// The periodic report: period names, data windows (cut-off day 14, report
// day 20 or 18), which deadlines a window holds, the next period, the plans
// covered, and what the report gathers.
#include <catch2/catch.hpp>
#include <type_traits>

#include "../support/messages.hpp"
#include "../support/plans.hpp"
#include "cchc/engine/report.hpp"
#include "cchc/load/loader.hpp"
#include "cchc/load/repository.hpp"

using namespace cchc;
using engine::Category;
using engine::PeriodSpec;
using engine::ReportKind;

namespace {

model::Date day(const std::string& s) {
  return *model::parse_iso_date(s);
}

std::string window(const engine::ReportPeriod& p) {
  return model::iso(p.from) + ".." + model::iso(p.to) + " due " + model::iso(p.due) + " period " +
         model::iso(p.first) + ".." + model::iso(p.last);
}

struct Fixture {
  model::Repository repo;
  engine::WorkCalendar calendar{std::nullopt};

  void add_plan(const std::string& id, const std::string& period, const std::string& tasks) {
    repo.plans.push_back(testing::plan_of(id, period, tasks));
  }

  engine::Report report(const std::string& period, const std::string& as_of) {
    testing::link_owners(repo);
    model::OwnerIndex owners(repo.owners);
    engine::ReportOptions ro;
    ro.period = *engine::parse_period_spec(period).value;
    ro.as_of = day(as_of);
    return engine::build_report(repo, calendar, owners, ro);
  }
};

std::string task(const std::string& id, const std::string& due, const std::string& extra = "") {
  return "  - {id: '" + id + "', title: T" + id + ", lead: snv, due: " + due + extra + "}\n";
}

// "id:category" for each deadline of an evaluation, in its order.
std::vector<std::string> listed(const std::vector<const engine::DeadlineEval*>& items) {
  std::vector<std::string> out;
  for (const auto* e : items)
    out.push_back(e->task->id.str() + ":" + std::string(engine::category_name(e->category)));
  return out;
}

std::vector<std::string> listed(const engine::Evaluation& ev) {
  std::vector<const engine::DeadlineEval*> items;
  for (const auto& e : ev.items) items.push_back(&e);
  return listed(items);
}

}  // namespace

TEST_CASE("period names: the four reports of the calendar, the others refused with the one to use",
          "[report]") {
  std::string why;
  auto parse = [&why](std::string_view text) -> std::optional<PeriodSpec> {
    auto p = engine::parse_period_spec(text);
    why = en(p.message);
    return p.value;
  };
  CHECK(parse("2021-Q1") == PeriodSpec{2021, ReportKind::q1});
  CHECK(parse("2021-h1") == PeriodSpec{2021, ReportKind::h1});
  CHECK(parse("2021-Q3") == PeriodSpec{2021, ReportKind::q3});
  CHECK(parse("2021") == PeriodSpec{2021, ReportKind::year});
  CHECK_FALSE(parse("2021-Q2"));
  CHECK(why == "there is no report for quarter II: the half-year report 2021-H1 covers it");
  CHECK_FALSE(parse("2021-Q4"));
  CHECK(why == "there is no report for quarter IV: the year report 2021 covers it");
  CHECK_FALSE(parse("2021-H2"));
  CHECK(why == "there is no report for the second half: the year report 2021 covers it");
  CHECK(parse("Quý I/2021") == PeriodSpec{2021, ReportKind::q1});
  CHECK(parse("quy III nam 2021") == PeriodSpec{2021, ReportKind::q3});
  CHECK(parse("Quý 3/2021") == PeriodSpec{2021, ReportKind::q3});
  CHECK(parse("6 tháng đầu năm 2021") == PeriodSpec{2021, ReportKind::h1});
  CHECK(parse("Năm 2021") == PeriodSpec{2021, ReportKind::year});
  CHECK_FALSE(parse("Quý IV/2021"));
  CHECK(why == "there is no report for quarter IV: the year report 2021 covers it");
  CHECK_FALSE(parse("6 tháng cuối năm 2021"));
  CHECK(why == "there is no report for the second half: the year report 2021 covers it");
  for (const char* bad :
       {"", "21-Q1", "2021-Q5", "2021Q1", "2021-Q1x", "Quý V/2021", "Quý I", "abcd", "năm 21"}) {
    INFO(bad);
    CHECK_FALSE(parse(bad));
    CHECK(why.find("write 2021-Q1, 2021-H1, 2021-Q3 or 2021") != std::string::npos);
  }
  CHECK(engine::period_spec_name({2021, ReportKind::q3}) == "2021-Q3");
  CHECK(engine::period_spec_name({2021, ReportKind::year}) == "2021");
}

TEST_CASE("data windows follow the reporting calendar of Sóc Trăng's plan 142/KH-UBND",
          "[report]") {
  // The plan: Q1 15/12/2020-14/3/2021, H1 15/12/2020-14/6/2021, Q3 15/6-14/9/2021
  // (printed "15/6/2020", a slip), year 15/12/2020-14/12/2021; reports due on the 18th.
  CHECK(window(engine::report_period({2021, ReportKind::q1}, 14, 18)) ==
        "2020-12-15..2021-03-14 due 2021-03-18 period 2021-01-01..2021-03-31");
  CHECK(window(engine::report_period({2021, ReportKind::h1}, 14, 18)) ==
        "2020-12-15..2021-06-14 due 2021-06-18 period 2021-01-01..2021-06-30");
  CHECK(window(engine::report_period({2021, ReportKind::q3}, 14, 18)) ==
        "2021-06-15..2021-09-14 due 2021-09-18 period 2021-07-01..2021-09-30");
  CHECK(window(engine::report_period({2021, ReportKind::year}, 14, 18)) ==
        "2020-12-15..2021-12-14 due 2021-12-18 period 2021-01-01..2021-12-31");
}

TEST_CASE("days past a month's end mean its last day", "[report]") {
  CHECK(window(engine::report_period({2021, ReportKind::h1}, 31, 31)) ==
        "2021-01-01..2021-06-30 due 2021-06-30 period 2021-01-01..2021-06-30");
  CHECK(window(engine::report_period({2021, ReportKind::q3}, 31, 31)) ==
        "2021-07-01..2021-09-30 due 2021-09-30 period 2021-07-01..2021-09-30");
}

TEST_CASE("the report after each: Q1, H1, Q3, year, then Q1 of the next year", "[report]") {
  CHECK(engine::next_report({2021, ReportKind::q1}) == PeriodSpec{2021, ReportKind::h1});
  CHECK(engine::next_report({2021, ReportKind::h1}) == PeriodSpec{2021, ReportKind::q3});
  CHECK(engine::next_report({2021, ReportKind::q3}) == PeriodSpec{2021, ReportKind::year});
  CHECK(engine::next_report({2021, ReportKind::year}) == PeriodSpec{2022, ReportKind::q1});
}

TEST_CASE(
    "a window holds what was done in it, what is open and due by the period's end, and the undated",
    "[report]") {
  Fixture f;
  f.add_plan(
      "p", "2026",
      task("1", "2026-02-10", ", done_on: 2026-02-05") +      // done in the window: counted
          task("2", "2026-01-20", ", done_on: 2025-12-10") +  // done before the window: not again
          task("3", "2026-06-10", ", done_on: 2026-03-01") +  // done early, in the window: counted
          task("4", "2026-03-02") +                           // overdue on the cut-off day
          task("5", "2026-03-25") +                           // due after the cut-off, in Q1
          task("6", "2026-05-01") +                           // after the period: next report
          task("7", "Thường xuyên") +                         // undated: always
          task("8", "2026-02-01", ", status: cancelled") +    // cancelled in the window
          task("9", "2025-12-01", ", status: cancelled") +    // cancelled before it
          task("10", "2026-03-10",
               ", done_on: 2026-03-16"));  // done after the cut-off: overdue then
  engine::Report r = f.report("2026-Q1", "2026-03-20");
  CHECK(model::iso(r.data_day) == "2026-03-14");
  CHECK(listed(r.evaluation) == std::vector<std::string>{"8:cancelled", "1:done-on-time",
                                                         "4:overdue", "10:overdue", "5:due-soon",
                                                         "3:done-on-time", "7:no-deadline"});
  CHECK(listed(r.completed) == std::vector<std::string>{"1:done-on-time", "3:done-on-time"});
  CHECK(listed(r.overdue.items) == std::vector<std::string>{"4:overdue", "10:overdue"});
  CHECK(listed(r.undated) == std::vector<std::string>{"7:no-deadline"});
  CHECK(listed(r.next_due) == std::vector<std::string>{"6:on-track"});
  const auto& total = r.by_area.total.counts;
  CHECK(total.total == 7);
  CHECK(total.denominator() == 4);
  CHECK(engine::completion_rate(total).num == 2);
}

TEST_CASE("quarter III counts from the half-year's cut-off, and an open task stays on every report",
          "[report]") {
  Fixture f;
  f.add_plan(
      "p", "2026",
      task("1", "2026-03-31") +                               // overdue since Q1: still listed
          task("2", "2026-06-30", ", done_on: 2026-06-10") +  // done before 15/6: H1's, not Q3's
          task("3", "2026-06-30", ", done_on: 2026-06-20") +  // done late, after 15/6: Q3's
          task("4", "Hàng quý"));
  engine::Report r = f.report("2026-Q3", "2026-10-01");
  CHECK(listed(r.evaluation) == std::vector<std::string>{"1:overdue", "4:overdue", "3:done-on-time",
                                                         "4:overdue", "4:on-track"});
  CHECK(listed(r.next_due) == std::vector<std::string>{"4:on-track"});
  CHECK(model::iso(r.next_due.front()->due.value()) == "2026-12-31");
}

TEST_CASE("a report made before the cut-off day takes the data of its as-of day", "[report]") {
  Fixture f;
  f.add_plan("p", "2026", task("1", "2026-03-05") + task("2", "2026-03-12"));
  engine::Report r = f.report("2026-Q1", "2026-03-08");
  CHECK(model::iso(r.data_day) == "2026-03-08");
  CHECK(listed(r.evaluation) == std::vector<std::string>{"1:overdue", "2:due-soon"});
}

TEST_CASE("progress updates written inside the window are gathered by day", "[report]") {
  Fixture f;
  f.add_plan("p", "2026",
             "  - id: '1'\n    title: T1\n    lead: snv\n    due: 2026-12-31\n    updates:\n"
             "      - {on: 2026-02-01, progress: 10, note: a}\n"
             "      - {on: 2026-03-20, progress: 30, note: after the cut-off}\n"
             "      - {on: 2025-12-20, progress: 5, note: b}\n"
             "      - {on: 2025-12-01, progress: 1, note: before the window}\n");
  engine::Report r = f.report("2026-Q1", "2026-04-01");
  REQUIRE(r.progress.size() == 2);
  CHECK(r.progress[0].update->note == "b");
  CHECK(r.progress[1].update->note == "a");
}

TEST_CASE("a report covers the plans whose period overlaps its own, or those named", "[report]") {
  Fixture f;
  f.add_plan("a-2025", "2025", task("1", "2025-12-20"));
  f.add_plan("b-2026", "2026", task("1", "2026-02-01"));
  f.add_plan("c-2022-2030", "2022..2030", task("1", "2030-01-01"));
  auto q1 = engine::report_period({2026, ReportKind::q1}, 14, 20);
  std::vector<std::string> ids;
  for (const auto* p : engine::report_plans(f.repo, q1, {})) ids.push_back(p->id);
  // The window starts on 15/12/2025 but a-2025 does not reach into 2026: not covered.
  CHECK(ids == std::vector<std::string>{"b-2026", "c-2022-2030"});
  engine::Filter only;
  only.plans = {"a-2025"};
  ids.clear();
  for (const auto* p : engine::report_plans(f.repo, q1, only)) ids.push_back(p->id);
  CHECK(ids == std::vector<std::string>{"a-2025"});
}

TEST_CASE("the report's timeline holds every task at work in the period", "[report]") {
  Fixture f;
  f.add_plan("p", "2026",
             task("1", "2026-02-01") + task("2", "Tháng 3/2026 - Tháng 12/2026") +
                 task("3", "2026-11-01"));
  engine::Report r = f.report("2026-Q1", "2026-03-20");
  std::vector<std::string> rows;
  for (const auto& row : r.timeline.rows) rows.push_back(row.task->id);
  CHECK(rows == std::vector<std::string>{"1", "2"});
  CHECK(model::iso(r.timeline.from) == "2025-12-15");
  CHECK(model::iso(r.timeline.to) == "2026-03-31");
}

TEST_CASE("a report of no plan holds its periods and nothing else", "[report]") {
  Fixture f;
  f.add_plan("p", "2026", task("1", "2026-02-01"));
  engine::Report r = f.report("2019", "2019-12-20");
  CHECK(r.plans.empty());
  CHECK(model::iso(r.period.from) == "2018-12-15");
  CHECK(r.evaluation.items.empty());
  CHECK(r.next_due.empty());
  CHECK(r.budget.plans.empty());
  CHECK(r.targets.items.empty());
}

TEST_CASE("a moved report still points into its own evaluations", "[report]") {
  static_assert(!std::is_copy_constructible_v<engine::Report>);
  static_assert(!std::is_copy_assignable_v<engine::Report>);
  static_assert(std::is_nothrow_move_constructible_v<engine::Report>);
  Fixture f;
  f.add_plan("p", "2026",
             task("1", "2026-03-31") + task("2", "2026-06-30", ", done_on: 2026-06-20") +
                 task("3", "Hàng quý"));
  engine::Report first = f.report("2026-Q3", "2026-10-01");
  REQUIRE_FALSE(first.completed.empty());
  REQUIRE_FALSE(first.next_due.empty());
  REQUIRE_FALSE(first.overdue.items.empty());
  auto inside = [](const engine::DeadlineEval* e, const engine::Evaluation& ev) {
    return !ev.items.empty() && e >= &ev.items.front() && e <= &ev.items.back();
  };
  engine::Report moved(std::move(first));
  engine::Report assigned;
  assigned = std::move(moved);
  for (const auto* e : assigned.completed) CHECK(inside(e, assigned.evaluation));
  for (const auto* e : assigned.overdue.items) CHECK(inside(e, assigned.evaluation));
  for (const auto* e : assigned.next_due) CHECK(inside(e, assigned.upcoming_evaluation));
  CHECK(listed(assigned.next_due) == std::vector<std::string>{"3:on-track"});
}
