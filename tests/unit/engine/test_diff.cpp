// Comparing two versions of a repository: matching, renumbering, deadlines in
// calendar and working days, budgets against printed totals, statuses,
// targets, owners, and the --fail-on triggers.
#include <catch2/catch.hpp>

#include "../support/messages.hpp"
#include "cchc/engine/diff.hpp"
#include "cchc/load/loader.hpp"

using namespace cchc;
using engine::DiffTrigger;

namespace {

model::Repository repo_of(const std::string& plan) {
  model::Repository repo;
  auto f = load::load_plan("p.yaml", plan, model::MoneyUnit::million);
  for (const auto& d : f.diags.items()) FAIL_CHECK(en(d.message));
  REQUIRE(f.plan);
  repo.plans.push_back(*f.plan);
  return repo;
}

engine::PlanDiff diff(const std::string& before, const std::string& after) {
  engine::WorkCalendar calendar(std::nullopt);
  return engine::diff_repositories(repo_of(before), repo_of(after), calendar);
}

const std::string kBase = R"(id: kh
title: t
period: 2026
budget: {declared_total: 300}
areas:
  - {id: tthc, declared_total: 200}
targets:
  - id: sipas
    name: SIPAS
    unit: percent
    goals: [{by: 2026, value: ">= 85"}]
    actuals: [{year: 2025, value: 84}]
tasks:
  - {id: '1', title: Rà soát, area: tthc, lead: snv, due: 30/06/2026, budget: 200}
  - {id: '2', title: Báo cáo, area: the-che, lead: stp, due: 15/12/2026, budget: 100}
)";

