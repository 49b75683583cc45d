// Who carries a budget: the one rule that check, engine/budget and export
// count by.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "../support/plans.hpp"
#include "cchc/model/plan.hpp"

using namespace cchc;

namespace {

std::vector<std::string> carriers(const model::Plan& p) {
  std::vector<std::string> out;
  for (const auto& c : model::counted_budget_lines(p))
    out.push_back(c.task->id.str() + "=" + std::to_string(c.line->amount.dong / 1'000'000));
  return out;
}

}  // namespace

TEST_CASE("counted budget lines: a task's own budget, else its subtasks'", "[budget]") {
  auto p = testing::plan_of(
      "p", "2021",
      "  - {id: '1', title: t, lead: snv, due: 2021, budget: 100}\n"
      "  - id: '2'\n    title: parent without a budget\n    lead: snv\n    due: 2021\n"
      "    tasks:\n"
      "      - {id: '2.1', title: t, budget: [{amount: 30, source: a}, {amount: 20, source: b}]}\n"
      "      - {id: '2.2', title: t}\n"
      "      - id: '2.3'\n        title: t\n        tasks:\n"
      "          - {id: '2.3.1', title: t, budget: 5}\n"
      "  - id: '3'\n    title: parent with a budget\n    lead: snv\n    due: 2021\n"
      "    budget: 70\n    tasks:\n"
      "      - {id: '3.1', title: t, budget: 40}\n"
      "      - {id: '3.2', title: t, budget: 40}\n"
      "  - {id: '4', title: no budget, lead: snv, due: 2021}\n");
  // In file order; one entry per line; 3.1 and 3.2 are only checked against 3.
  CHECK(carriers(p) == std::vector<std::string>{"1=100", "2.1=30", "2.1=20", "2.3.1=5", "3=70"});
  bool overflow = false;
  auto m = model::subtask_budget_mismatches(p, overflow);
  CHECK_FALSE(overflow);
  REQUIRE(m.size() == 1);
  CHECK(m[0].task->id == "3");
  CHECK(m[0].own.dong == 70'000'000);
  CHECK(m[0].subtasks.dong == 80'000'000);
}

TEST_CASE("counted budget lines: nested parents with budgets, an empty budget", "[budget]") {
  auto p = testing::plan_of("p", "2021",
                            "  - id: '1'\n    title: t\n    lead: snv\n    due: 2021\n"
                            "    budget: 10\n    tasks:\n"
                            "      - id: '1.1'\n        title: t\n        budget: 10\n"
                            "        tasks:\n"
                            "          - {id: '1.1.1', title: t, budget: 9}\n"
                            "  - id: '2'\n    title: t\n    lead: snv\n    due: 2021\n"
                            "    budget: 5\n    tasks:\n"
                            "      - {id: '2.1', title: t, budget: []}\n");
  CHECK(carriers(p) == std::vector<std::string>{"1=10", "2=5"});
  bool overflow = false;
  auto m = model::subtask_budget_mismatches(p, overflow);
  CHECK_FALSE(overflow);
  // 1 agrees with 1.1; 1.1 does not agree with 1.1.1, at any depth; 2.1 carries nothing (0).
  REQUIRE(m.size() == 2);
  CHECK(m[0].task->id == "1.1");
  CHECK(m[1].task->id == "2");
  CHECK(m[1].subtasks.dong == 0);
}

TEST_CASE("counted budget lines: a plan without budgets counts nothing", "[budget]") {
  auto p = testing::plan_of("p", "2021", "  - {id: '1', title: t, lead: snv, due: 2021}\n");
  CHECK(model::counted_budget_lines(p).empty());
  bool overflow = false;
  CHECK(model::subtask_budget_mismatches(p, overflow).empty());
  CHECK_FALSE(overflow);
}
