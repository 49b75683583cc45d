// Budget totals: each task once, printed totals, subtasks, grouping, overflow.
#include <catch2/catch.hpp>

#include "../support/messages.hpp"
#include "cchc/engine/budget.hpp"
#include "cchc/load/loader.hpp"
#include "cchc/render/budget.hpp"

using namespace cchc;
using engine::BudgetKey;

namespace {

model::Repository repo_of(const std::vector<std::string>& plans) {
  model::Repository repo;
  int n = 0;
  for (const auto& text : plans) {
    auto f = load::load_plan("p" + std::to_string(++n) + ".yaml", text, model::MoneyUnit::million);
    for (const auto& d : f.diags.items()) FAIL_CHECK(en(d.message));
    REQUIRE(f.plan);
    repo.plans.push_back(*f.plan);
  }
  return repo;
}

const char* kPlan = R"(id: tth
title: t
period: 2018
budget: {declared_total: 21950}
areas:
  - {id: tthc, declared_total: 400}
tasks:
  - {id: '1', title: a, area: tthc, lead: snv, budget: 350}
  - {id: '2', title: b, area: the-che, lead: stp, budget: "2.019 triệu"}
  - id: '3'
    title: parent with its own amount
    area: cong-vu
    lead: snv
    budget: 100
    tasks:
      - {id: '3.1', title: c, budget: 30}
      - {id: '3.2', title: d, budget: 60}
  - id: '4'
    title: parent without an amount
    area: tthc
    tasks:
      - {id: '4.1', title: e, lead: snv, budget: [{amount: 10, source: Ngân sách tỉnh, year: 2018}, {amount: 5, source: Xã hội hóa}]}
      - {id: '4.2', title: f, lead: stp}
)";

}  // namespace

