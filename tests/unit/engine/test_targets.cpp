// Target verdicts: each unit, each verdict, the least-squares trend, the
// single-point rule, per-level goals and the owner matrix.
#include <catch2/catch.hpp>

#include "../support/messages.hpp"
#include "cchc/engine/targets.hpp"
#include "cchc/load/loader.hpp"
#include "cchc/load/repository.hpp"

using namespace cchc;
using engine::Verdict;

namespace {

model::Owner owner(const std::string& id, const std::string& name, model::Level level) {
  model::Owner o;
  o.id = o.local_id = id;
  o.name = name;
  o.level = level;
  return o;
}

model::Date day(const std::string& s) {
  return *model::parse_iso_date(s);
}

// One plan "p" holding the targets given (YAML list items), with four owners
// of three levels.
struct Fixture {
  model::Repository repo;

  explicit Fixture(const std::string& targets, const std::string& plan_id = "p") {
    add_plan(targets, plan_id);
    repo.owners = {owner("snv", "Sở Nội vụ", model::Level::province),
                   owner("stp", "Sở Tư pháp", model::Level::province),
                   owner("huyen-a", "UBND huyện An Phú", model::Level::district),
                   owner("xa-a", "UBND xã Tân An", model::Level::commune)};
    link();
  }

  void add_plan(const std::string& targets, const std::string& plan_id) {
    std::string text = "id: " + plan_id + "\ntitle: t\nperiod: 2021-2030\ntargets:\n" + targets;
    auto f = load::load_plan(plan_id + ".yaml", text, model::MoneyUnit::million);
    INFO(text);
    REQUIRE(f.plan);
    for (const auto& d : f.diags.items()) FAIL_CHECK(en(d.message));
    repo.plans.push_back(*f.plan);
  }

  void link() {
    diag::Diagnostics d;
    load::link_owners(repo, d);
    for (const auto& x : d.items()) FAIL_CHECK(en(x.message));
  }

  engine::TargetEvaluation at(const std::string& as_of, const engine::Filter& f = {}) const {
    return engine::evaluate_targets(repo, model::OwnerIndex(repo.owners), day(as_of), f);
  }

  // The verdicts in evaluation order.
  std::vector<Verdict> verdicts(const std::string& as_of) const {
    std::vector<Verdict> out;
    for (const auto& e : at(as_of).items) out.push_back(e.verdict);
    return out;
  }
};

}  // namespace

TEST_CASE("least squares through points checked by hand", "[targets]") {
  // x centred: -100, 0, 100 days; y 80, 82, 87 (mean 83).
  // slope = ((-100)(-3) + 0 + 100·4) / (100² + 0 + 100²) = 700 / 20000 = 0.035 a day.
  std::vector<engine::TargetPoint> pts{
      {day("2021-01-01"), 80}, {day("2021-04-11"), 82}, {day("2021-07-20"), 87}};
  // 2021-10-28 is day 300: 83 + 0.035 · 200 = 90.
  CHECK(*engine::least_squares_at(pts, day("2021-10-28")) == Approx(90.0));
  // At the mean day the line passes through the mean value.
  CHECK(*engine::least_squares_at(pts, day("2021-04-11")) == Approx(83.0));
  // Two points: the line through both, extended. 10 -> 20 over 10 days, +10 days more = 30.
  CHECK(*engine::least_squares_at({{day("2021-01-01"), 10}, {day("2021-01-11"), 20}},
                                  day("2021-01-21")) == Approx(30.0));
  // No trend from one point, nor from several on one day.
  CHECK_FALSE(engine::least_squares_at({{day("2021-01-01"), 10}}, day("2021-12-31")));
  CHECK_FALSE(engine::least_squares_at({{day("2021-01-01"), 10}, {day("2021-01-01"), 20}},
                                       day("2021-12-31")));
  CHECK_FALSE(engine::least_squares_at({}, day("2021-12-31")));
}

TEST_CASE("percent: on-track when the trend reaches the goal, at-risk when not", "[targets]") {
  Fixture fx(
      "  - id: sipas\n    unit: percent\n    owner: snv\n"
      "    baseline: {on: 2021-01-01, value: 80}\n"
      "    goals: [{by: 2021-10-28, value: '>= 89.9'}, {by: 2021-10-28, value: '>= 90.1'}]\n"
      "    actuals: [{on: 2021-04-11, value: 82}, {on: 2021-07-20, value: 87}]\n");
  auto ev = fx.at("2021-08-01");
  REQUIRE(ev.items.size() == 2);
  CHECK(ev.items[0].verdict == Verdict::on_track);
  CHECK(ev.items[0].trend_points == 3);
  CHECK(*ev.items[0].projected == Approx(90.0));
  CHECK(ev.items[0].latest->value == 87);
  CHECK(ev.items[0].baseline->value == 80);
  CHECK_FALSE(ev.items[0].past_due);
  CHECK(ev.items[0].owner == "snv");
  CHECK_FALSE(ev.items[0].level);
  CHECK(ev.items[1].verdict == Verdict::at_risk);
}

