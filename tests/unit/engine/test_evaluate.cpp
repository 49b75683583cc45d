// As-of evaluation: categories, occurrences, completion matching, rates.
#include <catch2/catch.hpp>

#include "../support/plans.hpp"
#include "cchc/engine/evaluate.hpp"
#include "cchc/engine/status.hpp"
#include "cchc/load/loader.hpp"
#include "cchc/load/repository.hpp"

using namespace cchc;
using engine::Category;

namespace {

struct Fixture {
  model::Repository repo;
  engine::WorkCalendar calendar{std::nullopt};

  explicit Fixture(const std::string& tasks, const std::string& period = "2021") {
    repo.plans.push_back(testing::plan_of("p", period, tasks));
    testing::link_owners(repo, {{"snv", "Sở Nội vụ"}, {"stp", "Sở Tư pháp"}});
  }

  engine::Evaluation at(const std::string& day, const engine::Filter& f = {}) const {
    return engine::evaluate(repo, *model::parse_iso_date(day), calendar, f);
  }
};

std::vector<std::string> dues(const engine::Evaluation& ev) {
  std::vector<std::string> out;
  for (const auto& e : ev.items) out.push_back(e.due ? model::iso(*e.due) : "-");
  return out;
}

}  // namespace

TEST_CASE("'Trước ngày 01/6/2020' is due 31/5: on time all that day, overdue the next",
          "[engine]") {
  Fixture fx("  - {id: '1', title: t, lead: snv, due: Trước ngày 01/6/2020}\n", "2020");
  auto on_day = fx.at("2020-05-31");
  REQUIRE(on_day.items.size() == 1);
  CHECK(on_day.items[0].category == Category::due_soon);
  auto next = fx.at("2020-06-01");
  CHECK(next.items[0].category == Category::overdue);
  CHECK(next.items[0].days_overdue == 1);
  CHECK(next.items[0].working_days_overdue == 1);  // Monday 01/06/2020
  CHECK(fx.at("2020-05-01").items[0].category == Category::on_track);
  CHECK(fx.at("2020-05-17").items[0].category == Category::due_soon);  // 14 days before
  CHECK(fx.at("2020-05-16").items[0].category == Category::on_track);
}

TEST_CASE("'Hàng tháng' gives every occurrence up to the as-of day and the next one", "[engine]") {
  Fixture fx("  - {id: '1', title: t, lead: snv, due: Hàng tháng}\n", "2018");
  auto ev = fx.at("2018-03-15");
  CHECK(dues(ev) == std::vector<std::string>{"2018-01-31", "2018-02-28", "2018-03-31"});
  CHECK(ev.items[0].category == Category::overdue);
  CHECK(ev.items[2].category == Category::on_track);
  // After the plan period every occurrence has passed and none comes next.
  CHECK(fx.at("2019-06-01").items.size() == 12);
  // Before the period starts: only the first occurrence.
  CHECK(dues(fx.at("2017-06-01")) == std::vector<std::string>{"2018-01-31"});
}

TEST_CASE("the structured form {every: quarter, day: 18}", "[engine]") {
  Fixture fx(
      "  - id: '1'\n    title: t\n    lead: snv\n    due: {every: quarter, day: 18}\n"
      "    done_on: [2021-03-16, 2021-06-21]\n");
  auto ev = fx.at("2021-07-01");
  CHECK(dues(ev) == std::vector<std::string>{"2021-03-18", "2021-06-18", "2021-09-18"});
  CHECK(ev.items[0].category == Category::done_on_time);
  CHECK(ev.items[1].category == Category::done_late);
  CHECK(ev.items[1].days_overdue == 3);
  CHECK(ev.items[2].category == Category::on_track);
}

TEST_CASE("a deadline list with two completion dates", "[engine]") {
  Fixture fx(
      "  - id: '1'\n    title: t\n    lead: snv\n    due: [Tháng 02/2021, 15/11/2021]\n"
      "    done_on: [2021-02-20, 2021-11-20]\n    status: done\n");
  auto ev = fx.at("2021-12-31");
  REQUIRE(ev.items.size() == 2);
  CHECK(ev.items[0].category == Category::done_on_time);
  CHECK(ev.items[1].category == Category::done_late);
  // On 2021-11-16 the second completion is not known yet.
  auto before = fx.at("2021-11-16");
  CHECK(before.items[1].category == Category::overdue);
  CHECK_FALSE(before.items[1].done_on);
}

