// The repository-wide rules: ids, areas, budgets, dates, statuses, settings.
#include <catch2/catch.hpp>

#include "../support/messages.hpp"
#include "cchc/check/checks.hpp"
#include "cchc/load/loader.hpp"

using namespace cchc;
using diag::Rule;

namespace {

struct Checked {
  diag::Diagnostics diags;
};

Checked check_plans(std::vector<std::string> texts, const std::string& as_of = "2018-06-30") {
  model::Repository repo;
  Checked c;
  int n = 0;
  for (auto& t : texts) {
    auto f = load::load_plan("p" + std::to_string(++n) + ".yaml", t, model::MoneyUnit::million);
    c.diags.append(f.diags);
    if (f.plan) repo.plans.push_back(*f.plan);
  }
  check::check_repository(repo, *model::parse_iso_date(as_of), c.diags);
  return c;
}

std::vector<const diag::Diagnostic*> all(const Checked& c, Rule r) {
  std::vector<const diag::Diagnostic*> out;
  for (const auto& d : c.diags.items())
    if (d.rule == r) out.push_back(&d);
  return out;
}

const std::string kHead = "id: a\ntitle: x\nissued: 2017-12-08\nperiod: 2018\n";

}  // namespace

TEST_CASE("the printed total is checked against the sum of the rows", "[check]") {
  auto c = check_plans({kHead + "budget: {declared_total: 21950}\ntasks:\n"
                                "  - {id: '1', title: t, lead: X, due: 2018, budget: 26000}\n"
                                "  - {id: '2', title: t, lead: X, due: 2018, budget: 979}\n"});
  auto d = all(c, Rule::declared_total_mismatch);
  REQUIRE(d.size() == 1);
  CHECK(vi(d[0]->message) ==
        "tổng kinh phí in trong kế hoạch là 21.950 triệu đồng nhưng tổng kinh phí các nhiệm vụ là "
        "26.979 triệu đồng (chênh lệch 5.029 triệu đồng)");
  CHECK(en(d[0]->message) ==
        "the plan's printed total is 21,950 million VND but its tasks add up to 26,979 million VND "
        "(difference 5,029 million VND)");
  CHECK(d[0]->location.line == 5);
}

TEST_CASE("the amounts of one message share the plan's unit", "[check]") {
  auto c = check_plans({kHead + "budget: {declared_total: 80}\ntasks:\n"
                                "  - {id: '1', title: t, lead: X, due: 2018, budget: 82.5}\n"});
  auto d = all(c, Rule::declared_total_mismatch);
  REQUIRE(d.size() == 1);
  CHECK(vi(d[0]->message) ==
        "tổng kinh phí in trong kế hoạch là 80,0 triệu đồng nhưng tổng kinh phí các nhiệm vụ là "
        "82,5 triệu đồng (chênh lệch 2,5 triệu đồng)");
  CHECK(en(d[0]->message) ==
        "the plan's printed total is 80.0 million VND but its tasks add up to 82.5 million VND "
        "(difference 2.5 million VND)");
}

TEST_CASE("subtasks that disagree with their parent's amount", "[check]") {
  auto c = check_plans({kHead + "tasks:\n  - id: '1'\n    title: t\n    budget: 100\n    tasks:\n"
                                "      - {id: '1.1', title: a, lead: X, due: 2018, budget: 30}\n"
                                "      - {id: '1.2', title: b, lead: X, due: 2018, budget: 60}\n"});
  auto d = all(c, Rule::subtask_budget_mismatch);
  REQUIRE(d.size() == 1);
  CHECK(en(d[0]->message) ==
        "task 1 has a budget of 100 million VND but its subtasks add up to 90 million VND");
}