TEST_CASE("an actual after the as-of day is not known yet", "[targets]") {
  Fixture fx(
      "  - id: x\n    unit: percent\n    baseline: {year: 2021, value: 80}\n"
      "    goals: [{by: 2025, value: '>= 90'}]\n"
      "    actuals: [{year: 2022, value: 82}, {year: 2023, value: 95}]\n");
  auto before = fx.at("2023-06-30").items.at(0);
  CHECK(before.latest->value == 82);
  CHECK(before.trend_points == 2);
  // 80 -> 82 a year: 2025 gives 88, short of 90.
  CHECK(*before.projected == Approx(88.0).epsilon(0.001));
  CHECK(before.verdict == Verdict::at_risk);
  CHECK(fx.at("2024-01-01").items.at(0).verdict == Verdict::met);
}

TEST_CASE("two actuals on one day: the one written last counts (a correction)", "[targets]") {
  Fixture fx(
      "  - id: x\n    unit: percent\n    goals: [{by: 2025, value: '>= 90'}]\n"
      "    actuals: [{year: 2022, value: 91}, {on: 2022-12-31, value: 88}]\n");
  auto e = fx.at("2023-01-01").items.at(0);
  CHECK(e.latest->value == 88);
  CHECK(e.verdict == Verdict::at_risk);
}

TEST_CASE("met: a goal already satisfied before its day", "[targets]") {
  Fixture fx(
      "  - id: x\n    unit: percent\n    goals: [{by: 2025, value: '>= 90'}]\n"
      "    actuals: [{year: 2022, value: 91}]\n");
  CHECK(fx.verdicts("2023-01-01") == std::vector<Verdict>{Verdict::met});
  // The latest actual decides, not the best one: a drop below the goal is no longer met.
  Fixture drop(
      "  - id: x\n    unit: percent\n    goals: [{by: 2025, value: '>= 90'}]\n"
      "    actuals: [{year: 2022, value: 91}, {year: 2023, value: 85}]\n");
  CHECK(drop.verdicts("2024-01-01") == std::vector<Verdict>{Verdict::at_risk});
}

TEST_CASE("as-of on either side of the goal's day: met/at-risk before, achieved/missed after",
          "[targets]") {
  Fixture fx(
      "  - id: a\n    unit: percent\n    goals: [{by: 2023, value: '>= 90'}]\n"
      "    actuals: [{on: 2023-06-30, value: 92}]\n"
      "  - id: b\n    unit: percent\n    goals: [{by: 2023, value: '>= 90'}]\n"
      "    actuals: [{on: 2023-06-30, value: 85}]\n"
      "  - id: c\n    unit: percent\n    goals: [{by: 2023, value: '>= 90'}]\n");
  // The goal's day itself still counts as before it.
  CHECK(fx.verdicts("2023-12-31") ==
        std::vector<Verdict>{Verdict::met, Verdict::at_risk, Verdict::no_data});
  CHECK(fx.verdicts("2024-01-01") ==
        std::vector<Verdict>{Verdict::achieved, Verdict::missed, Verdict::no_data});
  auto after = fx.at("2024-01-01").items;
  CHECK(after[0].past_due);
  CHECK_FALSE(after[0].projected);
}

TEST_CASE("after the goal's day, actuals reported later are not counted", "[targets]") {
  Fixture fx(
      "  - id: a\n    unit: percent\n    goals: [{by: 2023, value: '>= 90'}]\n"
      "    actuals: [{on: 2023-06-30, value: 85}, {on: 2024-03-31, value: 95}]\n"
      "  - id: b\n    unit: percent\n    goals: [{by: 2023, value: '>= 90'}]\n"
      "    actuals: [{on: 2024-03-31, value: 95}]\n");
  auto ev = fx.at("2024-06-30");
  CHECK(ev.items[0].verdict == Verdict::missed);
  CHECK(ev.items[0].latest->value == 85);
  CHECK(ev.items[1].verdict == Verdict::no_data);
}