TEST_CASE("a task marked done with one date completes all its deadlines", "[engine]") {
  Fixture fx(
      "  - {id: '1', title: t, lead: snv, due: [Quý I/2021, Quý II/2021], status: done, done_on: "
      "2021-05-01}\n");
  auto ev = fx.at("2021-12-31");
  CHECK(ev.items[0].category == Category::done_late);
  CHECK(ev.items[1].category == Category::done_on_time);
}

TEST_CASE("'(nếu có)' tasks never count as overdue; cancelled, ongoing and external", "[engine]") {
  Fixture fx(
      "  - {id: '1', title: t, lead: snv, due: Trong năm 2021 (nếu có)}\n"
      "  - {id: '2', title: t, lead: snv, due: Quý I/2021, status: cancelled, note: n}\n"
      "  - {id: '3', title: t, lead: snv, due: Thường xuyên}\n"
      "  - {id: '4', title: t, lead: snv, due: Theo hướng dẫn của Trung ương}\n"
      "  - {id: '5', title: t, lead: snv}\n");
  auto ev = fx.at("2022-03-01");
  REQUIRE(ev.items.size() == 5);
  const auto& opt = ev.items[1];  // due 2021-12-31 sorts after 2021-03-31
  CHECK(opt.task->id == "1");
  CHECK(engine::is_optional_past_due(opt));
  CHECK_FALSE(engine::counts_as_overdue(opt));
  CHECK(ev.items[0].category == Category::cancelled);
  for (std::size_t i = 2; i < 5; ++i) CHECK(ev.items[i].category == Category::no_deadline);
  auto table = engine::status_table(ev, engine::GroupBy::plan, model::OwnerIndex(fx.repo.owners));
  CHECK(table.total.counts.count(Category::overdue) == 0);
  CHECK(table.total.counts.optional_past_due == 1);
  CHECK(table.total.counts.total == 5);
}

TEST_CASE("rates leave out tasks within their deadline and are cut, not rounded", "[engine]") {
  Fixture fx(
      "  - {id: '1', title: t, lead: snv, due: Quý I/2021, status: done, done_on: 2021-03-01}\n"
      "  - {id: '2', title: t, lead: snv, due: Quý I/2021, status: done, done_on: 2021-03-02}\n"
      "  - {id: '3', title: t, lead: snv, due: Quý I/2021}\n"
      "  - {id: '4', title: t, lead: snv, due: Quý IV/2021}\n");
  auto ev = fx.at("2021-06-30");
  auto t = engine::status_table(ev, engine::GroupBy::owner, model::OwnerIndex(fx.repo.owners));
  REQUIRE(t.rows.size() == 1);
  auto cr = engine::completion_rate(t.rows[0].counts);
  CHECK(cr.num == 2);
  CHECK(cr.den == 3);  // task 4 is still within its deadline
}

TEST_CASE("by owner a task counts for each lead; filters by owner, area and plan", "[engine]") {
  Fixture fx(
      "  - {id: '1', title: t, area: tthc, lead: [snv, stp], due: Quý I/2021}\n"
      "  - {id: '2', title: t, area: the-che, lead: stp, support: [snv], due: Quý I/2021}\n"
      "  - {id: '3', title: t, area: the-che, lead: stp, due: Quý I/2021}\n");
  auto ev = fx.at("2021-06-30");
  auto t = engine::status_table(ev, engine::GroupBy::owner, model::OwnerIndex(fx.repo.owners));
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].label == "Sở Nội vụ");
  CHECK(t.rows[0].counts.total == 1);
  CHECK(t.rows[1].counts.total == 3);
  CHECK(t.total.counts.total == 3);
  engine::Filter by_owner;
  by_owner.owner_ids = {"snv"};
  CHECK(fx.at("2021-06-30", by_owner).items.size() == 1);  // lead of 1 (--role lead)
  by_owner.role = engine::Role::any;
  CHECK(fx.at("2021-06-30", by_owner).items.size() == 2);  // lead of 1, support of 2
  by_owner.role = engine::Role::support;
  auto supported = fx.at("2021-06-30", by_owner);
  REQUIRE(supported.items.size() == 1);
  CHECK(supported.items[0].task->id == "2");
  CHECK(by_owner.only_supports(*supported.items[0].task));
  engine::Filter by_area;
  by_area.areas = {"the-che"};
  CHECK(fx.at("2021-06-30", by_area).items.size() == 2);
  engine::Filter by_plan;
  by_plan.plans = {"other"};
  CHECK(fx.at("2021-06-30", by_plan).items.empty());
}