TEST_CASE("each task is counted once and printed totals are compared", "[budget]") {
  auto repo = repo_of({kPlan});
  auto b = engine::budget_totals(repo, {}, {});
  REQUIRE_FALSE(b.overflow);
  REQUIRE(b.plans.size() == 1);
  const auto& p = b.plans[0];
  // 350 + 2019 + 100 (the parent's own amount, not 90) + 15
  CHECK(p.total.dong == 2'484'000'000);
  CHECK(p.declared->dong == 21'950'000'000);
  CHECK(*p.difference() == 2'484'000'000 - 21'950'000'000);
  REQUIRE(p.mismatches.size() == 1);
  CHECK(p.mismatches[0].task->id == "3");
  CHECK(p.mismatches[0].subtasks.dong == 90'000'000);
  REQUIRE(p.areas.size() == 3);
  CHECK(p.areas[0].area == "the-che");  // the programme's order
  CHECK(p.areas[1].area == "tthc");
  CHECK(p.areas[1].total.dong == 365'000'000);
  CHECK(p.areas[1].declared->dong == 400'000'000);
  CHECK(p.areas[2].area == "cong-vu");
}

TEST_CASE("groups nest in the order given; source and year come from the lines", "[budget]") {
  auto repo = repo_of({kPlan});
  auto b = engine::budget_totals(repo, {}, {BudgetKey::source, BudgetKey::year});
  std::vector<std::string> seen;
  for (const auto& g : b.groups) {
    std::string path;
    for (const auto& k : g.path) path += "/" + k;
    seen.push_back(path + "=" + std::to_string(g.total.dong / 1'000'000));
  }
  CHECK(seen == std::vector<std::string>{"/Ngân sách tỉnh=10", "/Ngân sách tỉnh/2018=10",
                                         "/Xã hội hóa=5", "/Xã hội hóa/2018=5", "/=2469",
                                         "//2018=2469"});
}

TEST_CASE("filters select the tasks that carry the money", "[budget]") {
  auto repo = repo_of({kPlan});
  engine::Filter f;
  f.areas = {"tthc"};
  auto b = engine::budget_totals(repo, f, {});
  CHECK(b.total.dong == 365'000'000);
}

TEST_CASE("a total beyond 64 bits is reported, never wrapped", "[budget]") {
  auto repo =
      repo_of({"id: a\ntitle: t\nperiod: 2018\ntasks:\n"
               "  - {id: '1', title: a, lead: x, budget: '9.000.000.000 tỷ'}\n"
               "  - {id: '2', title: b, lead: x, budget: '9.000.000.000 tỷ'}\n"});
  auto b = engine::budget_totals(repo, {}, {});
  CHECK(b.overflow);
}

TEST_CASE("amounts display in the unit with Vietnamese or English grouping", "[budget]") {
  using model::MoneyUnit;
  CHECK(render::money_text(26'979'000'000, MoneyUnit::million, text::Lang::vi) ==
        "26.979 triệu đồng");
  CHECK(render::money_text(26'979'000'000, MoneyUnit::million, text::Lang::en) ==
        "26,979 million VND");
  CHECK(render::money_text(2'500'000, MoneyUnit::million, text::Lang::vi) == "2,5 triệu đồng");
  CHECK(render::money_text(21'950'000'000, MoneyUnit::billion, text::Lang::vi) == "21,95 tỷ đồng");
  CHECK(render::money_text(21'950'000'000, MoneyUnit::dong, text::Lang::en) ==
        "21,950,000,000 VND");
  CHECK(render::money_text(-5'029'000'000, MoneyUnit::million, text::Lang::vi) ==
        "-5.029 triệu đồng");
  CHECK(render::money_text(-500'000, MoneyUnit::million, text::Lang::vi) == "-0,5 triệu đồng");
}

TEST_CASE("areas are ordered as the programme lists them, then declared, then none", "[budget]") {
  model::Plan p;
  model::Area own;
  own.id = "rieng";
  p.areas.push_back(own);
  CHECK(model::area_order(&p, "chi-dao-dieu-hanh") < model::area_order(&p, "the-che"));
  CHECK(model::area_order(&p, "chinh-phu-so") < model::area_order(&p, "rieng"));
  CHECK(model::area_order(&p, "rieng") < model::area_order(&p, "unknown"));
  CHECK(model::area_order(&p, "unknown") < model::area_order(&p, ""));
  CHECK(model::area_order(nullptr, "rieng") == model::area_order(nullptr, "unknown"));
}

TEST_CASE("a plan that lists the built-in areas gives them its own order", "[budget]") {
  model::Plan p;
  for (const char* id : {"the-che", "tthc", "to-chuc-bo-may", "cong-vu", "tai-chinh-cong",
                         "chinh-phu-so", "chi-dao-dieu-hanh"}) {
    model::Area a;
    a.id = id;
    p.areas.push_back(a);
  }
  // Thừa Thiên Huế 2018 lists chỉ đạo điều hành last; the programme lists it first.
  CHECK(model::area_order(&p, "the-che") < model::area_order(&p, "chinh-phu-so"));
  CHECK(model::area_order(&p, "chinh-phu-so") < model::area_order(&p, "chi-dao-dieu-hanh"));
  CHECK(model::area_order(nullptr, "chi-dao-dieu-hanh") < model::area_order(nullptr, "the-che"));
  // Declaring two of them swaps only those two: chinh-phu-so takes the place
  // of tthc (after the-che), tthc that of chinh-phu-so (after tai-chinh-cong).
  model::Plan two;
  for (const char* id : {"chinh-phu-so", "tthc"}) {
    model::Area a;
    a.id = id;
    two.areas.push_back(a);
  }
  CHECK(model::area_order(&two, "the-che") < model::area_order(&two, "chinh-phu-so"));
  CHECK(model::area_order(&two, "chinh-phu-so") < model::area_order(&two, "to-chuc-bo-may"));
  CHECK(model::area_order(&two, "tai-chinh-cong") < model::area_order(&two, "tthc"));
}