TEST_CASE("the single-point rule: no trend, so a goal not yet met is at risk", "[targets]") {
  Fixture fx(
      // one actual, no baseline
      "  - id: one\n    unit: percent\n    goals: [{by: 2030, value: '>= 90'}]\n"
      "    actuals: [{year: 2022, value: 50}]\n"
      // baseline and actual on the same day: no slope either
      "  - id: same-day\n    unit: percent\n    baseline: {year: 2022, value: 40}\n"
      "    goals: [{by: 2030, value: '>= 90'}]\n    actuals: [{year: 2022, value: 50}]\n"
      // only a baseline: nothing reported since, so no data
      "  - id: baseline-only\n    unit: percent\n    baseline: {year: 2021, value: 95}\n"
      "    goals: [{by: 2030, value: '>= 90'}]\n");
  auto ev = fx.at("2023-01-01");
  CHECK(ev.items[0].verdict == Verdict::at_risk);
  CHECK(ev.items[0].trend_points == 0);
  CHECK_FALSE(ev.items[0].projected);
  CHECK(ev.items[1].verdict == Verdict::at_risk);
  CHECK(ev.items[2].verdict == Verdict::no_data);
  CHECK(ev.items[2].baseline->value == 95);
}

TEST_CASE("rank: lower is better; a rank that gets worse is at risk", "[targets]") {
  Fixture fx(
      "  - id: worse\n    unit: rank\n    baseline: {year: 2021, value: 30}\n"
      "    goals: [{by: 2025, value: '<= 25'}]\n    actuals: [{year: 2022, value: 33}]\n"
      "  - id: better\n    unit: rank\n    baseline: {year: 2021, value: 30}\n"
      "    goals: [{by: 2025, value: '<= 25'}, {by: 2022, value: 'top 27'}]\n"
      "    actuals: [{year: 2022, value: 27}]\n");
  auto ev = fx.at("2023-01-01");
  REQUIRE(ev.items.size() == 3);
  CHECK(ev.items[0].verdict == Verdict::at_risk);
  CHECK(*ev.items[0].projected == 42);  // 30, 33 ... three more years of +3
  CHECK(ev.items[1].verdict == Verdict::on_track);
  CHECK(*ev.items[1].projected == 18);              // 30, 27 ... three more years of -3
  CHECK(ev.items[2].verdict == Verdict::achieved);  // 27th by 2022: top 27 holds
  // Before 2022 ends, 27th already satisfies "top 27": met early.
  CHECK(fx.at("2022-12-31").items[2].verdict == Verdict::met);
}

TEST_CASE("count: the projection is a whole number", "[targets]") {
  Fixture fx(
      "  - id: ky-luat\n    unit: count\n    better: lower\n    baseline: {year: 2021, value: 10}\n"
      "    goals: [{by: 2023, value: '<= 5'}, {by: 2024, value: '<= 5'}]\n"
      "    actuals: [{year: 2022, value: 8}]\n");
  auto ev = fx.at("2023-01-01");
  // 10, 8: -2 a year. 2023: 6 > 5. 2024 (a leap year, 366 days): 3.99.. -> 4.
  CHECK(*ev.items[0].projected == 6);
  CHECK(ev.items[0].verdict == Verdict::at_risk);
  CHECK(*ev.items[1].projected == 4);
  CHECK(ev.items[1].verdict == Verdict::on_track);
}

TEST_CASE("score: a plain number", "[targets]") {
  Fixture fx(
      "  - id: s\n    unit: score\n    goals: [{by: 2023, value: '>= 79.5'}, {by: 2023, value: '>= "
      "80.5'}]\n"
      "    actuals: [{year: 2021, value: 70}, {year: 2022, value: 75}]\n");
  auto ev = fx.at("2023-01-01");
  CHECK(*ev.items[0].projected == Approx(80.0));
  CHECK(ev.items[0].verdict == Verdict::on_track);
  CHECK(ev.items[1].verdict == Verdict::at_risk);
  // The goal's day passed: judged on the latest actual up to it.
  CHECK(fx.verdicts("2024-01-01") == std::vector<Verdict>{Verdict::missed, Verdict::missed});
}