TEST_CASE("area subtotals count each task once", "[check]") {
  auto c = check_plans(
      {kHead +
       "areas:\n  - {id: tthc, declared_total: 350}\n  - {id: the-che, declared_total: 10}\n"
       "tasks:\n  - {id: '1', title: t, area: tthc, lead: X, due: 2018, budget: 350}\n"
       "  - {id: '2', title: t, area: the-che, lead: X, due: 2018, budget: 20}\n"});
  auto d = all(c, Rule::declared_total_mismatch);
  REQUIRE(d.size() == 1);
  CHECK(en(d[0]->message).find("area the-che") == 0);
}

TEST_CASE("duplicate ids of plans and tasks", "[check]") {
  auto c = check_plans({kHead + "tasks:\n  - {id: '1', title: t, lead: X, due: 2018}\n  - {id: "
                                "'1', title: u, lead: X, due: 2018}\n",
                        kHead});
  auto d = all(c, Rule::duplicate_id);
  REQUIRE(d.size() == 2);
}

TEST_CASE("an unknown area suggests a built-in one", "[check]") {
  auto c =
      check_plans({kHead + "tasks:\n  - {id: '1', title: t, area: the_che, lead: X, due: 2018}\n"});
  auto d = all(c, Rule::unknown_area);
  REQUIRE(d.size() == 1);
  CHECK(en(d[0]->hint) == "did you mean \"the-che\"?");
}

TEST_CASE("dates against the plan: before issued, after the period, start after due", "[check]") {
  auto c = check_plans(
      {kHead + "tasks:\n"
               "  - {id: '1', title: t, lead: X, due: 01/12/2017}\n"
               "  - {id: '2', title: t, lead: X, due: Quý I/2019}\n"
               "  - {id: '3', title: t, lead: X, start: Tháng 10/2018, due: Tháng 6/2018}\n"
               "  - {id: '4', title: t, lead: X, due: Chuyển tiếp từ năm 2017}\n"});
  CHECK(all(c, Rule::deadline_outside_period).size() == 2);
  CHECK(all(c, Rule::start_after_due).size() == 1);
}

TEST_CASE("statuses: done needs done_on, blocked wants a note, done_on not in the future",
          "[check]") {
  auto c = check_plans(
      {kHead +
       "tasks:\n"
       "  - {id: '1', title: t, lead: X, due: 2018, status: done}\n"
       "  - {id: '2', title: t, lead: X, due: 2018, status: vướng mắc}\n"
       "  - {id: '3', title: t, lead: X, due: 2018, status: hoàn thành, done_on: 2018-09-01}\n"
       "  - {id: '4', title: t, lead: X, due: 2018, status: finished}\n"});
  CHECK(all(c, Rule::done_without_date).size() == 1);
  CHECK(all(c, Rule::note_wanted).size() == 1);
  CHECK(all(c, Rule::done_after_as_of).size() == 1);
  CHECK(all(c, Rule::bad_status).size() == 1);
}

TEST_CASE("leaf tasks without lead or deadline are warnings", "[check]") {
  auto c = check_plans({kHead + "tasks:\n  - {id: '1', title: t}\n"});
  auto lead = all(c, Rule::missing_lead);
  auto due = all(c, Rule::missing_due);
  REQUIRE(lead.size() == 1);
  REQUIRE(due.size() == 1);
  CHECK(lead[0]->severity == diag::Severity::warning);
}

TEST_CASE("rule settings raise, lower or switch off a rule", "[check]") {
  auto c = check_plans(
      {kHead + "budget: {declared_total: 1}\ntasks:\n  - {id: '1', title: t, budget: 2}\n"});
  model::Config cfg;
  cfg.rules[Rule::declared_total_mismatch] = diag::Severity::error;
  cfg.rules[Rule::missing_lead] = diag::Severity::off;
  check::apply_rule_settings(cfg, c.diags);
  REQUIRE(all(c, Rule::declared_total_mismatch).size() == 1);
  CHECK(all(c, Rule::declared_total_mismatch)[0]->severity == diag::Severity::error);
  CHECK(all(c, Rule::missing_lead).empty());
  CHECK(all(c, Rule::missing_due).size() == 1);
}