std::string replaced(std::string s, const std::string& from, const std::string& to) {
  auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("diff: the same plan twice has no changes and triggers nothing") {
  auto d = diff(kBase, kBase);
  CHECK(d.empty());
  CHECK(d.total_change() == 0);
  for (auto t :
       {DiffTrigger::deadline_later, DiffTrigger::budget_increase, DiffTrigger::task_removed})
    CHECK_FALSE(engine::has_change(d, t));
}

TEST_CASE("diff: a deadline moved later counts calendar and working days") {
  // 30/06/2026 (Tuesday) to 14/08/2026 (Friday): 45 days, 33 working days
  // (no public holiday in July or August).
  auto d = diff(kBase, replaced(kBase, "due: 30/06/2026", "due: 14/08/2026"));
  REQUIRE(d.deadlines.size() == 1);
  const auto& m = d.deadlines[0];
  CHECK(m.task.task == "1");
  CHECK(m.before == "30/06/2026");
  CHECK(m.after == "14/08/2026");
  CHECK(m.days == 45);
  CHECK(m.working_days == 33);
  CHECK(m.later());
  CHECK(d.max_days_later() == 45);
  CHECK(engine::has_change(d, DiffTrigger::deadline_later));
}

TEST_CASE("diff: a deadline moved earlier is negative in both counts") {
  auto d = diff(kBase, replaced(kBase, "due: 15/12/2026", "due: 27/04/2026"));
  REQUIRE(d.deadlines.size() == 1);
  CHECK(*d.deadlines[0].days < 0);
  CHECK(*d.deadlines[0].working_days < 0);
  CHECK_FALSE(d.deadlines[0].later());
  CHECK_FALSE(engine::has_change(d, DiffTrigger::deadline_later));
}

TEST_CASE("diff: an inserted task shifts the numbers: renumbered, not removed plus added") {
  auto after = replaced(kBase, "  - {id: '2', title: Báo cáo",
                        "  - {id: '2', title: Tập huấn, lead: snv}\n  - {id: '3', title: Báo cáo");
  auto d = diff(kBase, after);
  REQUIRE(d.tasks_added.size() == 1);
  CHECK(d.tasks_added[0].task == "2");
  CHECK(d.tasks_added[0].title == "Tập huấn");
  REQUIRE(d.renumbered.size() == 1);
  CHECK(d.renumbered[0].old_id == "2");
  CHECK(d.renumbered[0].task.task == "3");
  CHECK(d.tasks_removed.empty());
  CHECK(d.retitled.empty());
  CHECK_FALSE(engine::has_change(d, DiffTrigger::task_removed));
}

TEST_CASE("diff: a new title under the same id is retitled; a gone task is removed") {
  auto d = diff(kBase, replaced(kBase, "title: Rà soát,", "title: Rà soát lại,"));
  REQUIRE(d.retitled.size() == 1);
  CHECK(d.retitled[0].old_title == "Rà soát");
  CHECK(d.retitled[0].task.title == "Rà soát lại");

  auto gone = diff(kBase, replaced(kBase,
                                   "  - {id: '2', title: Báo cáo, area: the-che, lead: stp, "
                                   "due: 15/12/2026, budget: 100}\n",
                                   ""));
  REQUIRE(gone.tasks_removed.size() == 1);
  CHECK(gone.tasks_removed[0].task == "2");
  CHECK(engine::has_change(gone, DiffTrigger::task_removed));
  CHECK(gone.total_change() == -100'000'000);
  CHECK_FALSE(engine::has_change(gone, DiffTrigger::budget_increase));
}

TEST_CASE("diff: budgets per task, area and plan, with the printed totals") {
  auto after = replaced(kBase, "due: 30/06/2026, budget: 200", "due: 30/06/2026, budget: 350");
  after = replaced(after, "declared_total: 200", "declared_total: 350");
  auto d = diff(kBase, after);
  REQUIRE(d.task_budgets.size() == 1);
  CHECK(d.task_budgets[0].change() == 150'000'000);
  REQUIRE(d.area_budgets.size() == 1);
  CHECK(d.area_budgets[0].key == "tthc");
  CHECK(d.area_budgets[0].after.dong == 350'000'000);
  CHECK(d.area_budgets[0].matches_declared());
  REQUIRE(d.plan_budgets.size() == 1);
  // The plan's printed total (300) was not updated: the new total disagrees.
  CHECK(d.plan_budgets[0].after.dong == 450'000'000);
  CHECK_FALSE(d.plan_budgets[0].matches_declared());
  CHECK(d.total_change() == 150'000'000);
  CHECK(engine::has_change(d, DiffTrigger::budget_increase));
}

TEST_CASE("diff: statuses, lead agencies, goals and new actuals") {
  auto after = replaced(kBase, "lead: snv, due: 30/06/2026",
                        "lead: stp, due: 30/06/2026, status: done, done_on: 2026-06-20");
  after = replaced(after, "value: \">= 85\"", "value: \">= 90\"");
  after = replaced(after, "actuals: [{year: 2025, value: 84}]",
                   "actuals: [{year: 2025, value: 84}, {on: 2026-06-30, value: 86.5}]");
  auto d = diff(kBase, after);
  REQUIRE(d.statuses.size() == 1);
  CHECK(d.statuses[0].before == model::Status::planned);
  CHECK(d.statuses[0].after == model::Status::done);
  CHECK(d.statuses[0].done_on == model::make_date(2026, 6, 20));
  CHECK(d.tasks_done() == 1);
  REQUIRE(d.agencies.size() == 1);
  CHECK(d.agencies[0].lead_before == std::vector<std::string>{"snv"});
  CHECK(d.agencies[0].lead_after == std::vector<std::string>{"stp"});
  CHECK(d.agencies[0].support_before.empty());
  REQUIRE(d.goals.size() == 1);
  CHECK(d.goals[0].after[0].overall->text == ">= 90");
  REQUIRE(d.actuals.size() == 1);
  CHECK(d.actuals[0].actual.value == 86.5);
}

TEST_CASE("diff: plans and owners added, removed, renamed, ended") {
  model::Repository before = repo_of(kBase), after;
  model::Owner o;
  o.id = "snv";
  o.name = "Sở Nội vụ";
  before.owners.push_back(o);
  o.id = "sttt";
  o.name = "Sở Thông tin và Truyền thông";
  before.owners.push_back(o);
  after.owners = before.owners;
  after.owners[0].until = model::make_date(2025, 2, 28);
  after.owners[1].name = "Sở Khoa học và Công nghệ";
  o.id = "skhcn";
  after.owners.push_back(o);
  engine::WorkCalendar calendar(std::nullopt);
  auto d = engine::diff_repositories(before, after, calendar);
  REQUIRE(d.plans_removed.size() == 1);
  CHECK(d.tasks_removed.size() == 2);
  CHECK(engine::has_change(d, DiffTrigger::task_removed));
  REQUIRE(d.owners.size() == 3);
  CHECK(d.owners[0].kind == engine::OwnerChangeKind::ended);
  CHECK(d.owners[1].kind == engine::OwnerChangeKind::renamed);
  CHECK(d.owners[1].name_before == "Sở Thông tin và Truyền thông");
  CHECK(d.owners[2].kind == engine::OwnerChangeKind::added);
}

TEST_CASE("diff: --fail-on names") {
  CHECK(engine::diff_trigger_from_name("deadline-later") == DiffTrigger::deadline_later);
  CHECK(engine::diff_trigger_from_name("budget-increase") == DiffTrigger::budget_increase);
  CHECK(engine::diff_trigger_from_name("task-removed") == DiffTrigger::task_removed);
  CHECK_FALSE(engine::diff_trigger_from_name("budget"));
}