TEST_CASE("category: positions on the scale, projection rounded and clamped", "[targets]") {
  std::string scale = "    unit: category\n    scale: [thấp, trung bình, khá, tốt]\n";
  Fixture fx(
      // 0 at end of 2021, 1 at end of 2023: half a step a year.
      "  - id: pci\n" + scale +
      "    baseline: {year: 2021, value: thấp}\n"
      "    goals: [{by: 2024-09-30, value: '>= khá'}, {by: 2024, value: '>= khá'}, {by: 2035, "
      "value: '>= tốt'}]\n"
      "    actuals: [{year: 2023, value: trung bình}]\n");
  auto ev = fx.at("2024-01-01");
  REQUIRE(ev.items.size() == 3);
  // 1 + 274/730 = 1.375 rounds to 1 (trung bình): short of khá.
  CHECK(*ev.items[0].projected == 1);
  CHECK(ev.items[0].verdict == Verdict::at_risk);
  // 1 + 366/730 = 1.501 rounds to 2 (khá): on track, though the raw line is below 2.
  CHECK(*ev.items[1].projected == 2);
  CHECK(ev.items[1].verdict == Verdict::on_track);
  // Far ahead the line leaves the scale: clamped to its best entry.
  CHECK(*ev.items[2].projected == 3);
  CHECK(ev.items[2].verdict == Verdict::on_track);
  // Met early, and achieved/missed after the day.
  Fixture met("  - id: pci\n" + scale +
              "    goals: [{by: 2025, value: '>= trung bình'}]\n"
              "    actuals: [{year: 2022, value: khá}]\n");
  CHECK(met.verdicts("2023-01-01") == std::vector<Verdict>{Verdict::met});
  CHECK(met.verdicts("2026-01-01") == std::vector<Verdict>{Verdict::achieved});
}

TEST_CASE("yes-no: met, missed, at risk from a single no", "[targets]") {
  Fixture fx(
      "  - id: yes\n    unit: yes-no\n    goals: [{by: 2023, value: 'yes'}]\n    actuals: [{year: "
      "2022, value: có}]\n"
      "  - id: no\n    unit: yes-no\n    goals: [{by: 2023, value: 'yes'}]\n    actuals: [{year: "
      "2022, value: không}]\n");
  CHECK(fx.verdicts("2023-01-01") == std::vector<Verdict>{Verdict::met, Verdict::at_risk});
  CHECK(fx.verdicts("2024-01-01") == std::vector<Verdict>{Verdict::achieved, Verdict::missed});
  model::Target t;
  t.unit = model::TargetUnit::yes_no;
  CHECK(engine::fit_to_unit(0.7, t) == 1);
  CHECK(engine::fit_to_unit(-3, t) == 0);
}

TEST_CASE("fit_to_unit keeps projections within what the unit holds", "[targets]") {
  model::Target t;
  t.unit = model::TargetUnit::percent;
  CHECK(engine::fit_to_unit(104.2, t) == 100);
  CHECK(engine::fit_to_unit(-1, t) == 0);
  CHECK(engine::fit_to_unit(85.7, t) == Approx(85.7));
  CHECK(engine::fit_to_unit(89.996, t) == 90);  // two decimals, as shown: "90%" meets ">= 90"
  CHECK(engine::fit_to_unit(89.994, t) == Approx(89.99));
  t.unit = model::TargetUnit::rank;
  CHECK(engine::fit_to_unit(-4.2, t) == 1);
  CHECK(engine::fit_to_unit(24.4, t) == 24);
  t.unit = model::TargetUnit::count;
  CHECK(engine::fit_to_unit(-2, t) == 0);
  t.unit = model::TargetUnit::score;
  CHECK(engine::fit_to_unit(-2.5, t) == -2.5);
  CHECK(engine::fit_to_unit(7.126, t) == Approx(7.13));
  t.unit = model::TargetUnit::category;
  t.scale = {"a", "b", "c"};
  CHECK(engine::fit_to_unit(7.1, t) == 2);
  CHECK(engine::fit_to_unit(0.49, t) == 0);
}

