// cchc export's records: one per task (parents too), one per deadline, the
// budget counted once, and CSV cells that `cchc import` reads back.
#include <catch2/catch.hpp>

#include "cchc/engine/evaluate.hpp"
#include "cchc/load/loader.hpp"
#include "cchc/model/deadline.hpp"
#include "cchc/render/export.hpp"

using namespace cchc;

namespace {

model::Date day(int y, unsigned m, unsigned d) {
  return *model::make_date(y, m, d);
}

const char* kPlan = R"(id: p
title: t
period: 2026
tasks:
  - {id: '1', title: monthly, lead: snv, due: Hàng quý, budget: "2.019 triệu", done_on: [2026-03-30]}
  - id: '2'
    title: parent with its own amount
    lead: snv
    due: Tháng 11/2026
    budget: 100
    tasks:
      - {id: '2.1', title: a, budget: 30}
      - {id: '2.2', title: b, lead: stp, due: [Tháng 10/2026, 15/12/2026]}
  - id: '3'
    title: parent without an amount
    tasks:
      - {id: '3.1', title: c, lead: stp, due: 30/06/2026, budget: 15}
      - {id: '3.2', title: d, lead: snv, due: Thường xuyên, budget: 5}
)";

// The owner files are not loaded here: each reference stands for itself.
void resolve_as_written(std::vector<model::Task>& tasks) {
  for (auto& t : tasks) {
    for (auto* refs : {&t.lead, &t.support})
      for (auto& r : *refs) r.resolved_id = r.text;
    resolve_as_written(t.tasks);
  }
}

struct Fixture {
  model::Repository repo;
  engine::Evaluation ev;
  engine::ExportRecords rec;

  explicit Fixture(engine::Filter filter = {}) {
    auto f = load::load_plan("p.yaml", kPlan, model::MoneyUnit::million);
    REQUIRE(f.plan);
    repo.plans.push_back(*f.plan);
    resolve_as_written(repo.plans.back().tasks);
    engine::WorkCalendar cal(std::nullopt);
    auto as_of = day(2026, 10, 15);
    ev = engine::evaluate(repo, as_of, cal, filter, day(2026, 12, 31));
    rec = engine::export_records(repo, ev, filter);
  }
};

std::int64_t sum_tasks(const engine::ExportRecords& r) {
  std::int64_t s = 0;
  for (const auto& t : r.tasks) s += t.counted_budget ? t.counted_budget->dong : 0;
  return s;
}

std::int64_t sum_deadlines(const engine::ExportRecords& r) {
  std::int64_t s = 0;
  for (const auto& d : r.deadlines) s += d.budget ? d.budget->dong : 0;
  return s;
}

}  // namespace

TEST_CASE("export: one record per task, parents included, in file order", "[export]") {
  Fixture fx;
  std::vector<std::string> ids, parents;
  for (const auto& t : fx.rec.tasks) {
    ids.push_back(t.task->id);
    parents.push_back(t.parent);
  }
  CHECK(ids == std::vector<std::string>{"1", "2", "2.1", "2.2", "3", "3.1", "3.2"});
  CHECK(parents == std::vector<std::string>{"", "", "2", "2", "", "3", "3"});
  CHECK(fx.rec.tasks[1].deadlines.empty());  // a parent has no deadlines of its own
}

TEST_CASE("export: every occurrence of a recurring rule through the plan period", "[export]") {
  Fixture fx;
  REQUIRE(fx.rec.tasks[0].deadlines.size() == 4);  // four quarters, not only up to the as-of day
  CHECK(model::iso(*fx.rec.tasks[0].deadlines.back()->due) == "2026-12-31");
  CHECK(fx.rec.tasks[3].deadlines.size() == 2);  // 2.2: a list of two deadlines
}

