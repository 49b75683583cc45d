// The schedule timeline: bars, marks, undated tasks, row order, the window
// and its month / quarter columns.
#include <catch2/catch.hpp>

#include "../support/plans.hpp"
#include "cchc/engine/schedule.hpp"
#include "cchc/load/loader.hpp"
#include "cchc/load/repository.hpp"

using namespace cchc;
using engine::Category;
using engine::ScheduleBy;

namespace {

model::Date day(const std::string& s) {
  return *model::parse_iso_date(s);
}

struct Fixture {
  model::Repository repo;
  engine::WorkCalendar calendar{std::nullopt};
  engine::Evaluation ev;

  Fixture(const std::string& tasks, const std::string& period, const std::string& as_of) {
    add_plan("p", tasks, period);
    evaluate(as_of);
  }

  void add_plan(const std::string& id, const std::string& tasks, const std::string& period) {
    repo.plans.push_back(testing::plan_of(id, period, tasks));
  }

  void evaluate(const std::string& as_of) {
    testing::link_owners(repo);
    ev = engine::evaluate(repo, day(as_of), calendar, {});
  }

  engine::Schedule schedule(engine::ScheduleOptions o = {}) const {
    return engine::build_schedule(ev, o);
  }
};

std::string task(const std::string& id, const std::string& due, const std::string& extra = "") {
  return "  - {id: '" + id + "', title: T" + id + ", lead: snv, due: " + due + extra + "}\n";
}

const engine::ScheduleRow& row(const engine::Schedule& s, const std::string& id) {
  for (const auto& r : s.rows)
    if (r.task->id == id) return r;
  FAIL("no row " << id);
  throw std::logic_error("unreachable");
}

std::vector<std::string> ids(const engine::Schedule& s) {
  std::vector<std::string> out;
  for (const auto& r : s.rows) out.push_back(r.plan->id + ":" + r.task->id.str());
  return out;
}

}  // namespace

TEST_CASE("a quarter deadline is a bar over the quarter with a mark on its last day",
          "[schedule]") {
  Fixture fx(task("1", "Quý IV/2021"), "2021", "2021-06-30");
  auto s = fx.schedule();
  REQUIRE(s.rows.size() == 1);
  const auto& r = s.rows[0];
  REQUIRE(r.bar);
  CHECK(r.bar->start == day("2021-10-01"));
  CHECK(r.bar->end == day("2021-12-31"));
  CHECK_FALSE(r.bar->late_until);
  REQUIRE(r.marks.size() == 1);
  CHECK(r.marks[0].due == day("2021-12-31"));
  CHECK(r.marks[0].category == Category::on_track);
  CHECK(r.marks[0].deadline->due_text == "Quý IV/2021");
  CHECK(r.lead == std::vector<std::string>{"snv"});
}

TEST_CASE("bars start at a range's start, the task's start, or the due day itself", "[schedule]") {
  Fixture fx(task("1", "Tháng 4/2021 - Tháng 12/2021") + task("2", "30/09/2021") +
                 task("3", "Tháng 12/2021", ", start: Tháng 3/2021") + task("4", "Tháng 11/2021"),
             "2021", "2021-01-15");
  auto s = fx.schedule();
  CHECK(row(s, "1").bar->start == day("2021-04-01"));
  CHECK(row(s, "1").bar->end == day("2021-12-31"));
  CHECK(row(s, "2").bar->start == day("2021-09-30"));  // a plain day: a one-day bar
  CHECK(row(s, "2").bar->end == day("2021-09-30"));
  CHECK(row(s, "3").bar->start == day("2021-03-01"));
  CHECK(row(s, "3").bar->end == day("2021-12-31"));
  CHECK(row(s, "4").bar->start == day("2021-11-01"));
}

TEST_CASE("several deadlines: one bar from the earliest start to the last due day", "[schedule]") {
  Fixture fx(task("1", "[Tháng 02/2021, Ngày 15/11/2021]"), "2021", "2021-06-30");
  const auto s = fx.schedule();
  const auto& r = row(s, "1");
  CHECK(r.bar->start == day("2021-02-01"));
  CHECK(r.bar->end == day("2021-11-15"));
  REQUIRE(r.marks.size() == 2);
  CHECK(r.marks[0].due == day("2021-02-28"));
  CHECK(r.marks[0].category == Category::overdue);
  CHECK(r.marks[1].category == Category::on_track);
  // Overdue and not done: the work runs on to the as-of day, here inside the bar.
  CHECK_FALSE(r.bar->late_until);
}

TEST_CASE("a recurring rule: the bar covers its window, marks follow the evaluation",
          "[schedule]") {
  Fixture fx(task("1", "Hàng quý"), "2021", "2021-07-01");
  const auto s = fx.schedule();
  const auto& r = row(s, "1");
  CHECK(r.bar->start == day("2021-01-01"));
  CHECK(r.bar->end == day("2021-12-31"));
  // Every occurrence up to the as-of day and the next one (cli.md section 3).
  REQUIRE(r.marks.size() == 3);
  CHECK(r.marks[0].due == day("2021-03-31"));
  CHECK(r.marks[2].due == day("2021-09-30"));
}

TEST_CASE("ongoing and external tasks are listed apart, not drawn", "[schedule]") {
  Fixture fx(task("1", "Thường xuyên") + task("2", "Theo hướng dẫn của Trung ương") +
                 task("3", "Quý I/2021"),
             "2021", "2021-06-30");
  auto s = fx.schedule();
  REQUIRE(s.rows.size() == 3);
  CHECK_FALSE(row(s, "1").drawn());
  CHECK(row(s, "1").marks.empty());
  REQUIRE(row(s, "1").undated.size() == 1);
  CHECK(row(s, "1").undated[0]->kind == model::DeadlineKind::ongoing);
  CHECK(row(s, "2").undated[0]->kind == model::DeadlineKind::external);
  CHECK(row(s, "3").drawn());
  CHECK(row(s, "3").undated.empty());
}