TEST_CASE("a filter's plan list keeps the order given and looks ids up by hash", "[engine]") {
  engine::IdList ids{"b", "a", "b", "c"};
  CHECK(std::vector<std::string>(ids.begin(), ids.end()) ==
        std::vector<std::string>{"b", "a", "c"});
  CHECK(ids.size() == 3);
  CHECK(ids.contains("a"));
  CHECK_FALSE(ids.contains("d"));
  ids.clear();
  CHECK(ids.empty());
  CHECK_FALSE(ids.contains("a"));
  ids.push_back("d");
  CHECK(ids.contains("d"));
}

TEST_CASE("the overdue list groups by lead agency in Vietnamese order", "[engine]") {
  Fixture fx(
      "  - {id: '10', title: t, lead: stp, due: Quý I/2021}\n"
      "  - {id: '2', title: t, lead: [stp, snv], due: Quý I/2021}\n");
  auto ev = fx.at("2021-06-30");
  model::OwnerIndex idx(fx.repo.owners);
  auto list = engine::overdue_list(ev, idx);
  CHECK(list.items.size() == 2);
  REQUIRE(list.groups.size() == 2);
  CHECK(list.groups[0].owner_id == "snv");
  CHECK(list.groups[1].owner_id == "stp");
  REQUIRE(list.groups[1].items.size() == 2);
  CHECK(list.groups[1].items[0]->task->id == "2");  // numbering order: 2 before 10
}

TEST_CASE("task ids sort in numbering order", "[engine]") {
  CHECK(engine::task_id_less("2", "10"));
  CHECK(engine::task_id_less("I.2", "I.10"));
  CHECK(engine::task_id_less("I.10", "II.1"));
  CHECK(engine::task_id_less("IV.3", "V.1"));
  CHECK(engine::task_id_less("2.3.1", "2.3.2"));
  CHECK_FALSE(engine::task_id_less("10", "2"));
}

TEST_CASE("without --plan the plans in force on the as-of day are covered", "[engine]") {
  model::Repository repo;
  repo.plans.push_back(testing::plan_of("old", "2018", ""));
  repo.plans.push_back(testing::plan_of("long", "2022..2030", ""));
  repo.plans.push_back(testing::plan_of("this", "2026", ""));
  repo.plans.push_back(testing::plan_of("next", "2027", ""));
  const model::Date day = *model::parse_iso_date("2026-10-15");
  CHECK(model::in_force(repo.plans[1], day));
  CHECK(model::in_force(repo.plans[3], day));  // not yet started: not ended either
  CHECK_FALSE(model::in_force(repo.plans[0], day));
  CHECK(model::in_force(repo.plans[2], *model::parse_iso_date("2026-12-31")));
  CHECK_FALSE(model::in_force(repo.plans[2], *model::parse_iso_date("2027-01-01")));

  auto in_force = engine::select_plans(repo, day, {}, false);
  CHECK(in_force.plans == std::vector<std::string>{"long", "this", "next"});
  REQUIRE(in_force.left_out.size() == 1);
  CHECK(in_force.left_out[0]->id == "old");
  engine::Filter f;
  f.plans = in_force.plans;
  f.plans_chosen = in_force.plans_chosen;
  CHECK_FALSE(f.wants_plan(repo.plans[0]));
  CHECK(f.wants_plan(repo.plans[1]));

  auto all = engine::select_plans(repo, day, {}, true);
  CHECK(all.plans.empty());
  CHECK(all.left_out.empty());
  CHECK(engine::Filter{}.wants_plan(repo.plans[0]));

  auto named = engine::select_plans(repo, day, {"old"}, false);  // --plan wins, ended or not
  CHECK(named.plans == std::vector<std::string>{"old"});
  CHECK(named.left_out.empty());

  // Nothing in force: an empty choice covers no plan (not every plan).
  auto none = engine::select_plans(repo, *model::parse_iso_date("2031-01-01"), {}, false);
  engine::Filter nothing;
  nothing.plans = none.plans;
  nothing.plans_chosen = none.plans_chosen;
  CHECK(none.left_out.size() == 4);
  CHECK_FALSE(nothing.wants_plan(repo.plans[1]));
}