TEST_CASE("per-level goals: one verdict per owner of the level that reported", "[targets]") {
  Fixture fx(
      "  - id: dvc\n    unit: percent\n"
      "    goals: [{by: 2026, value: {central: '>= 50', province: '>= 90', district: '>= 80', "
      "commune: '>= 70'}}]\n"
      "    actuals:\n"
      "      - {on: 2026-06-30, owner: Sở Tư pháp, value: 93.5}\n"
      "      - {on: 2026-06-30, owner: UBND huyện An Phú, value: 76}\n"
      "      - {on: 2026-06-30, owner: UBND xã Tân An, value: 71.2}\n"
      "      - {on: 2025-06-30, owner: Sở Nội vụ, value: 80}\n"
      "      - {on: 2026-06-30, owner: Sở Nội vụ, value: 85}\n");
  auto ev = fx.at("2026-10-15");
  REQUIRE(ev.items.size() == 5);
  // central: nobody of that level reported: one line, no owner, no data.
  CHECK(ev.items[0].level == model::Level::central);
  CHECK(ev.items[0].owner.empty());
  CHECK(ev.items[0].verdict == Verdict::no_data);
  // province: owners by name (Sở Nội vụ before Sở Tư pháp), each judged on its own actuals.
  CHECK(ev.items[1].owner == "snv");
  CHECK(ev.items[1].value->text == ">= 90");
  CHECK(ev.items[1].verdict == Verdict::at_risk);  // 80 -> 85 a year: about 87.5 by the end of 2026
  CHECK(*ev.items[1].projected == Approx(85 + 5.0 * 184 / 365));
  CHECK(ev.items[2].owner == "stp");
  CHECK(ev.items[2].verdict == Verdict::met);
  CHECK(ev.items[3].owner == "huyen-a");
  CHECK(ev.items[3].level == model::Level::district);
  CHECK(ev.items[3].value->text == ">= 80");
  CHECK(ev.items[3].verdict == Verdict::at_risk);  // single point, below the goal
  CHECK(ev.items[4].owner == "xa-a");
  CHECK(ev.items[4].verdict == Verdict::met);
  // After the day: achieved / missed per owner.
  std::vector<Verdict> after;
  for (const auto& e : fx.at("2027-01-01").items) after.push_back(e.verdict);
  CHECK(after == std::vector<Verdict>{Verdict::no_data, Verdict::missed, Verdict::achieved,
                                      Verdict::missed, Verdict::achieved});
}

TEST_CASE("per-level goals: the target's owner stands for actuals that name none", "[targets]") {
  Fixture fx(
      "  - id: dvc\n    unit: percent\n    owner: UBND huyện An Phú\n"
      "    goals: [{by: 2026, value: {province: '>= 90', district: '>= 80'}}]\n"
      "    actuals: [{year: 2025, value: 81}]\n");
  auto ev = fx.at("2026-01-01");
  REQUIRE(ev.items.size() == 2);
  CHECK(ev.items[0].owner.empty());  // province: nobody reported
  CHECK(ev.items[1].owner == "huyen-a");
  CHECK(ev.items[1].verdict == Verdict::met);
}

TEST_CASE("per-level owners appear once they have reported by the as-of day", "[targets]") {
  Fixture fx(
      "  - id: dvc\n    unit: percent\n    goals: [{by: 2026, value: {district: '>= 80'}}]\n"
      "    actuals: [{on: 2026-06-30, owner: UBND huyện An Phú, value: 85}]\n");
  auto early = fx.at("2026-01-01").items;
  REQUIRE(early.size() == 1);
  CHECK(early[0].owner.empty());
  CHECK(early[0].verdict == Verdict::no_data);
  CHECK(fx.at("2026-07-01").items.at(0).owner == "huyen-a");
}

TEST_CASE("overall goals use the target's own actuals, not other owners'", "[targets]") {
  Fixture fx(
      "  - id: x\n    unit: percent\n    owner: Sở Nội vụ\n    goals: [{by: 2025, value: '>= "
      "90'}]\n"
      "    actuals: [{year: 2022, value: 70}, {year: 2022, owner: Sở Tư pháp, value: 99},\n"
      "              {year: 2023, owner: Sở Nội vụ, value: 95}]\n");
  auto ev = fx.at("2024-01-01");
  REQUIRE(ev.items.size() == 1);
  CHECK(ev.items[0].latest->value == 95);
  CHECK(ev.items[0].verdict == Verdict::met);
  auto before = fx.at("2023-06-30").items[0];
  CHECK(before.latest->value == 70);  // Sở Tư pháp's 99 is not the target's
  CHECK(before.verdict == Verdict::at_risk);
}