TEST_CASE("export: a budget is counted once, whoever carries it", "[export]") {
  Fixture fx;
  // 2019 (task 1) + 100 (parent 2; its 2.1's 30 only checked against it) + 15 + 5
  const std::int64_t total = (2019 + 100 + 15 + 5) * 1'000'000LL;
  CHECK(sum_tasks(fx.rec) == total);
  CHECK(sum_deadlines(fx.rec) == total);
  CHECK_FALSE(fx.rec.tasks[2].counted_budget);  // 2.1 under a parent with an amount
  REQUIRE(fx.rec.tasks[2].own_budget);          // ... still shows its own in Kinh phí
  CHECK(fx.rec.tasks[2].own_budget->dong == 30'000'000);

  // Only the first deadline record of task 1 carries its amount.
  REQUIRE(fx.rec.deadlines.size() >= 2);
  CHECK(fx.rec.deadlines[0].budget_of == "1");
  CHECK(fx.rec.deadlines[0].budget->dong == 2'019'000'000);
  CHECK_FALSE(fx.rec.deadlines[1].budget);
  // Parent 2's amount goes on the first deadline of its first subtask.
  for (const auto& d : fx.rec.deadlines)
    if (d.budget_of == "2") CHECK(d.task->task->id == "2.1");
}

TEST_CASE("export: Kinh phí and Thời gian cells read back as the same values", "[export]") {
  Fixture fx;
  const auto& t1 = fx.rec.tasks[0];
  std::string cell = render::budget_cell(t1);
  CHECK(cell == "2.019 triệu đồng");
  auto back = model::parse_amount(cell, false, model::MoneyUnit::million);
  REQUIRE(back.ok());
  CHECK(back.value->dong == t1.own_budget->dong);
  CHECK(render::budget_cell(fx.rec.tasks[4]).empty());  // parent 3 has none

  // A list of deadlines is one cell joined by "; ", and parses back to both.
  const model::Task& t22 = *fx.rec.tasks[3].task;
  model::DeadlineContext dc{day(2026, 1, 1), day(2026, 12, 31)};
  auto d = model::parse_deadline(t22.due->text, dc);
  REQUIRE(d.ok());
  CHECK(d.value->items.size() == 2);
}

TEST_CASE("export: a task's category is its first open deadline's", "[export]") {
  Fixture fx;
  // Task 1: Q1 done, Q2 and Q3 not done and past due -> overdue.
  CHECK(engine::task_category(fx.rec.tasks[0]) == engine::Category::overdue);
  CHECK_FALSE(engine::task_category(fx.rec.tasks[1]));  // a parent
  CHECK(engine::task_category(fx.rec.tasks[6]) == engine::Category::no_deadline);
}

TEST_CASE("export: a filter keeps matching tasks and the parents above them", "[export]") {
  engine::Filter f;
  f.owner_ids = {"stp"};
  Fixture fx(f);
  std::vector<std::string> ids;
  for (const auto& t : fx.rec.tasks) ids.push_back(t.task->id);
  CHECK(ids == std::vector<std::string>{"2", "2.2", "3", "3.1"});
  CHECK(sum_tasks(fx.rec) == 15'000'000);  // parent 2 does not match: its amount is not counted
  CHECK(sum_deadlines(fx.rec) == 15'000'000);
}

TEST_CASE("export: the task CSV starts with the columns import reads", "[export]") {
  Fixture fx;
  model::OwnerIndex owners(fx.repo.owners);
  render::ListContext ctx{owners, text::Lang::en, day(2026, 10, 15)};
  std::string csv = render::export_tasks_csv(fx.rec, ctx, false);
  CHECK(csv.rfind("STT,Nội dung,Sản phẩm,Chủ trì,Phối hợp,Kinh phí,Thời "
                  "gian,Ghi chú,plan,parent,area,due,category,done_on,"
                  "status,optional,lead_ids,budget_dong\r\n",
                  0) == 0);
  // Vietnamese amounts even with --lang en: the column is for import.
  CHECK(csv.find("1,monthly,,snv,,2.019 triệu đồng,Hàng "
                 "quý,,p,,,2026-03-31,overdue,2026-03-30,planned,false,snv,"
                 "2019000000\r\n") != std::string::npos);
  CHECK(csv.find("2.2,b,,stp,,,Tháng 10/2026; 15/12/2026,,p,2,") != std::string::npos);
  CHECK(render::export_tasks_csv(fx.rec, ctx, true).rfind("\xEF\xBB\xBF", 0) == 0);
}