TEST_CASE("work past the plan: done late to its done day, overdue to the as-of day", "[schedule]") {
  Fixture fx(task("1", "Quý I/2021", ", status: done, done_on: 2021-04-20") +
                 task("2", "Quý I/2021") +
                 task("3", "Quý I/2021", ", status: done, done_on: 2021-03-02") +
                 task("4", "Quý I/2021", ", status: cancelled"),
             "2021", "2021-05-10");
  auto s = fx.schedule();
  CHECK(row(s, "1").marks[0].category == Category::done_late);
  CHECK(row(s, "1").bar->late_until == day("2021-04-20"));
  CHECK(row(s, "1").bar->drawn_end() == day("2021-04-20"));
  CHECK(row(s, "1").done);
  CHECK(row(s, "2").bar->late_until == day("2021-05-10"));
  CHECK_FALSE(row(s, "2").done);
  CHECK_FALSE(row(s, "3").bar->late_until);
  CHECK(row(s, "3").bar->drawn_end() == day("2021-03-31"));
  CHECK(row(s, "3").done);
  CHECK(row(s, "4").cancelled);
  CHECK(row(s, "4").marks[0].category == Category::cancelled);
  CHECK_FALSE(row(s, "4").done);
}

TEST_CASE("rows follow plan id, then task numbering", "[schedule]") {
  Fixture fx(task("10", "Quý I/2021") + task("2", "Quý IV/2021") + task("1", "Thường xuyên"),
             "2021", "2021-06-30");
  fx.add_plan("a",
              task("II.1", "Quý I/2021") + task("I.10", "Quý I/2021") + task("I.2", "Quý II/2021"),
              "2021");
  fx.evaluate("2021-06-30");
  CHECK(ids(fx.schedule()) ==
        std::vector<std::string>{"a:I.2", "a:I.10", "a:II.1", "p:1", "p:2", "p:10"});
}

TEST_CASE("the default window is the plans' period, widened to every dated deadline",
          "[schedule]") {
  SECTION("one year, twelve months or four quarters") {
    Fixture fx(task("1", "Quý II/2021"), "2021", "2021-06-30");
    auto s = fx.schedule();
    CHECK(s.from == day("2021-01-01"));
    CHECK(s.to == day("2021-12-31"));
    REQUIRE(s.columns.size() == 12);
    CHECK(s.columns[0].number == 1);
    CHECK(s.columns[11].last == day("2021-12-31"));
    auto q = fx.schedule({ScheduleBy::quarter, {}, {}});
    REQUIRE(q.columns.size() == 4);
    CHECK(q.columns[3].number == 4);
    CHECK(q.columns[3].first == day("2021-10-01"));
  }
  SECTION("a deadline after the period widens the window") {
    Fixture fx(task("1", "Tháng 2/2022"), "2021", "2021-06-30");
    auto s = fx.schedule();
    CHECK(s.to == day("2022-02-28"));
    CHECK(s.columns.size() == 14);
    CHECK(s.columns.back().year == 2022);
  }
  SECTION("no task at all: the as-of year") {
    Fixture fx(task("1", "Quý I/2021"), "2021", "2021-06-30");
    engine::Evaluation empty;
    empty.as_of = day("2023-05-05");
    auto s = engine::build_schedule(empty, {});
    CHECK(s.rows.empty());
    CHECK(s.from == day("2023-01-01"));
    CHECK(s.to == day("2023-12-31"));
  }
}

TEST_CASE("a window given keeps the tasks that touch it and every undated one", "[schedule]") {
  Fixture fx(task("1", "Quý I/2021", ", status: done, done_on: 2021-03-10") +
                 task("2", "Quý III/2021") + task("3", "Thường xuyên") +
                 task("4", "Tháng 1/2021", ", status: in-progress"),
             "2021", "2021-08-15");
  engine::ScheduleOptions o{ScheduleBy::month, day("2021-07-10"), day("2021-09-05")};
  auto s = fx.schedule(o);
  // Task 1 was done in March. Task 4 was due in January and is still open on
  // 15/08: its overrun reaches the window.
  CHECK(ids(s) == std::vector<std::string>{"p:2", "p:3", "p:4"});
  REQUIRE(s.columns.size() == 3);
  CHECK(s.columns[0].first == day("2021-07-01"));  // whole months around the window
  CHECK(s.columns[2].last == day("2021-09-30"));
  CHECK(engine::column_index(s, day("2021-08-31")) == std::size_t{1});
  CHECK_FALSE(engine::column_index(s, day("2021-10-01")));
  engine::ScheduleOptions backwards{ScheduleBy::month, day("2021-09-01"), day("2021-08-01")};
  CHECK(fx.schedule(backwards).columns.empty());
}

TEST_CASE("period_of: the month or quarter holding a day", "[schedule]") {
  auto q = engine::period_of(day("2024-08-19"), ScheduleBy::quarter);
  CHECK(q.year == 2024);
  CHECK(q.number == 3);
  CHECK(q.first == day("2024-07-01"));
  CHECK(q.last == day("2024-09-30"));
  auto m = engine::period_of(day("2024-02-10"), ScheduleBy::month);
  CHECK(m.number == 2);
  CHECK(m.last == day("2024-02-29"));
}