TEST_CASE("filters: plan and owner (target's owner or per-level owner)", "[targets]") {
  std::string targets =
      "  - id: sipas\n    unit: percent\n    owner: snv\n    goals: [{by: 2026, value: '>= 85'}]\n"
      "  - id: dvc\n    unit: percent\n    goals: [{by: 2026, value: {province: '>= 90', district: "
      "'>= 80'}}]\n"
      "    actuals: [{year: 2025, owner: stp, value: 93.5}, {year: 2025, owner: huyen-a, value: "
      "76}]\n";
  Fixture fx(targets);
  fx.add_plan(targets, "q");
  fx.link();
  CHECK(fx.at("2026-01-01").items.size() == 6);
  engine::Filter plan_q;
  plan_q.plans = {"q"};
  auto only_q = fx.at("2026-01-01", plan_q).items;
  REQUIRE(only_q.size() == 3);
  for (const auto& e : only_q) CHECK(e.plan->id == "q");
  engine::Filter stp;
  stp.owner_ids = {"stp"};
  auto only_stp = fx.at("2026-01-01", stp).items;
  REQUIRE(only_stp.size() == 2);
  CHECK(only_stp[0].target->id == "dvc");
  CHECK(only_stp[0].owner == "stp");
  engine::Filter snv;
  snv.owner_ids = {"snv"};
  auto only_snv = fx.at("2026-01-01", snv).items;
  REQUIRE(only_snv.size() == 2);
  CHECK(only_snv[0].target->id == "sipas");
}

TEST_CASE("owner matrix: owners by level and name, verdicts per goal, who met every target",
          "[targets]") {
  Fixture fx(
      "  - id: sipas\n    unit: percent\n    owner: snv\n"
      "    goals: [{by: 2026, value: '>= 85'}, {by: 2030, value: '>= 95'}]\n"
      "    actuals: [{year: 2025, value: 86}]\n"
      "  - id: rank\n    unit: rank\n    goals: [{by: 2026, value: '<= 25'}]\n"
      "  - id: dvc\n    unit: percent\n"
      "    goals: [{by: 2026, value: {province: '>= 90', district: '>= 80', commune: '>= 70'}}]\n"
      "    actuals:\n"
      "      - {year: 2025, owner: stp, value: 93.5}\n"
      "      - {year: 2025, owner: huyen-a, value: 76}\n"
      "      - {year: 2025, owner: xa-a, value: 71.2}\n");
  auto ev = fx.at("2026-03-01");
  auto m = engine::owner_matrix(ev, model::OwnerIndex(fx.repo.owners));
  // Columns: the goals judged for some owner; the rank target names no owner,
  // so it has no column.
  REQUIRE(m.columns.size() == 3);
  CHECK(m.columns[0].target->id == "sipas");
  CHECK(m.columns[1].target->id == "sipas");
  CHECK(model::iso(m.columns[1].by) == "2030-12-31");
  CHECK(m.columns[2].target->id == "dvc");
  REQUIRE(m.rows.size() == 4);
  CHECK(m.rows[0].owner == "snv");  // province: Sở Nội vụ, Sở Tư pháp; then district, commune
  CHECK(m.rows[1].owner == "stp");
  CHECK(m.rows[2].owner == "huyen-a");
  CHECK(m.rows[3].owner == "xa-a");
  CHECK(m.rows[0].cells ==
        std::vector<std::optional<Verdict>>{Verdict::met, Verdict::at_risk, std::nullopt});
  CHECK(m.rows[1].cells ==
        std::vector<std::optional<Verdict>>{std::nullopt, std::nullopt, Verdict::met});
  CHECK_FALSE(m.rows[0].met_all);
  CHECK(m.rows[1].met_all);
  CHECK_FALSE(m.rows[2].met_all);
  CHECK(m.rows[3].met_all);
  CHECK(m.goals_without_owner == 1);  // the rank target
  CHECK(m.levels_unreported == 0);
  // After the deadline, achieved counts as met for the whole row.
  auto late = engine::owner_matrix(fx.at("2027-01-01"), model::OwnerIndex(fx.repo.owners));
  CHECK(late.rows[1].met_all);
  CHECK(late.rows[1].cells[2] == Verdict::achieved);
}

TEST_CASE("verdict counts and names", "[targets]") {
  Fixture fx(
      "  - id: a\n    unit: percent\n    goals: [{by: 2023, value: '>= 90'}, {by: 2030, value: '>= "
      "90'}]\n"
      "    actuals: [{year: 2022, value: 95}]\n"
      "  - id: b\n    unit: percent\n    goals: [{by: 2030, value: '>= 90'}]\n");
  auto c = engine::count_verdicts(fx.at("2024-01-01"));
  CHECK(c.total == 3);
  CHECK(c.count(Verdict::achieved) == 1);
  CHECK(c.count(Verdict::met) == 1);
  CHECK(c.count(Verdict::no_data) == 1);
  CHECK(engine::verdict_name(Verdict::on_track) == "on-track");
  CHECK(engine::verdict_name(Verdict::at_risk) == "at-risk");
  CHECK(engine::verdict_name(Verdict::no_data) == "no-data");
}
